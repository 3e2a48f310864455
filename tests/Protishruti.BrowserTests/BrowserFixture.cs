using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Protishruti.Web.Demo;

namespace Protishruti.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port (its own SQLite database, demo data loaded) and Debian's Chromium
/// driven by Playwright. Browsers cannot be downloaded here, so the system Chromium is launched directly.
/// </summary>
public sealed class BrowserFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("protishruti-browser-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", _dataDirectory);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_dataDirectory, "browser.db")};Pooling=False");
        // Every test logs in from 127.0.0.1: no per-address limit may stop them.
        builder.UseSetting("RateLimits:Login:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:Api:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:Search:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:Complaint:PermitLimit", "1000000");
        builder.UseSetting("Grievances:MinimumFormSeconds", "0");
    }

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using (var scope = Services.CreateAsyncScope())
            await DemoData.LoadAsync(scope.ServiceProvider);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Each test gets a fresh browser context (own cookies), and a screenshot is saved when it fails.</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;
    protected IPage Page { get; private set; } = null!;
    private IBrowserContext _context = null!;

    protected virtual BrowserNewContextOptions ContextOptions => new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    /// <summary>Where tests save the screenshots a person looks at (bin/…/screenshots).</summary>
    protected static readonly string Shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Logs in as a demo user through the Bengali login form, dropping whoever was logged in.</summary>
    protected async Task LogInAsync(string user)
    {
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/account/login?lang=bn");
        await Page.GetByLabel("ব্যবহারকারীর নাম").FillAsync(user);
        await Page.GetByLabel("পাসওয়ার্ড").FillAsync(Protishruti.Web.Demo.DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "লগইন করুন" }).ClickAsync();
    }

    public async ValueTask InitializeAsync()
    {
        var options = ContextOptions;
        options.BaseURL = Fixture.BaseUrl;
        _context = await Fixture.Browser.NewContextAsync(options);
        Page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        var state = TestContext.Current.TestState;
        if (state?.Result == TestResult.Failed)
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
            var file = Path.Combine(dir, name[..Math.Min(120, name.Length)] + ".png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            TestContext.Current.SendDiagnosticMessage($"Screenshot of the failure: {file}");
        }
        await _context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(nameof(SharedBrowser))]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>;
