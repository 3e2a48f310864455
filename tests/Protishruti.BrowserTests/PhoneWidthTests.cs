using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// Every page works on a 390-pixel phone (issue 16): as each kind of user, walk the site from where they start, open
/// every page a link leads to (one of each kind: /meetings/7 and /meetings/9 are one page), and fail on any page whose
/// document is wider than the screen — the page then scrolls sideways and cuts off columns.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed partial class PhoneWidthTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int MaxPages = 150;

    protected override BrowserNewContextOptions ContextOptions => new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true };

    [Theory]
    [InlineData(null, "/", "/offices/dc-natore/performance", "/offices/uno-singra/performance", "/offices/uno-singra/grievances/new",
        "/offices/dc-natore/grievances/statistics", "/grievances")]
    [InlineData("gro.uno-singra", "/offices/uno-singra/grievances", "/offices/uno-singra/grievances?show=closed")]
    [InlineData("editor.dc-natore", "/dashboard/dc-natore", "/offices/dc-natore/meetings/new", "/offices/dc-natore/posts", "/offices/dc-natore/decisions")]
    [InlineData("head.uno-singra", "/dashboard/uno-singra")]
    [InlineData("admin", "/dashboard")]
    [InlineData("officeadmin.dc-natore", "/dashboard/dc-natore")]
    public async Task No_page_is_wider_than_a_phone(string? user, string start, params string[] more)
    {
        if (user is not null) await LogInAsync(user);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start, .. more]);
        var tooWide = new List<string>();
        var visited = 0;
        var log = new List<string>();
        while (queue.Count > 0 && visited < MaxPages)
        {
            var url = queue.Dequeue();
            IResponse? response;
            try { response = await Page.GotoAsync(url); }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal)) { continue; } // a file, not a page
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
                continue;
            visited++;
            log.Add(url);
            var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0) tooWide.Add($"{url}: {overflow}px too wide");
            var hrefs = await Page.EvaluateAsync<string[]>("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
            foreach (var href in hrefs)
            {
                if (!href.StartsWith('/') || Skip().IsMatch(href)) continue;
                var path = href.Split('#')[0];
                var kind = Office().Replace(Kind().Replace(path.Split('?')[0], "{n}"), "$1{code}");
                if (seen.Add(kind + (path.Contains('?') ? "?" : ""))) queue.Enqueue(path);
            }
        }
        await File.WriteAllLinesAsync(Path.Combine(Shots, $"phone-walk-{user ?? "public"}.txt"), log.Concat(tooWide));
        visited.ShouldBeGreaterThan(user is null ? 5 : 15, "the walk reached the site's pages");
        tooWide.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_charter_draft_editor_fits_a_phone()
    {
        // An office nobody else's test writes in: start its quarter's draft, then walk the editor's forms.
        await LogInAsync("editor.dco-bandarban");
        await Page.GotoAsync("/offices/dco-bandarban/charter/draft");
        var start = Page.GetByRole(AriaRole.Button, new() { Name = "এই ত্রৈমাসিকের হালনাগাদ শুরু করুন" });
        if (await start.CountAsync() > 0) await start.ClickAsync();
        var tooWide = new List<string>();
        foreach (var url in new[] { "/offices/dco-bandarban/charter/draft", "/offices/dco-bandarban/charter/draft/vision",
                     "/offices/dco-bandarban/charter/draft/services/new", "/offices/dco-bandarban/charter/draft/expectations",
                     "/offices/dco-bandarban/charter/draft/grs", "/offices/dco-bandarban/charter/draft/import", "/offices/dco-bandarban/import",
                     "/offices/dco-bandarban/charter/draft/templates" })
        {
            (await Page.GotoAsync(url))!.Ok.ShouldBeTrue(url);
            var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0) tooWide.Add($"{url}: {overflow}px too wide");
        }
        tooWide.ShouldBeEmpty();
    }

    /// <summary>Files, feeds, the API and logging out are not pages to look at.</summary>
    [GeneratedRegex(@"\.(pdf|docx|xlsx|csv|json|jsonld|xml|html)(\?|$)|^/api/|^/open311/|/photo|logout|handler=|lang=|/documents/samples/", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    /// <summary>An office's code: every office's page of a kind is the same page.</summary>
    [GeneratedRegex(@"^(/offices/|/dashboard/)[a-z0-9-]+")]
    private static partial Regex Office();

    /// <summary>Numbers and GUIDs in a path: one page of each kind is enough.</summary>
    [GeneratedRegex(@"(?<=/)([0-9]+|[0-9a-f]{8}-[0-9a-f-]{27})(?=/|$)")]
    private static partial Regex Kind();
}
