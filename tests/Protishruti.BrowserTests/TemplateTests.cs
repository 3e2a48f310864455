using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// A system administrator defines a national template, an upazila editor adopts it into a new draft, the template
/// changes and the editor sees the diff; the ministry's monitor opens the subordinates' view. Screenshots of each
/// page (Bengali and English) are left in the temp folder for a person to look at.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class TemplateTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task ShotAsync(string name) => await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_national_template_is_adopted_by_an_upazila_office_and_its_change_shows_as_a_diff()
    {
        var name = $"উত্তরাধিকার সনদ {Guid.NewGuid().ToString("N")[..6]}";
        await LogInAsync("admin");
        await Page.GotoAsync("/admin/templates");
        await Page.GetByRole(AriaRole.Link, new() { Name = "নতুন টেমপ্লেট" }).ClickAsync();
        await Page.GetByLabel("দপ্তরের ধরন").SelectOptionAsync("UpazilaOffice");
        await Page.GetByLabel("সেবার নাম (বাংলা)").FillAsync(name);
        await Page.GetByLabel("বর্ণনা (বাংলা)").FillAsync("নির্ধারিত ফরমে আবেদন");
        await Page.GetByLabel("সরাসরি").CheckAsync();
        await Page.GetByLabel("কাগজপত্র", new() { Exact = true }).FillAsync("মৃত্যু সনদ | ইউনিয়ন পরিষদ\nজাতীয় পরিচয়পত্রের কপি");
        await Page.GetByLabel("পরিমাণ (টাকা)").FillAsync("৫০");
        await Page.GetByLabel("সেবামূল্য", new() { Exact = true }).SelectOptionAsync("amount");
        await Page.GetByLabel("পরিশোধ পদ্ধতি", new() { Exact = true }).SelectOptionAsync("TreasuryChallan");
        await Page.GetByLabel("সেবা প্রদানের সময়সীমা").FillAsync("০৭ (সাত) কর্মদিবস");
        await ShotAsync("1-admin-template-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("টেমপ্লেট তৈরি হয়েছে");
        await ShotAsync("2-admin-templates");

        await LogInAsync("admin"); // uno-singra's demo update awaits approval; a SystemAdmin edits any office
        await Page.GotoAsync("/offices/uno-lalpur/charter/draft/templates");
        var start = Page.GetByRole(AriaRole.Button, new() { Name = "নতুন খসড়া শুরু করুন" });
        if (await start.CountAsync() > 0) await start.ClickAsync();
        var card = Page.Locator("section.card", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = name }) });
        await card.GetByRole(AriaRole.Button, new() { Name = "খসড়ায় গ্রহণ করুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("খসড়ায় যোগ হয়েছে");

        await LogInAsync("admin");
        await Page.GotoAsync("/admin/templates");
        await Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Page.GetByLabel("পরিমাণ (টাকা)").FillAsync("১০০");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সংরক্ষণ" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("সংস্করণ ২");

        await LogInAsync("admin"); // uno-singra's demo update awaits approval; a SystemAdmin edits any office
        await Page.GotoAsync("/offices/uno-lalpur/charter/draft/templates");
        await Assertions.Expect(card.Locator("del")).ToContainTextAsync("৫০ টাকা");
        await Assertions.Expect(card.Locator("ins")).ToContainTextAsync("১০০ টাকা");
        await ShotAsync("3-adopt-diff-bn");
        await Page.GotoAsync("/offices/uno-lalpur/charter/draft/templates?lang=en");
        await ShotAsync("4-adopt-diff-en");
        await Page.GotoAsync("/offices/uno-lalpur/charter/draft/templates?lang=bn");
        await card.GetByRole(AriaRole.Button, new() { Name = "পরিবর্তন খসড়ায় নিন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("খসড়ায় ১টি ঘর বদলেছে");

        await LogInAsync("monitor.mopa");
        await Page.GetByRole(AriaRole.Link, new() { Name = "অধীন দপ্তরের প্রতিশ্রুতি পর্যবেক্ষণ" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToContainTextAsync("এই কোয়ার্টারে হালনাগাদ প্রকাশ করেছে");
        await ShotAsync("5-monitor-bn");
        await Page.GotoAsync("/offices/mopa/charters/subordinates?lang=en&level=3");
        await ShotAsync("6-monitor-en");
        await Page.GotoAsync("/?lang=bn");
    }
}
