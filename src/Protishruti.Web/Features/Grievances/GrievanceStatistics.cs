using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Grievances;
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

/// <summary>One grouped statement over the subtree's complaints in the period, rolled up in memory (ADR 0041).</summary>
public sealed class GrievanceStatistics(AppDbContext db)
{
    public async Task<GrievanceReport> ForAsync(Office root, PerformancePeriod period, DateOnly today, CancellationToken ct = default)
    {
        var prefix = $"{root.Path}{root.Id}/";
        var rootId = root.Id;
        var offices = await db.Offices.AsNoTracking().Where(o => o.Id == rootId || o.Path.StartsWith(prefix))
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.Path, o.ParentId }).ToListAsync(ct);
        var cut = prefix.Length;
        var under = offices.ToDictionary(o => o.Id, o => o.Id == rootId ? rootId
            : o.Path == prefix ? o.Id
            : int.Parse(o.Path[cut..o.Path.IndexOf('/', cut)], System.Globalization.CultureInfo.InvariantCulture));
        var (start, end) = (period.Start, period.End);
        var closed = GrievanceState.Closed;
        var resolved = GrievanceOutcome.Resolved;
        var notResolved = CitizenVerdict.NotResolved;
        var rows = await (
            from g in db.Grievances.AsNoTracking()
            join o in db.Offices on g.OfficeId equals o.Id
            where (o.Id == rootId || o.Path.StartsWith(prefix)) && g.SubmittedOn >= start && g.SubmittedOn <= end
            group g by new { g.OfficeId, g.ServiceKey, g.ServiceNameBn } into x
            select new
            {
                x.Key.OfficeId, x.Key.ServiceKey, x.Key.ServiceNameBn,
                Received = x.Count(),
                InTime = x.Sum(g => g.State == closed && g.Outcome == resolved && g.ClosedOn <= g.DueOn && (g.Verdict == null || g.Verdict != notResolved) ? 1 : 0),
                Late = x.Sum(g => g.State == closed && g.ClosedOn > g.DueOn ? 1 : 0),
                Other = x.Sum(g => g.State == closed && g.ClosedOn <= g.DueOn && (g.Outcome != resolved || g.Verdict == notResolved) ? 1 : 0),
                Within = x.Sum(g => g.State != closed && g.DueOn >= today ? 1 : 0),
                Overdue = x.Sum(g => g.State != closed && g.DueOn < today ? 1 : 0),
                Appealed = x.Sum(g => g.Level != RedressLevel.Office ? 1 : 0),
                NotResolved = x.Sum(g => g.Verdict == notResolved ? 1 : 0),
            }).ToListAsync(ct);
        GrievanceFigures Sum(Func<int, bool> which) => rows.Where(r => which(r.OfficeId)).Aggregate(GrievanceFigures.Zero,
            (acc, r) => acc + new GrievanceFigures(r.Received, r.InTime, r.Late, r.Other, r.Within, r.Overdue, r.Appealed, r.NotResolved));
        OfficeGrievances Row(int id)
        {
            var o = offices.Single(x => x.Id == id);
            return new OfficeGrievances(o.Code, o.NameBn, o.NameEn, o.Kind, Sum(x => x == id), Sum(x => id == rootId || under.GetValueOrDefault(x) == id));
        }
        var services = rows.Where(r => r.OfficeId == rootId).GroupBy(r => (r.ServiceKey, r.ServiceNameBn))
            .Select(g => new ServiceGrievances(g.Key.ServiceKey, g.Key.ServiceNameBn, g.Aggregate(GrievanceFigures.Zero,
                (acc, r) => acc + new GrievanceFigures(r.Received, r.InTime, r.Late, r.Other, r.Within, r.Overdue, r.Appealed, r.NotResolved))))
            .OrderByDescending(s => s.Figures.Received).ToList();
        var children = offices.Where(o => o.ParentId == rootId).OrderBy(o => o.Kind).ThenBy(o => o.NameEn).Select(o => Row(o.Id)).ToList();
        return new GrievanceReport(Row(rootId), period, today, children, services);
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
