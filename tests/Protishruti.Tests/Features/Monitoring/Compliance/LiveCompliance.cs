using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Monitoring.Compliance;

namespace Protishruti.Tests.Features.Monitoring.Compliance;

/// <summary>
/// The test oracle for the compliance roll-up: the dashboard's figures counted straight from the source tables on every
/// call (what the app did before ADR 0022's fact table), so a test can check that the maintained facts agree with a
/// fresh count after any change.
/// </summary>
#pragma warning disable CA1866 // string.IndexOf(string) is what both providers translate
public sealed class LiveCompliance(AppDbContext db)
{
    /// <summary>One office as the roll-up sees it, before grouping.</summary>
    private sealed class OfficeFacts
    {
        public string Key { get; init; } = "";
        public bool Submitted { get; init; }
        public ReportState? State { get; init; }
        public bool Late { get; init; }
        public bool Overdue { get; init; }
        public bool Charter { get; init; }
        public bool Committee { get; init; }
        public bool Meeting { get; init; }
    }

    public async Task<ComplianceReport> ForAsync(Office root, FiscalYear year, ReportPeriod period, PlanKind planKind, DateOnly today, CancellationToken ct = default)
    {
        // A quarter, or the whole year for the annual report (a committee record of any of its quarters counts).
        var (first, last) = period.Span(year);
        var annual = !period.IsQuarter();
        var fyStart = year.StartYear;
        var qNumber = (int)period;

        // Six tiers: the deadline of each is known before the query, so "due" is a membership test on the office kind.
        var configured = await db.ReportingDeadlines.AsNoTracking().Where(d => d.FiscalYearStart == fyStart && d.Period == period).ToListAsync(ct);
        var deadlines = Enum.GetValues<OfficeKind>().ToDictionary(k => k, k => ReportingCalendar.DueOn(year, period, k, configured));
        var overdue = deadlines.Where(d => today > d.Value).Select(d => d.Key).ToList();

        var plan = await db.ActionPlans.AsNoTracking().Include(p => p.Indicators)
            .SingleOrDefaultAsync(p => p.FiscalYearStart == fyStart && p.Kind == planKind, ct);
        var planId = plan?.Id ?? -1;

        var rootId = root.Id;
        var prefix = $"{root.Path}{root.Id}/";
        var cut = prefix.Length;
        var offices = db.Offices.AsNoTracking().Where(o => o.Id == rootId || o.Path.StartsWith(prefix));
        // The year is redundant with the plan but lets the (FiscalYearStart, Period, OfficeId) index drive the joins.
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.FiscalYearStart == fyStart && r.Period == period && r.ActionPlanId == planId);

        // The key: the root itself, a direct subordinate itself, or the first path segment after the root's prefix.
        var facts =
            from o in offices
            join r0 in reports on o.Id equals r0.OfficeId into rs
            from r in rs.DefaultIfEmpty()
            select new OfficeFacts
            {
                Key = o.Id == rootId || o.Path == prefix ? o.Id.ToString() : o.Path.Substring(cut, o.Path.Substring(cut).IndexOf("/")),
                Submitted = r != null && r.FirstSubmittedAt != null,
                State = r == null ? null : r.State,
                Late = r != null && r.SubmittedLate,
                Overdue = overdue.Contains(o.Kind),
                Charter = db.Charters.Any(c => c.OfficeId == o.Id && c.Versions.Any(v => v.PublishedOn >= first && v.PublishedOn <= last)),
                Committee = db.Set<CommitteeQuarterRecord>().Any(q => q.Committee.OfficeId == o.Id && q.Committee.Kind == CommitteeKind.CharterMonitoring
                    && q.FiscalYearStart == fyStart && (annual || q.Quarter == qNumber)),
                Meeting = db.Meetings.Any(m => m.OfficeId == o.Id && m.MinutesState == MinutesState.Issued && m.Date >= first && m.Date <= last
                    && (m.Kind == MeetingKind.CharterCoordination || m.Kind == MeetingKind.CharterStakeholder)),
            };
        var grouped = await (
            from f in facts
            group f by f.Key into g
            select new
            {
                g.Key,
                Offices = g.Count(),
                NotDue = g.Sum(f => !f.Submitted && !f.Overdue ? 1 : 0),
                Missing = g.Sum(f => !f.Submitted && f.Overdue ? 1 : 0),
                OnTime = g.Sum(f => f.Submitted && f.State != ReportState.Returned && !f.Late ? 1 : 0),
                Late = g.Sum(f => f.Submitted && f.State != ReportState.Returned && f.Late ? 1 : 0),
                Returned = g.Sum(f => f.State == ReportState.Returned ? 1 : 0),
                Accepted = g.Sum(f => f.State == ReportState.Accepted ? 1 : 0),
                Awaiting = g.Sum(f => f.State == ReportState.Submitted ? 1 : 0),
                // Expected: the deadline has passed, or the office already sent it (an early report counts before the deadline).
                Due = g.Sum(f => f.Overdue || f.Submitted ? 1 : 0),
                OnTimeOfDue = g.Sum(f => f.Submitted && f.State != ReportState.Returned && !f.Late ? 1 : 0),
                Charter = g.Sum(f => f.Charter ? 1 : 0),
                Committee = g.Sum(f => f.Committee ? 1 : 0),
                Meeting = g.Sum(f => f.Meeting ? 1 : 0),
            }).ToListAsync(ct);

        // Decisions of issued minutes of meetings held in the quarter, by the convening office's group (ImplementationShares' rules).
        var keyed = offices.Select(o => new { o.Id, Key = o.Id == rootId || o.Path == prefix ? o.Id.ToString() : o.Path.Substring(cut, o.Path.Substring(cut).IndexOf("/")) });
        var decisions = await (
            from d in db.Set<Decision>().AsNoTracking()
            join s in keyed on d.Item.Meeting.OfficeId equals s.Id
            where d.Item.Meeting.MinutesState == MinutesState.Issued && d.Item.Meeting.Date >= first && d.Item.Meeting.Date <= last
            group d by s.Key into g
            select new
            {
                g.Key,
                Counted = g.Sum(d => !d.Progress.Any() || d.Progress.Any(p => p.Status != DecisionStatus.Dropped) ? 1 : 0),
                Implemented = g.Sum(d => d.Progress.Any(p => p.Status == DecisionStatus.Done)
                    && d.Progress.All(p => p.Status == DecisionStatus.Done || p.Status == DecisionStatus.Dropped) ? 1 : 0),
            }).ToListAsync(ct);
        var decisionsByKey = decisions.ToDictionary(d => int.Parse(d.Key), d => (d.Implemented, d.Counted));

        var figures = grouped.ToDictionary(g => int.Parse(g.Key), g =>
        {
            var (implemented, counted) = decisionsByKey.GetValueOrDefault(int.Parse(g.Key));
            return new ComplianceFigures(g.Offices, g.NotDue, g.Missing, g.OnTime, g.Late, g.Returned, g.Accepted, g.Awaiting, g.Due, g.OnTimeOfDue,
                g.Charter, g.Committee, g.Meeting, implemented, counted);
        });
        var total = figures.Values.Aggregate(ComplianceFigures.Zero, (a, b) => a.Plus(b));

        // The root and its direct subordinates, with their own report (a few hundred rows at most).
        var own = await (
            from o in db.Offices.AsNoTracking()
            where o.Id == rootId || o.ParentId == rootId
            join r0 in reports on o.Id equals r0.OfficeId into rs
            from r in rs.DefaultIfEmpty()
            orderby o.Kind, o.NameEn
            select new
            {
                o.Id, o.Code, o.NameBn, o.NameEn, o.Kind,
                HasSubordinates = db.Offices.Any(c => c.ParentId == o.Id),
                State = r == null ? (ReportState?)null : r.State,
                Late = r != null && r.SubmittedLate,
                Submitted = r != null && r.FirstSubmittedAt != null,
            }).ToListAsync(ct);
        OwnReport Own(OfficeKind kind, ReportState? state, bool late, bool submitted) =>
            new(Protishruti.Domain.Monitoring.Compliance.Of(state ?? ReportState.Draft, late, submitted, deadlines[kind], today), state, deadlines[kind]);
        var rootRow = own.Single(o => o.Id == rootId);
        var children = own.Where(o => o.Id != rootId)
            .Select(o => new ComplianceChild(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.HasSubordinates, Own(o.Kind, o.State, o.Late, o.Submitted),
                figures.GetValueOrDefault(o.Id, ComplianceFigures.Zero)))
            .ToList();

        var indicators = plan is null ? [] : await IndicatorsAsync(plan, offices, reports, qNumber, total.Offices, ct);
        return new ComplianceReport(root.Id, root.Code, root.NameBn, root.NameEn, root.Kind, rootRow.HasSubordinates, year, period, planKind,
            plan?.TitleBn, plan?.TitleEn, today, deadlines, Own(rootRow.Kind, rootRow.State, rootRow.Late, rootRow.Submitted), total, children, indicators);
    }

    /// <summary>
    /// Per indicator, the figures of submitted and accepted reports grouped by (indicator, value): the database counts,
    /// and the comparison with the target happens on the few distinct values — SQLite keeps decimals as text, so
    /// comparing them in SQL would not be the same on both databases.
    /// </summary>
    private async Task<List<IndicatorCompliance>> IndicatorsAsync(ActionPlan plan, IQueryable<Office> offices, IQueryable<ProgressReport> reports,
        int quarter, int scopeCount, CancellationToken ct)
    {
        var values = await (
            from e in db.Set<ReportEntry>().AsNoTracking()
            join r in reports on e.ProgressReportId equals r.Id
            join o in offices on r.OfficeId equals o.Id
            where (r.State == ReportState.Submitted || r.State == ReportState.Accepted) && (e.Achieved != null || e.DoneOn != null)
            group e by new { e.PlanIndicatorId, e.Achieved, e.DoneOn } into g
            select new { g.Key.PlanIndicatorId, g.Key.Achieved, g.Key.DoneOn, Count = g.Count() }).ToListAsync(ct);
        var withSubordinates = await offices.CountAsync(o => db.Offices.Any(c => c.ParentId == o.Id), ct);
        var byIndicator = values.ToLookup(v => v.PlanIndicatorId);
        return plan.Indicators.OrderBy(i => i.Order).Select(i =>
        {
            var target = quarter is >= 1 and <= 4 ? i.QuarterTarget(quarter) : i.AnnualTarget;
            bool Reaches(decimal? achieved, DateOnly? doneOn) => i.Unit == IndicatorUnit.Date
                ? doneOn is { } d && (i.TargetDate is not { } t || d <= t)
                : achieved is { } a && a >= (target ?? 0);
            var rows = byIndicator[i.Id].ToList();
            var reached = rows.Where(v => Reaches(v.Achieved, v.DoneOn)).Sum(v => v.Count);
            var applicable = i.Applicability switch
            {
                Applicability.WithSubordinates => withSubordinates,
                Applicability.WithoutSubordinates => scopeCount - withSubordinates,
                _ => scopeCount,
            };
            return new IndicatorCompliance(i.Id, i.Code, i.TextBn, i.TextEn, i.Unit, target, i.TargetDate, i.Applicability, applicable,
                reached, rows.Sum(v => v.Count) - reached);
        }).ToList();
    }
}
