using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Documents.Docx;

/// <summary>
/// The DOCX of each official document, laid out as its print template is: the same furniture (letterhead, memo line,
/// signature, distribution) written once here, the same order of parts, the same tables.
/// </summary>
public static class OfficialDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string DraftMark = "খসড়া / DRAFT";

    public static byte[] Notice(MeetingNotice n, bool draft = false)
    {
        var doc = new DocxBuilder();
        if (draft) doc.Paragraph(DraftMark, DocxAlign.Center, bold: true);
        Letterhead(doc, n.Letterhead);
        Memo(doc, n.Memo);
        doc.Title(n.Title);
        foreach (var para in n.Body.Replace("\r", "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) doc.Paragraph(para);
        var rows = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(n.Chair)) rows.Add(("সভাপতি", n.Chair));
        rows.Add(("তারিখ", $"{OfficialDate.Line(n.MeetingDate)} ({BanglaTime.Weekday(n.MeetingDate.DayOfWeek)})"));
        rows.Add(("সময়", BanglaTime.Text(n.MeetingTime)));
        if (!string.IsNullOrWhiteSpace(n.Venue)) rows.Add(("স্থান", n.Venue));
        if (!string.IsNullOrWhiteSpace(n.OnlineLink)) rows.Add(("অনলাইন লিংক", n.OnlineLink));
        if (n.ShowsDetails) HeaderBlock(doc, rows);
        if (n.Agenda.Count > 0)
            doc.Paragraph("আলোচ্যসূচি:", DocxAlign.Left, bold: true).Lines(n.Agenda.Select((a, i) => $"{Distribution.Serial(i)} {a}"));
        Signature(doc, n.Signature);
        foreach (var d in n.Distributions) DistributionList(doc, d);
        return doc.ToBytes();
    }

    public static byte[] Minutes(MeetingMinutes m, bool draft = false)
    {
        var doc = new DocxBuilder();
        if (draft) doc.Paragraph(DraftMark, DocxAlign.Center, bold: true);
        Letterhead(doc, m.Letterhead);
        if (m.Layout.PrintsTitle) doc.Title(m.Title);
        HeaderBlock(doc, m.HeaderRows());
        foreach (var p in m.Opening) doc.Paragraph(p);
        // As the PDF: the subject's bold lead, list lines hanging under their serials, rows that go on overleaf.
        doc.Table([m.Layout.PrintedHeadings], m.Items.Select((_, i) => (IReadOnlyList<DocxCell>)m.Cells(i)
            .Select(c => new DocxCell(c.Entries.SelectMany(e => e).ToList(), Center: c.Center, Lead: c.Lead,
                ListIndent: c.Center ? null : MinutesCell.IsListLine)).ToList()), Shares(m.Layout.Columns), rowsSplit: true);
        foreach (var p in m.Closing) doc.Paragraph(p);
        Signature(doc, m.ChairSignature);
        if (m.PrintsMemo) Memo(doc, m.Memo);
        foreach (var d in m.Distributions) DistributionList(doc, d);
        if (m.PrintsMemo) Signature(doc, m.IssuerSignature);
        if (m.PrintsAppendix)
        {
            doc.PageBreak()
                .Lines([MeetingMinutes.AttendanceAppendix], DocxAlign.Right, bold: true)
                .Paragraph($"{m.Title} — উপস্থিত কর্মকর্তাবৃন্দের তালিকা ({OfficialDate.GregorianLine(m.MeetingDate)})", DocxAlign.Center, bold: true)
                .Table([MeetingMinutes.AttendanceColumns], m.Attendance.Select((a, i) => (IReadOnlyList<DocxCell>)
                [
                    new DocxCell([BengaliDigits.ToBengali(i + 1)], Center: true), a.Name, a.Designation, a.Office ?? "",
                ]), [8, 30, 32, 30]);
        }
        return doc.ToBytes();
    }

    /// <summary>
    /// The decision table's column widths, in hundredths, as the PDF's (documents.css: serial 15 mm of 180, discussion
    /// 42 %, implementer 22 %; 3 columns 48 % discussion; 5 columns subject 17 %, discussion 30 %, implementer 18 %).
    /// </summary>
    internal static int[] Shares(int columns) => columns switch
    {
        3 => [8, 48, 44],
        5 => [8, 17, 30, 27, 18],
        _ => [8, 42, 28, 22],
    };

    public static byte[] OfficeOrder(OfficeOrder o)
    {
        var doc = new DocxBuilder();
        Letterhead(doc, o.Letterhead);
        Memo(doc, o.Memo);
        doc.Title(o.Title);
        foreach (var p in o.Body) doc.Paragraph(p);
        if (o.Members.Count > 0)
        {
            doc.Table([Documents.OfficeOrder.MemberColumns], o.Members.Select((m, i) => (IReadOnlyList<DocxCell>)
            [
                new DocxCell([BengaliDigits.ToBengali(i + 1)], Center: true), m.Name, m.Designation, m.Role,
            ]), [8, 28, 38, 26]);
        }
        if (o.Duties.Count > 0)
            doc.Paragraph("কমিটির কার্যপরিধি:", DocxAlign.Left, bold: true).Lines(o.Duties.Select((d, i) => $"{Distribution.Serial(i)} {d}"));
        doc.Paragraph(o.EffectText);
        Signature(doc, o.Signature);
        foreach (var d in o.Distributions) DistributionList(doc, d);
        return doc.ToBytes();
    }

    // ---- furniture ----

    public static void Letterhead(DocxBuilder doc, Letterhead l)
    {
        if (!string.IsNullOrWhiteSpace(l.Motto)) doc.Lines([l.Motto], DocxAlign.Center);
        doc.Lines(new[] { Documents.Letterhead.Government, l.ParentBody }.Concat(l.OfficeLines).Where(s => !string.IsNullOrWhiteSpace(s))!, DocxAlign.Center, bold: true);
        doc.Lines(new[] { l.Section, l.Address, l.Website }.Where(s => !string.IsNullOrWhiteSpace(s))!, DocxAlign.Center);
        doc.Space();
    }

    /// <summary>Memo number left; the date right, Bangla over Gregorian. A missing number is a blank to write in.</summary>
    public static void Memo(DocxBuilder doc, MemoLine memo) =>
        doc.Columns(
        [
            new DocxCell([$"{MemoLine.Label}: {memo.NumberText ?? "………………………………"}"]),
            new DocxCell([$"তারিখ: {memo.BanglaDate}", memo.GregorianDate]),
        ], [55, 45], [DocxAlign.Left, DocxAlign.Right]);

    private static void HeaderBlock(DocxBuilder doc, IReadOnlyList<(string Label, string Value)> rows)
    {
        foreach (var (label, value) in rows)
            doc.Columns([new DocxCell([label], Bold: true), ":", value], [14, 3, 83]);
        doc.Space();
    }

    public static void Signature(DocxBuilder doc, SignatureBlock s) =>
        doc.Space(2).Lines(s.Lines(), DocxAlign.Center, indentTwips: doc.TextWidth / 2).Space();

    public static void DistributionList(DocxBuilder doc, Distribution d)
    {
        doc.Paragraph(d.HeadingLine, DocxAlign.Left, bold: true);
        doc.Lines(d.Recipients.Select((_, i) => $"{d.SerialOf(i)} {d.Line(i)}"));
        doc.Space();
    }
}
