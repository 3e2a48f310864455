using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Demo;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Tests.Features;

public abstract class LoginTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task A_user_with_one_office_lands_on_that_office_dashboard()
    {
        var client = await App.LoggedInAsync("editor.uno-singra");
        var dashboard = await client.GetAsync("/dashboard");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        dashboard.Headers.Location!.ToString().ShouldBe("/dashboard/uno-singra");
        var html = await client.GetStringAsync("/dashboard/uno-singra");
        html.ShouldContain("সিংড়া");
        html.ShouldContain("সম্পাদক (ফোকাল পয়েন্ট)");
    }

    [Fact]
    public async Task Login_redirects_back_to_the_page_asked_for()
    {
        var client = App.Browser();
        var response = await TestApp.PostFormAsync(client, "/account/login?returnUrl=%2Fdashboard%2Fdc-natore",
            new() { ["Input.UserName"] = "head.dc-natore", ["Input.Password"] = DemoData.Password, ["ReturnUrl"] = "/dashboard/dc-natore" });
        response.Headers.Location!.ToString().ShouldBe("/dashboard/dc-natore");
    }

    [Fact]
    public async Task Login_never_redirects_to_another_site()
    {
        var client = App.Browser();
        var response = await TestApp.PostFormAsync(client, "/account/login",
            new() { ["Input.UserName"] = "head.dc-natore", ["Input.Password"] = DemoData.Password, ["ReturnUrl"] = "https://evil.example/" });
        response.Headers.Location!.ToString().ShouldBe("/dashboard");
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_keeps_the_user_name()
    {
        var response = await TestApp.PostFormAsync(App.Browser(), "/account/login",
            new() { ["Input.UserName"] = "editor.dc-natore", ["Input.Password"] = "wrong-password" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("ব্যবহারকারীর নাম বা পাসওয়ার্ড সঠিক নয়");
        html.ShouldContain("value=\"editor.dc-natore\"");
    }

    [Fact]
    public async Task An_empty_form_names_the_missing_fields()
    {
        var response = await TestApp.PostFormAsync(App.Browser(), "/account/login", new() { ["Input.UserName"] = "", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("ব্যবহারকারীর নাম লিখুন");
        html.ShouldContain("পাসওয়ার্ড লিখুন");
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var userName = $"lock-{Guid.NewGuid():N}"[..20];
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.CreateAsync(new AppUser { UserName = userName, DisplayName = "Lock test" }, DemoData.Password)).Succeeded.ShouldBeTrue();
        }
        for (var i = 0; i < 5; i++)
            await TestApp.PostFormAsync(App.Browser(), "/account/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = "wrong" });

        var response = await TestApp.PostFormAsync(App.Browser(), "/account/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = DemoData.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("১৫ মিনিটের জন্য বন্ধ");
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var hash = App.WithDb(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.PasswordHash).Single());
        hash.ShouldNotBeNullOrEmpty();
        hash.ShouldNotContain(DemoData.Password);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await App.LoggedInAsync("admin");
        (await client.GetAsync("/dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await client.GetStringAsync("/dashboard");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        (await client.GetAsync("/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Keys_are_kept_in_the_database_so_another_instance_accepts_the_login()
    {
        var cookies = await App.LoginCookieAsync("monitor.mopa");
        App.WithDb(db => db.DataProtectionKeys.Count()).ShouldBeGreaterThan(0);

        // A second app instance on the same database: the first one's cookie must work there.
        await using var twin = App.Twin();
        var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/mopa");
        request.Headers.Add("Cookie", cookies);
        var response = await twin.Browser().SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class LoginTests_Sqlite(SqliteApp app) : LoginTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class LoginTests_Postgres(PostgresApp app) : LoginTests<PostgresApp>(app), IClassFixture<PostgresApp>;
