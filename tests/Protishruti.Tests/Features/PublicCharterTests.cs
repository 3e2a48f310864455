using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Infrastructure.CharterBuilder;

namespace Protishruti.Tests.Features;

/// <summary>The public charter pages: current version in its layout, service pages, history and diff; never a draft.</summary>
public abstract partial class PublicCharterTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<string> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await App.Browser().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{url}: {body[..Math.Min(body.Length, 400)]}");
        return body;
    }

    [Fact]
    public async Task The_charter_page_shows_the_published_version_in_its_layout_and_never_the_draft()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office, LayoutProfile.Field8, "জন্ম নিবন্ধন সনদ");
        await App.WriteCharterAsync(office.Id, d => AddService(d, ServiceCategory.Citizen, "খসড়া সেবা", office.OfficerPostId, office.HeadPostId), publish: false);

        var page = await Get($"/offices/{office.Code}/charter");
        page.ShouldContain("জন্ম নিবন্ধন সনদ");
        page.ShouldContain("সবার জন্য দ্রুত সেবা");
        page.ShouldContain("সেবা প্রদানে সর্বোচ্চ সময়"); // Field8 column 3
        page.ShouldContain("ঊর্ধ্বতন কর্মকর্তার পদবি");   // Field8 column 8
        page.ShouldContain("৭ কর্মদিবস");
        page.ShouldContain("৫০ টাকা (ট্রেজারি চালান)");
        page.ShouldContain(office.OfficerName);
        page.ShouldContain("৮৮০-৭৭১-২২২২২২");
        page.ShouldContain("সংস্করণ ১");
        page.ShouldContain("বঙ্গাব্দ"); // last updated in both calendars
        page.ShouldContain("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান");
        page.ShouldContain("মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল");
        page.ShouldContain("৬০ কর্মদিবস");
        page.ShouldContain($"/offices/{office.Code}/charter.jsonld");
        page.ShouldNotContain("খসড়া সেবা");

        var english = await Get($"/offices/{office.Code}/charter?lang=en");
        english.ShouldContain("Maximum time");
        english.ShouldContain("Service 1");
        english.ShouldContain("7 working days");
        english.ShouldNotContain("খসড়া সেবা");

        // The draft is version 2: nothing public shows it.
        await Get($"/offices/{office.Code}/charter/versions/2", HttpStatusCode.NotFound);
        await Get($"/offices/{office.Code}/charter/diff?from=1&to=2", HttpStatusCode.NotFound);
        (await Get($"/api/v1/offices/{office.Code}/charter")).ShouldNotContain("খসড়া সেবা");
        (await Get($"/offices/{office.Code}/charter.jsonld")).ShouldNotContain("খসড়া সেবা");
        (await Get($"/offices/{office.Code}")).ShouldContain($"/offices/{office.Code}/charter");
    }

    [Fact]
    public async Task Each_layout_prints_its_own_columns()
    {
        var hq = await App.NewOfficeAsync(kind: "department", parentCode: "rdcd");
        await App.PublishCharterAsync(hq, LayoutProfile.Hq7);
        var page = await Get($"/offices/{hq.Code}/charter");
        page.ShouldContain("সেবা প্রদান পদ্ধতি");
        page.ShouldContain("প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান");
        page.ShouldNotContain("ঊর্ধ্বতন কর্মকর্তা");
        page.ShouldContain("(৭)");
        page.ShouldNotContain("(৮)");

        var hybrid = await App.NewOfficeAsync();
        await App.PublishCharterAsync(hybrid, LayoutProfile.Hybrid8);
        page = await Get($"/offices/{hybrid.Code}/charter");
        page.ShouldContain("সেবা প্রদান পদ্ধতি");
        page.ShouldContain("ঊর্ধ্বতন কর্মকর্তার পদবি, রুম নম্বর, ফোন ও ই-মেইল");
        page.ShouldContain("(৮)");
    }

    [Fact]
    public async Task Unknown_offices_services_and_versions_are_404_and_an_office_without_a_charter_says_so_in_both_languages()
    {
        var office = await App.NewOfficeAsync();
        var none = await Get($"/offices/{office.Code}/charter", HttpStatusCode.NotFound);
        none.ShouldContain("has not published a Citizen Charter");
        none.ShouldContain("এখনো কোনো সেবা প্রদান প্রতিশ্রুতি");
        await Get($"/offices/{office.Code}/charter/history", HttpStatusCode.NotFound);

        await App.WriteCharterAsync(office.Id, _ => { }, publish: false); // a draft alone is still "no charter"
        await Get($"/offices/{office.Code}/charter", HttpStatusCode.NotFound);
        await Get($"/offices/{office.Code}/charter/versions/1", HttpStatusCode.NotFound);

        await Get("/offices/no-such-office/charter", HttpStatusCode.NotFound);
        await Get("/offices/no-such-office/charter/history", HttpStatusCode.NotFound);
        await Get($"/offices/no-such-office/services/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await Get($"/offices/{office.Code}/services/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await Get($"/offices/{office.Code}/services/not-a-guid", HttpStatusCode.NotFound);
        await Get($"/offices/{office.Code}/charter/versions/99", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Officer_details_and_branch_follow_the_post_after_a_transfer_without_a_new_version_and_the_cached_page_updates_at_once()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);
        var key = await ServiceKey(office.Id, "জন্ম নিবন্ধন সনদ");
        (await Get($"/offices/{office.Code}/charter")).ShouldContain(office.OfficerName); // now cached
        (await Get($"/offices/{office.Code}/services/{key}")).ShouldContain(office.OfficerName);

        await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).SingleAsync(p => p.Id == office.OfficerPostId);
            var successor = new Person("নতুন যোগদানকারী কর্মকর্তা", "Newly joined officer");
            successor.SetContacts("01811-999999", "new.officer@example.gov.bd");
            db.People.Add(successor);
            post.AssignHolder(successor, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)));
            post.SetDetails("সাধারণ শাখা", "General Branch", post.Room, post.Phone, post.Email, post.SortOrder);
            return await db.SaveChangesAsync();
        });

        var page = await Get($"/offices/{office.Code}/charter");
        page.ShouldContain("নতুন যোগদানকারী কর্মকর্তা");
        page.ShouldContain("সাধারণ শাখা"); // the field layout's officer column names the branch
        page.ShouldNotContain(office.OfficerName);
        page.ShouldContain("সংস্করণ ১");
        (await Get($"/offices/{office.Code}/services/{key}")).ShouldContain("নতুন যোগদানকারী কর্মকর্তা");

        // Publishing a new version through the app is visible at once too.
        await App.WriteCharterAsync(office.Id, d => d.SetVisionAndMission("নতুন রূপকল্প", null, "সময়মতো স্বচ্ছ সেবা", null));
        page = await Get($"/offices/{office.Code}/charter");
        page.ShouldContain("নতুন রূপকল্প");
        page.ShouldContain("সংস্করণ ২");
    }

    [Fact]
    public async Task History_and_diff_show_changes_between_adjacent_and_non_adjacent_versions()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office, LayoutProfile.Field8, "জন্ম নিবন্ধন সনদ", "মৃত্যু নিবন্ধন সনদ");
        await App.WriteCharterAsync(office.Id, d =>
        {
            d.ServicesIn(ServiceCategory.Citizen).First().SetFee(Fee.Of(100m, PaymentMethod.MobileFinancialService));
            AddService(d, ServiceCategory.Citizen, "ওয়ারিশ সনদ", office.OfficerPostId, office.HeadPostId);
        });
        await App.WriteCharterAsync(office.Id, d =>
        {
            d.RemoveService(d.ServicesIn(ServiceCategory.Citizen).Single(s => s.NameBn == "মৃত্যু নিবন্ধন সনদ").Key);
            d.UpdateExpectation(0, "সাক্ষাতের নির্ধারিত সময়ের আগে উপস্থিত থাকা", null);
        });
        await App.WriteCharterAsync(office.Id, d => d.SetVisionAndMission("খসড়ার রূপকল্প", null, "খসড়ার অভিলক্ষ্য", null), publish: false);

        var history = await Get($"/offices/{office.Code}/charter/history");
        history.ShouldContain($"/offices/{office.Code}/charter/versions/1");
        history.ShouldContain($"/offices/{office.Code}/charter/versions/2");
        history.ShouldNotContain("versions/4");
        history.ShouldContain("বঙ্গাব্দ");
        history.ShouldContain("<form class=\"compare no-print\" method=\"get\"");

        var oneTwo = await Get($"/offices/{office.Code}/charter/diff?from=1&to=2");
        oneTwo.ShouldContain("<del class=\"diff\">৫০ টাকা (ট্রেজারি চালান)</del>");
        oneTwo.ShouldContain("<ins class=\"diff\">১০০ টাকা (মোবাইল ব্যাংকিং)</ins>");
        oneTwo.ShouldContain("<ins class=\"diff\">ওয়ারিশ সনদ</ins>");
        oneTwo.ShouldNotContain("মৃত্যু নিবন্ধন সনদ</del>");

        var oneThree = await Get($"/offices/{office.Code}/charter/diff?from=1&to=3");
        oneThree.ShouldContain("<del class=\"diff\">মৃত্যু নিবন্ধন সনদ</del>");
        oneThree.ShouldContain("<ins class=\"diff\">ওয়ারিশ সনদ</ins>");
        oneThree.ShouldContain("<ins class=\"diff\">১০০ টাকা (মোবাইল ব্যাংকিং)</ins>");
        oneThree.ShouldContain("<ins class=\"diff\">সাক্ষাতের নির্ধারিত সময়ের আগে উপস্থিত থাকা</ins>");
        oneThree.ShouldNotContain("খসড়ার রূপকল্প");
        (await Get($"/offices/{office.Code}/charter/diff?from=৩&to=১")).ShouldContain("<del class=\"diff\">মৃত্যু নিবন্ধন সনদ</del>");
        (await Get($"/offices/{office.Code}/charter/diff?from=1&to=3&lang=en")).ShouldContain("What changed from version 1 to 3");

        (await Get($"/offices/{office.Code}/charter/diff?from=2&to=2", HttpStatusCode.BadRequest)).ShouldContain("Choose two different published versions");
        await Get($"/offices/{office.Code}/charter/diff?from=x&to=2", HttpStatusCode.BadRequest);
        await Get($"/offices/{office.Code}/charter/diff?from=1&to=4", HttpStatusCode.NotFound);
        await Get($"/offices/{office.Code}/charter/diff?from=1&to=9", HttpStatusCode.NotFound);

        var old = await Get($"/offices/{office.Code}/charter/versions/1");
        old.ShouldContain("৫০ টাকা (ট্রেজারি চালান)");
        old.ShouldContain("মৃত্যু নিবন্ধন সনদ");
        old.ShouldContain("এখন আর প্রযোজ্য নয়");
        var current = await Get($"/offices/{office.Code}/charter");
        current.ShouldContain("সংস্করণ ৩");
        current.ShouldNotContain("মৃত্যু নিবন্ধন সনদ");
    }

    [Fact]
    public async Task Markup_in_a_service_name_is_shown_as_text_on_the_pages_and_inside_the_JSON_LD()
    {
        const string evil = "<script>alert('x')</script></script><b>জন্ম</b> & সনদ";
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office, LayoutProfile.Field8, evil);
        var key = await ServiceKey(office.Id, evil);

        var page = await Get($"/offices/{office.Code}/charter");
        page.ShouldNotContain("<script>alert");
        page.ShouldNotContain("<b>জন্ম</b>");
        page.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");

        var service = await Get($"/offices/{office.Code}/services/{key}");
        service.ShouldNotContain("<script>alert");
        var scripts = JsonLdScripts().Matches(service);
        scripts.Count.ShouldBe(1);
        var json = scripts[0].Groups[1].Value;
        json.ShouldNotContain("</script");
        json.ShouldNotContain("<");
        using var ld = System.Text.Json.JsonDocument.Parse(json);
        ld.RootElement.GetProperty("name")[0].GetProperty("@value").GetString().ShouldBe(evil);
    }

    [Fact]
    public async Task A_parent_office_lists_the_services_of_its_subordinates_with_published_charters()
    {
        var parent = await App.NewOfficeAsync();
        var child = await App.NewOfficeAsync(kind: "upazila", parentCode: parent.Code);
        var silent = await App.NewOfficeAsync(kind: "upazila", parentCode: parent.Code);
        await App.PublishCharterAsync(parent);
        await App.PublishCharterAsync(child, LayoutProfile.Field8, "উপজেলার সেবা");
        var key = await ServiceKey(child.Id, "উপজেলার সেবা");

        var page = await Get($"/offices/{parent.Code}/charter");
        page.ShouldContain("আওতাধীন দপ্তরের সেবা");
        page.ShouldContain($"/offices/{child.Code}/charter");
        page.ShouldContain($"/offices/{child.Code}/services/{key}");
        page.ShouldNotContain($"/offices/{silent.Code}/charter");
        (await Get($"/offices/{child.Code}/services/{key}")).ShouldContain("উপজেলার সেবা");
    }

    private Task<Guid> ServiceKey(int officeId, string nameBn) => App.WithDbAsync(db => db.WholeCharters().AsNoTracking()
        .Where(c => c.OfficeId == officeId).SelectMany(c => c.Versions).SelectMany(v => v.Services)
        .Where(s => s.NameBn == nameBn).Select(s => s.Key).FirstAsync());

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScripts();
}

public sealed class PublicCharterTests_Sqlite(SqliteApp app) : PublicCharterTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class PublicCharterTests_Postgres(PostgresApp app) : PublicCharterTests<PostgresApp>(app), IClassFixture<PostgresApp>;
