using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Demo;
using Protishruti.Web.Infrastructure.Identity;
using static Protishruti.Tests.Features.Monitoring.Review.ReviewKit;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// A session ends when the user logs out, changes their password or loses a role: the auth cookie issued before — in
/// this browser, another one, or a copy — no longer works, because its security stamp is checked on every request.
/// </summary>
public abstract class SessionTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What a request carrying only this Cookie header gets for the dashboard: 200, or a redirect to the login page.</summary>
    private async Task<HttpResponseMessage> DashboardWithAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", cookie);
        return await App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request, Ct);
    }

    private static bool LoggedIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
        || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal));

    private async Task<(Office Office, string UserName)> UserAsync()
    {
        var office = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var user = await NewUserAsync(App, office, OfficeRole.Editor);
        return (office, user);
    }

    [Fact]
    public async Task After_logging_out_a_copy_of_the_old_cookie_and_another_browsers_cookie_no_longer_work()
    {
        var (_, name) = await UserAsync();
        var copied = await App.LoginCookieAsync(name);
        var client = await App.LoggedInAsync(name);
        LoggedIn(await DashboardWithAsync(copied)).ShouldBeTrue();
        LoggedIn(await client.GetAsync("/dashboard", Ct)).ShouldBeTrue();

        (await TestApp.PostFormAsync(client, "/account/logout", [], "/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await DashboardWithAsync(copied)).ShouldAskToLogIn();
        (await client.GetAsync("/dashboard", Ct)).ShouldAskToLogIn();
        // Logging in again works as before.
        LoggedIn(await DashboardWithAsync(await App.LoginCookieAsync(name))).ShouldBeTrue();
    }

    [Fact]
    public async Task After_a_role_is_revoked_the_users_old_cookie_no_longer_works()
    {
        var (office, name) = await UserAsync();
        var cookie = await App.LoginCookieAsync(name);
        LoggedIn(await DashboardWithAsync(cookie)).ShouldBeTrue();

        var grantId = await App.WithDbAsync(db => db.RoleGrants.Where(g => g.OfficeId == office.Id && db.Users.Any(u => u.Id == g.UserId && u.UserName == name))
            .Select(g => g.Id).SingleAsync(Ct));
        var admin = await App.LoggedInAsync("admin");
        var roles = $"/offices/{office.Code}/roles";
        (await ManageTestKit.PostAsync(admin, $"{roles}?handler=Revoke", new() { ["id"] = grantId.ToString(CultureInfo.InvariantCulture) }))
            .ShouldRedirectTo(roles);

        (await DashboardWithAsync(cookie)).ShouldAskToLogIn();
        // The admin who revoked it is still logged in.
        (await admin.GetAsync(roles, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_ones_own_role_ends_ones_other_sessions_but_not_this_one()
    {
        var (office, name) = await UserAsync();
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == name, Ct);
            db.RoleGrants.Add(new RoleGrant(user.Id, OfficeRole.OfficeAdmin, office.Id));
            return await db.SaveChangesAsync(Ct);
        });
        var elsewhere = await App.LoginCookieAsync(name);
        var here = await App.LoggedInAsync(name);
        var editorGrant = await App.WithDbAsync(db => db.RoleGrants.Where(g => g.OfficeId == office.Id && g.Role == OfficeRole.Editor
            && db.Users.Any(u => u.Id == g.UserId && u.UserName == name)).Select(g => g.Id).SingleAsync(Ct));
        var roles = $"/offices/{office.Code}/roles";

        (await ManageTestKit.PostAsync(here, $"{roles}?handler=Revoke", new() { ["id"] = editorGrant.ToString(CultureInfo.InvariantCulture) }))
            .ShouldRedirectTo(roles);

        (await here.GetAsync(roles, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DashboardWithAsync(elsewhere)).ShouldAskToLogIn();
    }

    [Fact]
    public async Task After_a_password_change_the_old_cookie_no_longer_works()
    {
        var (_, name) = await UserAsync();
        var cookie = await App.LoginCookieAsync(name);
        LoggedIn(await DashboardWithAsync(cookie)).ShouldBeTrue();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(name))!;
            (await users.ChangePasswordAsync(user, DemoData.Password, "A-new-password-2026")).Succeeded.ShouldBeTrue();
        }

        (await DashboardWithAsync(cookie)).ShouldAskToLogIn();
        LoggedIn(await DashboardWithAsync(await App.LoginCookieAsync(name, "A-new-password-2026"))).ShouldBeTrue();
    }
}

public sealed class SessionTests_Sqlite(SqliteApp app) : SessionTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class SessionTests_Postgres(PostgresApp app) : SessionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
