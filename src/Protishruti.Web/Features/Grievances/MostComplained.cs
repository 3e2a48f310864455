using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// The services most complained about last quarter in the office and every office under it — for the quarterly
/// meeting's agenda (issue 19; ADR 0041), beside the worst on-time services (ADR 0039). Counted by the day received;
/// "other" complaints are counted per office. One grouped statement over the kept facts (ADR 0045).
/// </summary>
public sealed class MostComplained(AppDbContext db, GrievanceFactStore store)
{
    public const int Max = 5;

    public const string Title = "অভিযোগ প্রতিকার: যেসব সেবা নিয়ে সবচেয়ে বেশি অভিযোগ এসেছে";

    public sealed record Entry(string OfficeBn, string? ServiceBn, int Received, int Open, int Overdue, int NotResolved);

    public async Task<List<Entry>> ForAsync(Office root, FiscalQuarter quarter, DateOnly today, CancellationToken ct = default)
    {
        await store.EnsureAsync(quarter.FiscalYear, today, ct);
        var prefix = $"{root.Path}{root.Id}/";
        var (fy, number) = (quarter.FiscalYear.StartYear, quarter.Number);
        var rows = await (
            from f in db.Set<GrievanceFact>().AsNoTracking()
            where f.FiscalYearStart == fy && f.Quarter == number && f.Path.StartsWith(prefix)
            group f by new { f.OfficeId, f.ServiceKey, f.ServiceNameBn } into x
            select new
            {
                x.Key.OfficeId, x.Key.ServiceNameBn, Received = x.Sum(f => f.Received), Open = x.Sum(f => f.Open), Overdue = x.Sum(f => f.OpenOverdue),
                NotResolved = x.Sum(f => f.NotResolvedByCitizen),
            }).OrderByDescending(r => r.Received).ThenByDescending(r => r.Overdue).Take(Max * 4).ToListAsync(ct);
        var ids = rows.Select(r => r.OfficeId).Distinct().ToList();
        var names = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        return rows.Select(r => new Entry(names[r.OfficeId], r.ServiceNameBn, r.Received, r.Open, r.Overdue, r.NotResolved))
            .OrderByDescending(r => r.Received).ThenByDescending(r => r.Overdue).ThenBy(r => r.OfficeBn, StringComparer.Ordinal).Take(Max).ToList();
    }

    /// <summary>The agenda item's details: official Bengali, one line per service, most complaints first.</summary>
    public static string Details(FiscalQuarter quarter, IReadOnlyList<Entry> entries) => string.Join("\n", entries.Select((e, i) =>
            $"{BengaliDigits.ToBengali(i + 1)}. {e.OfficeBn}: {e.ServiceBn ?? "অন্যান্য"} — {BengaliDigits.ToBengali(e.Received)}টি অভিযোগ" +
            (e.Open > 0 ? $", {BengaliDigits.ToBengali(e.Open)}টি চলমান" : "") +
            (e.Overdue > 0 ? $" (সময় পার {BengaliDigits.ToBengali(e.Overdue)}টি)" : "") +
            (e.NotResolved > 0 ? $", অভিযোগকারী সন্তুষ্ট নন {BengaliDigits.ToBengali(e.NotResolved)}টিতে" : ""))
        .Append($"হিসাব: {quarter.LabelBn}-এ দাখিল হওয়া অভিযোগ।"));
}
