using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features;

/// <summary>The app with two extra endpoints that fail, so the error handling can be seen as a user sees it.</summary>
public sealed class FailingApp : TestApp
{
    public override Protishruti.Web.Data.DatabaseProvider Provider => Protishruti.Web.Data.DatabaseProvider.Sqlite;
    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(DataDirectory, "fail.db")};Pooling=False"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FailingEndpoints()));
    }

    /// <summary>Runs after the app's own pipeline, so only unmatched requests reach it, inside the app's error handling.</summary>
    private sealed class FailingEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path.Value switch
            {
                "/test/crash" or "/api/v1/test/crash" => throw new InvalidOperationException("secret internal detail"),
                "/api/v1/test/rule" => throw new DomainException("A rule was broken.", "একটি নিয়ম ভঙ্গ হয়েছে।"),
                // A save that lost to a transition made by another request meanwhile (ADR 0033).
                "/test/conflict" => throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException("0 rows affected"),
                // What Kestrel throws when a form body is over its request size limit.
                "/test/too-large" => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge),
                _ => rest(context),
            });
        };
    }
}

public sealed class ErrorPageTests(FailingApp app) : IClassFixture<FailingApp>
{
    [Fact]
    public async Task A_crash_shows_the_error_page_in_both_languages_without_internals()
    {
        var response = await app.Browser().GetAsync("/test/crash");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("দুঃখিত, একটি ত্রুটি ঘটেছে");
        html.ShouldContain("Sorry, something went wrong");
        html.ShouldNotContain("secret internal detail");
        html.ShouldNotContain("InvalidOperationException");
    }

    [Fact]
    public async Task An_upload_over_the_server_limit_gets_a_clear_page_not_a_crash()
    {
        var response = await app.Browser().GetAsync("/test/too-large");
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("ফাইলটি অনেক বড়");
        html.ShouldContain("too large; nothing was saved");
    }

    [Theory]
    [InlineData("/error/200")]
    [InlineData("/error/12345")]
    public async Task An_error_page_asked_for_a_code_that_is_no_error_is_not_found(string url) =>
        (await app.Browser().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task A_save_that_lost_to_another_request_is_a_conflict_page_that_says_so_and_links_back()
    {
        var response = await app.Browser().GetAsync("/test/conflict");
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain(Protishruti.Web.Data.AlreadyDone.Changed.Bn);
        html.ShouldContain(Protishruti.Web.Data.AlreadyDone.Changed.En);
        html.ShouldContain("href=\"/test/conflict\"");
    }

    [Fact]
    public async Task An_API_crash_is_a_problem_document_without_internals()
    {
        var response = await app.Browser().GetAsync("/api/v1/test/crash");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("secret internal detail");
    }

    [Fact]
    public async Task A_broken_rule_reaching_the_API_is_a_400_that_says_which()
    {
        var response = await app.Browser().GetAsync("/api/v1/test/rule");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("A rule was broken.");
    }
}
