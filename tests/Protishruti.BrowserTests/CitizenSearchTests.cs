using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// The national search in Chromium as a citizen uses it (ADR 0028): an everyday name typed on the home page finds the
/// service first; a misspelling shows the suggestion's results and says so; on a phone the results fit the screen.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class CitizenSearchTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected override BrowserNewContextOptions ContextOptions => new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true };

    [Fact]
    public async Task An_everyday_name_finds_the_service_first_and_a_misspelling_is_corrected_on_a_phone()
    {
        await Page.GotoAsync("/?lang=bn");
        await Page.Locator("#home-q").FillAsync("জন্ম সনদ");
        await Page.Keyboard.PressAsync("Enter");
        var first = Page.Locator("ol.service-results > li").First;
        await Assertions.Expect(first.Locator("a.service-name")).ToHaveTextAsync("জন্ম ও মৃত্যু নিবন্ধন সংশোধনের আবেদন নিষ্পত্তি");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "search-citizen-bn-390.png"), FullPage = true });

        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "কোন সেবা খুঁজছেন?" }).FillAsync("namjri");
        await Page.GetByRole(AriaRole.Button, new() { Name = "খুঁজুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("“namjari” এর ফলাফল দেখানো হচ্ছে।")).ToBeVisibleAsync();
        await Assertions.Expect(first.Locator("a.service-name")).ToHaveTextAsync("ই-নামজারি (নামজারি ও জমাখারিজ)");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "search-did-you-mean-bn-390.png"), FullPage = true });
        (await Page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);

        await Page.GetByRole(AriaRole.Link, new() { Name = "বরং “namjri” দিয়েই খুঁজুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("কোনো সেবা পাওয়া যায়নি", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "namjari" })).ToBeVisibleAsync();
    }
}
