using Microsoft.Playwright;
using Protishruti.Web.Data.Demo;

namespace Protishruti.BrowserTests;

/// <summary>The editor in Chromium: a service is added through the form, using "add rows", and shows on the draft.</summary>
[Collection(nameof(SharedBrowser))]
public sealed class CharterEditorTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    [Fact]
    public async Task An_editor_adds_a_service_with_extra_document_rows_and_sees_it_in_the_draft()
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("ব্যবহারকারীর নাম").FillAsync("editor.uno-singra");
        await Page.GetByLabel("পাসওয়ার্ড").FillAsync(DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "লগইন করুন" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "খসড়া লিখুন ও দাখিল করুন" }).ClickAsync();
        var start = Page.GetByRole(AriaRole.Button, new() { Name = "এই ত্রৈমাসিকের হালনাগাদ শুরু করুন" });
        if (await start.CountAsync() > 0) await start.ClickAsync();

        var name = $"ওয়ারিশ সনদ {Guid.NewGuid().ToString("N")[..4]}";
        await Page.GetByRole(AriaRole.Link, new() { Name = "নতুন সেবা যোগ করুন" }).ClickAsync();
        await Page.GetByLabel("সেবার নাম (বাংলা, আবশ্যক)").FillAsync(name);
        await Page.GetByLabel("বর্ণনা (বাংলা)").FillAsync("আবেদন যাচাই করে সনদ প্রদান");
        await Page.GetByLabel("সরাসরি (দপ্তরে এসে)").CheckAsync();
        await Page.Locator("input[name='Input.Documents[0].NameBn']").FillAsync("নির্ধারিত ফরমে আবেদন");
        await Page.Locator("input[name='Input.Documents[1].NameBn']").FillAsync("জাতীয় পরিচয়পত্রের কপি");
        await Page.GetByRole(AriaRole.Button, new() { Name = "আরও সারি যোগ করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("input[name='Input.Documents[4].NameBn']")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("সেবার নাম (বাংলা, আবশ্যক)")).ToHaveValueAsync(name);
        await Page.Locator("input[name='Input.Documents[2].NameBn']").FillAsync("ইউপি চেয়ারম্যানের প্রত্যয়নপত্র");
        await Page.GetByLabel("বিনামূল্যে").CheckAsync();
        await Page.GetByLabel("সেবা প্রদানের সময়সীমা (যেমন ৭ কর্মদিবস)").FillAsync("১০ (দশ) কার্যদিবস");
        await Page.GetByRole(AriaRole.Button, new() { Name = "যাচাই করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#time-limit-understood")).ToContainTextAsync("বোঝা গেছে: ১০ কর্মদিবস");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "editor-service-bn.png"), FullPage = true });
        await Page.GetByLabel("দায়িত্বপ্রাপ্ত কর্মকর্তা").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("সংরক্ষিত");
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = name }).First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "editor-draft-bn.png"), FullPage = true });
        await Page.GotoAsync("/offices/uno-singra/charter/draft?lang=en");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Citizen Charter: draft");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "editor-draft-en.png"), FullPage = true });
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit the grievance ladder" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Use the default ladder" })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "editor-grs-en.png"), FullPage = true });
        await Page.GotoAsync("/offices/uno-singra/charter/draft/expectations?lang=bn");
        await Page.Locator("input[name='Rows[0].TextBn']").FillAsync("<b>স্বয়ংসম্পূর্ণ</b> আবেদন");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("<b>স্বয়ংসম্পূর্ণ</b> আবেদন")).ToBeVisibleAsync(); // markup shown as text
    }
}
