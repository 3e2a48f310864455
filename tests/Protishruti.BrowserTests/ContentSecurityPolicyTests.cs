using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;

namespace Protishruti.BrowserTests;

/// <summary>
/// The pages satisfy their own Content-Security-Policy in a real browser: Chromium reports no violation (no blocked
/// script, style, font, image or frame) on the main public and office pages, the service page's JSON-LD block is data
/// and not blocked script, and the draft notice's same-origin preview frame loads.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private readonly List<string> _violations = [];

    private async Task WatchAsync()
    {
        Page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) _violations.Add($"{Page.Url}: {m.Text}");
        };
        // Playwright's init script is not page script: the policy does not apply to it.
        await Page.AddInitScriptAsync(
            "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));");
    }

    private async Task VisitAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, url);
        (await response.AllHeadersAsync())["content-security-policy"].ShouldContain("default-src 'self'");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.EvaluateAsync("document.fonts.ready");
        foreach (var frame in Page.Frames)
            _violations.AddRange((await frame.EvaluateAsync<string[]?>("window.__csp") ?? []).Select(v => $"{frame.Url}: {v}"));
    }

    [Fact]
    public async Task The_main_pages_load_under_the_policy_without_a_single_violation()
    {
        await WatchAsync();
        foreach (var url in new[] { "/", "/offices", "/offices/dc-natore", "/offices/dc-natore/charter", "/offices/dc-natore/charter/history",
                     "/search?q=%E0%A6%B8%E0%A6%A8%E0%A6%A6", "/account/login", "/offices/dc-natore/charter/print?size=a4" })
            await VisitAsync(url);

        // A service page carries its schema.org JSON-LD as a data block: not run, not blocked.
        await VisitAsync("/offices/dc-natore/charter");
        var service = await Page.Locator("a[href^='/offices/dc-natore/services/']").First.GetAttributeAsync("href");
        await VisitAsync(service!);
        (await Page.Locator("script[type='application/ld+json']").CountAsync()).ShouldBe(1);

        _violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_office_pages_and_the_framed_notice_preview_load_under_the_policy_without_a_violation()
    {
        var meetingId = await DraftMeetingAsync();
        await WatchAsync();
        await LogInAsync("editor.dc-natore");
        foreach (var url in new[] { "/dashboard/dc-natore", "/offices/dc-natore/charter/draft", "/offices/dc-natore/meetings",
                     "/offices/dc-natore/monitoring", "/offices/dc-natore/committees", $"/offices/dc-natore/meetings/{meetingId}/notice" })
            await VisitAsync(url);

        // The preview is framed by its own site's page: it loaded, inside the frame.
        var preview = Page.Frames.FirstOrDefault(f => f.Url.Contains("handler=Preview", StringComparison.OrdinalIgnoreCase));
        preview.ShouldNotBeNull("the notice page frames its preview");
        (await preview.ContentAsync()).Length.ShouldBeGreaterThan(100);

        _violations.ShouldBeEmpty();
    }

    /// <summary>A meeting of the DC office, Natore, whose notice is still a draft (so its page shows the preview frame).</summary>
    private async Task<int> DraftMeetingAsync()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == "dc-natore");
        var meeting = new Meeting(office.Id, MeetingKind.CharterCoordination, "সেবা প্রদান প্রতিশ্রুতি বিষয়ে ত্রৈমাসিক সভা",
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), new TimeOnly(10, 30), "সম্মেলন কক্ষ", null);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }
}
