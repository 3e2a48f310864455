using Microsoft.Playwright;
using Protishruti.Web.Demo;

namespace Protishruti.BrowserTests;

[Collection(nameof(SharedBrowser))]
public sealed class LoginTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_editor_logs_in_and_reaches_the_office_dashboard()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "লগইন" }).ClickAsync();
        await Page.GetByLabel("ব্যবহারকারীর নাম").FillAsync("editor.uno-singra");
        await Page.GetByLabel("পাসওয়ার্ড").FillAsync(DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "লগইন করুন" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard/uno-singra$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("সিংড়া");
        await Assertions.Expect(Page.GetByText("সম্পাদক (ফোকাল পয়েন্ট)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_explained_and_the_user_name_is_kept()
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("ব্যবহারকারীর নাম").FillAsync("head.dc-natore");
        await Page.GetByLabel("পাসওয়ার্ড").FillAsync("not-the-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "লগইন করুন" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("সঠিক নয়");
        await Assertions.Expect(Page.GetByLabel("ব্যবহারকারীর নাম")).ToHaveValueAsync("head.dc-natore");
    }

    [Fact]
    public async Task A_monitor_of_the_ministry_drills_down_to_a_district()
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("ব্যবহারকারীর নাম").FillAsync("monitor.mopa");
        await Page.GetByLabel("পাসওয়ার্ড").FillAsync(DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "লগইন করুন" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard/mopa$"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "জেলা প্রশাসকের কার্যালয়, নাটোর" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard/dc-natore$"));
    }
}
