using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Chromium;

namespace Protishruti.Tests.Documents;

/// <summary>One warm renderer for the tests that only render; the failure tests make their own.</summary>
public sealed class WarmRenderer : IAsyncDisposable
{
    public ChromiumPdfRenderer Renderer { get; } = PdfRendererTests.NewRenderer();

    public ValueTask DisposeAsync() => Renderer.DisposeAsync();
}

public sealed class PdfRendererTests(WarmRenderer warm) : IClassFixture<WarmRenderer>
{
    private static readonly string WebRoot = FindWebRoot();

    private static string FindWebRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Protishruti.Web", "wwwroot");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Protishruti.Web/wwwroot");
    }

    private sealed class WebRootOnly : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = WebRoot;
        public IFileProvider WebRootFileProvider { get; set; } = new PhysicalFileProvider(WebRoot);
        public string ApplicationName { get; set; } = "Protishruti.Web";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = "";
        public string EnvironmentName { get; set; } = "Testing";
    }

    internal static ChromiumPdfRenderer NewRenderer(Action<DocumentsOptions>? configure = null)
    {
        var options = new DocumentsOptions();
        configure?.Invoke(options);
        return new ChromiumPdfRenderer(Options.Create(options), new WebRootOnly(), NullLogger<ChromiumPdfRenderer>.Instance);
    }

    private static string Html(string body, string? head = null) =>
        $"""<!doctype html><html lang="bn"><head><meta charset="utf-8"><link rel="stylesheet" href="/css/print.css">{head}</head><body>{body}</body></html>""";

    private static readonly string[] Words = ["প্রতিশ্রুতি", "কর্মকর্তা", "স্মারক", "কি", "কৌশল", "উপজেলা নির্বাহী অফিসার", "সেবা প্রদান প্রতিশ্রুতি", "দায়িত্বপ্রাপ্ত", "দ্রুত", "শুদ্ধ", "ত্রৈমাসিক", "লক্ষ্যমাত্রা", "২২ নভেম্বর ২০২২"];

    [Fact]
    public async Task Bengali_text_comes_back_out_of_the_PDF_exactly_as_written()
    {
        var pdf = new PdfFile(await warm.Renderer.RenderAsync(Html(string.Join("", Words.Select(w => $"<p>{w}</p>"))), PdfPageSetup.A4Portrait,
            TestContext.Current.CancellationToken));

        var lines = pdf.Text().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in Words) lines.ShouldContain(word);
    }

    /// <summary>
    /// A below-base vowel sign drawn as its own mark glyph (কু, ভূ, কৃ): with the font's mark positioning it is moved back
    /// under its consonant and pdftotext splits the word after it ("কু ল"); print.css turns that positioning off, so
    /// the words come back whole (ADR 0013).
    /// </summary>
    [Fact]
    public async Task Below_base_vowel_signs_come_back_in_order_and_inside_their_word()
    {
        string[] words = ["কুল", "ক্ষুদ্র", "তুমি", "ভূমি", "প্রকৃত", "টুকু", "দৃষ্টি", "পৃষ্ঠা"];
        var pdf = new PdfFile(await warm.Renderer.RenderAsync(Html(string.Join("", words.Select(w => $"<p>{w}</p>"))), PdfPageSetup.A4Portrait,
            TestContext.Current.CancellationToken));

        var lines = pdf.Text().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        lines.Take(words.Length).ShouldBe(words);
    }

    [Fact]
    public async Task Only_the_vendored_Noto_fonts_are_used_and_they_are_embedded()
    {
        var pdf = new PdfFile(await warm.Renderer.RenderAsync(Html("<p>সেবা প্রদান প্রতিশ্রুতি (Citizen's Charter)</p><p><b>কর্মকর্তা</b></p><p class=\"sans\">উপজেলা</p>"),
            PdfPageSetup.A4Portrait, TestContext.Current.CancellationToken));

        var fonts = pdf.Fonts.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(l => l.Contains("Noto") && l.Contains(" yes "), pdf.Fonts);
        fonts.ShouldContain(l => l.Contains("NotoSerifBengali-Bold"));
        fonts.ShouldContain(l => l.Contains("NotoSansBengali"));
    }

    [Theory]
    [InlineData(PaperSize.A4, false, 595, 842)]
    [InlineData(PaperSize.A4, true, 842, 595)]
    [InlineData(PaperSize.A3, true, 1191, 842)]
    [InlineData(PaperSize.Legal, true, 1008, 612)]
    public async Task The_sheet_is_the_size_asked_for(PaperSize size, bool landscape, int width, int height)
    {
        // The template asks for A4 portrait; the page setup wins.
        var pdf = new PdfFile(await warm.Renderer.RenderAsync(Html("<p>পাতা</p>", "<style>@page { size: A4 portrait }</style>"), new PdfPageSetup(size, landscape),
            TestContext.Current.CancellationToken));

        pdf.PageSize.ShouldBe((width, height));
    }

    [Fact]
    public async Task A_long_table_repeats_its_heading_on_every_page_numbered_in_Bengali_digits()
    {
        var rows = string.Join("", Enumerable.Range(1, 120).Select(i => $"<tr><td>সারি {i}</td><td>{new string('ক', 30)}</td></tr>"));
        var pdf = new PdfFile(await warm.Renderer.RenderAsync(Html($"<table><thead><tr><th>শিরোনাম-ঘর</th><th>বিবরণ</th></tr></thead><tbody>{rows}</tbody></table>"),
            PdfPageSetup.A4Portrait, TestContext.Current.CancellationToken));

        pdf.Pages.ShouldBeGreaterThan(2);
        for (var page = 1; page <= pdf.Pages; page++)
        {
            var lines = pdf.Text(page: page).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            lines.ShouldContain("শিরোনাম-ঘর");
            lines.ShouldContain(Protishruti.Domain.Calendar.BengaliDigits.ToBengali(page));
        }
        pdf.Text().ShouldContain("সারি 120"); // the last row is there: nothing was lost between pages
    }

    [Fact]
    public async Task Nothing_is_fetched_from_the_network()
    {
        var watch = Stopwatch.StartNew();
        var pdf = new PdfFile(await warm.Renderer.RenderAsync(
            Html("<p>ছবি ছাড়া</p><img src=\"https://example.com/logo.png\" alt=\"\"><img src=\"/img/none.png\" alt=\"\">",
                "<link rel=\"stylesheet\" href=\"https://cdn.example.com/x.css\">"),
            PdfPageSetup.A4Portrait, TestContext.Current.CancellationToken));

        pdf.Text().ShouldContain("ছবি ছাড়া");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_Chromium_the_error_says_so_in_Bengali_and_English()
    {
        await using var renderer = NewRenderer(o => o.Chromium = "/nonexistent/chromium");

        var e = await Should.ThrowAsync<PdfUnavailableException>(() => renderer.RenderAsync(Html("<p>ক</p>"), PdfPageSetup.A4Portrait));

        e.Message.ShouldContain("পিডিএফ তৈরি করা যাচ্ছে না");
        e.Message.ShouldContain("PDFs cannot be made");
        e.Message.ShouldContain("apt-get install chromium");
    }

    [Fact]
    public async Task A_document_that_never_finishes_times_out_and_the_next_one_still_renders()
    {
        await using var renderer = NewRenderer(o => o.PdfTimeoutSeconds = 2);

        var e = await Should.ThrowAsync<PdfTimeoutException>(() => renderer.RenderAsync(Html("<p>ক</p><script>for(;;){}</script>"), PdfPageSetup.A4Portrait));
        e.ShouldBeAssignableTo<TimeoutException>();
        e.Message.ShouldContain("সেকেন্ড");

        new PdfFile(await renderer.RenderAsync(Html("<p>পরের নথি</p>"), PdfPageSetup.A4Portrait)).Text().ShouldContain("পরের নথি");
    }

    [Fact]
    public async Task After_the_browser_is_killed_the_next_document_starts_a_new_one()
    {
        await using var renderer = NewRenderer();
        await renderer.RenderAsync(Html("<p>প্রথম</p>"), PdfPageSetup.A4Portrait);
        var first = renderer.BrowserProcessId!.Value;

        using (var browser = Process.GetProcessById(first))
        {
            browser.Kill(entireProcessTree: true);
            await browser.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        new PdfFile(await renderer.RenderAsync(Html("<p>দ্বিতীয়</p>"), PdfPageSetup.A4Portrait)).Text().ShouldContain("দ্বিতীয়");
        renderer.BrowserProcessId.ShouldNotBeNull().ShouldNotBe(first);
    }

    [Fact]
    public async Task Concurrent_documents_are_bounded_by_the_pool()
    {
        await using var renderer = NewRenderer(o => o.PdfConcurrency = 2);

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => renderer.RenderAsync(Html($"<p>নথি {i}</p>"), PdfPageSetup.A4Portrait)));

        pdfs.Select((b, i) => new PdfFile(b).Text().Contains($"নথি {i + 1}")).ShouldAllBe(ok => ok);
        renderer.PeakConcurrency.ShouldBe(2);
    }
}
