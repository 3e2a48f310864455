using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Infrastructure;
using Protishruti.Tests.Web;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// Every response — page, dashboard, draft, photo, file, API answer, error — carries the security headers; a
/// same-origin preview may be framed by the site and nothing else; HSTS and Secure cookies come with HTTPS, also
/// through a configured proxy, and a proxy that is not configured is not believed.
/// </summary>
public abstract class SecurityHeaderTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void ShouldCarryTheHeaders(HttpResponseMessage response, string what, bool framedBySite = false)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var v) ? string.Join(",", v)
            : response.Content.Headers.TryGetValues(name, out var c) ? string.Join(",", c)
            : throw new ShouldAssertException($"{what} ({(int)response.StatusCode}) has no {name} header");

        var csp = Header("Content-Security-Policy");
        csp.ShouldContain("default-src 'self'", Case.Sensitive, what);
        csp.ShouldContain("script-src 'self';", Case.Sensitive, what);
        csp.ShouldContain("object-src 'none'", Case.Sensitive, what);
        csp.ShouldContain(framedBySite ? "frame-ancestors 'self'" : "frame-ancestors 'none'", Case.Sensitive, what);
        Header("X-Frame-Options").ShouldBe(framedBySite ? "SAMEORIGIN" : "DENY", what);
        Header("X-Content-Type-Options").ShouldBe("nosniff", what);
        Header("Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", what);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse($"{what}: no HSTS over plain HTTP");
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        var person = await App.WithDbAsync(async db =>
        {
            var p = await db.People.OrderBy(x => x.Id).FirstAsync(Ct);
            var stored = await App.Services.GetRequiredService<FileStore>().SaveAsync(new MemoryStream(FileStoreTests.Png), [FileKind.Png], 1_000_000, Ct);
            p.SetPhoto(stored.Path);
            await db.SaveChangesAsync(Ct);
            return p.Id;
        });
        var anonymous = App.Browser();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (string What, HttpClient Client, string Url)[] requests =
        [
            ("home page", anonymous, "/"),
            ("office page", anonymous, "/offices/dc-natore"),
            ("charter page", anonymous, "/offices/dc-natore/charter"),
            ("search", anonymous, "/search?q=সনদ"),
            ("person photo", anonymous, $"/people/{person}/photo"),
            ("charter CSV", anonymous, "/offices/dc-natore/charter.csv"),
            ("open data API", anonymous, "/api/v1/offices/dc-natore/charter"),
            ("stylesheet", anonymous, "/css/site.css"),
            ("login page", anonymous, "/account/login"),
            ("not found", anonymous, "/no/such/page"),
            ("API not found", anonymous, "/api/v1/offices/no-such-office/charter"),
            ("dashboard", editor, "/dashboard/dc-natore"),
            ("charter draft", editor, "/offices/dc-natore/charter/draft"),
            ("meetings", editor, "/offices/dc-natore/meetings"),
        ];
        foreach (var (what, client, url) in requests)
            ShouldCarryTheHeaders(await client.GetAsync(url, Ct), what);

        // A refused form post and a redirect carry them too.
        ShouldCarryTheHeaders(await editor.PostAsync("/offices/dc-natore/charter/draft", new FormUrlEncodedContent([]), Ct), "refused post");
        ShouldCarryTheHeaders(await anonymous.GetAsync("/dashboard", Ct), "redirect to login");
    }

    [Fact]
    public async Task The_notice_preview_may_be_framed_by_the_notice_page_and_by_nobody_else()
    {
        var meeting = await App.WithDbAsync(db => db.Meetings.Where(m => db.Offices.Any(o => o.Id == m.OfficeId && o.Code == "dc-natore"))
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Ct));
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var preview = await editor.GetAsync($"/offices/dc-natore/meetings/{meeting}/notice?handler=Preview", Ct);
        ShouldCarryTheHeaders(preview, "notice preview", framedBySite: true);
        ShouldCarryTheHeaders(await editor.GetAsync($"/offices/dc-natore/meetings/{meeting}/notice", Ct), "notice page");
    }

    [Fact]
    public async Task Over_https_responses_carry_hsts_and_every_cookie_is_secure()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var login = await client.GetAsync("/account/login?lang=en", Ct);
        login.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000");
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        cookies.Count.ShouldBeGreaterThanOrEqualTo(2, "the language and antiforgery cookies");
        cookies.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase) && c.Contains("; httponly", StringComparison.OrdinalIgnoreCase));

        var secureLogin = await TestApp.PostFormAsync(App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }),
            "/account/login", new() { ["Input.UserName"] = "editor.dc-natore", ["Input.Password"] = Protishruti.Web.Demo.DemoData.Password });
        secureLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        secureLogin.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("protishruti.auth", StringComparison.Ordinal))
            .ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_are_believed_from_a_configured_proxy_only()
    {
        await using var app = App.WithWebHostBuilder(b =>
        {
            b.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.1");
            b.UseSetting("RateLimits:Api:PermitLimit", "1");
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddress>());
        });
        async Task<HttpResponseMessage> GetAsync(string from, string url, string? forwardedFor = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(ClientAddress.Header, from);
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
            return await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request, Ct);
        }

        // Through the configured proxy: HTTPS as it says (HSTS, Secure cookies), and each client counted by its own address.
        var proxied = await GetAsync("10.0.0.1", "/account/login?lang=en", "203.0.113.1");
        proxied.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
        proxied.Headers.GetValues("Set-Cookie").ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        (await GetAsync("10.0.0.1", "/api/v1/calendar/date?date=2025-01-01", "203.0.113.1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync("10.0.0.1", "/api/v1/calendar/date?date=2025-01-01", "203.0.113.2")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync("10.0.0.1", "/api/v1/calendar/date?date=2025-01-01", "203.0.113.1")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // From anywhere else the same headers are ignored: plain HTTP, and the sender's own address is what counts.
        var direct = await GetAsync("10.0.0.2", "/account/login?lang=en", "203.0.113.3");
        direct.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        direct.Headers.GetValues("Set-Cookie").ShouldAllBe(c => !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        (await GetAsync("10.0.0.2", "/api/v1/calendar/date?date=2025-01-01", "203.0.113.4")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync("10.0.0.2", "/api/v1/calendar/date?date=2025-01-01", "203.0.113.5")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

public sealed class SecurityHeaderTests_Sqlite(SqliteApp app) : SecurityHeaderTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class SecurityHeaderTests_Postgres(PostgresApp app) : SecurityHeaderTests<PostgresApp>(app), IClassFixture<PostgresApp>;
