using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// The services most complained about last quarter in the office and every office under it — for the quarterly
/// meeting's agenda (issue 19; ADR 0041), beside the worst on-time services (ADR 0039). Counted by the day received;
/// "other" complaints are counted per office. One grouped statement.
/// </summary>
public sealed class MostComplained(AppDbContext db)
{
    public const int Max = 5;

    public const string Title = "অভিযোগ প্রতিকার: যেসব সেবা নিয়ে সবচেয়ে বেশি অভিযোগ এসেছে";

    public sealed record Entry(string OfficeBn, string? ServiceBn, int Received, int Open, int Overdue, int NotResolved);

    public async Task<List<Entry>> ForAsync(Office root, FiscalQuarter quarter, DateOnly today, CancellationToken ct = default)
    {
        var prefix = $"{root.Path}{root.Id}/";
        var rootId = root.Id;
        var (start, end) = (quarter.Start, quarter.End);
        var closed = GrievanceState.Closed;
        var notResolved = CitizenVerdict.NotResolved;
        var rows = await (
            from g in db.Grievances.AsNoTracking()
            join o in db.Offices on g.OfficeId equals o.Id
            where (o.Id == rootId || o.Path.StartsWith(prefix)) && g.SubmittedOn >= start && g.SubmittedOn <= end
            group g by new { g.OfficeId, o.NameBn, g.ServiceKey, g.ServiceNameBn } into x
            select new
            {
                x.Key.NameBn, x.Key.ServiceNameBn, Received = x.Count(),
                Open = x.Sum(g => g.State != closed ? 1 : 0),
                Overdue = x.Sum(g => g.State != closed && g.DueOn < today ? 1 : 0),
                NotResolved = x.Sum(g => g.Verdict == notResolved ? 1 : 0),
            }).ToListAsync(ct);
        return rows.OrderByDescending(r => r.Received).ThenByDescending(r => r.Overdue).ThenBy(r => r.NameBn, StringComparer.Ordinal).Take(Max)
            .Select(r => new Entry(r.NameBn, r.ServiceNameBn, r.Received, r.Open, r.Overdue, r.NotResolved)).ToList();
    }

    /// <summary>The agenda item's details: official Bengali, one line per service, most complaints first.</summary>
    public static string Details(FiscalQuarter quarter, IReadOnlyList<Entry> entries) => string.Join("\n", entries.Select((e, i) =>
            $"{BengaliDigits.ToBengali(i + 1)}. {e.OfficeBn}: {e.ServiceBn ?? "অন্যান্য"} — {BengaliDigits.ToBengali(e.Received)}টি অভিযোগ" +
            (e.Open > 0 ? $", {BengaliDigits.ToBengali(e.Open)}টি চলমান" : "") +
            (e.Overdue > 0 ? $" (সময় পার {BengaliDigits.ToBengali(e.Overdue)}টি)" : "") +
            (e.NotResolved > 0 ? $", অভিযোগকারী সন্তুষ্ট নন {BengaliDigits.ToBengali(e.NotResolved)}টিতে" : ""))
        .Append($"হিসাব: {quarter.LabelBn}-এ দাখিল হওয়া অভিযোগ।"));
}
