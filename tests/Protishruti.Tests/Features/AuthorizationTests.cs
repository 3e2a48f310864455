using System.Net;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features;

/// <summary>Who may open which office dashboard: the office's own roles, Monitors of ancestors, SystemAdmin; nobody else.</summary>
public abstract class AuthorizationTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    public static TheoryData<string, string, bool> Dashboards => new()
    {
        { "editor.dc-natore", "dc-natore", true },
        { "editor.dc-natore", "uno-singra", false },   // a parent office's editor is not a monitor
        { "editor.dc-natore", "divcom-rajshahi", false },
        { "head.uno-singra", "uno-singra", true },
        { "head.uno-singra", "dc-natore", false },     // nor may a subordinate look up
        { "head.uno-singra", "uno-lalpur", false },    // nor sideways
        { "monitor.mopa", "mopa", true },
        { "monitor.mopa", "dc-natore", true },         // two levels down
        { "monitor.mopa", "uno-singra", true },        // three levels down
        { "monitor.mopa", "dco-bandarban", false },    // another ministry's tree
        { "monitor.mopa", "cabinet", false },
        { "editor.dco-bandarban", "dco-bandarban", true },
        { "editor.dco-bandarban", "dco-natore", false },
        { "officeadmin.dc-natore", "dc-natore", true },
        { "officeadmin.dc-natore", "uno-singra", false },
        { "admin", "uno-tala", true },
        { "admin", "cabinet", true },
    };

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task Office_dashboard_is_open_only_to_those_with_a_role_there_or_monitoring_above(string user, string office, bool allowed)
    {
        var client = await App.LoggedInAsync(user);
        var response = await client.GetAsync($"/dashboard/{office}");
        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        var response = await App.Browser().GetAsync("/dashboard/dc-natore");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task Access_denied_page_explains_in_both_languages()
    {
        var client = await App.LoggedInAsync("editor.uno-singra");
        var response = await client.GetAsync("/account/access-denied");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("অনুমতি আপনার নেই");
        html.ShouldContain("You do not have permission");
    }

    [Fact]
    public async Task Management_links_are_shown_only_to_those_who_may_manage()
    {
        var admin = await (await App.LoggedInAsync("officeadmin.dc-natore")).GetStringAsync("/dashboard/dc-natore");
        admin.ShouldContain("/offices/dc-natore/edit");
        admin.ShouldContain("/offices/dc-natore/roles");
        admin.ShouldContain("/offices/dc-natore/audit");

        var editor = await (await App.LoggedInAsync("editor.dc-natore")).GetStringAsync("/dashboard/dc-natore");
        editor.ShouldNotContain("/offices/dc-natore/edit");
        editor.ShouldNotContain("/offices/dc-natore/audit");
    }

    [Fact]
    public async Task A_monitor_drills_down_from_the_ministry_to_subordinate_dashboards()
    {
        var client = await App.LoggedInAsync("monitor.mopa");
        var mopa = await client.GetStringAsync("/dashboard/mopa");
        mopa.ShouldContain("/dashboard/divcom-rajshahi\"");
        var dc = await client.GetStringAsync("/dashboard/dc-natore");
        dc.ShouldContain("/dashboard/uno-singra\"");
        dc.ShouldContain("ঊর্ধ্বতন দপ্তরের পরিবীক্ষক");
    }
}

public sealed class AuthorizationTests_Sqlite(SqliteApp app) : AuthorizationTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class AuthorizationTests_Postgres(PostgresApp app) : AuthorizationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
