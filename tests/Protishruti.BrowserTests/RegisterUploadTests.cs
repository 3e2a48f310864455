using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>Issue 18 in a browser: the focal point uploads the office's own register, corrects a guessed column, checks, confirms, and the figures move.</summary>
[Collection(nameof(SharedBrowser))]
public sealed class RegisterUploadTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static int Figure(string text) => int.Parse(Regex.Match(ToAscii(text), @"\d+").Value, CultureInfo.InvariantCulture);

    private static string ToAscii(string s) => new(s.Select(c => c is >= '০' and <= '৯' ? (char)('0' + (c - '০')) : c).ToArray());

    private static string ToBengali(string s) => new(s.Select(c => c is >= '0' and <= '9' ? (char)('০' + (c - '0')) : c).ToArray());

    [Fact]
    public async Task The_focal_point_uploads_a_register_corrects_a_column_confirms_and_the_register_and_performance_figures_move()
    {
        await Page.GotoAsync("/offices/uno-singra/performance");
        var received = Page.Locator("#totals [data-figure=received]");
        var before = Figure(await received.InnerTextAsync());

        await LogInAsync("editor.uno-singra");
        await Page.GotoAsync("/offices/uno-singra/applications");
        var count = Page.Locator("#list-h");
        var listed = Figure(await count.InnerTextAsync());

        await Page.GetByRole(AriaRole.Link, new() { Name = "দপ্তরের এক্সেল/CSV রেজিস্টার ফাইল আপলোড করুন" }).ClickAsync();
        var today = DateTime.UtcNow.AddHours(6);
        var u = new string(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());
        // "গ্রহণ" alone names no field the app knows: the user chooses it as the received date.
        var csv = $"""
            ক্রমিক/রেজিস্টার নং,সেবার নাম,গ্রহণ,মন্তব্য
            UP-{u}-A,"বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতা প্রদান",{ToBengali(today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))},
            UP-{u}-B,"বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতা প্রদান",{today:dd-MM-yyyy},ইউনিয়ন পরিষদ থেকে
            """;
        await Page.GetByLabel("রেজিস্টার ফাইল (CSV বা XLSX, সর্বোচ্চ ৫ মেগাবাইট)").SetInputFilesAsync(new FilePayload
        {
            Name = "রেজিস্টার.csv", MimeType = "text/csv", Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        });
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-file-desktop.png"), FullPage = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "আপলোড করুন" }).ClickAsync();

        await Assertions.Expect(Page.GetByLabel("রেজিস্টার নম্বর", new() { Exact = true })).ToHaveValueAsync("0");
        await Page.GotoAsync(Page.Url + "&lang=en");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-mapping-en.png"), FullPage = true });
        await Page.GotoAsync(Page.Url.Replace("&lang=en", "&lang=bn", StringComparison.Ordinal));
        await Assertions.Expect(Page.GetByLabel("সেবা", new() { Exact = true })).ToHaveValueAsync("1");
        await Assertions.Expect(Page.GetByLabel("মন্তব্য (ঐচ্ছিক)")).ToHaveValueAsync("3");
        var receivedOn = Page.GetByLabel("গ্রহণের তারিখ", new() { Exact = true });
        await Assertions.Expect(receivedOn).ToHaveValueAsync("");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-mapping-desktop.png"), FullPage = true });

        // Checking without the received date is refused beside its select; choosing the column fixes it.
        await Page.GetByRole(AriaRole.Button, new() { Name = "সারিগুলো যাচাই করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".field-error")).ToContainTextAsync("কোন কলামে এটি আছে বাছাই করুন");
        await Page.GetByLabel("গ্রহণের তারিখ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "কলাম ৩: গ্রহণ" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "সারিগুলো যাচাই করুন" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#check-h + ul")).ToContainTextAsync("নতুন আবেদন: ২টি");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-check-desktop.png"), FullPage = true });
        await Page.GetByRole(AriaRole.Button, new() { Name = "২টি আবেদন লিপিবদ্ধ করুন" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("ফাইল থেকে ২টি নতুন আবেদন লিপিবদ্ধ হয়েছে");
        Figure(await count.InnerTextAsync()).ShouldBe(listed + 2);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"UP-{u}-A", Exact = true })).ToBeVisibleAsync();

        await Page.GotoAsync("/offices/uno-singra/performance");
        Figure(await received.InnerTextAsync()).ShouldBe(before + 2);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "performance-desktop.png") });

        // The same file with a row gone wrong: the error report, on a phone too; nothing is recorded.
        await Page.GotoAsync("/offices/uno-singra/applications/upload");
        var bad = csv.Replace($"UP-{u}-B,", $"UP-{u}-C,", StringComparison.Ordinal).Replace(today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), "৩১/০২/২০২৪", StringComparison.Ordinal);
        await Page.GetByLabel("রেজিস্টার ফাইল (CSV বা XLSX, সর্বোচ্চ ৫ মেগাবাইট)").SetInputFilesAsync(new FilePayload
        {
            Name = "রেজিস্টার.csv", MimeType = "text/csv", Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(bad.Replace("গ্রহণ,", "আবেদনের তারিখ,", StringComparison.Ordinal))],
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "আপলোড করুন" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "সারিগুলো যাচাই করুন" }).ClickAsync();
        var problems = Page.Locator("#problems");
        await Assertions.Expect(problems).ToContainTextAsync("৩১/০২/২০২৪");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "লিপিবদ্ধ করুন" })).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-errors-desktop.png"), FullPage = true });
        await Page.SetViewportSizeAsync(390, 844);
        (await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-errors-390.png"), FullPage = true });
        await Page.GotoAsync("/offices/uno-singra/performance");
        (await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "performance-390.png"), FullPage = true });
        await Page.GotoAsync("/offices/uno-singra/applications/upload");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "upload-file-390.png"), FullPage = true });
        await Page.SetViewportSizeAsync(1280, 900);
        await Page.GotoAsync("/offices/uno-singra/applications");
        Figure(await count.InnerTextAsync()).ShouldBe(listed + 2);
    }
}
