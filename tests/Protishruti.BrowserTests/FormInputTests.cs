using Microsoft.Playwright;

namespace Protishruti.BrowserTests;

/// <summary>
/// The browser draws date and file boxes in its own language ("12/06/2026", "Choose File", "No file chosen"); on a
/// Bengali page the user sees the date in both calendars beside the box and a Bengali file button with the chosen
/// file's name.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class FormInputTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_date_box_shows_the_chosen_date_in_both_calendars_in_Bengali()
    {
        await LogInAsync("admin");
        await Page.GotoAsync("/admin/holidays");
        var date = Page.GetByLabel("তারিখ", new() { Exact = true });
        await date.FillAsync("2026-12-16");
        await Assertions.Expect(Page.Locator(".date-line").First)
            .ToHaveTextAsync("১ পৌষ ১৪৩৩ বঙ্গাব্দ / ১৬ ডিসেম্বর ২০২৬ খ্রিষ্টাব্দ");
        await date.FillAsync("");
        await Assertions.Expect(Page.Locator(".date-line").First).ToHaveTextAsync("");
    }

    [Fact]
    public async Task A_file_box_speaks_Bengali_and_names_the_chosen_file()
    {
        await LogInAsync("admin");
        await Page.GotoAsync("/admin/holidays");
        var pick = Page.Locator(".file-pick");
        await Assertions.Expect(pick.Locator(".file-pick-button")).ToHaveTextAsync("ফাইল বাছাই করুন");
        await Assertions.Expect(pick.Locator(".file-pick-name")).ToHaveTextAsync("কোনো ফাইল বাছাই করা হয়নি");
        await Page.GetByLabel("CSV ফাইল").SetInputFilesAsync(new FilePayload
        {
            Name = "ছুটি-২০২৭.csv",
            MimeType = "text/csv",
            Buffer = "date,kind,name_bn,name_en\n"u8.ToArray(),
        });
        await Assertions.Expect(pick.Locator(".file-pick-name")).ToHaveTextAsync("ছুটি-২০২৭.csv");
        // The real box still takes the click and the keyboard: it lies over the Bengali button.
        var box = await Page.GetByLabel("CSV ফাইল").BoundingBoxAsync();
        var button = await pick.Locator(".file-pick-button").BoundingBoxAsync();
        box.ShouldNotBeNull();
        button.ShouldNotBeNull();
        (box.X <= button.X && box.X + box.Width >= button.X + button.Width).ShouldBeTrue();
    }
}
