using Microsoft.Playwright;
using Protishruti.Tests.Features.Import;

namespace Protishruti.BrowserTests;

/// <summary>
/// Issue 20 in a browser (ADR 0042): from the charter editor, a Word charter is uploaded, read beside its text,
/// corrected field by field, saved as the office's draft, and the draft shows the services and the original file.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed class ImportDocumentTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Code = "uno-bagatipara"; // no other browser test writes its charter

    private static readonly byte[] Charter = DocxSpec.Build("""
        গণপ্রজাতন্ত্রী বাংলাদেশ সরকার
        উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর
        সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)
        ১. ভিশন ও মিশন
        ভিশন: দক্ষ ও জনবান্ধব উপজেলা প্রশাসন।
        মিশন: তথ্যপ্রযুক্তির ব্যবহারে দ্রুত সেবা নিশ্চিত করা।
        ২. প্রতিশ্রুত সেবাসমূহ
        ২.১ নাগরিক সেবা
        ক্রমিক	সেবার নাম	সেবা প্রদান পদ্ধতি	প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান	সেবামূল্য এবং পরিশোধ পদ্ধতি	সেবা প্রদানের সময়সীমা	দায়িত্বপ্রাপ্ত কর্মকর্তা
        ১	বয়স্ক ভাতা প্রদান	আবেদন যাচাই ও অনুমোদন	জাতীয় পরিচয়পত্রের কপি	বিনামূল্যে	৩০ কার্যদিবস	উপজেলা সমাজসেবা অফিসার
        ২	জন্ম নিবন্ধন সংশোধন	আবেদন গ্রহণ ও যাচাই	আবেদন ফরম	১০০ টাকা, ট্রেজারি চালান	১০ কার্যদিবস	সহকারী কমিশনার
        ৩. আপনার কাছে আমাদের প্রত্যাশা
        ক্রমিক	প্রতিশ্রুত/কাঙ্ক্ষিত সেবা প্রাপ্তির লক্ষ্যে করণীয়
        ১	স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান
        ৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)
        ক্রমিক	কখন যোগাযোগ করবেন	কার সঙ্গে যোগাযোগ করবেন	যোগাযোগের ঠিকানা	নিষ্পত্তির সময়সীমা
        ১	দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে	অভিযোগ নিষ্পত্তি কর্মকর্তা	উপজেলা নির্বাহী অফিসার, বাগাতিপাড়া	৩০ কার্যদিবস
        """);

    [Fact]
    public async Task A_Word_charter_is_uploaded_corrected_beside_its_text_and_saved_as_the_draft()
    {
        await LogInAsync("admin"); // a SystemAdmin may edit any office's charter
        await Page.GotoAsync($"/offices/{Code}/charter/draft");
        await Page.GetByRole(AriaRole.Link, new() { Name = "নথি থেকে আনুন" }).First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "নথি থেকে আনুন", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel("নথির ফাইল").SetInputFilesAsync(new FilePayload
        {
            Name = "প্রতিশ্রুতি.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = Charter,
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "পড়ুন" }).ClickAsync();

        // The text beside the form of what was read.
        await Assertions.Expect(Page.Locator(".import-source pre")).ToContainTextAsync("বয়স্ক ভাতা প্রদান");
        await Assertions.Expect(Page.GetByLabel("রূপকল্প (ভিশন)")).ToHaveValueAsync("দক্ষ ও জনবান্ধব উপজেলা প্রশাসন।");
        var firstName = Page.Locator("textarea[name='Docs[0].Services[0].Name']");
        await Assertions.Expect(firstName).ToHaveValueAsync("বয়স্ক ভাতা প্রদান");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "import-read-desktop.png"), FullPage = true });

        // Corrections: a service renamed, a row added and filled in.
        await firstName.FillAsync("বয়স্ক ভাতা প্রদান (অনলাইনে)");
        await Page.GetByRole(AriaRole.Button, new() { Name = "সেবার সারি যোগ করুন" }).ClickAsync();
        await Assertions.Expect(firstName).ToHaveValueAsync("বয়স্ক ভাতা প্রদান (অনলাইনে)"); // kept across the round trip
        await Page.Locator("textarea[name='Docs[0].Services[2].Name']").FillAsync("প্রত্যয়নপত্র প্রদান");
        await Page.Locator("input[name='Docs[0].Services[2].Fee']").FillAsync("বিনামূল্যে");
        await Page.Locator("input[name='Docs[0].Services[2].TimeLimit']").FillAsync("৩ কার্যদিবস");

        await Page.GetByRole(AriaRole.Button, new() { Name = "প্রতিশ্রুতির খসড়া হিসেবে সংরক্ষণ করুন" }).ClickAsync();
        var replace = Page.GetByRole(AriaRole.Button, new() { Name = "হ্যাঁ, খসড়া প্রতিস্থাপন করুন" });
        if (await replace.CountAsync() > 0) await replace.ClickAsync(); // the office had a draft open: asked first

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("নথি থেকে পড়া প্রতিশ্রুতি এই খসড়ায় সংরক্ষিত হয়েছে");
        var services = Page.Locator("section[aria-labelledby=services-h]");
        await Assertions.Expect(services).ToContainTextAsync("বয়স্ক ভাতা প্রদান (অনলাইনে)");
        await Assertions.Expect(services).ToContainTextAsync("প্রত্যয়নপত্র প্রদান");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "প্রতিশ্রুতি.docx" })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "import-saved-draft.png"), FullPage = true });
    }

    [Fact]
    public async Task The_import_page_fits_a_phone_with_the_text_above_the_form()
    {
        var phone = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        var page = await phone.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/login?lang=en");
            await page.GetByLabel("User name").FillAsync("editor.dc-natore");
            await page.GetByLabel("Password").FillAsync(Protishruti.Web.Demo.DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
            await page.GotoAsync("/offices/dc-natore/import");
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
            await page.GetByLabel("Or paste the text (copied from a web page or Word)").FillAsync(
                "সভার কার্যবিবরণী\nসভাপতি : জনাব মোঃ করিম\nতারিখ : ২০/১১/২০২৪\n\nক্রমিক\tআলোচনা\tসিদ্ধান্ত\tবাস্তবায়নকারী\n১\tনামজারি নিয়ে আলোচনা হয়।\tনামজারি ২৮ দিনে নিষ্পত্তি করতে হবে।\tসহকারী কমিশনার (ভূমি)");
            await page.GetByRole(AriaRole.Button, new() { Name = "Read it" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Chair")).ToHaveValueAsync("জনাব মোঃ করিম");
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
            // One above the other: the text's box ends before the form begins.
            var source = (await page.Locator(".import-source").BoundingBoxAsync())!;
            var form = (await page.GetByRole(AriaRole.Heading, new() { Name = "What was found: 1 document(s)" }).BoundingBoxAsync())!;
            form.Y.ShouldBeGreaterThan(source.Y + source.Height - 1);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "import-phone-en.png"), FullPage = true });
        }
        finally
        {
            await phone.DisposeAsync();
        }
    }
}
