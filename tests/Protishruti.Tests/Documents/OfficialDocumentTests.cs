using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Documents.Templates;
using Protishruti.Web.Features.Charters.Public;
using static Protishruti.Tests.Infrastructure.CharterBuilder;

namespace Protishruti.Tests.Documents;

/// <summary>
/// The notice, minutes and office order as print-ready pages and DOCX, from the sample of the Natore meeting and from
/// bad input; the published charter as DOCX.
/// </summary>
public abstract partial class OfficialDocumentTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly string MinutesMemoDateBangla = OfficialDate.BanglaLine(Samples.MinutesIssued);

    /// <summary>A 2,000-character discussion in the 7th of 200 decisions.</summary>
    private static readonly string LongText = string.Concat(Enumerable.Repeat("সেবা প্রদান প্রতিশ্রুতি হালনাগাদ। ", 80))[..2000];

    private static MeetingMinutes LongMinutes => Samples.Minutes() with
    {
        Items = Enumerable.Range(1, 200)
            .Select(i => new MinutesItem(null, i == 7 ? LongText : $"আলোচনা {i}", [$"সিদ্ধান্ত {i}"], [$"বাস্তবায়নকারী {i}"])).ToList(),
    };

    private async Task<string> PageText(string url)
    {
        var response = await App.Browser().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html[..Math.Min(400, html.Length)]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("href=\"/css/print.css\"");
        return html;
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    private static List<string> TableRows(string html, string tableClass)
    {
        var table = Regex.Match(html, $"<table class=\"grid {tableClass}\">(.*?)</table>", RegexOptions.Singleline);
        table.Success.ShouldBeTrue($"no {tableClass} table");
        var body = Regex.Match(table.Groups[1].Value, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(body, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => Normalize(Text(m.Groups[1].Value))).ToList();
    }

    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    private async Task<string> RenderAsync<T>(object model) where T : IComponent
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentHtml>().RenderAsync<T>(new Dictionary<string, object?> { ["Model"] = model });
    }

    private async Task<byte[]> Download(string url, string contentType = OfficialDocx.ContentType)
    {
        var response = await App.Browser().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_minutes_page_prints_the_meeting_its_decisions_memo_number_and_both_dates()
    {
        var html = await PageText("/documents/samples/minutes");
        var text = Normalize(Text(html));
        text.ShouldContain("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
        text.ShouldContain("জেলা প্রশাসকের কার্যালয়, নাটোর (সাধারণ শাখা) www.natore.gov.bd");
        text.ShouldContain("সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক সভার কার্যবিবরণী");
        text.ShouldContain("সভাপতি : রুমানা চৌধুরী, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর ও ফোকাল পয়েন্ট কর্মকর্তা");
        text.ShouldContain("তারিখ : ৫ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ / ২০ নভেম্বর ২০২২ খ্রিষ্টাব্দ"); // the meeting, both calendars
        text.ShouldContain("সময় : দুপুর ১২:৩০ টা");
        text.ShouldContain("উপস্থিতি : পরিশিষ্ট ‘ক’");
        text.ShouldContain("স্মারক নম্বর: ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮");
        text.ShouldContain("তারিখ: ৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ ২২ নভেম্বর ২০২২ খ্রিষ্টাব্দ"); // the memo: ৭, not the ০৬ the real memo printed
        text.ShouldContain("অনুলিপি (জ্যেষ্ঠতার ক্রমানুসারে নয়):");
        text.ShouldContain("১। বিভাগীয় কমিশনার, রাজশাহী বিভাগ, রাজশাহী: সদয় অবগতির জন্য।");
        text.ShouldContain("৩। উপজেলা নির্বাহী অফিসার (সকল), নাটোর: অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য।");
        text.ShouldContain("(মৌসুমী রহমান) সিনিয়র সহকারী কমিশনার ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তা");
        text.ShouldContain("ফোন: +৮৮০-৬৭২-১৫১৩৫৬");
        text.ShouldContain("নমুনা"); // the page says it is a sample
        html.ShouldNotContain("screen-note"); // nothing is missing

        var rows = TableRows(html, "decisions");
        rows.Count.ShouldBe(4);
        rows[0].ShouldStartWith("০১ আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ: আওতাধীন উপজেলা");
        rows[0].ShouldEndWith("উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        rows[1].ShouldContain("১) প্রতিটি উপজেলা নির্বাহী অফিসারের কার্যালয়ের");
        rows[1].ShouldContain("২) সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর");
        rows[3].ShouldStartWith("০৪ সভায় সেবা প্রদান প্রতিশ্রুতি নিয়মিত হালনাগাদকরণের");
        html.ShouldContain("<th scope=\"col\">বাস্তবায়নকারী</th>");

        var attendance = TableRows(html, "attendance");
        attendance.Count.ShouldBe(Samples.Minutes().Attendance.Count);
        attendance[4].ShouldBe("৫ সাবরিনা ইসলাম উপজেলা নির্বাহী অফিসার নাটোর সদর, নাটোর");
    }

    [Fact]
    public async Task The_minutes_PDF_has_the_same_Bengali_text_memo_number_both_dates_and_decision_rows()
    {
        var pdf = new PdfFile(await Download("/documents/samples/minutes.pdf", "application/pdf"));
        pdf.PageSize.ShouldBe((595, 842)); // A4 portrait
        pdf.Pages.ShouldBeGreaterThanOrEqualTo(3); // the attendance appendix starts a page of its own
        pdf.Fonts.ShouldContain("NotoSerifBengali");
        var text = Normalize(pdf.Text());
        text.ShouldContain("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
        text.ShouldContain("সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক সভার কার্যবিবরণী");
        text.ShouldContain("৫ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ / ২০ নভেম্বর ২০২২ খ্রিষ্টাব্দ");
        text.ShouldContain("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮");
        text.ShouldContain(MinutesMemoDateBangla);
        text.ShouldContain(OfficialDate.GregorianLine(Samples.MinutesIssued));
        text.ShouldContain("জ্যেষ্ঠতার ক্রমানুসারে নয়");
        foreach (var heading in MeetingMinutes.DecisionColumns) text.ShouldContain(heading);
        text.ShouldContain("০১ আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        text.ShouldContain("০৪ সভায় সেবা প্রদান প্রতিশ্রুতি নিয়মিত হালনাগাদকরণের");
        text.ShouldContain("সংশ্লিষ্ট দপ্তর প্রধান (সকল)");
        text.ShouldContain("নাজমুল হুদা"); // the last attendee, in the appendix
        text.ShouldNotContain("স্মারক নম্বর নেই"); // no screen note on paper
        Normalize(pdf.Text(page: pdf.Pages)).ShouldStartWith("পরিশিষ্ট ‘ক’");
    }

    [Fact]
    public async Task The_notice_and_office_order_PDFs_carry_their_memo_numbers_and_dates()
    {
        var notice = Normalize(new PdfFile(await Download("/documents/samples/notice.pdf", "application/pdf")).Text());
        notice.ShouldContain("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৪৫");
        notice.ShouldContain(OfficialDate.BanglaLine(Samples.NoticeIssued));
        notice.ShouldContain("সভার নোটিশ");
        notice.ShouldContain("দুপুর ১২:৩০ টা");
        var order = Normalize(new PdfFile(await Download("/documents/samples/office-order.pdf", "application/pdf")).Text());
        order.ShouldContain("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৬১২");
        order.ShouldContain("২৬ শ্রাবণ ১৪২৯ বঙ্গাব্দ");
        order.ShouldContain("১০ আগস্ট ২০২২ খ্রিষ্টাব্দ");
        order.ShouldContain("বিকল্প ফোকাল পয়েন্ট কর্মকর্তা ও সদস্য সচিব");
    }

    [Fact]
    public async Task Two_hundred_decisions_paginate_in_the_PDF_with_every_row_and_the_long_cell_whole()
    {
        var html = await RenderAsync<MinutesDocument>(LongMinutes);
        var pdf = new PdfFile(await App.Services.GetRequiredService<IPdfRenderer>().RenderAsync(html, PdfPageSetup.A4Portrait));
        pdf.Pages.ShouldBeGreaterThan(5);
        var text = Normalize(pdf.Text());
        for (var i = 1; i <= 200; i++) text.ShouldContain($"সিদ্ধান্ত {i} বাস্তবায়নকারী {i}");
        // The long cell may now go on overleaf (ADR 0047): every sentence of it is there, in either part.
        var sentences = LongText.Split("হালনাগাদ।").Length - 1;
        (Spaces().Replace(text, "").Split("সেবাপ্রদানপ্রতিশ্রুতিহালনাগাদ।").Length - 1).ShouldBeGreaterThanOrEqualTo(sentences - 1); // one may be cut at the page edge
        // The table's heading is repeated at the top of later pages.
        Normalize(pdf.Text(page: 4)).ShouldContain("ক্রমিক আলোচনা সিদ্ধান্ত বাস্তবায়নকারী");
    }

    /// <summary>
    /// A decision row longer than a page starts on page 1 under the header instead of leaving it half blank, its serial
    /// with its first lines, and goes on overleaf under the repeated heading (ADR 0047).
    /// </summary>
    [Fact]
    public async Task A_decision_row_longer_than_a_page_starts_on_the_first_page_and_goes_on_under_the_repeated_heading()
    {
        var filler = string.Concat(Enumerable.Range(1, 140).Select(i => $"অনুচ্ছেদ {BengaliDigits.ToBengali(i)}: সেবা প্রদান প্রতিশ্রুতি হালনাগাদ ও প্রকাশ।\n"));
        var minutes = Samples.Minutes() with
        {
            Items =
            [
                new MinutesItem(null, "পূর্ববর্তী সভার কার্যবিবরণী দৃঢ়ীকরণ।", ["কার্যবিবরণী দৃঢ়ীকরণ করা হয়।"], ["সকল"]),
                new MinutesItem(null, "দীর্ঘ আলোচনার প্রথম লাইন।\n" + filler + "দীর্ঘ আলোচনার শেষ লাইন।", ["দীর্ঘ সিদ্ধান্ত।"], ["সংশ্লিষ্ট সকল"]),
            ],
        };
        var pdf = new PdfFile(await App.Services.GetRequiredService<IPdfRenderer>().RenderAsync(await RenderAsync<MinutesDocument>(minutes), PdfPageSetup.A4Portrait));
        pdf.Pages.ShouldBeGreaterThan(2);
        var first = Normalize(pdf.Text(page: 1));
        first.ShouldContain("দীর্ঘ আলোচনার প্রথম লাইন।");
        first.ShouldContain("অনুচ্ছেদ ৩:"); // the row's first lines stay with it, not just one
        first.ShouldMatch(@"(০২|২)[.।]?\s+দীর্ঘ আলোচনার প্রথম লাইন"); // its serial beside them
        var second = Normalize(pdf.Text(layout: true, page: 2));
        second.ShouldContain("ক্রমিক আলোচনা সিদ্ধান্ত বাস্তবায়নকারী");
        second.ShouldContain("অনুচ্ছেদ");
        Normalize(pdf.Text()).ShouldContain("দীর্ঘ আলোচনার শেষ লাইন।");
    }

    /// <summary>
    /// The minutes' DOCX prints the decision table as the PDF does (ADR 0048): the subject's lead in bold before the
    /// discussion, a list line ("ক)", "১.", "-") hanging under its serial, and the columns in the PDF's proportions
    /// (serial 15 mm of 180, discussion 42 %, implementer 22 %).
    /// </summary>
    [Fact]
    public void The_minutes_DOCX_has_the_bold_subject_hanging_list_lines_and_the_PDFs_column_widths()
    {
        var minutes = Samples.Minutes() with
        {
            Items = [new MinutesItem("সেবা বক্স", "ওয়েবসাইট হালনাগাদ নয়:\nক) সেবা বক্স নেই\nখ) অভিযোগ প্রতিকার ব্যবস্থার তথ্য নেই", ["হালনাগাদ করতে হবে।"], ["সকল"])],
        };
        using var docx = new DocxReader(OfficialDocx.Minutes(minutes));
        var table = docx.TableWithHeader(MeetingMinutes.DecisionColumns);
        var cell = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ElementAt(1)
            .Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ElementAt(1);
        var paragraphs = cell.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        paragraphs.Select(p => p.InnerText).ShouldBe(["সেবা বক্স: ওয়েবসাইট হালনাগাদ নয়:", "ক) সেবা বক্স নেই", "খ) অভিযোগ প্রতিকার ব্যবস্থার তথ্য নেই"]);
        var lead = paragraphs[0].Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().First();
        lead.InnerText.ShouldBe("সেবা বক্স: ");
        lead.RunProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Bold>().ShouldNotBeNull();
        paragraphs[0].Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Skip(1)
            .ShouldAllBe(r => r.RunProperties == null || r.RunProperties.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Bold>() == null);
        string? Hanging(DocumentFormat.OpenXml.Wordprocessing.Paragraph p) => p.ParagraphProperties?.Indentation?.Hanging?.Value;
        Hanging(paragraphs[0]).ShouldBeNull();
        Hanging(paragraphs[1]).ShouldBe("340");
        Hanging(paragraphs[2]).ShouldBe("340");

        var widths = table.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()!.Elements<DocumentFormat.OpenXml.Wordprocessing.GridColumn>()
            .Select(c => double.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var total = widths.Sum();
        (widths[1] / total).ShouldBe(0.42, 0.02); // discussion
        (widths[2] / total).ShouldBe(0.28, 0.02); // decision
        (widths[3] / total).ShouldBe(0.22, 0.02); // implementer
    }

    /// <summary>Words with a reph (র্ over the next consonant) come back whole from the PDF's text (ADR 0047).</summary>
    [Fact]
    public async Task Words_with_a_reph_come_back_whole_from_the_PDF()
    {
        string[] words = ["অর্জন", "কর্তৃক", "কর্মকর্তা", "বর্তমান", "সর্বশেষ", "পূর্বে", "নির্বাহী", "অর্থবছর", "কার্যক্রম"];
        var minutes = Samples.Minutes() with
        {
            Items = [new MinutesItem(null, string.Join(" ", words), ["লক্ষ্যমাত্রা অর্জন জেলা প্রশাসক কর্তৃক যাচাই করা হবে।"], ["সকল"])],
        };
        var pdf = new PdfFile(await App.Services.GetRequiredService<IPdfRenderer>().RenderAsync(await RenderAsync<MinutesDocument>(minutes), PdfPageSetup.A4Portrait));
        var text = Normalize(pdf.Text());
        foreach (var w in words) text.ShouldContain($" {w}", customMessage: w);
        text.ShouldContain("লক্ষ্যমাত্রা অর্জন জেলা প্রশাসক কর্তৃক যাচাই করা হবে।");
    }

    [Fact]
    public async Task The_notice_and_office_order_pages_print_their_memo_date_and_content()
    {
        var notice = Normalize(Text(await PageText("/documents/samples/notice")));
        notice.ShouldContain("স্মারক নম্বর: ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৪৫");
        notice.ShouldContain($"তারিখ: {OfficialDate.BanglaLine(Samples.NoticeIssued)} {OfficialDate.GregorianLine(Samples.NoticeIssued)}");
        notice.ShouldContain("সভার নোটিশ");
        notice.ShouldContain("তারিখ : ৫ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ / ২০ নভেম্বর ২০২২ খ্রিষ্টাব্দ (রবিবার)");
        notice.ShouldContain("স্থান : সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর");
        notice.ShouldContain("আলোচ্যসূচি: ১। আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        notice.ShouldContain("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়): ১। উপজেলা নির্বাহী অফিসার, নাটোর সদর, নাটোর");

        var orderHtml = await PageText("/documents/samples/office-order");
        var order = Normalize(Text(orderHtml));
        order.ShouldContain("স্মারক নম্বর: ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৬১২");
        order.ShouldContain("তারিখ: ২৬ শ্রাবণ ১৪২৯ বঙ্গাব্দ ১০ আগস্ট ২০২২ খ্রিষ্টাব্দ");
        order.ShouldContain("অফিস আদেশ");
        order.ShouldContain("জনস্বার্থে জারিকৃত এ আদেশ অবিলম্বে কার্যকর হবে।");
        order.ShouldContain("(আরিফ খান) জেলা প্রশাসক নাটোর");
        var members = TableRows(orderHtml, "members");
        members.Count.ShouldBe(5);
        members[4].ShouldBe("৫ মৌসুমী রহমান সিনিয়র সহকারী কমিশনার (সাধারণ শাখা), নাটোর বিকল্প ফোকাল পয়েন্ট কর্মকর্তা ও সদস্য সচিব");

        (await App.Browser().GetAsync("/documents/samples/letter")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The samples are found from the home page, each in its three forms.
        (await App.Browser().GetStringAsync("/")).ShouldContain("href=\"/documents/samples\"");
        var index = await App.Browser().GetStringAsync("/documents/samples");
        foreach (var kind in SampleDocumentEndpoints.Kinds)
            foreach (var suffix in new[] { "", ".pdf", ".docx" })
                index.ShouldContain($"href=\"/documents/samples/{kind}{suffix}\"");
    }

    [Fact]
    public async Task The_minutes_DOCX_has_a_real_decisions_table_with_a_repeated_header_Bengali_fonts_and_a_portrait_A4_page()
    {
        using var docx = new DocxReader(await Download("/documents/samples/minutes.docx"));
        docx.ValidationErrors().ShouldBeEmpty();
        var table = docx.TableWithHeader(MeetingMinutes.DecisionColumns);
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        DocxReader.IsRepeatedHeader(rows[0]).ShouldBeTrue();
        rows.Skip(1).ShouldAllBe(r => !DocxReader.IsRepeatedHeader(r));
        DocxReader.CannotSplit(rows[0]).ShouldBeTrue();
        rows.Skip(1).ShouldAllBe(r => !DocxReader.CannotSplit(r)); // a long row goes on overleaf, as in the PDF (ADR 0047)
        var cells = DocxReader.Cells(table);
        cells.Count.ShouldBe(5);
        cells[1][0].ShouldBe("০১");
        cells[1][1].ShouldStartWith("আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ: ");
        cells[2][2].ShouldStartWith("১) প্রতিটি উপজেলা নির্বাহী অফিসারের কার্যালয়ের");
        cells[2][3].ShouldBe("১) উপজেলা নির্বাহী অফিসার (সকল), নাটোর\n২) সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর");
        DocxReader.Cells(docx.TableWithHeader(MeetingMinutes.AttendanceColumns)).Count.ShouldBe(Samples.Minutes().Attendance.Count + 1);

        docx.DefaultFonts.ComplexScript!.Value.ShouldBe(DocxBuilder.BengaliFont);
        docx.DefaultFonts.Ascii!.Value.ShouldBe(DocxBuilder.BengaliFont);
        docx.DefaultLanguages.Bidi!.Value.ShouldBe("bn-BD");
        docx.StyleIds.ShouldContain("Normal");
        docx.StyleIds.ShouldContain("Title");
        docx.StyleIds.ShouldContain("Heading1");
        docx.StyleIds.ShouldContain("TableGrid");
        docx.PageSize.Width!.Value.ShouldBe(11906u);
        docx.PageSize.Orient!.Value.ShouldBe(DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Portrait);
        docx.FooterText.ShouldStartWith("পৃষ্ঠা ");
        var text = docx.Text;
        text.ShouldContain("স্মারক নম্বর: ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮");
        text.ShouldContain($"তারিখ: {MinutesMemoDateBangla}\n{OfficialDate.GregorianLine(Samples.MinutesIssued)}");
        text.ShouldContain("অনুলিপি (জ্যেষ্ঠতার ক্রমানুসারে নয়):");
    }

    [Fact]
    public async Task The_notice_and_office_order_DOCX_carry_their_memo_dates_and_members_table()
    {
        using (var notice = new DocxReader(await Download("/documents/samples/notice.docx")))
        {
            notice.ValidationErrors().ShouldBeEmpty();
            notice.Text.ShouldContain("স্মারক নম্বর: ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৪৫");
            notice.Text.ShouldContain("৫ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ / ২০ নভেম্বর ২০২২ খ্রিষ্টাব্দ (রবিবার)");
            notice.Text.ShouldContain("১। আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        }
        using var order = new DocxReader(await Download("/documents/samples/office-order.docx"));
        order.ValidationErrors().ShouldBeEmpty();
        var members = DocxReader.Cells(order.TableWithHeader(OfficeOrder.MemberColumns));
        members.Skip(1).Select(r => r[1]).ShouldBe(Samples.OfficeOrder().Members.Select(m => m.Name));
        order.Text.ShouldContain("অফিস আদেশ");
        order.Text.ShouldContain("১০ আগস্ট ২০২২ খ্রিষ্টাব্দ");
    }

    [Fact]
    public async Task The_charter_DOCX_has_the_published_services_in_the_offices_layout_on_landscape_pages()
    {
        var office = (await App.WithDbAsync(db => db.PublicOfficeAsync("dc-natore")))!;
        var version = (await App.WithDbAsync(db => db.PublishedVersionAsync(office.Id)))!;
        using var docx = new DocxReader(await Download("/offices/dc-natore/charter.docx"));
        docx.ValidationErrors().ShouldBeEmpty();
        docx.PageSize.Orient!.Value.ShouldBe(DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Landscape);
        (docx.PageSize.Width!.Value > docx.PageSize.Height!.Value).ShouldBeTrue();

        var headings = CharterColumns.For(version.Layout).Select(c => c.Bn).ToList();
        var serviceTables = docx.Tables.Where(t => DocxReader.Cells(t)[0].SequenceEqual(headings)).ToList();
        var categories = Enum.GetValues<ServiceCategory>().Where(c => version.ServicesIn(c).Any()).ToList();
        categories.Count.ShouldBe(3); // the demo office publishes all three kinds
        serviceTables.Count.ShouldBe(3);
        var nameColumn = headings.IndexOf(CharterColumns.For(version.Layout).Single(c => c.Column == CharterColumn.Name).Bn);
        for (var i = 0; i < categories.Count; i++)
        {
            var rows = serviceTables[i].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
            rows.Take(2).ShouldAllBe(r => DocxReader.IsRepeatedHeader(r)); // headings and (১)…(৮)
            DocxReader.Cells(serviceTables[i]).Skip(2).Select(r => r[nameColumn])
                .ShouldBe(version.ServicesIn(categories[i]).Select(s => s.NameBn));
        }
        var text = docx.Text;
        text.ShouldContain("জেলা প্রশাসকের কার্যালয়, নাটোর");
        text.ShouldContain("সেবা প্রদান প্রতিশ্রুতি (সিটিজেনস চার্টার)");
        text.ShouldContain(OfficialDate.Line(PublicCharters.BangladeshDate(version.PublishedAt!.Value)));
        text.ShouldContain("অভিযোগ প্রতিকার ব্যবস্থাপনা");
        DocxReader.Cells(docx.TableWithHeader(CharterColumns.Grievance.Select(c => c.Bn).ToList())).Count.ShouldBe(version.GrievanceLevels.Count + 1);
    }

    [Fact]
    public async Task A_charter_of_200_services_with_a_2000_character_cell_is_whole_in_the_DOCX()
    {
        var office = await App.NewOfficeAsync();
        await App.WriteCharterAsync(office.Id, d =>
        {
            d.SetVisionAndMission("সবার জন্য দ্রুত সেবা", null, "সময়মতো স্বচ্ছ সেবা", null);
            for (var i = 1; i <= 200; i++)
            {
                var s = AddService(d, ServiceCategory.Citizen, $"সেবা {i}", office.OfficerPostId, office.HeadPostId);
                if (i == 7) s.SetDeliveryMethod(new DeliveryMethod(LongText, null, DeliveryChannels.InPerson));
            }
            d.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান");
        }, LayoutProfile.Hq7);
        using var docx = new DocxReader(await Download($"/offices/{office.Code}/charter.docx"));
        docx.ValidationErrors().ShouldBeEmpty();
        var columns = CharterColumns.For(LayoutProfile.Hq7);
        var cells = DocxReader.Cells(docx.TableWithHeader(columns.Select(c => c.Bn).ToList()));
        cells.Count.ShouldBe(202);
        cells[201][1].ShouldBe("সেবা 200");
        cells[201][0].ShouldBe("২০০");
        var method = columns.ToList().FindIndex(c => c.Column == CharterColumn.Method);
        cells[8][method].ShouldStartWith(LongText);
        cells[2][columns.Count - 1].ShouldContain(office.OfficerName); // the responsible officer, today's holder
    }

    [Fact]
    public async Task An_office_without_a_published_charter_gets_a_404_in_both_languages_not_a_DOCX()
    {
        var office = await App.NewOfficeAsync();
        foreach (var url in new[] { $"/offices/{office.Code}/charter.docx", "/offices/no-such-office/charter.docx" })
        {
            var response = await App.Browser().GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldContain("প্রকাশিত সেবা প্রদান প্রতিশ্রুতি নেই");
            body.ShouldContain("No published Citizen Charter");
        }
    }

    [Fact]
    public async Task Two_hundred_decisions_and_a_2000_character_cell_render_completely_in_the_page_and_the_DOCX()
    {
        var minutes = LongMinutes;

        var html = await RenderAsync<MinutesDocument>(minutes);
        var rows = TableRows(html, "decisions");
        rows.Count.ShouldBe(200);
        rows[6].ShouldContain(Normalize(LongText));
        rows[199].ShouldBe("২০০ আলোচনা 200 সিদ্ধান্ত 200 বাস্তবায়নকারী 200");

        using var docx = new DocxReader(OfficialDocx.Minutes(minutes));
        var cells = DocxReader.Cells(docx.TableWithHeader(MeetingMinutes.DecisionColumns));
        cells.Count.ShouldBe(201);
        cells[7][1].ShouldBe(LongText);
        cells[200][0].ShouldBe("২০০");
    }

    [Fact]
    public async Task A_missing_memo_number_or_logo_leaves_a_blank_and_says_what_to_configure()
    {
        var order = Samples.OfficeOrder() with
        {
            Memo = new MemoLine(null, Samples.OrderIssued),
            Letterhead = Samples.Letterhead with { LogoPath = "/img/no-such-logo.png" },
        };
        var html = await RenderAsync<OfficeOrderDocument>(order);
        html.ShouldNotContain("<img");
        var text = Normalize(Text(html));
        text.ShouldContain("স্মারক নম্বর:");
        text.ShouldContain(OfficialDate.BanglaLine(Samples.OrderIssued)); // the rest of the document is all there
        text.ShouldContain("অফিস আদেশ");
        text.ShouldContain("স্মারক নম্বর নেই: দপ্তরের স্মারক নথি নম্বর");
        text.ShouldContain("No memo number: configure the office's memo file");
        text.ShouldContain("The logo file '/img/no-such-logo.png' was not found");
        html.ShouldContain("<aside class=\"screen-note\""); // never printed: print CSS hides it

        using var docx = new DocxReader(OfficialDocx.OfficeOrder(order));
        docx.Text.ShouldContain("স্মারক নম্বর: ………………………………");
        docx.ValidationErrors().ShouldBeEmpty();

        // A number typed with the spaces of the real memo ("…২১. ৭৬৮") and ASCII digits prints cleanly in Bengali.
        new MemoLine("05.43.6900.006.32.001.21. 768", Samples.MinutesIssued).NumberText.ShouldBe(Samples.MinutesMemo);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public sealed class OfficialDocumentTests_Sqlite(SqliteApp app) : OfficialDocumentTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class OfficialDocumentTests_Postgres(PostgresApp app) : OfficialDocumentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
