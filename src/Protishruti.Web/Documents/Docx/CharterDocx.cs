using System.Globalization;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Web.Features.Charters.Public;

namespace Protishruti.Web.Documents.Docx;

/// <summary>
/// The published charter as a Word document, in Bengali, for offices that edit their board in Word: the sections of
/// the public page (vision and mission, the three service tables in the office's layout, expectations, the GRS
/// ladder) under the letterhead, with "last updated" in both calendars. Landscape A4, the widest sheet every office
/// printer takes; the tables' header rows repeat on each page.
/// </summary>
public static class CharterDocx
{
    public static byte[] Write(CharterDocument charter)
    {
        var v = charter.Version;
        var doc = new DocxBuilder(PaperSize.A4, landscape: true, marginTwips: 850);
        OfficialDocx.Letterhead(doc, Letterhead.For(charter.Office));
        doc.Title(Ui.T("সেবা প্রদান প্রতিশ্রুতি (সিটিজেনস চার্টার)", "Citizen Charter"));
        doc.Lines(
        [
            $"{Ui.T("সংস্করণ", "Version")} {BengaliDigits.ToBengali(v.Number)} · {Ui.T("সর্বশেষ হালনাগাদ", "Last updated")}: {OfficialDate.Line(charter.PublishedOn)}",
        ], DocxAlign.Center);
        doc.Space();

        var section = 0;
        doc.Heading($"{N(++section)}. {Ui.T("ভিশন ও মিশন", "Vision and mission")}");
        doc.Paragraph($"{BengaliDigits.ToBengali("1.1")} {Ui.T("রূপকল্প (Vision)", "Vision")}: {v.VisionBn ?? "—"}");
        doc.Paragraph($"{BengaliDigits.ToBengali("1.2")} {Ui.T("অভিলক্ষ্য (Mission)", "Mission")}: {v.MissionBn ?? "—"}");

        doc.Heading($"{N(++section)}. {Ui.T("প্রতিশ্রুত সেবাসমূহ", "Services we promise")}");
        var columns = CharterColumns.For(v.Layout);
        var shares = columns.Select(c => Share(c.Column)).ToList();
        foreach (var category in Enum.GetValues<ServiceCategory>())
        {
            doc.Heading($"{BengaliDigits.ToBengali($"2.{(int)category}")} {category.Name(bengali: true)}", 2);
            var services = v.ServicesIn(category).ToList();
            if (services.Count == 0)
            {
                doc.Paragraph(Ui.T("এই ধরনের কোনো সেবা নেই।", "No services of this kind."));
                continue;
            }
            doc.Table(
                [columns.Select(c => c.Bn).ToList(), columns.Select((_, i) => $"({N(i + 1)})").ToList()],
                services.Select(s => (IReadOnlyList<DocxCell>)columns
                    .Select(c => new DocxCell(CharterCellText.Lines(charter, s, c.Column, bengali: true), Center: c.Column == CharterColumn.Serial))
                    .ToList()),
                shares);
        }
        if (charter.Subordinates.Count > 0)
        {
            doc.Heading($"{BengaliDigits.ToBengali("2.4")} {Ui.T("আওতাধীন দপ্তরের সেবা", "Services of subordinate offices")}", 2);
            foreach (var sub in charter.Subordinates)
                doc.Paragraph($"{sub.Office.Name(bengali: true)}: {string.Join(", ", sub.Services.Select(s => s.NameBn))}", DocxAlign.Left);
        }

        doc.Heading($"{N(++section)}. {Ui.T("আপনার কাছে আমাদের প্রত্যাশা", "What we expect from you")}");
        var expectations = v.Expectations.OrderBy(e => e.Order).ToList();
        if (expectations.Count == 0) doc.Paragraph("—");
        else
            doc.Table([[Ui.T("ক্রমিক", "No."), Ui.T("প্রতিশ্রুত/কাঙ্ক্ষিত সেবা প্রাপ্তির লক্ষ্যে করণীয়", "What to do to receive the promised service")]],
                expectations.Select(e => (IReadOnlyList<DocxCell>)[new DocxCell([N(e.Order)], Center: true), e.Text(bengali: true)]),
                [8, 92]);

        doc.Heading($"{N(++section)}. {Ui.T("অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস)", "Grievance redress (GRS)")}");
        doc.Paragraph(Ui.T("সেবা প্রাপ্তিতে অসন্তুষ্ট হলে দায়িত্বপ্রাপ্ত কর্মকর্তার সঙ্গে যোগাযোগ করুন। তার কাছ থেকে সমাধান পাওয়া না গেলে নিম্নোক্ত পদ্ধতিতে যোগাযোগ করে আপনার সমস্যা অবহিত করুন।", "If you are not satisfied with a service, contact the responsible officer. If they do not resolve it, report your problem as follows."));
        doc.Table([CharterColumns.Grievance.Select(c => c.Bn).ToList()],
            v.GrievanceLevels.OrderBy(g => g.Order).Select(g => (IReadOnlyList<DocxCell>)
            [
                new DocxCell([N(g.Order)], Center: true),
                g.WhenBn,
                new DocxCell([.. g.WhomBn is null ? [] : new[] { g.WhomBn }, .. g.WhomPostId is null ? [] : CharterCellText.Officer(charter.Contact(g.WhomPostId), true)]),
                g.AddressBn ?? "—",
                g.ResolutionLimit?.Describe(bengali: true) ?? "—",
            ]),
            [6, 24, 30, 25, 15]);
        return doc.ToBytes();
    }

    public static string FileName(CharterDocument charter) =>
        string.Create(CultureInfo.InvariantCulture, $"charter-{charter.Office.Code}-v{charter.Version.Number}.docx");

    private static string N(int n) => BengaliDigits.ToBengali(n);

    // Relative widths: the officer and document columns carry the most text.
    private static int Share(CharterColumn c) => c switch
    {
        CharterColumn.Serial => 4,
        CharterColumn.Name => 12,
        CharterColumn.Method => 12,
        CharterColumn.DocumentsAndSources => 18,
        CharterColumn.Documents or CharterColumn.Sources => 13,
        CharterColumn.Fee => 10,
        CharterColumn.TimeLimit => 8,
        _ => 15,
    };
}
