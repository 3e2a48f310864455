using System.Text;
using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// The quarterly report up the hierarchy in Chromium: the Cabinet Division extends the upazila offices' deadline for
/// the first quarter of 2024-25 (the demo leaves Singra's report unsent); the Singra UNO office writes and submits its
/// report; the Natore DC office returns it with a comment on an indicator; Singra fixes it with evidence and
/// resubmits; the DC office accepts it; the ministry's dashboard, drilled down to Natore, shows Singra on time.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class ProgressReportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Report = "/offices/uno-singra/monitoring/2024-25/q1";

    private ILocator Row(string codeBn) => Page.Locator("form", new() { HasText = $"[{codeBn}]" });

    [Fact]
    public async Task An_UNO_submits_the_DC_returns_it_with_a_comment_the_UNO_resubmits_the_DC_accepts_and_the_ministry_sees_it_on_time()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

        // The Cabinet Division extends the upazila offices' window (a new report takes the deadline of its tier).
        await LogInAsync("admin");
        await Page.GotoAsync("/admin/deadlines?fy=2024-25&lang=bn");
        await Page.Locator("#Set_Period").SelectOptionAsync("Q1");
        await Page.Locator("#Set_Tier").SelectOptionAsync("UpazilaOffice");
        await Page.Locator("#Set_DueOn").FillAsync(today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("form", new() { HasText = "সময়সীমা নির্ধারণ" }).GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).Not.ToContainTextAsync("ত্রুটি");

        // Singra writes its report: the counted rows are there; the awareness meeting (typed) was not held this quarter.
        await LogInAsync("editor.uno-singra");
        await Page.GotoAsync(Report + "?lang=bn");
        await Assertions.Expect(Page.GetByText("কমিটি পুনর্গঠিত").First).ToBeVisibleAsync();
        var meeting = Row("২.২.১");
        await meeting.Locator("input[name='Achieved']").FillAsync("০");
        await meeting.Locator("textarea[name='Remarks']").FillAsync("অবহিতকরণ সভা ২য় কোয়ার্টারে আয়োজন করা হবে");
        await meeting.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("দাখিল করুন$") }).ClickAsync();
        await Assertions.Expect(Page.GetByText("দাখিল").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("input[name='Achieved']")).ToHaveCountAsync(0); // read-only once submitted

        // The DC office returns it with a comment on the awareness meeting.
        await LogInAsync("editor.dc-natore");
        await Page.GotoAsync("/offices/dc-natore/monitoring/reviews?fy=2024-25&period=q1&lang=bn");
        await Page.Locator("tr", new() { HasText = "সিংড়া" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("uno-singra/monitoring/2024-25/q1/review"));
        await Page.Locator("#ReturnComment").FillAsync("অবহিতকরণ সভা আগাম হয়ে থাকলে তা উল্লেখ করুন।");
        await Page.Locator("fieldset .field", new() { HasText = "[২.২.১]" }).Locator("textarea").FillAsync("সভা হয়েছে বলে জানা গেছে; কার্যবিবরণী সংযুক্ত করুন।");
        await Page.GetByRole(AriaRole.Button, new() { Name = "মন্তব্যসহ ফেরত পাঠান" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("সভা হয়েছে বলে জানা গেছে; কার্যবিবরণী সংযুক্ত করুন।").First).ToBeVisibleAsync();

        // Singra sees the comment, records the meeting with its minutes as evidence and resubmits.
        await LogInAsync("editor.uno-singra");
        await Page.GotoAsync(Report + "?lang=bn");
        await Assertions.Expect(Page.GetByText("সভা হয়েছে বলে জানা গেছে; কার্যবিবরণী সংযুক্ত করুন।").First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "report-returned-bn.png"), FullPage = true });
        meeting = Row("২.২.১");
        await meeting.Locator("input[name='Achieved']").FillAsync("১");
        await meeting.Locator("textarea[name='Remarks']").FillAsync("সেবাগ্রহীতাদের নিয়ে অবহিতকরণ সভা, ২৫ সেপ্টেম্বর ২০২৪");
        await meeting.Locator("input[name='Evidence']").SetInputFilesAsync(new FilePayload
        {
            Name = "karjobiboroni.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await meeting.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "karjobiboroni.pdf" }).First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("দাখিল করুন$") }).ClickAsync();
        await Assertions.Expect(Page.Locator("input[name='Achieved']")).ToHaveCountAsync(0);

        // The DC office accepts the resubmission; the history keeps the return and its comment.
        await LogInAsync("editor.dc-natore");
        await Page.GotoAsync("/offices/uno-singra/monitoring/2024-25/q1/review?lang=bn");
        await Page.GetByRole(AriaRole.Button, new() { Name = "গ্রহণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "গ্রহণ করুন" })).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByText("সভা হয়েছে বলে জানা গেছে; কার্যবিবরণী সংযুক্ত করুন।").First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "report-review-bn.png"), FullPage = true });

        // The ministry's monitor drills down to Natore: Singra's report is on time.
        await LogInAsync("monitor.mopa");
        await Page.GotoAsync("/offices/mopa/compliance?fy=2024-25&quarter=1&lang=bn");
        await Page.Locator("tr[data-office='divcom-rajshahi'] a").First.ClickAsync();
        await Page.Locator("tr[data-office='dc-natore'] a").First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/offices/dc-natore/compliance"));
        await Assertions.Expect(Page.Locator("tr[data-office='uno-singra'] td[data-col='own']")).ToContainTextAsync("সময়মতো দাখিল");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "compliance-dc-natore-bn.png"), FullPage = true });
    }
}
