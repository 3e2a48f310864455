using System.Net;
using Protishruti.Domain.Access;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Manage;

public abstract class RoleManagementTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Roles = "/offices/dc-natore/roles";

    private static Dictionary<string, string> NewUser(string userName, string password, string role = "Editor") => new()
    {
        ["NewUser.UserName"] = userName, ["NewUser.DisplayName"] = $"Focal point {userName}", ["NewUser.Password"] = password, ["NewUser.Role"] = role,
    };

    private List<OfficeRole> GrantsOf(string userName, string officeCode) => App.WithDb(db =>
        db.RoleGrants.Where(g => g.OfficeId == db.Offices.Single(o => o.Code == officeCode).Id
            && g.UserId == db.Users.Single(x => x.UserName == userName).Id).Select(g => g.Role).ToList());

    [Fact]
    public async Task The_office_admin_creates_an_account_with_a_role_and_its_owner_can_log_in()
    {
        var name = $"fp-{Unique()}";
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, $"{Roles}?handler=Create", NewUser(name, "Natore-focal-2025"));
        response.ShouldRedirectTo(Roles);

        var page = await client.GetStringAsync(Roles);
        page.ShouldContain($"ব্যবহারকারী {name} তৈরি হয়েছে");
        page.ShouldContain($"<code>{name}</code>");
        GrantsOf(name, "dc-natore").ShouldBe([OfficeRole.Editor]);

        var newcomer = await App.LoggedInAsync(name, "Natore-focal-2025");
        (await newcomer.GetAsync("/dashboard/dc-natore")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await newcomer.GetAsync("/offices/dc-natore/edit")).ShouldBeDenied();
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_Identitys_rules_and_no_account_is_made()
    {
        var name = $"weak-{Unique()}";
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, $"{Roles}?handler=Create", NewUser(name, "short"));
        var html = await response.ShouldBeRejectedAsync();
        var error = FieldError(html, "NewUser.Password");
        error.ShouldNotBeNull();
        error.ShouldContain("পাসওয়ার্ড অন্তত ১০ অক্ষরের হতে হবে।");
        error.ShouldContain("বড় হাতের ইংরেজি অক্ষর (A–Z)");
        error.ShouldContain("অঙ্ক (০–৯)");
        html.ShouldContain($"value=\"{name}\"");
        html.ShouldNotContain("value=\"short\""); // a password is never sent back
        App.WithDb(db => db.Users.Any(u => u.UserName == name)).ShouldBeFalse();

        await client.GetAsync("/?lang=en");
        var english = await PostAsync(client, $"{Roles}?handler=Create", NewUser(name, "alllowercase1"));
        FieldError(await english.ShouldBeRejectedAsync(), "NewUser.Password").ShouldBe("The password must contain an upper-case letter (A–Z).");
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_beside_the_field()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, $"{Roles}?handler=Create", NewUser("editor.uno-singra", "Natore-focal-2025"));
        FieldError(await response.ShouldBeRejectedAsync(), "NewUser.UserName").ShouldBe("এই ব্যবহারকারী নাম আগেই নেওয়া হয়েছে; অন্য একটি নাম বেছে নিন।");
    }

    [Fact]
    public async Task Every_problem_with_a_new_account_shows_on_one_submit()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, $"{Roles}?handler=Create", NewUser("no spaces allowed!", "short"));
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "NewUser.UserName").ShouldBe("ব্যবহারকারী নামে কেবল ইংরেজি অক্ষর, অঙ্ক এবং - . _ @ + চিহ্ন থাকতে পারে।");
        FieldError(html, "NewUser.Password")!.ShouldContain("পাসওয়ার্ড অন্তত ১০ অক্ষরের হতে হবে।");
    }

    [Fact]
    public async Task An_existing_user_is_granted_a_role_and_it_is_revoked()
    {
        var name = $"grantee-{Unique()}";
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        (await PostAsync(admin, $"{Roles}?handler=Create", NewUser(name, "Natore-focal-2025", "Monitor"))).ShouldRedirectTo(Roles);

        var grant = await PostAsync(admin, $"{Roles}?handler=Grant", new() { ["Grant.UserName"] = $" {name} ", ["Grant.Role"] = "GrievanceOfficer" });
        grant.ShouldRedirectTo(Roles);
        GrantsOf(name, "dc-natore").Order().ShouldBe([OfficeRole.Monitor, OfficeRole.GrievanceOfficer]);

        var again = await PostAsync(admin, $"{Roles}?handler=Grant", new() { ["Grant.UserName"] = name, ["Grant.Role"] = "GrievanceOfficer" });
        FieldError(await again.ShouldBeRejectedAsync(), "Grant.Role")!.ShouldContain("আগে থেকেই");

        var id = App.WithDb(db => db.RoleGrants.Single(g => g.Role == OfficeRole.GrievanceOfficer && g.UserId == db.Users.Single(x => x.UserName == name).Id).Id);
        var revoke = await PostAsync(admin, $"{Roles}?handler=Revoke", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        revoke.ShouldRedirectTo(Roles);
        GrantsOf(name, "dc-natore").ShouldBe([OfficeRole.Monitor]);
    }

    [Fact]
    public async Task Unknown_users_and_the_system_admin_role_are_refused()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var unknown = await PostAsync(client, $"{Roles}?handler=Grant", new() { ["Grant.UserName"] = $"nobody-{u}", ["Grant.Role"] = "Editor" });
        var html = await unknown.ShouldBeRejectedAsync();
        FieldError(html, "Grant.UserName")!.ShouldStartWith($"'nobody-{u}' নামে কোনো ব্যবহারকারী নেই।");
        html.ShouldContain($"value=\"nobody-{u}\"");

        var escalate = await PostAsync(client, $"{Roles}?handler=Grant", new() { ["Grant.UserName"] = "editor.dc-natore", ["Grant.Role"] = "SystemAdmin" });
        FieldError(await escalate.ShouldBeRejectedAsync(), "Grant.Role").ShouldBe("একটি ভূমিকা বাছাই করুন।");
        var create = await PostAsync(client, $"{Roles}?handler=Create", NewUser($"root-{u}", "Natore-focal-2025", "SystemAdmin"));
        FieldError(await create.ShouldBeRejectedAsync(), "NewUser.Role").ShouldBe("একটি ভূমিকা বাছাই করুন।");
        App.WithDb(db => db.RoleGrants.Count(g => g.Role == OfficeRole.SystemAdmin)).ShouldBe(1);
        App.WithDb(db => db.Users.Any(x => x.UserName == $"root-{u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_grant_of_another_office_cannot_be_revoked_from_here()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var singraGrant = App.WithDb(db => db.RoleGrants.First(g => g.OfficeId == db.Offices.Single(o => o.Code == "uno-singra").Id).Id);
        var response = await PostAsync(client, $"{Roles}?handler=Revoke", new() { ["id"] = singraGrant.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        App.WithDb(db => db.RoleGrants.Any(g => g.Id == singraGrant)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_office_admin_cannot_revoke_their_own_admin_role()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var own = App.WithDb(db => db.RoleGrants.Single(g => g.Role == OfficeRole.OfficeAdmin
            && g.UserId == db.Users.Single(x => x.UserName == "officeadmin.dc-natore").Id
            && g.OfficeId == db.Offices.Single(o => o.Code == "dc-natore").Id).Id);
        var response = await PostAsync(client, $"{Roles}?handler=Revoke", new() { ["id"] = own.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        (await response.ShouldBeRejectedAsync()).ShouldContain("নিজের দপ্তর প্রশাসক ভূমিকা নিজে প্রত্যাহার করা যায় না");
        App.WithDb(db => db.RoleGrants.Any(g => g.Id == own)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_system_admin_manages_roles_in_any_office()
    {
        var name = $"singra-{Unique()}";
        var client = await App.LoggedInAsync("admin");
        var response = await PostAsync(client, "/offices/uno-singra/roles?handler=Create", NewUser(name, "Singra-office-2025", "OfficeAdmin"));
        response.ShouldRedirectTo("/offices/uno-singra/roles");
        GrantsOf(name, "uno-singra").ShouldBe([OfficeRole.OfficeAdmin]);
    }
}

public sealed class RoleManagementTests_Sqlite(SqliteApp app) : RoleManagementTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class RoleManagementTests_Postgres(PostgresApp app) : RoleManagementTests<PostgresApp>(app), IClassFixture<PostgresApp>;
