using System.Net;
using System.Text.RegularExpressions;
using Protishruti.Domain.Access;
using Protishruti.Tests.Features.Manage;
using Protishruti.Web.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Monitoring.Reports;

namespace Protishruti.Tests.Documents;

/// <summary>
/// Every DOCX the app hands out, opened in LibreOffice and printed: no word is broken across lines because a column
/// is too narrow for it (the progress report's "মান", "একক", "সংখ্যা" came out as "মা/ন", "এক/ক", "সংখ/্যা"), and the
/// wide report keeps several indicator rows on a page instead of one.
/// </summary>
public sealed partial class DocxInLibreOfficeTests(SqliteApp app) : AppTests<SqliteApp>(app), IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    /// <summary>
    /// The printed lines without spaces (pdftotext puts spaces inside words where the font's glyph order differs
    /// from the text's), so a word is whole when it is inside one line.
    /// </summary>
    private static List<string> Lines(PdfFile pdf) =>
        pdf.Text().Split('\n').Select(l => Spaces().Replace(l, "")).Where(l => l.Length > 0).ToList();

    private static void EveryWordIsWhole(IReadOnlyList<string> lines, IEnumerable<string> texts, string document)
    {
        var broken = texts.SelectMany(t => Spaces().Split(t))
            .Where(w => w.Length > 1)
            .Distinct()
            .Where(w => !lines.Any(l => l.Contains(w, StringComparison.Ordinal)))
            .ToList();
        broken.ShouldBeEmpty($"{document}: words split across lines in LibreOffice");
    }

    [Fact]
    public async Task The_progress_report_opens_in_LibreOffice_with_whole_words_and_several_rows_a_page()
    {
        var office = await App.NewOfficeAsync("dc-natore", ("editor.dc-natore", OfficeRole.Editor));
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var pdf = await LibreOffice.PrintAsync(await DownloadAsync(editor, $"/offices/{office.Code}/monitoring/2024-25/q1/report.docx"), Ct);

        var lines = Lines(pdf);
        EveryWordIsWhole(lines, ProgressReportDocument.Columns.Append("সংখ্যা"), "progress report");
        var (w, h) = pdf.PageSize;
        w.ShouldBeGreaterThan(h);
        // Six indicator rows: at one row a page (the 12-point text in fifteen narrow columns) they took five pages.
        pdf.Pages.ShouldBeLessThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("notice")]
    [InlineData("minutes")]
    [InlineData("office-order")]
    public async Task The_sample_documents_open_in_LibreOffice_with_their_text_whole(string sample)
    {
        var pdf = await LibreOffice.PrintAsync(await DownloadAsync(App.Browser(), Protishruti.Web.Links.Samples.Docx(sample)), Ct);
        var lines = Lines(pdf);
        lines.ShouldContain(l => l.Contains("গণপ্রজাতন্ত্রীবাংলাদেশসরকার", StringComparison.Ordinal));
        var words = sample switch
        {
            "minutes" => MeetingMinutes.DecisionColumns.Concat(MeetingMinutes.AttendanceColumns),
            "office-order" => OfficeOrder.MemberColumns,
            _ => ["সভাপতি", "সভার"],
        };
        EveryWordIsWhole(lines, words, sample);
    }

    [Fact]
    public async Task The_charter_opens_in_LibreOffice_with_its_column_headings_whole()
    {
        var office = (await App.WithDbAsync(db => db.PublicOfficeAsync("dc-natore")))!;
        var version = (await App.WithDbAsync(db => db.PublishedVersionAsync(office.Id)))!;
        var pdf = await LibreOffice.PrintAsync(await DownloadAsync(App.Browser(), Protishruti.Web.Links.Charters.Docx("dc-natore")), Ct);
        EveryWordIsWhole(Lines(pdf), CharterColumns.For(version.Layout).Select(c => c.Bn), "charter");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
