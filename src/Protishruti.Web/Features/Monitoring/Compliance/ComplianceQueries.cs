using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Compliance;

/// <summary>The figures of a set of offices (an office's subtree, or the whole scope) for one quarter.</summary>
public sealed record ComplianceFigures(
    int Offices, int NotDue, int Missing, int OnTime, int Late, int Returned, int Accepted, int AwaitingReview,
    int Due, int OnTimeOfDue, int CharterPublished, int CommitteeActed, int MeetingsHeld, int DecisionsImplemented, int DecisionsCounted)
{
    public static readonly ComplianceFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// DHIS2's "reporting rate on time": offices whose report stands submitted on time (waiting for review or accepted)
    /// over offices whose report is due; null when none is due. A returned report counts again once resubmitted, and
    /// stays on time if its first submission was (the domain rule on lateness).
    /// </summary>
    public decimal? OnTimeRate => Due == 0 ? null : Math.Round(100m * OnTimeOfDue / Due, 1);

    public decimal? DecisionsShare => DecisionsCounted == 0 ? null : Math.Round(100m * DecisionsImplemented / DecisionsCounted, 1);

    public int Count(ComplianceStatus status) => status switch
    {
        ComplianceStatus.NotDue => NotDue,
        ComplianceStatus.Missing => Missing,
        ComplianceStatus.OnTime => OnTime,
        ComplianceStatus.Late => Late,
        _ => Returned,
    };

    public ComplianceFigures Plus(ComplianceFigures o) => new(Offices + o.Offices, NotDue + o.NotDue, Missing + o.Missing, OnTime + o.OnTime,
        Late + o.Late, Returned + o.Returned, Accepted + o.Accepted, AwaitingReview + o.AwaitingReview, Due + o.Due, OnTimeOfDue + o.OnTimeOfDue,
        CharterPublished + o.CharterPublished, CommitteeActed + o.CommitteeActed, MeetingsHeld + o.MeetingsHeld,
        DecisionsImplemented + o.DecisionsImplemented, DecisionsCounted + o.DecisionsCounted);
}

/// <summary>One office's own report for the period: its dashboard status and, when there is a report, its workflow state.</summary>
public sealed record OwnReport(ComplianceStatus Status, ReportState? State, DateOnly DueOn)
{
    public bool Accepted => State == ReportState.Accepted;
    public bool AwaitingReview => State == ReportState.Submitted;
}

/// <summary>A drill-down row: a direct subordinate of the root, its own report, and the figures of its whole subtree (itself included).</summary>
public sealed record ComplianceChild(int OfficeId, string Code, string NameBn, string NameEn, OfficeKind Kind, bool HasSubordinates,
    OwnReport Own, ComplianceFigures Figures)
{
    public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
}

/// <summary>An indicator of the plan over the scope: offices whose submitted or accepted report reaches the quarter's target, falls below it, or has no figure.</summary>
public sealed record IndicatorCompliance(int IndicatorId, string Code, string TextBn, string TextEn, IndicatorUnit Unit, decimal? Target,
    DateOnly? TargetDate, Applicability Applicability, int Applicable, int Reached, int Below)
{
    public int NoFigure => Math.Max(0, Applicable - Reached - Below);
    public string Text(bool bengali) => bengali || string.IsNullOrWhiteSpace(TextEn) ? TextBn : TextEn;
    public string CodeLabel(bool bengali) => $"[{(bengali ? BengaliDigits.ToBengali(Code) : Code)}]";
}

public sealed record ComplianceReport(
    int RootId, string RootCode, string RootNameBn, string RootNameEn, OfficeKind RootKind, bool RootHasSubordinates,
    FiscalYear Year, ReportPeriod Period, PlanKind PlanKind, string? PlanTitleBn, string? PlanTitleEn, DateOnly Today,
    IReadOnlyDictionary<OfficeKind, DateOnly> Deadlines, OwnReport RootOwn, ComplianceFigures Total,
    IReadOnlyList<ComplianceChild> Children, IReadOnlyList<IndicatorCompliance> Indicators)
{
    public string RootName(bool bengali) => bengali || string.IsNullOrWhiteSpace(RootNameEn) ? RootNameBn : RootNameEn;
    public FiscalQuarter Quarter => Period.Quarter(Year)!.Value;
    public bool HasPlan => PlanTitleBn is not null;
}

/// <summary>
/// The compliance roll-up (ADR 0022): for a root office, a fiscal year and a quarter, the report status of every office
/// in the root's subtree and what they did in the quarter, counted by the database in a fixed number of grouped queries
/// whatever the size of the subtree — never office by office. Offices are grouped by the direct subordinate of the root
/// they sit under, read from the materialized path (the path segment right after the root's own prefix), so one query
/// gives the drill-down rows and their sum gives the total.
/// </summary>
#pragma warning disable CA1866 // string.IndexOf(string) is what both providers translate
public sealed class ComplianceQueries(AppDbContext db)
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
        if (!period.IsQuarter()) throw new ArgumentOutOfRangeException(nameof(period), "The dashboard covers a quarter.");
        var quarter = period.Quarter(year)!.Value;
        var (first, last) = (quarter.Start, quarter.End);
        var fyStart = year.StartYear;
        var qNumber = quarter.Number;

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
                    && q.FiscalYearStart == fyStart && q.Quarter == qNumber),
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
            var target = i.QuarterTarget(quarter);
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
