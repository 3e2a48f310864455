using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Search;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Search;

/// <summary>
/// The search dictionary's admin page (ADR 0010): who may add and remove lines, that a line added works in the search
/// at once and is audited, and its messages in both languages.
/// </summary>
public abstract class SearchDictionaryAdminTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Url = "/admin/search-dictionary";

    private static Dictionary<string, string> Line(string terms, string variants, string office = "") => new()
    {
        ["Input.Terms"] = terms, ["Input.Variants"] = variants, ["Input.Note"] = "", ["Input.Office"] = office,
    };

    private async Task<List<string>> TopAsync(string words)
    {
        var json = await App.CreateClient().GetStringAsync("/api/v1/services?q=" + Uri.EscapeDataString(words));
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("results").EnumerateArray().Take(5).Select(r => r.GetProperty("nameBn").GetString()!)];
    }

    [Fact]
    public async Task An_office_s_editor_adds_a_line_for_their_office_which_the_search_uses_at_once_and_the_audit_log_records()
    {
        var word = "porchakagoj" + Unique()[..4];
        (await TopAsync(word)).ShouldNotContain("খতিয়ান/পর্চার সার্টিফাইড কপি সরবরাহ");

        var client = await App.LoggedInAsync("editor.dc-natore");
        (await client.GetStringAsync("/dashboard/dc-natore")).ShouldContain($"href=\"{Url}\""); // found from the office's dashboard
        var page = await client.GetStringAsync(Url);
        page.ShouldContain("অনুসন্ধানের অভিধান");
        page.ShouldContain("জেলা প্রশাসকের কার্যালয়, নাটোর"); // the one office this editor may add lines for
        page.ShouldNotContain("সারা দেশের জন্য</option>"); // only a system administrator adds national lines
        var added = await PostAsync(client, $"{Url}?handler=Add", Line("খতিয়ান ; পর্চা", word, "dc-natore"));
        added.ShouldRedirectTo(Url);
        var listed = await client.GetStringAsync(Url);
        listed.ShouldContain("<strong>খতিয়ান ; পর্চা</strong>");
        listed.ShouldContain($"← {word}");

        (await TopAsync(word))[0].ShouldBe("খতিয়ান/পর্চার সার্টিফাইড কপি সরবরাহ");
        var (id, officeId) = await App.WithDbAsync(async db =>
        {
            var line = await db.Set<SearchSynonym>().SingleAsync(s => s.Variants == word);
            return (line.Id, line.OfficeId);
        });
        officeId.ShouldBe(App.WithDb(db => db.Offices.Single(o => o.Code == "dc-natore").Id));
        App.WithDb(db => db.AuditEntries.Any(a => a.EntityType == nameof(SearchSynonym) && a.EntityId == id.ToString(CultureInfo.InvariantCulture)
            && a.UserName == "editor.dc-natore" && a.OfficeId == officeId)).ShouldBeTrue();

        // Removing it takes it out of the search.
        (await PostAsync(client, $"{Url}?handler=Delete", new() { ["id"] = id.ToString(CultureInfo.InvariantCulture) })).ShouldRedirectTo(Url);
        (await TopAsync(word)).ShouldNotContain("খতিয়ান/পর্চার সার্টিফাইড কপি সরবরাহ");
        App.WithDb(db => db.AuditEntries.Count(a => a.EntityType == nameof(SearchSynonym) && a.EntityId == id.ToString(CultureInfo.InvariantCulture))).ShouldBe(2);
    }

    [Theory]
    [InlineData("monitor.mopa")] // reads offices, edits none
    public async Task Someone_with_no_editing_role_may_not_open_the_page_or_add_a_line(string user)
    {
        var client = await App.LoggedInAsync(user);
        (await client.GetAsync(Url)).ShouldBeDenied();
        (await PostAsync(client, $"{Url}?handler=Add", Line("খতিয়ান", "sneaky" + Unique(), "mopa"), formPage: "/")).ShouldBeDenied();
        App.WithDb(db => db.Set<SearchSynonym>().Any(s => s.Variants.StartsWith("sneaky"))).ShouldBeFalse();
        (await App.Browser().GetAsync(Url)).ShouldAskToLogIn();
    }

    [Fact]
    public async Task An_editor_may_not_add_for_another_office_nor_remove_another_office_s_line_and_a_system_admin_may_do_both()
    {
        var editor = await App.LoggedInAsync("editor.uno-singra");
        (await PostAsync(editor, $"{Url}?handler=Add", Line("খতিয়ান", "foreign" + Unique(), "dc-natore"))).ShouldBeDenied();
        var national = await PostAsync(editor, $"{Url}?handler=Add", Line("খতিয়ান", "national" + Unique()));
        (await national.ShouldBeRejectedAsync()).ShouldContain("কোন দপ্তরের পক্ষ থেকে যোগ করছেন তা বাছাই করুন।");

        var admin = await App.LoggedInAsync("admin");
        var variant = "nationwide" + Unique();
        (await PostAsync(admin, $"{Url}?handler=Add", Line("নামজারি", variant))).ShouldRedirectTo(Url);
        var id = App.WithDb(db => db.Set<SearchSynonym>().Single(s => s.Variants == variant)).Id.ToString(CultureInfo.InvariantCulture);
        App.WithDb(db => db.Set<SearchSynonym>().Single(s => s.Variants == variant).OfficeId).ShouldBeNull();
        (await PostAsync(editor, $"{Url}?handler=Delete", new() { ["id"] = id }, formPage: Url)).ShouldBeDenied();
        App.WithDb(db => db.Set<SearchSynonym>().Any(s => s.Variants == variant)).ShouldBeTrue();
        (await PostAsync(admin, $"{Url}?handler=Delete", new() { ["id"] = id })).ShouldRedirectTo(Url);
        App.WithDb(db => db.Set<SearchSynonym>().Any(s => s.Variants == variant)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_line_without_terms_or_with_a_sentence_for_a_phrase_is_refused_beside_the_field_in_the_reader_s_language()
    {
        var client = await App.LoggedInAsync("head.dc-natore");
        var html = await (await PostAsync(client, $"{Url}?handler=Add", Line("  ;  ", "kichu", "dc-natore"))).ShouldBeRejectedAsync();
        FieldError(html, "Input.Terms").ShouldBe("সেবা প্রদান প্রতিশ্রুতিতে যেভাবে লেখা থাকে এমন অন্তত একটি শব্দ দিন।");
        html.ShouldContain("kichu</textarea>"); // what was typed stays

        await client.GetAsync(Url + "?lang=en"); // the language switch sets the reader's language
        var english = await (await PostAsync(client, $"{Url}?handler=Add", Line("খতিয়ান", "one two three four five six seven", "dc-natore"))).ShouldBeRejectedAsync();
        FieldError(english, "Input.Variants")!.ShouldContain("has more than 6 words");
    }

    [Fact]
    public async Task The_page_counts_the_repository_s_lines_in_Bengali_digits()
    {
        var client = await App.LoggedInAsync("admin");
        var html = await client.GetStringAsync(Url);
        var count = Protishruti.Web.Features.Search.SearchLexicon.BundledLines.Value.Count;
        html.ShouldContain($"রিপোজিটরির অভিধান ({BengaliDigits.ToBengali(count)}টি লাইন)");
        html.ShouldContain("জন্ম নিবন্ধন ; জন্ম নিবন্ধন সনদ ; birth registration");
        (await client.GetStringAsync(Url + "?lang=en")).ShouldContain($"dictionary ({count} lines)");
    }
}

public sealed class SearchDictionaryAdminTests_Sqlite(SqliteApp app) : SearchDictionaryAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class SearchDictionaryAdminTests_Postgres(PostgresApp app) : SearchDictionaryAdminTests<PostgresApp>(app), IClassFixture<PostgresApp>;
