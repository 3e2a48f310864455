using System.Net;
using Protishruti.Domain.Access;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Manage;

/// <summary>Who may open each office management page: the office's own admin and the system admin, nobody else.</summary>
public abstract class ManageAccessTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    public static TheoryData<string> Pages => ["edit", "posts", "roles", "audit"];

    public static TheoryData<string, string, string, bool> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, string, bool>();
            foreach (var page in new[] { "edit", "posts", "roles", "audit" })
            {
                data.Add("officeadmin.dc-natore", "dc-natore", page, true);
                data.Add("officeadmin.dc-natore", "uno-singra", page, false); // a subordinate office is not theirs to manage
                data.Add("editor.dc-natore", "dc-natore", page, false);
                data.Add("head.dc-natore", "dc-natore", page, false);
                data.Add("monitor.mopa", "dc-natore", page, false);        // monitoring from above is read-only
                data.Add("editor.uno-singra", "dc-natore", page, false);
                data.Add("admin", "uno-singra", page, true);
                data.Add("admin", "cabinet", page, true);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Management_pages_open_only_for_the_office_admin_and_the_system_admin(string user, string office, string page, bool allowed)
    {
        var client = await App.LoggedInAsync(user);
        var response = await client.GetAsync($"/offices/{office}/{page}");
        if (allowed) response.StatusCode.ShouldBe(HttpStatusCode.OK);
        else response.ShouldBeDenied();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitors_are_sent_to_log_in(string page)
    {
        var response = await App.Browser().GetAsync($"/offices/dc-natore/{page}");
        response.ShouldAskToLogIn();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_unknown_office_is_not_found(string page)
    {
        var client = await App.LoggedInAsync("admin");
        var response = await client.GetAsync($"/offices/no-such-office-{Unique()}/{page}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_edit_page_follows_the_same_rule_and_a_post_of_another_office_is_not_found()
    {
        var natorePost = await App.NewPostAsync("dc-natore", $"Access check {Unique()}");
        var singraPost = await App.NewPostAsync("uno-singra", $"Access check {Unique()}");

        var officeAdmin = await App.LoggedInAsync("officeadmin.dc-natore");
        (await officeAdmin.GetAsync($"/offices/dc-natore/posts/{natorePost}/edit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officeAdmin.GetAsync($"/offices/uno-singra/posts/{singraPost}/edit")).ShouldBeDenied();
        // The id of another office's post under one's own office: not found, never shown.
        (await officeAdmin.GetAsync($"/offices/dc-natore/posts/{singraPost}/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await editor.GetAsync($"/offices/dc-natore/posts/{natorePost}/edit")).ShouldBeDenied();
        (await App.Browser().GetAsync($"/offices/dc-natore/posts/{natorePost}/edit")).ShouldAskToLogIn();
    }

    [Fact]
    public async Task Posting_to_a_management_page_without_the_right_changes_nothing()
    {
        var u = Unique();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        // The layout's log-out form gives a valid antiforgery token on a page the editor may open.
        var edit = await PostAsync(editor, "/offices/dc-natore/edit",
            new() { ["Input.NameBn"] = $"হাতবদল {u}", ["Input.NameEn"] = $"Hijack {u}" }, formPage: "/dashboard/dc-natore");
        edit.ShouldBeDenied();
        var addPost = await PostAsync(editor, "/offices/dc-natore/posts",
            new() { ["Input.DesignationBn"] = $"পদ {u}", ["Input.DesignationEn"] = $"Post {u}" }, formPage: "/dashboard/dc-natore");
        addPost.ShouldBeDenied();
        var grant = await PostAsync(editor, "/offices/dc-natore/roles?handler=Grant",
            new() { ["Grant.UserName"] = "editor.dc-natore", ["Grant.Role"] = "OfficeAdmin" }, formPage: "/dashboard/dc-natore");
        grant.ShouldBeDenied();

        App.WithDb(db => db.Offices.Any(o => o.NameEn == $"Hijack {u}")).ShouldBeFalse();
        App.WithDb(db => db.Posts.Any(p => p.DesignationEn == $"Post {u}")).ShouldBeFalse();
        App.WithDb(db => db.RoleGrants.Count(g => g.Role == OfficeRole.OfficeAdmin
            && g.UserId == db.Users.Single(x => x.UserName == "editor.dc-natore").Id)).ShouldBe(0);
    }
}

public sealed class ManageAccessTests_Sqlite(SqliteApp app) : ManageAccessTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ManageAccessTests_Postgres(PostgresApp app) : ManageAccessTests<PostgresApp>(app), IClassFixture<PostgresApp>;
