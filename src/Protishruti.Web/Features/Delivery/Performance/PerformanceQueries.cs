using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Delivery.Performance;

/// <summary>The period of the figures, chosen by the received date: a fiscal year, or one of its quarters.</summary>
public sealed record PerformancePeriod(FiscalYear Year, int? Quarter)
{
    public DateOnly Start => Quarter is { } q ? Year.Quarter(q).Start : Year.Start;
    public DateOnly End => Quarter is { } q ? Year.Quarter(q).End : Year.End;
    public string QuarterSlug => Quarter is { } q ? q.ToString(System.Globalization.CultureInfo.InvariantCulture) : "annual";
    public string Query => $"fy={Year.LabelEn}&quarter={QuarterSlug}";

    public string Label(bool bengali) => Quarter is { } q
        ? Year.Quarter(q).Label(bengali)
        : bengali ? $"{Year.LabelBn} অর্থবছর (জুলাই–জুন)" : $"FY {Year.LabelEn} (July–June)";

    /// <summary>Reads <c>fy=YYYY-YY</c> and <c>quarter=1..4|annual</c>; the current fiscal year, whole, when absent.</summary>
    public static (PerformancePeriod? Period, string? Bn, string? En) Parse(string? fy, string? quarter, DateOnly today)
    {
        var year = FiscalYear.Of(today);
        if (!string.IsNullOrWhiteSpace(fy) && !FiscalYear.TryParse(fy, out year))
            return (null, $"অর্থবছর '{fy}' বোঝা যায়নি; যেমন ২০২৫-২৬।", $"The fiscal year '{fy}' is not understood; for example 2025-26.");
        var q = quarter?.Trim().ToLowerInvariant();
        return q switch
        {
            null or "" or "annual" => (new PerformancePeriod(year, null), null, null),
            "1" or "2" or "3" or "4" => (new PerformancePeriod(year, q[0] - '0'), null, null),
            _ => (null, $"কোয়ার্টার '{quarter}' বোঝা যায়নি; ১ থেকে ৪ বা annual দিন।", $"The quarter '{quarter}' is not understood; give 1 to 4 or annual."),
        };
    }
}

/// <summary>
/// The promise figures of a set of applications. On-time rate (ADR 0037): delivered on time ÷ (delivered on time +
/// delivered late + open overdue), in per cent to one decimal; null when that is zero. Working days are counted from
/// receipt to delivery (ADR 0002: the days after the received date up to and including the delivery date).
/// </summary>
public sealed record PerformanceFigures(int Received, int DeliveredOnTime, int DeliveredLate, int OpenWithinLimit, int OpenOverdue, int Rejected,
    double? MedianWorkingDays, double? P90WorkingDays)
{
    public static readonly PerformanceFigures Zero = new(0, 0, 0, 0, 0, 0, null, null);

    public int Counted => DeliveredOnTime + DeliveredLate + OpenOverdue;
    public decimal? OnTimeRate => Counted == 0 ? null : Math.Round(100m * DeliveredOnTime / Counted, 1);
    public int Delivered => DeliveredOnTime + DeliveredLate;
}

/// <summary>A service's on-time rate over the last twelve months (same rule as <see cref="PerformanceFigures.OnTimeRate"/>).</summary>
public sealed record ServiceRate(int Counted, int OnTime)
{
    public decimal? Rate => Counted == 0 ? null : Math.Round(100m * OnTime / Counted, 1);
}

public sealed record ServicePerformance(Guid Key, string NameBn, string? NameEn, TimeLimit? Limit, PerformanceFigures Figures)
{
    public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
    public string? LimitBn => Limit?.Text;
    public string? LimitEn => Limit?.Describe(bengali: false);
}

public sealed record OfficePerformance(int OfficeId, string Code, string NameBn, string NameEn, OfficeKind Kind, bool HasSubordinates,
    PerformanceFigures Own, PerformanceFigures Total)
{
    public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
}

/// <summary>The root's own figures, its subtree's, each direct subordinate's, and the root's own services.</summary>
public sealed record PerformanceReport(OfficePerformance Root, PerformancePeriod Period, DateOnly AsOf, IReadOnlyList<OfficePerformance> Children,
    IReadOnlyList<ServicePerformance> Services, IReadOnlyDictionary<Guid, IReadOnlyList<int>> OwnDays)
{
    public PerformanceFigures Own => Root.Own;
    public PerformanceFigures Total => Root.Total;
}

/// <summary>
/// The promise kept (issue 18, ADR 0037, 0044): for an office and a period, read from the performance facts the
/// database keeps up to date with every write — the subtree facts of the office and of each direct subordinate, and
/// the own facts (per service) of the office and its subordinates. Open applications are split into within limit and
/// overdue against today by their due date; the working-day percentiles are taken from the summed histograms. Four
/// statements whatever the size of the subtree, none of them over applications.
/// </summary>
public sealed class PerformanceQueries(AppDbContext db)
{
    /// <summary>Summed fact cells: per kind and bin (open ones folded into 1 = within limit, 0 = overdue).</summary>
    private sealed record Cell(int OfficeId, Guid ServiceKey, FactKind Kind, int Bin, int Count, int OnTime, int Late, int Rejected);

    private static PerformanceFigures Figures(IEnumerable<Cell> cells)
    {
        int received = 0, onTime = 0, late = 0, rejected = 0, within = 0, overdue = 0;
        var days = new SortedDictionary<int, int>();
        foreach (var c in cells)
        {
            switch (c.Kind)
            {
                case FactKind.Counts: received += c.Count; onTime += c.OnTime; late += c.Late; rejected += c.Rejected; break;
                case FactKind.DaysTaken: days[c.Bin] = days.GetValueOrDefault(c.Bin) + c.Count; break;
                case FactKind.OpenDue when c.Bin == 1: within += c.Count; break;
                case FactKind.OpenDue: overdue += c.Count; break;
            }
        }
        return new PerformanceFigures(received, onTime, late, within, overdue, rejected, PercentileOf(days, 50), PercentileOf(days, 90));
    }

    public async Task<PerformanceReport> ForAsync(Office root, PerformancePeriod period, DateOnly today, CancellationToken ct = default)
    {
        var rootId = root.Id;
        var children = await db.Offices.AsNoTracking().Where(o => o.ParentId == rootId)
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, HasSubordinates = db.Offices.Any(x => x.ParentId == o.Id) })
            .ToListAsync(ct);
        var ids = children.Select(c => c.Id).Append(rootId).ToList();
        var (start, end) = (period.Start, period.End);
        var todayNumber = ApplicationFactBase.DayNumber(today);
        const FactKind open = FactKind.OpenDue, counts = FactKind.Counts;

        var subtree = (await (
            from f in db.Set<ApplicationSubtreeFact>().AsNoTracking()
            where ids.Contains(f.OfficeId) && f.QuarterStart >= start && f.QuarterStart <= end
            group f by new { f.OfficeId, f.Kind, Bin = f.Kind == open ? (f.Bin >= todayNumber ? 1 : 0) : f.Kind == counts ? 0 : f.Bin } into g
            select new { g.Key.OfficeId, g.Key.Kind, g.Key.Bin, Count = g.Sum(f => f.Count), OnTime = g.Sum(f => f.OnTime), Late = g.Sum(f => f.Late), Rejected = g.Sum(f => f.Rejected) }
        ).ToListAsync(ct)).Select(c => new Cell(c.OfficeId, Guid.Empty, c.Kind, c.Bin, c.Count, c.OnTime, c.Late, c.Rejected)).ToList();
        var own = (await (
            from f in db.Set<ApplicationFact>().AsNoTracking()
            where ids.Contains(f.OfficeId) && f.QuarterStart >= start && f.QuarterStart <= end
            group f by new { f.OfficeId, ServiceKey = f.OfficeId == rootId ? f.ServiceKey : Guid.Empty, f.Kind, Bin = f.Kind == open ? (f.Bin >= todayNumber ? 1 : 0) : f.Kind == counts ? 0 : f.Bin } into g
            select new { g.Key.OfficeId, g.Key.ServiceKey, g.Key.Kind, g.Key.Bin, Count = g.Sum(f => f.Count), OnTime = g.Sum(f => f.OnTime), Late = g.Sum(f => f.Late), Rejected = g.Sum(f => f.Rejected) }
        ).ToListAsync(ct)).Select(c => new Cell(c.OfficeId, c.ServiceKey, c.Kind, c.Bin, c.Count, c.OnTime, c.Late, c.Rejected)).ToList();

        OfficePerformance Row(int id, string code, string nameBn, string nameEn, OfficeKind kind, bool hasSubordinates) =>
            new(id, code, nameBn, nameEn, kind, hasSubordinates, Figures(own.Where(c => c.OfficeId == id)), Figures(subtree.Where(c => c.OfficeId == id)));

        // The root's own services: every key it received in the period, named as in its latest *published* version that
        // has it — a draft or a submitted update is not yet a promise (its limit beside the figures measured against the
        // published one made a 30-day service look like a 21-day one with a median of 22 and 87 % on time).
        var keys = own.Where(c => c.OfficeId == rootId && c.Kind == FactKind.Counts && c.Count > 0).Select(c => c.ServiceKey).Distinct().ToList();
        var published = CharterVersionState.Published;
        var named = keys.Count == 0 ? [] : await (
            from s in db.Set<CharterService>().AsNoTracking()
            join v in db.Set<CharterVersion>() on s.CharterVersionId equals v.Id
            join c in db.Charters on v.CharterId equals c.Id
            where c.OfficeId == rootId && v.State == published && keys.Contains(s.Key)
            select new { s.Key, s.NameBn, s.NameEn, s.TimeLimit, s.Order, v.Number }).ToListAsync(ct);
        var services = named.GroupBy(s => s.Key).Select(g => g.OrderByDescending(s => s.Number).First())
            .OrderBy(s => s.Order)
            .Select(s => new ServicePerformance(s.Key, s.NameBn, s.NameEn, s.TimeLimit,
                Figures(own.Where(c => c.OfficeId == rootId && c.ServiceKey == s.Key))))
            .ToList();
        var ownDays = own.Where(c => c.OfficeId == rootId && c.Kind == FactKind.DaysTaken && c.Count > 0).GroupBy(c => c.ServiceKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.OrderBy(c => c.Bin).SelectMany(c => Enumerable.Repeat(c.Bin, c.Count)).ToList());

        var rows = children.OrderBy(o => o.Kind).ThenBy(o => o.NameEn)
            .Select(o => Row(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.HasSubordinates)).ToList();
        return new PerformanceReport(Row(rootId, root.Code, root.NameBn, root.NameEn, root.Kind, children.Count > 0), period, today, rows, services, ownDays);
    }

    /// <summary>
    /// The on-time rate of each quarter of the year for the office's subtree, in one statement over its subtree facts:
    /// per quarter the delivered on time and the counted (on time + late + open overdue).
    /// </summary>
    public async Task<IReadOnlyList<decimal?>> OnTimeByQuarterAsync(Office root, FiscalYear year, DateOnly today, CancellationToken ct = default)
    {
        var rootId = root.Id;
        var (start, end) = (year.Start, year.End);
        var todayNumber = ApplicationFactBase.DayNumber(today);
        const FactKind open = FactKind.OpenDue, counts = FactKind.Counts;
        var rows = await (
            from f in db.Set<ApplicationSubtreeFact>().AsNoTracking()
            where f.OfficeId == rootId && f.QuarterStart >= start && f.QuarterStart <= end
                  && (f.Kind == counts || (f.Kind == open && f.Bin < todayNumber))
            group f by f.QuarterStart into g
            select new { Quarter = g.Key, OnTime = g.Sum(f => f.OnTime), Counted = g.Sum(f => f.Kind == counts ? f.OnTime + f.Late : f.Count) }
        ).ToListAsync(ct);
        return year.Quarters.Select(q => rows.FirstOrDefault(r => r.Quarter == q.Start) is { Counted: > 0 } r
            ? Math.Round(100m * r.OnTime / r.Counted, 1) : (decimal?)null).ToList();
    }

    /// <summary>
    /// One service's own on-time rate in an office over the twelve months up to today (received in that time), for the
    /// public service page: one statement.
    /// </summary>
    public async Task<ServiceRate> ServiceRateAsync(int officeId, Guid key, DateOnly today, CancellationToken ct = default)
    {
        var since = today.AddMonths(-12).AddDays(1);
        var delivered = ApplicationOutcome.Delivered;
        var row = await (
            from a in db.Applications.AsNoTracking()
            where a.OfficeId == officeId && a.ServiceKey == key && a.ReceivedOn >= since && a.ReceivedOn <= today && a.DueOn != null
                  && (a.Outcome == delivered || (a.Outcome == null && a.DueOn < today))
            group a by 1 into g
            select new { Counted = g.Count(), OnTime = g.Sum(a => a.Outcome == delivered && a.ClosedOn <= a.DueOn ? 1 : 0) }
        ).FirstOrDefaultAsync(ct);
        return new ServiceRate(row?.Counted ?? 0, row?.OnTime ?? 0);
    }

    /// <summary>The nearest-rank percentile of a histogram (value → how many), as <see cref="Percentile(IReadOnlyCollection{int}, int)"/>.</summary>
    public static double? PercentileOf(SortedDictionary<int, int> histogram, int p)
    {
        var n = histogram.Values.Sum();
        if (n == 0) return null;
        var rank = Math.Clamp((int)Math.Ceiling(p / 100.0 * n), 1, n);
        var seen = 0;
        foreach (var (value, count) in histogram)
        {
            seen += count;
            if (seen >= rank) return value;
        }
        return histogram.Keys.Last();
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least p per cent of the values at or below it.</summary>
    public static double? Percentile(IReadOnlyCollection<int> values, int p)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
