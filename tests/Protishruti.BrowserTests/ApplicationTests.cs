using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>Issue 18 in a browser: the focal point records an application, delivers it, and the citizen sees it on /track.</summary>
[Collection(nameof(SharedBrowser))]
public sealed class ApplicationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_focal_point_records_and_delivers_an_application_and_the_citizen_follows_it_by_its_tracking_number()
    {
        await LogInAsync("editor.uno-singra");
        await Page.GotoAsync("/dashboard/uno-singra");
        await Page.GetByRole(AriaRole.Link, new() { Name = "সেবার আবেদন রেজিস্টার" }).ClickAsync();

        var reference = "BR-" + new string(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray()); // no digits: the register prints Bengali ones
        var service = Page.GetByLabel("সেবা", new() { Exact = true }).First;
        var options = await service.Locator("option").AllInnerTextsAsync();
        var chosen = options.First(o => o.Contains("দিবস", StringComparison.Ordinal)); // a promise in working days (কর্মদিবস or কার্যদিবস)
        await service.SelectOptionAsync(new SelectOptionValue { Label = chosen });
        await Page.GetByLabel("রেজিস্টার নম্বর", new() { Exact = true }).First.FillAsync(reference);
        await Page.GetByRole(AriaRole.Button, new() { Name = "লিপিবদ্ধ করুন", Exact = true }).ClickAsync();

        var status = Page.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToContainTextAsync("ট্র্যাকিং নম্বর");
        var tracking = Regex.Match(await status.InnerTextAsync(), "[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{4}").Value;
        tracking.ShouldNotBeEmpty();

        // The citizen, not logged in, types the number on the home page.
        var citizen = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.BaseUrl });
        var home = await citizen.NewPageAsync();
        await home.GotoAsync("/");
        await home.GetByLabel("আবেদনের অবস্থা জানুন: ট্র্যাকিং নম্বর").FillAsync(tracking.ToLowerInvariant());
        await home.GetByRole(AriaRole.Button, new() { Name = "দেখুন" }).ClickAsync();
        await Assertions.Expect(home.Locator("#status")).ToHaveTextAsync("চলমান, সময়সীমার মধ্যে");
        await Assertions.Expect(home.Locator("body")).Not.ToContainTextAsync(reference);

        // The focal point delivers it today.
        await Page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Page.GetByLabel("ফলাফল").SelectOptionAsync(new SelectOptionValue { Label = "সেবা প্রদত্ত" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("নির্ধারিত সময়ে প্রদত্ত");

        await home.ReloadAsync();
        await Assertions.Expect(home.Locator("#status")).ToHaveTextAsync("নির্ধারিত সময়ে প্রদত্ত");
        await citizen.CloseAsync();
    }
}
