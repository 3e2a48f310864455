using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// Complaints counted by the day they were received. Resolved within the deadline: closed as resolved by the deadline
/// of the step that closed it, and not answered "not resolved" by the citizen — a complaint the citizen says was not
/// resolved is never counted as resolved (ADR 0041).
/// </summary>
public sealed record GrievanceFigures(int Received, int ResolvedInTime, int ClosedLate, int OtherwiseClosed, int OpenWithinDeadline, int OpenOverdue,
    int Appealed, int NotResolvedByCitizen)
{
    public static readonly GrievanceFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Resolved within the deadline ÷ received, in per cent to one decimal; null when none were received.</summary>
    public decimal? ResolvedInTimeRate => Received == 0 ? null : Math.Round(100m * ResolvedInTime / Received, 1);

    public static GrievanceFigures operator +(GrievanceFigures a, GrievanceFigures b) => new(a.Received + b.Received, a.ResolvedInTime + b.ResolvedInTime,
        a.ClosedLate + b.ClosedLate, a.OtherwiseClosed + b.OtherwiseClosed, a.OpenWithinDeadline + b.OpenWithinDeadline, a.OpenOverdue + b.OpenOverdue,
        a.Appealed + b.Appealed, a.NotResolvedByCitizen + b.NotResolvedByCitizen);
}

public sealed record OfficeGrievances(string Code, string NameBn, string NameEn, OfficeKind Kind, GrievanceFigures Own, GrievanceFigures Total)
{
    public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
}

public sealed record ServiceGrievances(Guid? Key, string? NameBn, GrievanceFigures Figures);

public sealed record GrievanceReport(OfficeGrievances Root, PerformancePeriod Period, DateOnly AsOf, IReadOnlyList<OfficeGrievances> Children,
    IReadOnlyList<ServiceGrievances> Services);

/// <summary>
/// The statistics of a subtree, summed by the database from the per-office facts (<see cref="GrievanceFact"/>, brought up
/// to date first by <see cref="GrievanceFactStore"/>, ADR 0045) in a grouped statement (the roll-up over one row per
/// office, <see cref="GrievanceOfficeFact"/>), the own rows of the root and its direct subordinates by key, and the root's
/// services over its own finer rows, whatever the size of the
/// subtree: offices are grouped by the direct subordinate of the root they sit under, read from the materialized path.
/// </summary>
#pragma warning disable CA1866 // string.IndexOf(string) is what both providers translate
public sealed class GrievanceStatistics(AppDbContext db, GrievanceFactStore store)
{
    public async Task<GrievanceReport> ForAsync(Office root, PerformancePeriod period, DateOnly today, CancellationToken ct = default)
    {
        await store.EnsureAsync(period.Year, today, ct);
        var rootId = root.Id;
        var prefix = $"{root.Path}{root.Id}/";
        var cut = prefix.Length;
        var rootKey = rootId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fy = period.Year.StartYear;
        var quarter = period.Quarter;
        var facts = db.Set<GrievanceOfficeFact>().AsNoTracking()
            .Where(f => f.FiscalYearStart == fy && f.Quarter == (quarter ?? 0) && f.Path.StartsWith(prefix));

        // The key: the root itself, or the first path segment after the root's prefix (a direct subordinate).
        var grouped = await (
            from f in facts
            let rest = f.Path.Substring(cut)
            group f by f.Path == prefix ? rootKey : rest.Substring(0, rest.IndexOf("/")) into g
            select new
            {
                g.Key,
                Received = g.Sum(f => f.Received), InTime = g.Sum(f => f.ResolvedInTime), Late = g.Sum(f => f.ClosedLate),
                Other = g.Sum(f => f.OtherwiseClosed), Open = g.Sum(f => f.Open), Overdue = g.Sum(f => f.OpenOverdue),
                Appealed = g.Sum(f => f.Appealed), NotResolved = g.Sum(f => f.NotResolvedByCitizen),
            }).ToListAsync(ct);
        var totals = grouped.ToDictionary(g => int.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture),
            g => new GrievanceFigures(g.Received, g.InTime, g.Late, g.Other, g.Open - g.Overdue, g.Overdue, g.Appealed, g.NotResolved));

        // The root and its direct subordinates (a few hundred rows at most), and their own rows by key.
        var offices = await db.Offices.AsNoTracking().Where(o => o.Id == rootId || o.ParentId == rootId)
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.ParentId }).ToListAsync(ct);
        var ids = offices.Select(o => o.Id).ToList();
        var own = (await db.Set<GrievanceOfficeFact>().AsNoTracking()
                .Where(f => f.FiscalYearStart == fy && f.Quarter == (quarter ?? 0) && ids.Contains(f.OfficeId)).ToListAsync(ct))
            .ToDictionary(f => f.OfficeId, f => new GrievanceFigures(f.Received, f.ResolvedInTime, f.ClosedLate, f.OtherwiseClosed,
                f.Open - f.OpenOverdue, f.OpenOverdue, f.Appealed, f.NotResolvedByCitizen));

        var services = (await db.Set<GrievanceFact>().AsNoTracking()
                .Where(f => f.OfficeId == rootId && f.FiscalYearStart == fy && (quarter == null || f.Quarter == quarter)).GroupBy(f => new { f.ServiceKey, f.ServiceNameBn })
                .Select(g => new
                {
                    g.Key.ServiceKey, g.Key.ServiceNameBn, Received = g.Sum(f => f.Received), InTime = g.Sum(f => f.ResolvedInTime),
                    Late = g.Sum(f => f.ClosedLate), Other = g.Sum(f => f.OtherwiseClosed), Open = g.Sum(f => f.Open),
                    Overdue = g.Sum(f => f.OpenOverdue), Appealed = g.Sum(f => f.Appealed), NotResolved = g.Sum(f => f.NotResolvedByCitizen),
                }).ToListAsync(ct))
            .Select(s => new ServiceGrievances(s.ServiceKey, s.ServiceNameBn,
                new GrievanceFigures(s.Received, s.InTime, s.Late, s.Other, s.Open - s.Overdue, s.Overdue, s.Appealed, s.NotResolved)))
            .OrderByDescending(s => s.Figures.Received).ToList();

        var total = totals.Values.Aggregate(GrievanceFigures.Zero, (acc, t) => acc + t);
        var r = offices.Single(o => o.Id == rootId);
        var rootRow = new OfficeGrievances(r.Code, r.NameBn, r.NameEn, r.Kind, own.GetValueOrDefault(rootId, GrievanceFigures.Zero), total);
        var children = offices.Where(o => o.ParentId == rootId && o.Id != rootId).OrderBy(o => o.Kind).ThenBy(o => o.NameEn)
            .Select(o => new OfficeGrievances(o.Code, o.NameBn, o.NameEn, o.Kind, own.GetValueOrDefault(o.Id, GrievanceFigures.Zero),
                totals.GetValueOrDefault(o.Id, GrievanceFigures.Zero)))
            .ToList();
        return new GrievanceReport(rootRow, period, today, children, services);
    }
}

/// <summary>The statistics as JSON, public like the performance API: counts only, never a complaint's text or who made it.</summary>
public static class GrievanceStatisticsEndpoints
{
    public sealed record FiguresDto(int Received, int ResolvedWithinDeadline, int ClosedLate, int OtherwiseClosed, int OpenWithinDeadline, int OpenOverdue,
        int Appealed, int NotResolvedByCitizen, decimal? ResolvedWithinDeadlineRate);
    public sealed record OfficeDto(string Code, string Name, string NameEn, OfficeKind Kind, string Url, string Api);
    public sealed record ChildDto(OfficeDto Office, FiguresDto Own, FiguresDto Total);
    public sealed record ServiceDto(Guid? Key, string? Name, FiguresDto Figures);
    public sealed record StatisticsDto(OfficeDto Office, string FiscalYear, int? Quarter, DateOnly From, DateOnly To, DateOnly AsOf,
        FiguresDto Own, FiguresDto Total, IReadOnlyList<ChildDto> Children, IReadOnlyList<ServiceDto> Services);

    public static void MapGrievanceStatistics(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/offices/{code}/grievances/statistics", ApiAsync).WithTags("Open data");

    public static FiguresDto Figures(GrievanceFigures f) => new(f.Received, f.ResolvedInTime, f.ClosedLate, f.OtherwiseClosed, f.OpenWithinDeadline,
        f.OpenOverdue, f.Appealed, f.NotResolvedByCitizen, f.ResolvedInTimeRate);

    private static async Task<IResult> ApiAsync(string code, HttpContext http, AppDbContext db, GrievanceStatistics statistics, TimeProvider time, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office)
            return TypedResults.Problem(title: "দপ্তর পাওয়া যায়নি / Office not found",
                detail: $"'{code}' কোডের কোনো দপ্তর নেই। / There is no office with the code '{code}'.", statusCode: 404);
        var today = time.TodayInBangladesh();
        var (period, bn, en) = PerformancePeriod.Parse(http.Request.Query["fy"], http.Request.Query["quarter"], today);
        if (period is null) return TypedResults.Problem(title: "ভুল অনুসন্ধান / Wrong query", detail: $"{bn} / {en}", statusCode: 400);
        var r = await statistics.ForAsync(office, period, today, ct);
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        OfficeDto Office(OfficeGrievances o) => new(o.Code, o.NameBn, o.NameEn, o.Kind, site + Links.Grievances.Statistics(o.Code),
            site + Links.Grievances.StatisticsApi(o.Code));
        return TypedResults.Json(new StatisticsDto(Office(r.Root), period.Year.LabelEn, period.Quarter, period.Start, period.End, r.AsOf,
            Figures(r.Root.Own), Figures(r.Root.Total), r.Children.Select(c => new ChildDto(Office(c), Figures(c.Own), Figures(c.Total))).ToList(),
            r.Services.Select(s => new ServiceDto(s.Key, s.NameBn, Figures(s.Figures))).ToList()), OpenDataJson.Options);
    }
}
