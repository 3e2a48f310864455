using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Protishruti.Tests.Features.Mail;
using Protishruti.Web.Features.Mail;

namespace Protishruti.BrowserTests;

/// <summary>
/// Issue 19 in a browser: a citizen complains from a service page without an account, the grievance officer decides
/// from the work inbox, the citizen says it was not resolved and appeals, the appeal officer of the district decides;
/// the citizen's e-mails arrive at a local SMTP server.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed partial class GrievanceTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_complaint_walks_from_the_citizen_through_the_grievance_officer_to_an_appeal_and_its_decision()
    {
        var email = $"citizen.{Guid.NewGuid():N}@example.com";
        var citizenContext = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync("/offices/uno-singra/charter");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "অনলাইনে অভিযোগ করুন" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "অভিযোগ দাখিল" })).ToBeVisibleAsync();
        var service = citizen.GetByLabel("কোন সেবা নিয়ে অভিযোগ");
        var options = await service.Locator("option").AllInnerTextsAsync();
        await service.SelectOptionAsync(new SelectOptionValue { Label = options[1] });
        await citizen.GetByLabel("কী ঘটেছে").FillAsync("আবেদন জমা দেওয়ার পর নির্ধারিত সময় পার হয়েছে, কিন্তু এখনও সেবা পাইনি।");
        await citizen.GetByLabel("নাম", new() { Exact = true }).FillAsync("ব্রাউজার নাগরিক");
        await citizen.GetByLabel("ই-মেইল").FillAsync(email);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "অভিযোগ পাঠান" }).ClickAsync();
        var tracking = (await citizen.Locator("#tracking").InnerTextAsync()).Trim();
        TrackingPattern().IsMatch(tracking).ShouldBeTrue(tracking);
        await Assertions.Expect(citizen.Locator("#status")).ToHaveTextAsync("চলমান");
        await Assertions.Expect(citizen.Locator("body")).Not.ToContainTextAsync("ব্রাউজার নাগরিক");

        // The grievance officer finds it in the work inbox and rejects it.
        await LogInAsync("gro.uno-singra");
        await Page.GotoAsync("/dashboard/uno-singra");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"অভিযোগ {tracking}") }).ClickAsync();
        await Assertions.Expect(Page.Locator("#complainant")).ToContainTextAsync("ব্রাউজার নাগরিক");
        await Page.GetByLabel("ফলাফল").SelectOptionAsync(new SelectOptionValue { Label = "নামঞ্জুর" });
        await Page.GetByLabel("সিদ্ধান্ত ও কারণ").FillAsync("আবেদনের সাথে জমির খতিয়ান ছিল না।");
        await Page.GetByRole(AriaRole.Button, new() { Name = "নিষ্পত্তি করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("নিষ্পত্তি হয়েছে");

        // The citizen reads the decision, says it did not resolve the problem, and appeals.
        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#decision")).ToHaveTextAsync("আবেদনের সাথে জমির খতিয়ান ছিল না।");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "না, সমাধান হয়নি" }).ClickAsync();
        await citizen.GetByLabel("কেন আপিল করছেন").FillAsync("খতিয়ান জমা দিয়েছিলাম, রসিদ আছে।");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "আপিল পাঠান" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("আপিল গৃহীত হয়েছে");
        await Assertions.Expect(citizen.Locator("dl.facts")).ToContainTextAsync("আপিল কর্মকর্তা");

        // The district's appeal officer decides it.
        await LogInAsync("appeal.dc-natore");
        await Page.GotoAsync("/dashboard/dc-natore");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"আপিল {tracking}") }).ClickAsync();
        await Page.GetByLabel("ফলাফল").SelectOptionAsync(new SelectOptionValue { Label = "প্রতিকার করা হয়েছে" });
        await Page.GetByLabel("সিদ্ধান্ত ও কারণ").FillAsync("আপিল মঞ্জুর: সাত কর্মদিবসের মধ্যে নামজারি সম্পন্ন করতে নির্দেশ দেওয়া হলো।");
        await Page.GetByRole(AriaRole.Button, new() { Name = "নিষ্পত্তি করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("নিষ্পত্তি হয়েছে");

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#status")).ToHaveTextAsync("নিষ্পত্তি হয়েছে");
        await Assertions.Expect(citizen.Locator("dl.facts")).ToContainTextAsync("নিষ্পত্তি হয়েছে — প্রতিকার করা হয়েছে");
        await Assertions.Expect(citizen.Locator("#decision")).ToContainTextAsync("আপিল মঞ্জুর");
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(Shots, "grievance-status-390.png"), FullPage = true });
        await citizenContext.CloseAsync();

        // Every message to the citizen reaches a real SMTP server: received, decided, appeal received, decided.
        await using var smtp = new FakeSmtpServer();
        var delivery = new OutboxDelivery(Fixture.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
            Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, From = "grs@example.gov.bd" }), NullLogger<OutboxDelivery>.Instance);
        while (await delivery.SendDueAsync(TestContext.Current.CancellationToken) > 0) { }
        var subjects = smtp.Received.Where(m => m.To.Contains(email)).Select(m => m.Subject).ToList();
        subjects.ShouldBe([$"অভিযোগ গৃহীত: {tracking}", $"আপনার অভিযোগ {tracking}-এর নিষ্পত্তি হয়েছে", $"আপিল গৃহীত: {tracking}", $"আপনার অভিযোগ {tracking}-এর নিষ্পত্তি হয়েছে"],
            ignoreOrder: true);
    }

    [GeneratedRegex("^[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{4}$")]
    private static partial Regex TrackingPattern();
}
