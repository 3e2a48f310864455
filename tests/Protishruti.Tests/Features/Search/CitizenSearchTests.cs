using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;

namespace Protishruti.Tests.Features.Search;

/// <summary>
/// Search as citizens type it, on the demo's published charters and on both databases (ADR 0010): everyday names,
/// spelling variants, English and romanised Bengali, extra words, the chosen district first, "did you mean", and the
/// page and the API giving the same services in the same order.
/// </summary>
public abstract partial class CitizenSearchTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string BirthRegistration = "জন্ম ও মৃত্যু নিবন্ধন সংশোধনের আবেদন নিষ্পত্তি";
    private const string Mutation = "ই-নামজারি (নামজারি ও জমাখারিজ)";
    private const string Allowances = "বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতা প্রদান";

    private async Task<JsonElement> ApiAsync(string query)
    {
        var response = await App.CreateClient().GetAsync("/api/v1/services?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<JsonElement> Results(JsonElement json) => [.. json.GetProperty("results").EnumerateArray()];

    private async Task<List<string>> TopAsync(string words, int n = 5, string extra = "") =>
        [.. Results(await ApiAsync("q=" + Uri.EscapeDataString(words) + extra)).Take(n).Select(r => r.GetProperty("nameBn").GetString()!)];

    [Theory]
    [InlineData("জন্ম সনদ", BirthRegistration)] // the everyday name of জন্ম নিবন্ধন
    [InlineData("birth certificate", BirthRegistration)] // English
    [InlineData("jonmo nibondhon", BirthRegistration)] // romanised, as typed on a phone
    [InlineData("নামজারী", Mutation)] // ী for ি
    [InlineData("namjari", Mutation)]
    [InlineData("জমি খারিজ", Mutation)]
    [InlineData("বয়স্ক ভাতা", Allowances)]
    [InlineData("boyosko vata", Allowances)]
    public async Task What_citizens_type_finds_the_service_in_the_first_five(string query, string service) =>
        (await TopAsync(query)).ShouldContain(service);

    [Fact]
    public async Task The_everyday_names_in_the_issue_find_their_service_first()
    {
        (await TopAsync("জন্ম সনদ", 1)).ShouldBe([BirthRegistration]);
        (await TopAsync("নামজারী", 1)).ShouldBe([Mutation]);
        (await TopAsync("birth certificate", 1)).ShouldBe([BirthRegistration]);
    }

    [Theory]
    [InlineData("নামজারি করতে চাই")] // words that say nothing about the service
    [InlineData("নামজারি আবেদন জরুরি")] // an extra word no service has
    [InlineData("how to apply for land mutation")]
    public async Task A_query_with_extra_words_still_finds_the_service_first(string query) =>
        (await TopAsync(query, 1)).ShouldBe([Mutation]);

    [Fact]
    public async Task With_a_district_its_services_come_first_then_those_of_national_offices_and_no_other_district_s()
    {
        var json = await ApiAsync("q=" + Uri.EscapeDataString("তথ্য অধিকার") + "&district=69");
        var districts = Results(json).Select(r => r.GetProperty("district").ValueKind == JsonValueKind.Null ? null : r.GetProperty("district").GetString()).ToList();
        districts.ShouldNotBeEmpty();
        districts[0].ShouldBe("69");
        var firstNational = districts.IndexOf(null);
        if (firstNational >= 0) districts.Skip(firstNational).ShouldAllBe(d => d == null);
        districts.ShouldNotContain("87"); // Satkhira's offices publish the same service
        // Without a district, Satkhira's offices are found too.
        var all = Results(await ApiAsync("q=" + Uri.EscapeDataString("তথ্য অধিকার") + "&district=87"));
        all[0].GetProperty("district").GetString().ShouldBe("87");
    }

    [Fact]
    public async Task A_misspelt_word_that_finds_nothing_gets_did_you_mean_and_its_results()
    {
        var json = await ApiAsync("q=namjri");
        json.GetProperty("didYouMean").GetString().ShouldBe("namjari");
        json.GetProperty("showingDidYouMean").GetBoolean().ShouldBeTrue();
        Results(json)[0].GetProperty("nameBn").GetString().ShouldBe(Mutation);

        var html = await App.CreateClient().GetStringAsync("/search?q=namjri");
        html.ShouldContain("“namjari” এর ফলাফল দেখানো হচ্ছে।");
        html.ShouldContain("href=\"/search?q=namjri&amp;verbatim=1\""); // search for the words as typed instead
        var verbatim = await ApiAsync("q=namjri&verbatim=1");
        Results(verbatim).ShouldBeEmpty();
        verbatim.GetProperty("didYouMean").GetString().ShouldBe("namjari");
        verbatim.GetProperty("showingDidYouMean").GetBoolean().ShouldBeFalse();
        (await App.CreateClient().GetStringAsync("/search?q=namjri&verbatim=1")).ShouldContain("আপনি কি খুঁজছেন: <a href=\"/search?q=namjari\">namjari</a>");
        var english = await App.CreateClient().GetStringAsync("/search?q=namjri&lang=en");
        english.ShouldContain("Showing results for “namjari”.");
    }

    [Fact]
    public async Task A_misspelt_Bengali_word_is_corrected_from_the_index_s_own_words()
    {
        // "নিবন্দন" is one letter away from "নিবন্ধন", a word the cooperative offices' charters use.
        var json = await ApiAsync("q=" + Uri.EscapeDataString("সমিতির নিবন্দন"));
        Results(json).ShouldNotBeEmpty();
        Results(json)[0].GetProperty("nameBn").GetString()!.ShouldContain("সমিতি নিবন্ধন");
        json.GetProperty("didYouMean").GetString().ShouldBe("সমিতির নিবন্ধন");
    }

    [Fact]
    public async Task Nothing_near_gets_no_suggestion()
    {
        var json = await ApiAsync("q=zzyzxq");
        Results(json).ShouldBeEmpty();
        json.GetProperty("didYouMean").ValueKind.ShouldBe(JsonValueKind.Null);
        var html = await App.CreateClient().GetStringAsync("/search?q=zzyzxq");
        html.ShouldContain("কোনো সেবা পাওয়া যায়নি");
        html.ShouldNotContain("আপনি কি খুঁজছেন");
    }

    [Theory]
    [InlineData("জন্ম সনদ", "")]
    [InlineData("ভাতা", "&district=69")]
    [InlineData("certificate", "")]
    public async Task The_page_and_the_api_list_the_same_services_in_the_same_order(string words, string filters)
    {
        var q = "q=" + Uri.EscapeDataString(words) + filters;
        var api = Results(await ApiAsync(q)).Select(r => r.GetProperty("url").GetString()!).ToList();
        var html = await App.CreateClient().GetStringAsync("/search?" + q);
        var page = ServiceLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        api.ShouldNotBeEmpty();
        page.ShouldBe(api);
    }

    [Fact]
    public async Task A_service_whose_name_has_the_words_comes_before_one_that_only_lists_them_among_its_documents()
    {
        await PublishAsync("uno-lalpur",
            ("কাগজি লেবু চারা বিতরণ", "Distribution of lime saplings", "ঝুমকোলতা সমিতির প্রত্যয়নপত্র"),
            ("ঝুমকোলতা সমিতির প্রত্যয়ন", "Certificate of the Jhumkolota society", null));
        (await TopAsync("ঝুমকোলতা", 2)).ShouldBe(["ঝুমকোলতা সমিতির প্রত্যয়ন", "কাগজি লেবু চারা বিতরণ"]);
    }

    [Fact]
    public async Task Counts_are_in_Bengali_digits_on_Bengali_pages()
    {
        var html = await App.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("নামজারি"));
        BengaliCount().IsMatch(html).ShouldBeTrue();
        var english = await App.CreateClient().GetStringAsync("/search?lang=en&q=namjari");
        english.ShouldMatch(@"\d+ services found");
    }

    /// <summary>Publishes a charter of the office with these services (name, English name, one document or none).</summary>
    private async Task PublishAsync(string officeCode, params (string Bn, string En, string? Document)[] services)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == officeCode);
        var postId = await db.Posts.Where(p => p.OfficeId == office.Id).Select(p => p.Id).FirstAsync();
        var charter = await db.Charters
            .Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
            .Include(c => c.Versions).ThenInclude(v => v.GrievanceLevels)
            .Include(c => c.Versions).ThenInclude(v => v.Expectations)
            .Include(c => c.Versions).ThenInclude(v => v.History)
            .AsSplitQuery().SingleAsync(c => c.OfficeId == office.Id);
        var draft = charter.Open ?? charter.StartNextDraft();
        var at = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
        if (draft.State == CharterVersionState.Submitted) draft.Return("head", at, "আবার লিখুন");
        foreach (var (bn, en, document) in services)
        {
            var s = draft.AddService(ServiceCategory.Citizen, bn, en);
            s.SetDeliveryMethod(new DeliveryMethod("আবেদনের ভিত্তিতে", "On application", DeliveryChannels.InPerson));
            if (document is null) s.SetNoDocumentsRequired();
            else s.AddDocument(document);
            s.SetFee(Fee.Free);
            s.SetTimeLimit(TimeLimit.TryParse("৭ কর্মদিবস")!);
            s.SetResponsibleOfficer(postId);
            s.SetSupervisingOfficer(postId);
        }
        PostInfo? Staffed(int _) => new(HasHolder: true, HolderHasPhone: true, HolderHasEmail: true);
        draft.Submit("editor", at.AddMinutes(1), Staffed);
        draft.Publish("head", at.AddMinutes(2), Staffed);
        await scope.ServiceProvider.GetRequiredService<CharterPublishing>().SaveAsync(default);
    }

    [GeneratedRegex("<a class=\"service-name\" href=\"([^\"]+)\"")]
    private static partial Regex ServiceLink();

    [GeneratedRegex("[০-৯][০-৯,]*টি সেবা পাওয়া গেছে")]
    private static partial Regex BengaliCount();
}

public sealed class CitizenSearchTests_Sqlite(SqliteApp app) : CitizenSearchTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class CitizenSearchTests_Postgres(PostgresApp app) : CitizenSearchTests<PostgresApp>(app), IClassFixture<PostgresApp>;
