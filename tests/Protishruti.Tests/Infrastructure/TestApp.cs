using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Protishruti.Web.Data;
using Protishruti.Web.Demo;

namespace Protishruti.Tests.Infrastructure;

/// <summary>
/// The real app on a database of its own with the demo data: a copy of the run's template (<see cref="DatabaseTemplates"/>),
/// which the app's start-up then migrates and seeds as it would any database, finding nothing left to do.
/// One subclass per provider; feature tests are written once against this base and run on both.
/// </summary>
public abstract partial class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "PROTISHRUTI_TEST_POSTGRES";

    private readonly bool _isTemplate;

    protected TestApp()
        : this(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "protishruti-tests", Guid.NewGuid().ToString("N"))).FullName, isTemplate: false)
    {
    }

    /// <summary>The template's builder migrates and loads for itself, and leaves its directory for the copies.</summary>
    private protected TestApp(string dataDirectory, bool isTemplate)
    {
        DataDirectory = dataDirectory;
        _isTemplate = isTemplate;
    }

    public abstract DatabaseProvider Provider { get; }
    protected abstract IEnumerable<KeyValuePair<string, string?>> DatabaseSettings();

    /// <summary>Why this provider cannot run here (null when it can).</summary>
    public virtual string? Unavailable => null;

    protected string DataDirectory { get; }

    /// <summary>The configuration that points an app at this one's database and files (for a second process on them).</summary>
    public IReadOnlyDictionary<string, string?> Settings => DatabaseSettings().Append(new("DataDirectory", DataDirectory)).ToDictionary();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in DatabaseSettings())
            builder.UseSetting(key, value);
        builder.UseSetting("DataDirectory", DataDirectory);
        // Every test of a fixture comes from one address; the rate-limit tests lower these again for themselves.
        foreach (var limit in UnlimitedRates) builder.UseSetting(limit.Key, limit.Value);
        // Test clients send a form the moment they read it; the time trap has its own test.
        builder.UseSetting("Grievances:MinimumFormSeconds", "0");
    }

    /// <summary>Per-address request limits high enough that no test meets them (the lockout limits stay as configured).</summary>
    public static readonly IReadOnlyDictionary<string, string> UnlimitedRates = new Dictionary<string, string>
    {
        ["RateLimits:Login:PermitLimit"] = "1000000",
        ["RateLimits:Api:PermitLimit"] = "1000000",
        ["RateLimits:ApiKey:PermitLimit"] = "1000000",
        ["RateLimits:Search:PermitLimit"] = "1000000",
        ["RateLimits:Complaint:PermitLimit"] = "1000000",
    };

    public virtual async ValueTask InitializeAsync()
    {
        if (Unavailable is not null) return;
        if (!_isTemplate)
            await DatabaseTemplates.CopyIntoAsync(Provider, DataDirectory, DatabaseSettings().ToDictionary());
        await using var scope = Services.CreateAsyncScope(); // starts the app: migrations run here (none are left on a copy)
        await DemoData.LoadAsync(scope.ServiceProvider); // loads nothing on a copy, which has the demo already
    }

    public T WithDb<T>(Func<AppDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Logs in through the real login form, as a person would.</summary>
    public async Task<HttpClient> LoggedInAsync(string userName, string password = DemoData.Password)
    {
        var client = Browser();
        var response = await PostFormAsync(client, "/account/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>
    /// GETs the page and posts to <paramref name="url"/> with an antiforgery token. When the page has a POST form for
    /// that path and handler (its action, or the page itself when it has none), the token must come from that form — a form missing
    /// its own token fails here as it would in a browser, instead of borrowing the layout's log-out token. When the page
    /// offers no such form (a test posting as someone the page does not offer it to), any token on the page is used.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var response = await PostFormAsync(client, url, (IEnumerable<KeyValuePair<string, string>>)fields, formPage);
        return response;
    }

    /// <summary>The same with fields that repeat (checkboxes of one name).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var pageUrl = formPage ?? url;
        var page = await client.GetStringAsync(pageUrl);
        // A form is "for" the URL when the path and the page handler match (accept and return forms share a path).
        static string PathOf(string u)
        {
            var decoded = WebUtility.HtmlDecode(u);
            var handler = HandlerPattern().Match(decoded) is { Success: true } h ? h.Groups[1].Value.ToLowerInvariant() : "";
            return decoded.Split('?', '#')[0].TrimEnd('/') + "|" + handler;
        }
        var forms = FormPattern().Matches(page)
            .Where(f => f.Groups["attrs"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
            .Where(f => PathOf(ActionPattern().Match(f.Groups["attrs"].Value) is { Success: true } a && a.Groups[1].Value.Length > 0 ? a.Groups[1].Value : pageUrl) == PathOf(url))
            .ToList();
        var token = forms.Count > 0
            ? forms.Select(f => TokenPattern().Match(f.Groups["body"].Value)).FirstOrDefault(t => t.Success)
                ?? throw new InvalidOperationException($"The form on {pageUrl} that posts to {url} has no antiforgery token")
            : TokenPattern().Match(page) is { Success: true } any ? any : throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
        var posted = fields.Where(f => f.Key != "__RequestVerificationToken")
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(posted));
    }

    /// <summary>A second app instance on this one's database, as behind a load balancer.</summary>
    public TestApp Twin() => new SharedDatabaseApp(Provider, DatabaseSettings().ToList());

    /// <summary>Logs in by hand and returns the Cookie header a browser would send afterwards.</summary>
    public async Task<string> LoginCookieAsync(string userName, string password = DemoData.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/login");
        var antiforgery = CookiesFrom(form);
        var token = TokenPattern().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName, ["Input.Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Login as {userName} failed");
        return CookiesFrom(response);
    }

    private static string CookiesFrom(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<form\\b(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("[?&]handler=([^&#]*)", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerPattern();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_isTemplate && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>Another instance on an existing database: no demo load, and it leaves the database alone when done.</summary>
public sealed class SharedDatabaseApp(DatabaseProvider provider, IReadOnlyList<KeyValuePair<string, string?>> settings) : TestApp
{
    public override DatabaseProvider Provider => provider;
    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() => settings;
    public override ValueTask InitializeAsync() => ValueTask.CompletedTask;
}

public sealed class SqliteApp : TestApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(DataDirectory, "test.db")};Pooling=False"),
    ];
}

public sealed class PostgresApp : TestApp
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string _database = $"protishruti_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string? Unavailable => string.IsNullOrWhiteSpace(PostgresServer)
        ? $"PostgreSQL tests need {PostgresVariable} (the README's test command sets it)."
        : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database }.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Postgres"),
        new("ConnectionStrings:Postgres", Unavailable is null ? ConnectionString : "Host=unavailable"),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Unavailable is not null) return;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>Base for feature tests that run on every database: skips (with the reason) where one is not configured.</summary>
public abstract class AppTests<TApp>(TApp app) where TApp : TestApp
{
    protected TApp App
    {
        get
        {
            if (app.Unavailable is { } why) Assert.Skip(why);
            return app;
        }
    }
}
