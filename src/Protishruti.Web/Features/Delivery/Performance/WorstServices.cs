using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Delivery.Performance;

/// <summary>
/// The services of subordinate offices that kept their promise least in the last completed quarter — for the
/// coordination meeting's draft agenda (issue 18, "into the monitoring cycle"; ADR 0039). The same on-time rule as the
/// performance figures (ADR 0037): delivered on time ÷ (on time + late + open overdue), by received date, as of today;
/// a service needs <see cref="MinCounted"/> decided applications to be ranked, so that one late application of a rare
/// service does not head the list. One grouped statement over the offices' own facts (not the applications: a
/// ministry's quarter is a few hundred thousand of them), then the names.
/// </summary>
public sealed class WorstServices(AppDbContext db)
{
    public const int MinCounted = 5;
    public const int Max = 5;

    public const string Title = "সেবা প্রদান প্রতিশ্রুতি রক্ষা: আওতাধীন দপ্তরের যেসব সেবায় নির্ধারিত সময়ে প্রদানের হার সবচেয়ে কম";

    public sealed record Entry(int OfficeId, string OfficeBn, Guid Key, string ServiceBn, string? LimitBn, int OnTime, int Counted)
    {
        public decimal Rate => Math.Round(100m * OnTime / Counted, 1);
    }

    /// <summary>The quarter before the one <paramref name="today"/> is in.</summary>
    public static FiscalQuarter LastQuarter(DateOnly today) => FiscalQuarter.Of(FiscalQuarter.Of(today).Start.AddDays(-1));

    public async Task<List<Entry>> ForAsync(Office root, FiscalQuarter quarter, DateOnly today, CancellationToken ct = default)
    {
        var prefix = $"{root.Path}{root.Id}/";
        var start = quarter.Start;
        var overdueBefore = ApplicationFactBase.DayNumber(today);
        // From the offices' own facts (ADR 0044): kind 0 holds on time and late, kind 2 the open ones by due day.
        var rows = await (
            from f in db.Set<ApplicationFact>().AsNoTracking()
            join o in db.Offices on f.OfficeId equals o.Id
            where o.Path.StartsWith(prefix) && f.QuarterStart == start
                  && (f.Kind == FactKind.Counts || f.Kind == FactKind.OpenDue && f.Bin < overdueBefore)
            group f by new { f.OfficeId, f.ServiceKey } into g
            select new
            {
                g.Key.OfficeId, g.Key.ServiceKey,
                Counted = g.Sum(f => f.Kind == FactKind.Counts ? f.OnTime + f.Late : f.Count),
                OnTime = g.Sum(f => f.Kind == FactKind.Counts ? f.OnTime : 0),
            }
        ).ToListAsync(ct);
        var worst = rows.Where(r => r.Counted >= MinCounted)
            .OrderBy(r => (decimal)r.OnTime / r.Counted).ThenByDescending(r => r.Counted).ThenBy(r => r.OfficeId).Take(Max).ToList();
        if (worst.Count == 0) return [];

        var ids = worst.Select(w => w.OfficeId).Distinct().ToList();
        var keys = worst.Select(w => w.ServiceKey).Distinct().ToList();
        var offices = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        var published = CharterVersionState.Published;
        var services = (await (
                from s in db.Set<CharterService>().AsNoTracking()
                join v in db.Set<CharterVersion>() on s.CharterVersionId equals v.Id
                join c in db.Charters on v.CharterId equals c.Id
                where ids.Contains(c.OfficeId) && v.State == published && keys.Contains(s.Key)
                select new { c.OfficeId, s.Key, s.NameBn, s.TimeLimit, v.Number }).ToListAsync(ct))
            .GroupBy(s => (s.OfficeId, s.Key)).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Number)!);
        return worst.Select(w =>
        {
            var s = services.GetValueOrDefault((w.OfficeId, w.ServiceKey));
            return new Entry(w.OfficeId, offices[w.OfficeId], w.ServiceKey, s?.NameBn ?? w.ServiceKey.ToString(), s?.TimeLimit?.Text, w.OnTime, w.Counted);
        }).ToList();
    }

    /// <summary>The agenda item's details: official Bengali text, one line per service, worst first, then how it was counted.</summary>
    public static string Details(FiscalQuarter quarter, IReadOnlyList<Entry> entries) => string.Join("\n", entries.Select((e, i) =>
            $"{BengaliDigits.ToBengali(i + 1)}. {e.OfficeBn}: {e.ServiceBn}{(e.LimitBn is null ? "" : $" ({e.LimitBn})")} — নির্ধারিত সময়ে প্রদান " +
            $"{BengaliDigits.ToBengali(e.Rate.ToString("0.#", CultureInfo.InvariantCulture))}% ({BengaliDigits.ToBengali(e.OnTime)}/{BengaliDigits.ToBengali(e.Counted)})")
        .Append($"হিসাব: {quarter.LabelBn}-এ গৃহীত আবেদন; প্রদত্ত ও সময় পেরোনো চলমান আবেদন গণনায় (অন্তত {BengaliDigits.ToBengali(MinCounted)}টি থাকলে)।"));
}
