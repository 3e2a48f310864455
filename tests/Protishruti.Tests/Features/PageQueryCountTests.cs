using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;

namespace Protishruti.Tests.Features;

/// <summary>
/// How many SQL statements the busiest public pages cost. The output cache hides this from anonymous readers, but every
/// logged-in reader and every miss pays it, and each statement is a round trip: a page that starts querying again
/// (a lost in-memory cache, a query added to the layout) fails here long before anyone notices it is slow.
/// </summary>
public abstract partial class PageQueryCountTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Office = "/offices/dc-natore";
    private const string Charter = "/offices/dc-natore/charter";
    private const string Header = "X-Count-Sql";

    /// <summary>Counts the statements run while serving a request that carries <see cref="Header"/>, by its value.</summary>
    private sealed class Counter(IHttpContextAccessor http, ConcurrentDictionary<string, ConcurrentQueue<string>> seen) : DbCommandInterceptor
    {
        private void Note(DbCommand command)
        {
            if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } id)
                seen.GetOrAdd(id, _ => new()).Enqueue(command.CommandText);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Note(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Note(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Note(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }
    }

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _seen = new();

    private WebApplicationFactory<Program> Counting() => App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
    {
        s.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(new Counter(sp.GetRequiredService<IHttpContextAccessor>(), _seen)));
        s.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(new Counter(sp.GetRequiredService<IHttpContextAccessor>(), _seen)));
    }));

    private async Task<(string Body, List<string> Sql)> Get(HttpClient client, string url, bool any = false)
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, id);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (!any) ((int)response.StatusCode).ShouldBe(200, url);
        return (body, _seen.TryGetValue(id, out var q) ? [.. q] : []);
    }

    private static void Dump(string s) => TestContext.Current.TestOutputHelper?.WriteLine(s);
    private static string Show(List<string> sql) => $"{sql.Count} statements:\n" + string.Join("\n---\n", sql);

    [Fact]
    public async Task A_public_page_read_again_runs_no_query_even_for_a_logged_in_reader()
    {
        await using var app = Counting();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var charter = await Get(anonymous, Charter);
        var service = ServiceLink().Match(charter.Body).Value;
        service.ShouldNotBeEmpty("the demo's dc-natore charter lists its services");
        var office = await Get(anonymous, Office);
        var servicePage = await Get(anonymous, service);
        Dump(
            $"first, anonymous: office {Show(office.Sql)}\ncharter {Show(charter.Sql)}\nservice {servicePage.Sql.Count}");
        // Even a miss stays a handful of statements (split queries for the graphs, no query per row).
        office.Sql.Count.ShouldBeLessThanOrEqualTo(10, Show(office.Sql));
        charter.Sql.Count.ShouldBeLessThanOrEqualTo(12, Show(charter.Sql));

        // A logged-in reader is never served the output cache, so this is the in-memory cache at work. The session's
        // security stamp is checked (one primary-key read, ADR 0031) and the layout counts the reader's unread
        // reminders: those two statements; the office page also reads the reader's roles, to offer the office's
        // dashboard to those who may open it. Nothing the page's content asks for.
        var cookie = await App.LoginCookieAsync("editor.dc-natore");
        var user = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        user.DefaultRequestHeaders.Add("Cookie", cookie);
        foreach (var url in new[] { Office, Charter, service })
        {
            var again = await Get(user, url);
            again.Body.ShouldContain("editor.dc-natore");
            Dump($"again, logged in: {url} {again.Sql.Count}");
            again.Sql.Count.ShouldBeLessThanOrEqualTo(url == Office ? 3 : 2, $"{url}: {Show(again.Sql)}");
        }
        foreach (var url in new[] { "/dashboard", "/dashboard/dc-natore" })
            Dump($"{url}, logged in: {Show((await Get(user, url, any: true)).Sql)}");
    }

    [Fact]
    public async Task The_performance_page_costs_a_fixed_handful_of_statements_whatever_the_subtree()
    {
        await using var app = Counting();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/offices/uno-singra/performance", "/offices/dc-natore/performance", "/offices/cabinet/performance" })
        {
            var page = await Get(anonymous, url);
            Dump($"{url}: {Show(page.Sql)}");
            // The office, its subtree, the counts, the delivered spans, the holidays, the service names, the quarters.
            page.Sql.Count.ShouldBeLessThanOrEqualTo(7, $"{url}: {Show(page.Sql)}");
        }
    }

    [GeneratedRegex("/offices/dc-natore/services/[0-9a-f-]{36}")]
    private static partial Regex ServiceLink();
}

public sealed class PageQueryCountTests_Sqlite(SqliteApp app) : PageQueryCountTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class PageQueryCountTests_Postgres(PostgresApp app) : PageQueryCountTests<PostgresApp>(app), IClassFixture<PostgresApp>;
