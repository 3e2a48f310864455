using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

[Collection(nameof(SharedBrowser))]
public sealed class CharterPdfTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_citizen_downloads_the_charter_PDF_from_the_public_charter_page()
    {
        await Page.GotoAsync("/offices/dc-natore/charter");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "পিডিএফ — এ৪ পুস্তিকা" }).ClickAsync());

        download.SuggestedFilename.ShouldStartWith("charter-dc-natore-v");
        download.SuggestedFilename.ShouldEndWith("-a4.pdf");
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        bytes.Length.ShouldBeGreaterThan(20_000); // fonts embedded, not an error page
    }

    [Fact]
    public async Task The_print_ready_page_opens_from_the_public_charter_page()
    {
        await Page.GotoAsync("/offices/dc-natore/charter");

        await Page.GetByRole(AriaRole.Link, new() { Name = "মুদ্রণযোগ্য পাতা (এ৪)" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("সেবা প্রদান প্রতিশ্রুতি (সিটিজেনস চার্টার)");
        await Page.EvaluateAsync("document.fonts.ready");
        (await Page.EvaluateAsync<bool>("document.fonts.check('12px \"Noto Serif Bengali\"', 'সেবা')")).ShouldBeTrue();
    }
}
