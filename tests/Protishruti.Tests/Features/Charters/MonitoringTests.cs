using System.Net;
using Protishruti.Domain.Calendar;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Charters;

public abstract class MonitoringTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly TimeSpan Dhaka = TimeSpan.FromHours(6);

    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Dhaka).DateTime);

    [Fact]
    public async Task The_view_counts_offices_that_published_this_quarter_and_shows_versions_states_and_scores()
    {
        var u = Unique();
        var tree = await TestTree.CreateAsync(App, u);
        var (thisQuarter, lastQuarter, never) = (tree.Upazilas[0], tree.Upazilas[1], tree.Upazilas[2]);
        var quarter = FiscalQuarter.Of(Today);
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        // Early in the quarter's first day in Dhaka (still the previous day in UTC): counts for this quarter.
        var quarterStart = new DateTimeOffset(quarter.Start.ToDateTime(new TimeOnly(0, 30)), Dhaka).ToUniversalTime();
        await TestTree.PublishAsync(App, thisQuarter, now < quarterStart.AddHours(2) ? now : quarterStart.AddHours(1));
        await TestTree.PublishAsync(App, lastQuarter, quarterStart.AddDays(-10), thenSubmit: true);

        var monitor = await App.LoggedInAsync("monitor.mopa");
        var url = $"/offices/{tree.District}/charters/subordinates";
        var page = await monitor.GetStringAsync(url);
        page.ShouldContain("এই কোয়ার্টারে হালনাগাদ প্রকাশ করেছে ৩টির মধ্যে ১টি দপ্তর");
        page.ShouldContain(quarter.LabelBn);
        page.ShouldContain($"/offices/{thisQuarter}/charter\"");
        page.ShouldContain($"/offices/{lastQuarter}/charter/draft\"");
        page.ShouldNotContain($"/offices/{never}/charter");
        page.ShouldContain("সংস্করণ ২ <span class=\"tag\">অনুমোদনের জন্য দাখিলকৃত</span>");
        System.Text.RegularExpressions.Regex.Count(page, "মান: [০-৯]+/১০০").ShouldBe(3); // two published versions and the submitted one
        page.ShouldNotContain("মান: —");
        page.ShouldContain("কখনো প্রকাশিত হয়নি");
        page.ShouldContain(Ui(quarterStart.AddDays(-10)));

        var behind = await monitor.GetStringAsync($"{url}?show=behind");
        behind.ShouldNotContain($"/dashboard/{thisQuarter}\"");
        behind.ShouldContain($"/dashboard/{lastQuarter}\"");
        behind.ShouldContain($"/dashboard/{never}\"");
        var districts = await monitor.GetStringAsync($"{url}?kind=DistrictOffice");
        districts.ShouldContain("এই কোয়ার্টারে হালনাগাদ প্রকাশ করেছে ০টির মধ্যে ০টি দপ্তর");

        var en = await monitor.GetStringAsync($"{url}?lang=en");
        en.ShouldContain("1 of 3 offices published an update this quarter");
        en.ShouldContain("Version 2 <span class=\"tag\">Submitted for approval</span>");
        en.ShouldMatch(@"Score: \d+/100");
    }

    [Fact]
    public async Task A_ministry_sees_every_office_below_it_a_page_at_a_time()
    {
        var monitor = await App.LoggedInAsync("monitor.mopa");
        var page = await monitor.GetStringAsync("/offices/mopa/charters/subordinates?level=1");
        page.ShouldContain("/dashboard/divcom-rajshahi\"");
        page.ShouldNotContain("/dashboard/dc-natore\"");
        var all = await monitor.GetStringAsync("/offices/mopa/charters/subordinates?lang=en");
        all.ShouldContain("/dashboard/dc-natore\"");
        all.ShouldMatch(@"of \d+ offices published an update this quarter");
        (await monitor.GetAsync("/offices/mopa/charters/subordinates?page=999")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_monitors_of_the_office_or_an_ancestor_see_the_view_and_the_dashboard_links_it()
    {
        var u = Unique();
        var tree = await TestTree.CreateAsync(App, u);
        var url = $"/offices/{tree.District}/charters/subordinates";
        (await (await App.LoggedInAsync(tree.DistrictEditor)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await App.LoggedInAsync("admin")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var user in new[] { "head.dc-natore", "editor.dco-bandarban", tree.UpazilaEditor })
            (await (await App.LoggedInAsync(user)).GetAsync(url)).ShouldBeDenied();
        (await (await App.LoggedInAsync("monitor.mopa")).GetAsync("/offices/doc/charters/subordinates")).ShouldBeDenied(); // another ministry's
        (await App.Browser().GetAsync(url)).ShouldAskToLogIn();

        (await (await App.LoggedInAsync("monitor.mopa")).GetStringAsync("/dashboard/mopa")).ShouldContain("/offices/mopa/charters/subordinates");
        var upazila = await (await App.LoggedInAsync("editor.uno-singra")).GetStringAsync("/dashboard/uno-singra");
        upazila.ShouldNotContain("/charters/subordinates"); // nothing below it
        upazila.ShouldContain("/offices/uno-singra/charter/draft/templates");
    }

    private static string Ui(DateTimeOffset at) => GregorianNames.Format(DateOnly.FromDateTime(at.ToOffset(Dhaka).DateTime), true);
}

public sealed class MonitoringTests_Sqlite(SqliteApp app) : MonitoringTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MonitoringTests_Postgres(PostgresApp app) : MonitoringTests<PostgresApp>(app), IClassFixture<PostgresApp>;
