using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

[Collection(nameof(SharedBrowser))]
public sealed class PublicSiteTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Home_page_opens_in_Bengali_with_a_search_box()
    {
        await Page.GotoAsync("/");
        (await Page.Locator("html").GetAttributeAsync("lang")).ShouldBe("bn");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("কোন সেবার জন্য");
        await Assertions.Expect(Page.GetByRole(AriaRole.Searchbox, new() { Name = "সেবা খুঁজুন" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Bengali_text_is_drawn_with_the_served_Noto_Sans_Bengali_font()
    {
        await Page.GotoAsync("/");
        await Page.EvaluateAsync("document.fonts.ready");
        var loaded = await Page.EvaluateAsync<bool>("document.fonts.check('16px \"Noto Sans Bengali\"', 'বাংলা')");
        loaded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_first_visit_fetches_each_font_once_and_stays_small_on_a_weak_connection()
    {
        // What a citizen on a 2G/3G line pays for the letters: every font file once, and the Bengali pages draw
        // with the sans face alone (the serif is for printed documents).
        var responses = new List<IResponse>();
        Page.Response += (_, r) => { if (r.Url.Contains(".woff2", StringComparison.Ordinal)) responses.Add(r); };
        await Page.GotoAsync("/offices/uno-singra");
        await Page.EvaluateAsync("document.fonts.ready");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var fonts = new List<(string Url, int Bytes)>();
        foreach (var r in responses)
            fonts.Add((r.Url, (await r.BodyAsync()).Length));
        fonts.ShouldNotBeEmpty();

        fonts.Select(f => new Uri(f.Url).AbsolutePath).ShouldBeUnique();
        fonts.ShouldNotContain(f => f.Url.Contains("serif", StringComparison.Ordinal));
        fonts.Sum(f => f.Bytes).ShouldBeLessThan(120_000);
    }

    [Fact]
    public async Task A_visitor_switches_to_English_and_stays_in_English()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Where to go for a service");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Offices" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Office directory");
        await Page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("দপ্তর তালিকা");
    }

    [Fact]
    public async Task A_citizen_walks_the_directory_from_the_ministry_to_an_upazila_office()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "প্রধান মেনু" }).GetByRole(AriaRole.Link, new() { Name = "দপ্তর তালিকা" }).ClickAsync();
        var tree = Page.GetByRole(AriaRole.Navigation, new() { Name = "দপ্তরের শ্রেণিবিন্যাস" });
        await tree.GetByRole(AriaRole.Link, new() { Name = "বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী এর অধীন দপ্তর দেখুন" }).ClickAsync();
        await tree.GetByRole(AriaRole.Link, new() { Name = "জেলা প্রশাসকের কার্যালয়, নাটোর এর অধীন দপ্তর দেখুন" }).ClickAsync();
        await tree.GetByRole(AriaRole.Link, new() { Name = "উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর", Exact = true }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/offices/uno-singra$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর");
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "অবস্থান" })).ToContainTextAsync("জেলা প্রশাসকের কার্যালয়, নাটোর");
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "উপজেলা নির্বাহী অফিসার", Exact = true })).ToBeVisibleAsync();
    }
}

[Collection(nameof(SharedBrowser))]
public sealed class NoScriptTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected override BrowserNewContextOptions ContextOptions => new() { JavaScriptEnabled = false };

    [Fact]
    public async Task Search_and_the_directory_work_without_JavaScript()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "সেবা খুঁজুন" }).FillAsync("বান্দরবান");
        await Page.GetByRole(AriaRole.Button, new() { Name = "খুঁজুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("সেবা অনুসন্ধান");
        await Assertions.Expect(Page.GetByRole(AriaRole.Searchbox, new() { Name = "কোন সেবা খুঁজছেন?" })).ToHaveValueAsync("বান্দরবান");
        await Page.GetByRole(AriaRole.Link, new() { Name = "দপ্তরের নাম দিয়ে খুঁজতে দপ্তর তালিকা দেখুন" }).ClickAsync();
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "দপ্তরের নাম (বাংলা বা ইংরেজি)" }).FillAsync("বান্দরবান");
        await Page.GetByRole(AriaRole.Button, new() { Name = "খুঁজুন" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "জেলা সমবায় কার্যালয়, বান্দরবান", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("জেলা সমবায় কার্যালয়, বান্দরবান");
    }
}

[Collection(nameof(SharedBrowser))]
public sealed class PhoneTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected override BrowserNewContextOptions ContextOptions => new() { ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true };

    [Theory]
    [InlineData("/")]
    [InlineData("/offices?open=uno-singra")]
    [InlineData("/offices/dc-natore")]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling(string url)
    {
        await Page.GotoAsync(url);
        var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
    }
}
