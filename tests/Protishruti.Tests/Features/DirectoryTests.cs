using System.Net;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features;

public abstract class DirectoryTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task Home_page_is_in_Bengali_by_default_with_a_search_box()
    {
        var html = await App.Browser().GetStringAsync("/");
        html.ShouldContain("<html lang=\"bn\">");
        html.ShouldContain("সেবা খুঁজুন"); // the home page searches services (ADR 0010); offices are one link away
        html.ShouldContain("type=\"search\"");
        html.ShouldContain("জনপ্রশাসন মন্ত্রণালয়");
    }

    [Fact]
    public async Task Bengali_is_sent_as_characters_not_numeric_references()
    {
        var html = await App.Browser().GetStringAsync("/offices/dc-natore");
        html.ShouldContain("জেলা প্রশাসকের কার্যালয়, নাটোর");
        html.ShouldNotContain("&#x99C;"); // জ escaped
    }

    [Fact]
    public async Task English_is_chosen_with_lang_and_remembered_in_a_cookie()
    {
        var client = App.Browser();
        var first = await client.GetAsync("/offices/dc-natore?lang=en");
        (await first.Content.ReadAsStringAsync()).ShouldContain("Office of the Deputy Commissioner, Natore</h1>");
        var next = await client.GetStringAsync("/offices");
        next.ShouldContain("<html lang=\"en\">");
        next.ShouldContain("Office directory");

        await client.GetAsync("/?lang=bn");
        (await client.GetStringAsync("/offices")).ShouldContain("দপ্তর তালিকা");
    }

    [Fact]
    public async Task Directory_tree_opens_along_the_path_to_an_upazila_office()
    {
        var html = await App.Browser().GetStringAsync("/offices?open=uno-singra");
        var mopa = html.IndexOf("/offices/mopa\"", StringComparison.Ordinal);
        var divcom = html.IndexOf("/offices/divcom-rajshahi\"", StringComparison.Ordinal);
        var dc = html.IndexOf("/offices/dc-natore\"", StringComparison.Ordinal);
        var uno = html.IndexOf("/offices/uno-singra\"", StringComparison.Ordinal);
        new[] { mopa, divcom, dc, uno }.ShouldAllBe(i => i > 0);
        mopa.ShouldBeLessThan(divcom);
        divcom.ShouldBeLessThan(dc);
        dc.ShouldBeLessThan(uno);
        html.ShouldContain("/offices?open=divcom-khulna"); // a closed branch offers to open
        html.ShouldNotContain("/offices/uno-tala\"");        // and its offices are not listed
    }

    [Theory]
    [InlineData("সিংড়া", "uno-singra")]
    [InlineData("singra", "uno-singra")]
    [InlineData("SINGRA", "uno-singra")]
    [InlineData("সমবায়", "dco-bandarban")]
    [InlineData("Deputy Commissioner, Satkhira", "dc-satkhira")]
    public async Task Directory_search_finds_offices_by_Bengali_or_English_name(string query, string expectedCode)
    {
        var html = await App.Browser().GetStringAsync("/offices?q=" + Uri.EscapeDataString(query));
        html.ShouldContain($"/offices/{expectedCode}\"");
    }

    [Fact]
    public async Task Directory_search_with_no_match_says_so()
    {
        var html = await App.Browser().GetStringAsync("/offices?q=zzzz-no-such-office");
        html.ShouldContain("কোনো দপ্তর পাওয়া যায়নি");
    }

    [Fact]
    public async Task Office_page_shows_contacts_parent_subordinates_and_post_holders()
    {
        var html = await App.Browser().GetStringAsync("/offices/dc-natore");
        html.ShouldContain("https://natore.gov.bd");
        html.ShouldContain("/offices/divcom-rajshahi\"");
        html.ShouldContain("/offices/uno-singra\"");
        html.ShouldContain("অধীন দপ্তর (৭)");
        html.ShouldContain("জেলা প্রশাসক</td>");
        html.ShouldContain("০৫.৪৩.৬৯০০"); // file-number blocks in Bengali digits
        var holder = App.WithDb(db => db.Posts.Where(p => p.Office.Code == "dc-natore" && p.DesignationEn == "Deputy Commissioner")
            .SelectMany(p => p.Incumbencies).Select(i => i.Person.NameBn).First());
        html.ShouldContain(holder);
    }

    [Fact]
    public async Task Office_page_marks_a_vacant_post()
    {
        var html = await App.Browser().GetStringAsync("/offices/uno-lalpur");
        html.ShouldContain("শূন্য পদ");
    }

    [Fact]
    public async Task Unknown_office_gets_a_404_page_in_both_languages()
    {
        var response = await App.Browser().GetAsync("/offices/no-such-office");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("পাতা পাওয়া যায়নি");
        html.ShouldContain("Page not found");
    }

    [Fact]
    public async Task Pages_stay_small_for_weak_connections()
    {
        var client = App.Browser();
        foreach (var url in new[] { "/", "/offices", "/offices/dc-natore", "/offices?open=uno-singra" })
        {
            var html = await client.GetByteArrayAsync(url);
            html.Length.ShouldBeLessThan(100_000, url);
        }
        var css = await client.GetByteArrayAsync("/css/site.css");
        css.Length.ShouldBeLessThan(20_000);
    }

    [Fact]
    public async Task Fonts_and_their_licence_are_served_by_the_app()
    {
        var client = App.Browser();
        var font = await client.GetAsync("/fonts/noto-sans-bengali-bengali-400-normal.woff2");
        font.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync("/fonts/OFL.txt")).ShouldContain("SIL Open Font License");
    }

    [Fact]
    public async Task Health_endpoints_report_process_and_database()
    {
        var client = App.Browser();
        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
    }
}

public sealed class DirectoryTests_Sqlite(SqliteApp app) : DirectoryTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class DirectoryTests_Postgres(PostgresApp app) : DirectoryTests<PostgresApp>(app), IClassFixture<PostgresApp>;
