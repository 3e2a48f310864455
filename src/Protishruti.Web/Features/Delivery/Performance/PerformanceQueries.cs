using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;

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
/// The promise kept (issue 18, ADR 0037): for an office and a period, counts by status summed by the database per
/// (office, service) over the office's subtree (found by the materialized path, as the compliance roll-up does), then
/// added up in memory per direct subordinate; the working-day percentiles from the delivered applications' two dates,
/// read and counted in memory. Five statements whatever the size of the subtree.
/// </summary>
public sealed class PerformanceQueries(AppDbContext db)
{
    public async Task<PerformanceReport> ForAsync(Office root, PerformancePeriod period, DateOnly today, CancellationToken ct = default)
    {
        var prefix = $"{root.Path}{root.Id}/";
        var rootId = root.Id;
        var offices = await db.Offices.AsNoTracking()
            .Where(o => o.Id == rootId || o.Path.StartsWith(prefix))
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.Path, o.ParentId })
            .ToListAsync(ct);
        // Which direct subordinate (or the root itself) each office of the subtree counts under.
        var cut = prefix.Length;
        var under = offices.ToDictionary(o => o.Id, o => o.Id == rootId ? rootId
            : o.Path == prefix ? o.Id
            : int.Parse(o.Path[cut..o.Path.IndexOf('/', cut)], System.Globalization.CultureInfo.InvariantCulture));
        var hasSubordinates = offices.Where(o => o.ParentId is not null).Select(o => o.ParentId!.Value).ToHashSet();

        var (start, end) = (period.Start, period.End);
        var apps = from a in db.Applications.AsNoTracking()
                   join o in db.Offices on a.OfficeId equals o.Id
                   where (o.Id == rootId || o.Path.StartsWith(prefix)) && a.ReceivedOn >= start && a.ReceivedOn <= end
                   select a;
        var delivered = ApplicationOutcome.Delivered;
        var rejected = ApplicationOutcome.Rejected;
        var counts = await (
            from a in apps
            group a by new { a.OfficeId, a.ServiceKey } into g
            select new
            {
                g.Key.OfficeId, g.Key.ServiceKey,
                Received = g.Count(),
                OnTime = g.Sum(a => a.Outcome == delivered && a.DueOn != null && a.ClosedOn <= a.DueOn ? 1 : 0),
                Late = g.Sum(a => a.Outcome == delivered && a.DueOn != null && a.ClosedOn > a.DueOn ? 1 : 0),
                Within = g.Sum(a => a.Outcome == null && a.DueOn != null && a.DueOn >= today ? 1 : 0),
                Overdue = g.Sum(a => a.Outcome == null && a.DueOn != null && a.DueOn < today ? 1 : 0),
                Rejected = g.Sum(a => a.Outcome == rejected ? 1 : 0),
            }).ToListAsync(ct);
        var spans = await apps.Where(a => a.Outcome == delivered && a.DueOn != null)
            .Select(a => new { a.OfficeId, a.ServiceKey, a.ReceivedOn, ClosedOn = a.ClosedOn!.Value })
            .ToListAsync(ct);
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var days = spans.Select(s => (s.OfficeId, s.ServiceKey, Days: calendar.WorkingDaysBetween(s.ReceivedOn, s.ClosedOn))).ToList();

        PerformanceFigures Sum(Func<int, Guid, bool> which)
        {
            var rows = counts.Where(c => which(c.OfficeId, c.ServiceKey)).ToList();
            var taken = days.Where(d => which(d.OfficeId, d.ServiceKey)).Select(d => d.Days).ToList();
            return new PerformanceFigures(rows.Sum(r => r.Received), rows.Sum(r => r.OnTime), rows.Sum(r => r.Late), rows.Sum(r => r.Within),
                rows.Sum(r => r.Overdue), rows.Sum(r => r.Rejected), Percentile(taken, 50), Percentile(taken, 90));
        }

        OfficePerformance Row(int id)
        {
            var o = offices.Single(x => x.Id == id);
            return new OfficePerformance(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, hasSubordinates.Contains(o.Id),
                Sum((office, _) => office == id), Sum((office, _) => id == rootId || under.GetValueOrDefault(office) == id));
        }

        // The root's own services: every key it received in the period, named as in its latest *published* version that
        // has it — a draft or a submitted update is not yet a promise (its limit beside the figures measured against the
        // published one made a 30-day service look like a 21-day one with a median of 22 and 87 % on time).
        var keys = counts.Where(c => c.OfficeId == rootId).Select(c => c.ServiceKey).Distinct().ToList();
        var published = CharterVersionState.Published;
        var named = await (
            from s in db.Set<CharterService>().AsNoTracking()
            join v in db.Set<CharterVersion>() on s.CharterVersionId equals v.Id
            join c in db.Charters on v.CharterId equals c.Id
            where c.OfficeId == rootId && v.State == published && keys.Contains(s.Key)
            select new { s.Key, s.NameBn, s.NameEn, s.TimeLimit, s.Order, v.Number }).ToListAsync(ct);
        var services = named.GroupBy(s => s.Key).Select(g => g.OrderByDescending(s => s.Number).First())
            .OrderBy(s => s.Order)
            .Select(s => new ServicePerformance(s.Key, s.NameBn, s.NameEn, s.TimeLimit,
                Sum((office, key) => office == rootId && key == s.Key)))
            .ToList();
        var ownDays = days.Where(d => d.OfficeId == rootId).GroupBy(d => d.ServiceKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(d => d.Days).Order().ToList());

        var children = offices.Where(o => o.ParentId == rootId).OrderBy(o => o.Kind).ThenBy(o => o.NameEn).Select(o => Row(o.Id)).ToList();
        return new PerformanceReport(Row(rootId), period, today, children, services, ownDays);
    }

    /// <summary>
    /// The on-time rate of each quarter of the year for the office's subtree, in one statement: per quarter the
    /// delivered on time and the counted (on time + late + open overdue) by received date.
    /// </summary>
    public async Task<IReadOnlyList<decimal?>> OnTimeByQuarterAsync(Office root, FiscalYear year, DateOnly today, CancellationToken ct = default)
    {
        var prefix = $"{root.Path}{root.Id}/";
        var rootId = root.Id;
        var q = year.Quarters.Select(x => x.Start).Append(year.End.AddDays(1)).ToArray();
        var (q1, q2, q3, q4, q5) = (q[0], q[1], q[2], q[3], q[4]);
        var delivered = ApplicationOutcome.Delivered;
        var rows = await (
            from a in db.Applications.AsNoTracking()
            join o in db.Offices on a.OfficeId equals o.Id
            where (o.Id == rootId || o.Path.StartsWith(prefix)) && a.ReceivedOn >= q1 && a.ReceivedOn < q5 && a.DueOn != null
                  && (a.Outcome == delivered || (a.Outcome == null && a.DueOn < today))
            group a by a.ReceivedOn < q2 ? 1 : a.ReceivedOn < q3 ? 2 : a.ReceivedOn < q4 ? 3 : 4 into g
            select new { Quarter = g.Key, Counted = g.Count(), OnTime = g.Sum(a => a.Outcome == delivered && a.ClosedOn <= a.DueOn ? 1 : 0) }
        ).ToListAsync(ct);
        return Enumerable.Range(1, 4).Select(n => rows.FirstOrDefault(r => r.Quarter == n) is { Counted: > 0 } r
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

    /// <summary>The nearest-rank percentile: the smallest value with at least p per cent of the values at or below it.</summary>
    public static double? Percentile(IReadOnlyCollection<int> values, int p)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
