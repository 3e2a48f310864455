using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Demo;
using Protishruti.Web.Infrastructure.Identity;
using static Protishruti.Tests.Features.Monitoring.Review.ReviewKit;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// Abuse limits: login, the public API and search answer 429 (with Retry-After, in both languages) past their per-address
/// limits, which configuration sets; failed logins lock a name for the address that failed, not for everyone; and an
/// unknown name gets the same answer after the same work as a known one. Each test runs a second app instance on the
/// fixture's database with its own limits, whose requests say which client address they come from.
/// </summary>
public abstract partial class RateLimitTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    /// <summary>Counts password-hash checks, to see that an unknown name costs what a known one does.</summary>
    private sealed class CountingHasher(PasswordHasher<AppUser> inner, StrongBox<int> verified) : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verified.Value);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The password-hash checks this test's app instance made.</summary>
    private readonly StrongBox<int> _verified = new();

    private WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) => App.WithWebHostBuilder(b =>
    {
        foreach (var (k, v) in settings) b.UseSetting(k, v);
        b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IStartupFilter, ClientAddress>();
            s.AddScoped<IPasswordHasher<AppUser>>(_ => new CountingHasher(new PasswordHasher<AppUser>(), _verified));
        });
    });

    private static HttpClient Client(WebApplicationFactory<Program> app, string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string name, string password) =>
        TestApp.PostFormAsync(client, "/account/login", new() { ["Input.UserName"] = name, ["Input.Password"] = password });

    private async Task<string> NewAccountAsync() => await NewUserAsync(App, await ManageTestKit.NewOfficeAsync(App, "dc-natore"), OfficeRole.Editor);

    private static void ShouldBeTooManyInBothLanguages(HttpResponseMessage response, string body)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        body.ShouldContain("অনেক বেশি অনুরোধ");
        body.ShouldContain("Too many requests");
    }

    [Fact]
    public async Task Logins_past_the_configured_limit_from_one_address_get_429_while_another_address_logs_in()
    {
        var name = await NewAccountAsync();
        await using var app = With(("RateLimits:Login:PermitLimit", "3"), ("RateLimits:Login:WindowSeconds", "60"));
        var noisy = Client(app, "203.0.113.10");
        for (var i = 0; i < 3; i++)
            (await LogInAsync(noisy, $"nobody-{i}", "wrong-password")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await LogInAsync(noisy, name, DemoData.Password);
        ShouldBeTooManyInBothLanguages(refused, await refused.Content.ReadAsStringAsync(Ct));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await noisy.GetAsync("/account/login", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the form itself is not counted

        (await LogInAsync(Client(app, "203.0.113.11"), name, DemoData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_public_api_and_open311_past_the_limit_get_a_429_problem_in_both_languages_per_address()
    {
        await using var app = With(("RateLimits:Api:PermitLimit", "3"));
        var noisy = Client(app, "198.51.100.7");
        (await noisy.GetAsync("/api/v1/calendar/date?date=2025-01-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noisy.GetAsync("/open311/v2/services.json?jurisdiction_id=dc-natore", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noisy.GetAsync("/api/v1/services?q=সনদ", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await noisy.GetAsync("/open311/v2/services.json?jurisdiction_id=dc-natore", Ct);
        var body = await refused.Content.ReadAsStringAsync(Ct);
        ShouldBeTooManyInBothLanguages(refused, body);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32().ShouldBe(429);
        (await noisy.GetAsync("/api/v1/calendar/date?date=2025-01-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        (await Client(app, "198.51.100.8").GetAsync("/api/v1/calendar/date?date=2025-01-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noisy.GetAsync("/offices/dc-natore", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // pages are not counted
    }

    [Fact]
    public async Task Search_past_the_limit_gets_the_429_page_in_both_languages()
    {
        await using var app = With(("RateLimits:Search:PermitLimit", "2"));
        var noisy = Client(app, "192.0.2.33");
        (await noisy.GetAsync("/search?q=সনদ", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noisy.GetAsync("/search?q=license", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await noisy.GetAsync("/search?q=জন্ম", Ct);
        ShouldBeTooManyInBothLanguages(refused, await refused.Content.ReadAsStringAsync(Ct));
        (await Client(app, "192.0.2.34").GetAsync("/search?q=জন্ম", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Failures_from_one_address_lock_the_name_only_for_that_address_and_the_owner_logs_in_from_another()
    {
        var name = await NewAccountAsync();
        await using var app = With();
        var attacker = Client(app, "203.0.113.66");
        for (var i = 0; i < 5; i++)
            (await (await LogInAsync(attacker, name, $"guess-{i}")).Content.ReadAsStringAsync(Ct)).ShouldContain("সঠিক নয়");

        // Locked for the attacker's address, even with the right password ...
        (await (await LogInAsync(attacker, name, DemoData.Password)).Content.ReadAsStringAsync(Ct)).ShouldContain("১৫ মিনিটের জন্য বন্ধ");
        // ... but the owner, at the office, is not locked out.
        (await LogInAsync(Client(app, "203.0.113.67"), name, DemoData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Failures_from_many_addresses_lock_the_name_everywhere_at_the_configured_count()
    {
        var name = await NewAccountAsync();
        await using var app = With(("RateLimits:Lockout:FailuresPerAccountAndAddress", "3"), ("RateLimits:Lockout:FailuresPerAccount", "6"),
            ("RateLimits:Lockout:Minutes", "20"));
        foreach (var address in new[] { "198.51.100.1", "198.51.100.2" })
        {
            var client = Client(app, address);
            for (var i = 0; i < 3; i++) await LogInAsync(client, name, "wrong-password");
        }
        var english = Client(app, "198.51.100.3");
        await english.GetAsync("/?lang=en", Ct);
        var html = WebUtility.HtmlDecode(await (await LogInAsync(english, name, DemoData.Password)).Content.ReadAsStringAsync(Ct));
        html.ShouldContain("Too many failed attempts: the account is locked for 20 minutes.");
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_answer_after_the_same_password_check_as_a_known_one()
    {
        var known = await NewAccountAsync();
        var unknown = $"nobody-{ManageTestKit.Unique()}";
        await using var app = With();
        var client = Client(app, "192.0.2.200");

        async Task<(string Page, int Checks)> TryAsync(string name)
        {
            var before = Volatile.Read(ref _verified.Value);
            var page = await (await LogInAsync(client, name, "not-the-password")).Content.ReadAsStringAsync(Ct);
            return (Hidden().Replace(page.Replace(name, "NAME"), ""), Volatile.Read(ref _verified.Value) - before);
        }
        var k = await TryAsync(known);
        var u = await TryAsync(unknown);
        u.Page.ShouldBe(k.Page);
        k.Checks.ShouldBe(1);
        u.Checks.ShouldBe(1);

        // Locked names read alike too (five failures of each from this address).
        for (var i = 0; i < 4; i++)
        {
            await LogInAsync(client, known, "x");
            await LogInAsync(client, unknown, "x");
        }
        (await TryAsync(unknown)).Page.ShouldBe((await TryAsync(known)).Page);
        (await TryAsync(known)).Page.ShouldContain("১৫ মিনিটের জন্য বন্ধ");
    }

    /// <summary>The parts of a page that differ per request (antiforgery token).</summary>
    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex Hidden();
}

public sealed class RateLimitTests_Sqlite(SqliteApp app) : RateLimitTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class RateLimitTests_Postgres(PostgresApp app) : RateLimitTests<PostgresApp>(app), IClassFixture<PostgresApp>;
