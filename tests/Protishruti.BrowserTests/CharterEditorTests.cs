using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// The whole charter cycle in Chromium, as the two people in an office do it: the focal point starts the quarter's
/// update, adds a service through the form (with "add rows" and "check"), submits; the office head publishes; the
/// public charter page, the national search and the version diff then show the new service.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class CharterEditorTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_editor_adds_a_service_the_head_publishes_it_and_the_public_page_search_and_diff_show_it()
    {
        await LogInAsync("editor.dc-natore");
        await Page.GetByRole(AriaRole.Link, new() { Name = "খসড়া লিখুন ও দাখিল করুন" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "এই ত্রৈমাসিকের হালনাগাদ শুরু করুন" }).ClickAsync();

        var name = $"ওয়ারিশ সনদ যাচাই {Guid.NewGuid().ToString("N")[..6]}";
        await Page.GetByRole(AriaRole.Link, new() { Name = "নতুন সেবা যোগ করুন" }).ClickAsync();
        await Page.GetByLabel("সেবার নাম (বাংলা, আবশ্যক)").FillAsync(name);
        await Page.GetByLabel("বর্ণনা (বাংলা)").FillAsync("আবেদন যাচাই করে সনদ প্রদান");
        await Page.GetByLabel("সরাসরি (দপ্তরে এসে)").CheckAsync();
        await Page.Locator("input[name='Input.Documents[0].NameBn']").FillAsync("নির্ধারিত ফরমে আবেদন");
        await Page.Locator("input[name='Input.Documents[1].NameBn']").FillAsync("জাতীয় পরিচয়পত্রের কপি");
        await Page.GetByRole(AriaRole.Button, new() { Name = "আরও সারি যোগ করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("input[name='Input.Documents[4].NameBn']")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("সেবার নাম (বাংলা, আবশ্যক)")).ToHaveValueAsync(name); // typed values survive
        await Page.Locator("input[name='Input.Documents[2].NameBn']").FillAsync("ইউপি চেয়ারম্যানের প্রত্যয়নপত্র");
        await Page.GetByLabel("বিনামূল্যে").CheckAsync();
        await Page.GetByLabel("সেবা প্রদানের সময়সীমা (যেমন ৭ কর্মদিবস)").FillAsync("১০ (দশ) কার্যদিবস");
        await Page.GetByRole(AriaRole.Button, new() { Name = "যাচাই করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#time-limit-understood")).ToContainTextAsync("বোঝা গেছে: ১০ কর্মদিবস");
        await Page.GetByLabel("দায়িত্বপ্রাপ্ত কর্মকর্তা").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await Page.GetByLabel("ঊর্ধ্বতন কর্মকর্তা").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "editor-service-bn.png"), FullPage = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("সংরক্ষিত");
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = name }).First).ToBeVisibleAsync();

        await Page.GotoAsync("/offices/dc-natore/charter/draft/expectations?lang=bn");
        await Page.Locator("input[name='Rows[0].TextBn']").FillAsync("<b>স্বয়ংসম্পূর্ণ</b> আবেদন জমা দিন");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("section[aria-labelledby='expect-h']").GetByText("<b>স্বয়ংসম্পূর্ণ</b> আবেদন জমা দিন")).ToBeVisibleAsync(); // markup shown as text
        await Assertions.Expect(Page.Locator("ins.diff").GetByText("<b>স্বয়ংসম্পূর্ণ</b> আবেদন জমা দিন")).ToHaveCountAsync(1); // and in the changes against the published version
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "editor-draft-bn.png"), FullPage = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "দাখিল করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "দাখিল করুন" })).ToHaveCountAsync(0);

        // Not public until the head publishes it.
        await Page.GotoAsync("/offices/dc-natore/charter");
        await Assertions.Expect(Page.GetByText(name)).ToHaveCountAsync(0);

        await LogInAsync("head.dc-natore");
        await Page.GotoAsync("/offices/dc-natore/charter/draft?lang=bn");
        await Page.GetByRole(AriaRole.Button, new() { Name = "অনুমোদন করে প্রকাশ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "এই ত্রৈমাসিকের হালনাগাদ শুরু করুন" })).ToBeVisibleAsync();

        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/offices/dc-natore/charter?lang=bn");
        await Assertions.Expect(Page.GetByText(name).First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("<b>স্বয়ংসম্পূর্ণ</b> আবেদন জমা দিন")).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "public-charter-bn.png"), FullPage = true });

        await Page.GotoAsync("/?lang=bn");
        await Page.Locator("#home-q").FillAsync(name);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "search-bn.png"), FullPage = true });
        await Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);

        await Page.GotoAsync("/offices/dc-natore/charter/history?lang=bn");
        await Page.Locator("#cmp-from").SelectOptionAsync("2");
        await Page.Locator("#cmp-to").SelectOptionAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "তুলনা করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByText(name).First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("ins").Filter(new() { HasText = "স্বয়ংসম্পূর্ণ" }).First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "diff-bn.png"), FullPage = true });
    }
}
