using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Protishruti.Web.Features.Import;

namespace Protishruti.Tests.Features.Import;

public sealed class DocumentReaderTests
{
    [Fact]
    public void A_Word_file_converts_its_Bijoy_runs_by_font_and_keeps_its_Unicode_and_English_runs()
    {
        var docx = DocxSpec.Build("জেলা প্রশাসকের কার্যালয় «MJ:‡Rjv cÖkvmK» Zoom\n«MJ:µwgK»\t«MJ:wm×všÍ»\n১\t«MJ:mfv mgvß nq|» Meeting ID 123");
        var text = DocumentReader.Docx(new MemoryStream(docx));
        text.Text.ShouldBe("জেলা প্রশাসকের কার্যালয় জেলা প্রশাসক Zoom\nক্রমিক\tসিদ্ধান্ত\n১\tসভা সমাপ্ত হয়। Meeting ID 123".Normalize(NormalizationForm.FormC));
        text.Warnings.ShouldContain(w => w.Contains("Bijoy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_portal_page_loses_its_menus_text_size_and_footer_and_keeps_its_table_as_rows()
    {
        var html = """
            <html><body><ul class="menu"><li>প্রথম পাতা</li><li>নোটিশ</li></ul>
            <div class="font-size">Text size A A+ A-</div>
            <div id="content"><p>সভার কার্যবিবরণী</p>
            <table><tr><th>ক্রমিক</th><th>সিদ্ধান্ত</th></tr><tr><td>১</td><td><p>প্রথম লাইন</p><p>দ্বিতীয় লাইন</p></td></tr></table></div>
            <div class="footer-area">পরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস</div>
            <p>পরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই</p>
            </body></html>
            """;
        var text = DocumentReader.FromString(html, html: true).Text;
        text.ShouldBe("সভার কার্যবিবরণী\n\nক্রমিক\tসিদ্ধান্ত\n১\tপ্রথম লাইন দ্বিতীয় লাইন");
    }

    [Fact]
    public void JSON_escapes_from_a_portal_answer_are_undone()
    {
        var escaped = "<p>\\u09b8\\u09ad\\u09be\\u09aa\\u09a4\\u09bf : \\u099c\\u09c7\\u09b2\\u09be \\u09aa\\u09cd\\u09b0\\u09b6\\u09be\\u09b8\\u0995<\\/p>\\r\\n<p>\\u09a4\\u09be\\u09b0\\u09bf\\u0996 : \\u09e8\\u09e6/\\u09e7\\u09e7/\\u09e8\\u09e6\\u09e8\\u09e8<\\/p>";
        var result = DocumentReader.FromString(escaped);
        result.Text.ShouldBe("সভাপতি : জেলা প্রশাসক\n\nতারিখ : ২০/১১/২০২২");
        result.Warnings.ShouldContain(w => w.Contains("JSON escapes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Bijoy_text_file_saved_as_ANSI_is_read_as_Windows_1252()
    {
        var bytes = Encoding.Latin1.GetBytes("Dc\u0087Rjv wbe©vnx Awdmvi\r\nmfvcwZ");
        DocumentReader.FromBytes(bytes, ".txt").Text.ShouldBe("উপজেলা নির্বাহী অফিসার\nসভাপতি");
    }

    [Fact]
    public void Pipe_tables_become_tab_separated_rows()
    {
        DocumentReader.FromString("| ক্রমিক | সিদ্ধান্ত |\n|---|---|\n| ১ | হালনাগাদ করতে হবে |").Text
            .ShouldBe("ক্রমিক\tসিদ্ধান্ত\n১\tহালনাগাদ করতে হবে");
    }

    [Fact]
    public async Task A_PDF_without_pdftotext_gets_a_message_saying_what_to_install()
    {
        var result = await DocumentReader.PdfAsync("any.pdf", TestContext.Current.CancellationToken, pdftotext: "pdftotext-not-installed-here");
        result.Text.ShouldBeEmpty();
        result.Warnings.ShouldHaveSingleItem().ShouldContain("poppler-utils");
    }

    [Fact]
    public async Task A_scanned_PDF_without_a_text_layer_is_reported_as_needing_OCR()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(path, BlankPdf, TestContext.Current.CancellationToken);
        try
        {
            var result = await DocumentReader.ReadFileAsync(path, TestContext.Current.CancellationToken);
            result.Text.ShouldBeEmpty();
            result.Warnings.ShouldHaveSingleItem().ShouldContain("needs OCR");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_doc_file_without_LibreOffice_gets_a_message_saying_what_to_install()
    {
        var result = await DocumentReader.DocAsync("old.doc", TestContext.Current.CancellationToken, soffice: "soffice-not-installed-here");
        result.Text.ShouldBeEmpty();
        result.Warnings.ShouldHaveSingleItem().ShouldContain("libreoffice-writer-nogui");
    }

    [Fact]
    public async Task The_command_prints_text_documents_and_warnings_as_JSON()
    {
        var path = Path.Combine(Path.GetTempPath(), $"minutes-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "সভার কার্যবিবরণী\nতারিখ : ২০/১১/২০২২\n\nক্রমিক\tআলোচনা\tসিদ্ধান্ত\n১\tআলোচনা হয়।\tহালনাগাদ করতে হবে।", TestContext.Current.CancellationToken);
        try
        {
            var stdout = new StringWriter();
            var code = await ParseDocumentCommand.RunAsync([path], stdout, new StringWriter(), new StringReader(""));
            code.ShouldBe(0);
            var json = JsonNode.Parse(stdout.ToString())!;
            json["text"]!.GetValue<string>().ShouldStartWith("সভার কার্যবিবরণী");
            json["warnings"]!.AsArray().ShouldBeEmpty();
            var doc = json["documents"]![0]!;
            doc["kind"]!.GetValue<string>().ShouldBe("minutes");
            doc["date"]!.GetValue<string>().ShouldBe("2022-11-20");
            doc["rows"]![0]!["decision"]!.GetValue<string>().ShouldBe("হালনাগাদ করতে হবে।");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_built_app_parses_a_document_without_a_database_or_a_web_host()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Protishruti.Web.dll");
        var work = Directory.CreateTempSubdirectory("parse-document-");
        try
        {
            var file = Path.Combine(work.FullName, "notice.txt");
            await File.WriteAllTextAsync(file, "সভার নোটিশ\n\nআগামী ২০/১১/২০২২ খ্রি. তারিখ দুপুর ১২:৩০ টায় জেলা প্রশাসকের সম্মেলন কক্ষে সভা অনুষ্ঠিত হবে।", TestContext.Current.CancellationToken);
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { dll, "parse-document", file }) psi.ArgumentList.Add(a);
            // A broken database setting would fail any start of the app that touched it.
            psi.Environment["Database__Provider"] = "Postgres";
            psi.Environment["ConnectionStrings__Postgres"] = "Host=192.0.2.1;Port=1;Timeout=1";
            using var process = Process.Start(psi)!;
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            var doc = JsonNode.Parse(output)!["documents"]![0]!;
            doc["kind"]!.GetValue<string>().ShouldBe("notice");
            doc["meetingDate"]!.GetValue<string>().ShouldBe("2022-11-20");
            doc["meetingTime"]!.GetValue<string>().ShouldBe("12:30");
            doc["venue"]!.GetValue<string>().ShouldBe("জেলা প্রশাসকের সম্মেলন কক্ষ");
            Directory.Exists(Path.Combine(work.FullName, "data")).ShouldBeFalse();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // A one-page PDF with nothing drawn on it: what a scanner's PDF looks like to a text extractor.
    private const string BlankPdf = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;
}
