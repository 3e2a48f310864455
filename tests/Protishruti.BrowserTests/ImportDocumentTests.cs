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
    // ---- pasted portal minutes → one correction → a past meeting with its minutes issued ----

    private const string PortalMinutes = "বড়াইগ্রাম উপজেলা\nপ্রথম পাতা\nউপজেলা সম্পর্কিত\nText size A A+ A-\nপ্রথম পাতা » সভার কার্যবিবরণী\n"
        + "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nউপজেলা নির্বাহী অফিসারের কার্যালয়, বড়াইগ্রাম, নাটোর\n"
        + "উপজেলা সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ত্রৈমাসিক সভার কার্যবিবরণী\n"
        + "সভাপতি : জনাব মিজানুর বেগম, উপজেলা নির্বাহী অফিসার\nতারিখ : ১৪/০৩/২০২৪ খ্রিঃ\nসময় : সকাল ১১.০০ টা\nস্থান : উপজেলা পরিষদ সভাকক্ষ, বড়াইগ্রাম\n"
        + "ক্রমিক\tআলোচনা\tসিদ্ধান্ত\tবাস্তবায়নকারী\n"
        + "০১\tসিটিজেন চার্টার হালনাগাদ নিয়ে আলোচনা হয়।\tসকল দপ্তর ৩০ দিনের মধ্যে সিটিজেন চার্টার হালনাগাদ করবে।\tদপ্তর প্রধান (সকল), বড়াইগ্রাম\n"
        + "০২\tঅভিযোগ বাক্স নিয়ে আলোচনা হয়।\tপ্রতিটি দপ্তরে অভিযোগ বাক্স স্থাপন করতে হবে।\tউপজেলা সমাজসেবা অফিসার\n"
        + "আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n"
        + "মিজানুর বেগম\nউপজেলা নির্বাহী অফিসার\nবড়াইগ্রাম, নাটোর\n"
        + "স্মারক নং: ০৫.৪৪.৬৯১৫.০০০.০৬.০০১.২৪.৩১২    তারিখ: ১৮/০৩/২০২৪ খ্রিঃ\n"
        + "অনুলিপি:\n১। জেলা প্রশাসক, নাটোর\n"
        + "জরুরি হটলাইন\n৯৯৯\nপরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস।\n";

    [Fact]
    public async Task Pasted_portal_minutes_are_corrected_and_saved_and_the_meetings_page_shows_the_rows_and_the_printed_number()
    {
        await LogInAsync("admin");
        await Page.GotoAsync("/offices/uno-baraigram/import");
        await Page.GetByLabel("অথবা লেখা পেস্ট করুন (ওয়েব পেজ বা ওয়ার্ড থেকে কপি করা)").FillAsync(PortalMinutes);
        await Page.GetByRole(AriaRole.Button, new() { Name = "পড়ুন" }).ClickAsync();

        // Read beside its text, without the portal's chrome; the decision table as rows.
        await Assertions.Expect(Page.Locator(".import-source pre")).ToContainTextAsync("সভাপতি : জনাব মিজানুর বেগম");
        await Assertions.Expect(Page.Locator(".import-source pre")).Not.ToContainTextAsync("পরিকল্পনা ও বাস্তবায়নে");
        await Assertions.Expect(Page.GetByLabel("সভাপতি")).ToHaveValueAsync("জনাব মিজানুর বেগম, উপজেলা নির্বাহী অফিসার");
        await Assertions.Expect(Page.Locator("textarea[name='Docs[0].Rows[1].Decision']")).ToHaveValueAsync("প্রতিটি দপ্তরে অভিযোগ বাক্স স্থাপন করতে হবে।");
        await Assertions.Expect(Page.GetByLabel("স্মারক নম্বর (যেমন ছাপা)")).ToHaveValueAsync("০৫.৪৪.৬৯১৫.০০০.০৬.০০১.২৪.৩১২");

        // One correction: the decision as the office meant it.
        await Page.Locator("textarea[name='Docs[0].Rows[1].Decision']").FillAsync("প্রতিটি দপ্তরে ৩০ দিনের মধ্যে অভিযোগ বাক্স স্থাপন করতে হবে।");
        await Page.GetByRole(AriaRole.Button, new() { Name = "অতীতের সভা হিসেবে সংরক্ষণ করুন (কার্যবিবরণী জারিসহ)" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/offices/uno-baraigram/meetings/\d+/manage$"));
        var id = System.Text.RegularExpressions.Regex.Match(Page.Url, @"/meetings/(\d+)/manage").Groups[1].Value;

        await Page.GotoAsync($"/offices/uno-baraigram/meetings/{id}");
        var main = Page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("সকল দপ্তর ৩০ দিনের মধ্যে সিটিজেন চার্টার হালনাগাদ করবে।");
        await Assertions.Expect(main).ToContainTextAsync("প্রতিটি দপ্তরে ৩০ দিনের মধ্যে অভিযোগ বাক্স স্থাপন করতে হবে।");
        await Assertions.Expect(main).ToContainTextAsync("০৫.৪৪.৬৯১৫.০০০.০৬.০০১.২৪.৩১২"); // the number as printed
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "import-minutes-saved.png"), FullPage = true });
    }

    // ---- a Bijoy (SutonnyMJ) PDF → Unicode text shown → saved as a past meeting with its notice ----

    // A notice typed in SutonnyMJ: the letters are Latin-1 code points drawn as Bengali by that font (ours, not a real notice).
    private const string BijoyNoticeHtml = """
        <html><head><meta charset="utf-8"><style>body { font-family: SutonnyMJ, sans-serif; font-size: 14pt; } p { margin: 0 0 6pt; }</style></head><body>
        <p>MYcÖRvZš¿x evsjv‡`k miKvi</p>
        <p>Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq</p>
        <p>Kvwjqv, bovBj</p>
        <p>¯§viK bs- 05.44.6963.001.06.002.23.91 ZvwiL: 04/12/2023 wLªt</p>
        <p>mfvi ‡bvwUk</p>
        <p>GZØviv mswkøó mKj‡K Rvbv‡bv hv‡”Q †h, Dc‡Rjv ‡mev cÖ`vb cÖwZkÖæwZ cwiex¶Y KwgwUi mfv AvMvgx 10/12/2023 wLªt ZvwiL iweevi mKvj 10.30 NwUKvq Dc‡Rjv cwil` mfvK‡¶ AbywôZ n‡e| mfvq mKj m`m¨‡K Dcw¯'Z _vKvi Rb¨ Aby‡iva Kiv n‡jv|</p>
        <p>Avn‡g` Avjx</p>
        <p>Dc‡Rjv wbe©vnx Awdmvi</p>
        <p>Kvwjqv, bovBj</p>
        <p>weZiY:</p>
        <p>1| Dc‡Rjv K…wl Awdmvi, Kvwjqv</p>
        <p>2| Dc‡Rjv mgevq Awdmvi, Kvwjqv</p>
        </body></html>
        """;

    [Fact]
    public async Task A_Bijoy_PDF_is_uploaded_shown_as_Unicode_and_saved_as_a_past_meeting_with_its_notice()
    {
        // The PDF is made here, by Chromium, from Bijoy text: its text layer is the Latin-1 letters, as in an office's old PDFs.
        var maker = await Fixture.Browser.NewPageAsync();
        byte[] pdf;
        try
        {
            await maker.SetContentAsync(BijoyNoticeHtml);
            pdf = await maker.PdfAsync(new() { Format = "A4" });
        }
        finally
        {
            await maker.CloseAsync();
        }
        var file = Path.Combine(Path.GetTempPath(), $"bijoy-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var pdftotext = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var layer = await pdftotext.StandardOutput.ReadToEndAsync();
            await pdftotext.WaitForExitAsync();
            layer.ShouldContain("mfvi ‡bvwUk"); // Bijoy, not Unicode: the detection path is what turns it into Bengali
        }
        finally
        {
            File.Delete(file);
        }

        await LogInAsync("admin");
        await Page.GotoAsync("/offices/uno-natore-sadar/import");
        await Page.GetByLabel("নথির ফাইল").SetInputFilesAsync(new FilePayload { Name = "notice-2023.pdf", MimeType = "application/pdf", Buffer = pdf });
        await Page.GetByRole(AriaRole.Button, new() { Name = "পড়ুন" }).ClickAsync();

        var source = Page.Locator(".import-source pre");
        await Assertions.Expect(source).ToContainTextAsync("সভার নোটিশ");
        await Assertions.Expect(source).ToContainTextAsync("উপজেলা নির্বাহী অফিসারের কার্যালয়");
        await Assertions.Expect(source).Not.ToContainTextAsync("mfvi");
        await Assertions.Expect(Page.GetByLabel("স্মারক নম্বর (যেমন ছাপা)")).ToHaveValueAsync("০৫.৪৪.৬৯৬৩.০০১.০৬.০০২.২৩.৯১");
        await Assertions.Expect(Page.GetByLabel("সভার তারিখ")).ToHaveValueAsync("2023-12-10");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "import-bijoy-pdf.png"), FullPage = true });

        await Page.GetByRole(AriaRole.Button, new() { Name = "অতীতের সভা হিসেবে সংরক্ষণ করুন (নোটিশ জারিসহ)" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/offices/uno-natore-sadar/meetings/\d+/manage$"));
        var id = System.Text.RegularExpressions.Regex.Match(Page.Url, @"/meetings/(\d+)/manage").Groups[1].Value;
        await Page.GotoAsync($"/offices/uno-natore-sadar/meetings/{id}/notice");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("০৫.৪৪.৬৯৬৩.০০১.০৬.০০২.২৩.৯১");
    }

    // ---- a notice and its minutes in one file → one meeting ----

    [Fact]
    public async Task A_notice_followed_by_its_minutes_is_saved_as_one_meeting_with_both_issued()
    {
        var text = await File.ReadAllBytesAsync(Case("c01-notice-then-minutes.txt"));
        await LogInAsync("admin");
        await Page.GotoAsync("/offices/uno-lalpur/import");
        await Page.GetByLabel("নথির ফাইল").SetInputFilesAsync(new FilePayload { Name = "notice-and-minutes.txt", MimeType = "text/plain", Buffer = text });
        await Page.GetByRole(AriaRole.Button, new() { Name = "পড়ুন" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "যা পাওয়া গেছে: ২টি নথি" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "নোটিশ ও কার্যবিবরণীসহ অতীতের সভা হিসেবে সংরক্ষণ করুন" }).First.ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/offices/uno-lalpur/meetings/\d+/manage$"));
        var id = System.Text.RegularExpressions.Regex.Match(Page.Url, @"/meetings/(\d+)/manage").Groups[1].Value;

        await Page.GotoAsync($"/offices/uno-lalpur/meetings/{id}/notice");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("০৫.৪৩.৬৯১৫.০০০.০৬.০০২.২৩.১৮৮");
        await Page.GotoAsync($"/offices/uno-lalpur/meetings/{id}");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("০৫.৪৩.৬৯১৫.০০০.০৬.০০২.২৩.২০১");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("প্রতিটি দপ্তরে মতামত রেজিস্টার সংরক্ষণ করতে হবে।");
    }

    [Fact]
    public async Task A_notice_with_its_minutes_fits_a_phone_in_English_with_the_save_for_both()
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
            await page.GetByLabel("Document file").SetInputFilesAsync(new FilePayload
            {
                Name = "notice-and-minutes.txt", MimeType = "text/plain", Buffer = await File.ReadAllBytesAsync(Case("c01-notice-then-minutes.txt")),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Read it" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save as a past meeting (notice and minutes issued)" }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("Agenda (one a line; leave empty if the notice lists none)")).ToHaveValueAsync("");
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "import-notice-minutes-phone-en.png"), FullPage = true });
        }
        finally
        {
            await phone.DisposeAsync();
        }
    }

    /// <summary>A document of the import evaluation set (tests/Protishruti.Tests/…/cases), found from the test's folder upwards.</summary>
    private static string Case(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Protishruti.Tests", "Features", "Import", "ImportEvaluation", "cases", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException(name);
    }
}
