using System.Text;
using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// A whole quarter of the monitoring cycle in Chromium: the DC office's editor calls the coordination meeting
/// (notice with a memo number), records who came, writes and issues the minutes with a decision for all its UNO
/// offices; the Singra UNO office marks the decision done with evidence; the next coordination meeting's draft agenda
/// then opens with the previous decisions' status, Singra's as done.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class MeetingQuarterTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Notice_attendance_minutes_issue_then_an_UNO_marks_its_decision_done_and_the_next_agenda_shows_it()
    {
        // Bangladesh's date (UTC+6): the meeting was yesterday, its notice the day before.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));
        var tag = Guid.NewGuid().ToString("N")[..6];
        var decision = $"সকল উপজেলা কার্যালয় সেবা বক্স হালনাগাদ করবে ({tag})";

        await LogInAsync("editor.dc-natore");
        await Page.GotoAsync("/offices/dc-natore/meetings/new?lang=bn");
        await Page.Locator("#Input_Title").FillAsync($"সেবা প্রদান প্রতিশ্রুতি বিষয়ে ত্রৈমাসিক সমন্বয় সভা {tag}");
        await Page.Locator("#Input_Date").FillAsync(Iso(today.AddDays(-1)));
        await Page.Locator("#Input_Time").FillAsync("10:30");
        await Page.Locator("#Input_Venue").FillAsync("সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সভা তৈরি করুন" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/meetings/\d+/edit"));
        var meetingBase = new Uri(Page.Url).AbsolutePath[..^"/edit".Length];

        // A coordination meeting starts with the subordinate offices invited; the agenda is ours to write.
        await Assertions.Expect(Page.GetByText("উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)").First).ToBeVisibleAsync();
        await Page.Locator("#ItemTitle").FillAsync("আওতাধীন দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        await Page.GetByRole(AriaRole.Button, new() { Name = "যোগ করুন" }).First.ClickAsync();
        await Assertions.Expect(Page.Locator("textarea[name='ItemDetails']").First).ToBeVisibleAsync();

        // The notice, issued with the office's next memo number.
        await Page.GotoAsync($"{meetingBase}/notice?lang=bn");
        await Page.Locator("input[name='IssuedOn']").First.FillAsync(Iso(today.AddDays(-2)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "স্মারক নম্বরসহ জারি করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("০৫.৪৩.৬৯০০").First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "meeting-notice-bn.png"), FullPage = true });

        // Who came: the first two invitees' rows.
        await Page.GotoAsync($"{meetingBase}/attendance?lang=bn");
        await Page.Locator("#present-0").CheckAsync();
        await Page.Locator("input[name='Rows[0].Name']").FillAsync("মোঃ রফিকুল ইসলাম");
        await Page.Locator("#present-1").CheckAsync();
        await Page.Locator("input[name='Rows[1].Name']").FillAsync("নাসরিন আক্তার");
        await Page.GetByRole(AriaRole.Button, new() { Name = "উপস্থিতি সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#present-0")).ToBeCheckedAsync();

        // The minutes: discussion, a decision for every UNO office, issued under a memo with today's date.
        await Page.GotoAsync($"{meetingBase}/minutes?lang=bn");
        await Page.Locator("#opening").FillAsync("সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন।");
        // Item ১ is the review of the demo's meeting earlier this quarter, which the new meeting started with; ours is ২.
        await Assertions.Expect(Page.GetByText("বিগত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা").First).ToBeVisibleAsync();
        await Page.Locator("#item-1-discussion").FillAsync("উপজেলা কার্যালয়সমূহের ওয়েবসাইটের সেবা বক্স পর্যালোচনা করা হয়।");
        await Page.Locator("#d-1-0").FillAsync(decision);
        await Page.Locator("#imp-1-0").SelectOptionAsync(new SelectOptionValue { Label = "উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)" });
        await Page.Locator("#closing").FillAsync("আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।");
        await Page.Locator("#dated").FillAsync(Iso(today));
        await Page.GetByRole(AriaRole.Button, new() { Name = "কার্যবিবরণী জারি করুন (স্মারক নম্বরসহ)" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#d-1-0")).ToBeDisabledAsync(); // issued: changed only by a corrigendum now
        await Assertions.Expect(Page.GetByText(decision).First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "meeting-minutes-issued-bn.png"), FullPage = true });

        // Public: the meeting's page lists the decision and its minutes PDF.
        var meetingId = meetingBase.Split('/')[^1];
        await Page.GotoAsync($"/offices/dc-natore/meetings/{meetingId}?lang=bn");
        await Assertions.Expect(Page.GetByText(decision).First).ToBeVisibleAsync();
        var pdf = await Page.APIRequest.GetAsync($"/offices/dc-natore/meetings/{meetingId}/minutes.pdf");
        pdf.Status.ShouldBe(200);
        (await pdf.BodyAsync()).Take(5).ToArray().ShouldBe("%PDF-"u8.ToArray());

        // The Singra UNO office finds the decision among those assigned to it and marks it done with evidence.
        await LogInAsync("editor.uno-singra");
        await Page.GotoAsync("/offices/uno-singra/decisions?lang=bn");
        var row = Page.Locator("tr").Filter(new() { HasText = tag });
        await row.Locator("a[href^='/offices/uno-singra/decisions/']").First.ClickAsync();
        await Page.GetByLabel("বাস্তবায়িত").CheckAsync();
        await Page.Locator("#Note").FillAsync("ওয়েবসাইটের সেবা বক্স হালনাগাদ করা হয়েছে।");
        await Page.Locator("#Evidence").SetInputFilesAsync(new FilePayload
        {
            Name = "sebabox.pdf", MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("প্রমাণক ১").First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "decision-done-bn.png"), FullPage = true });

        // Next quarter's coordination meeting opens with the previous decisions' status.
        await LogInAsync("editor.dc-natore");
        await Page.GotoAsync("/offices/dc-natore/meetings/new?lang=bn");
        await Page.Locator("#Input_Title").FillAsync($"পরবর্তী ত্রৈমাসিক সমন্বয় সভা {tag}");
        await Page.Locator("#Input_Date").FillAsync(Iso(today.AddDays(7)));
        await Page.Locator("#Input_Time").FillAsync("10:30");
        await Page.Locator("#Input_Venue").FillAsync("সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সভা তৈরি করুন" }).ClickAsync();
        var review = Page.Locator("textarea[name='ItemDetails']").First;
        await Assertions.Expect(review).ToContainTextAsync(decision);
        await Assertions.Expect(review).ToContainTextAsync("সিংড়া, নাটোর: বাস্তবায়িত");
        await Assertions.Expect(review).ToContainTextAsync("লালপুর, নাটোর: শুরু হয়নি");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "next-meeting-review-bn.png"), FullPage = true });
    }
}
