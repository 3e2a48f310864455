using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Features.Grievances;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>
/// The test oracle for the complaint statistics: the figures counted straight from the complaints on every call (what
/// the app did before ADR 0045's fact table), so a test can check that the maintained facts agree with a fresh count.
/// </summary>
public sealed class LiveGrievanceStatistics(AppDbContext db)
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
