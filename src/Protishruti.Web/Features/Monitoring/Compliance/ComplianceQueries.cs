using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
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
    public bool Annual => Period == ReportPeriod.Annual;

    /// <summary>"২০২৪-২৫ অর্থবছরের ১ম কোয়ার্টার (জুলাই–সেপ্টেম্বর)", or for the annual report the year.</summary>
    public string PeriodLabel(bool bengali) => Period.Quarter(Year) is { } q
        ? q.Label(bengali)
        : bengali ? $"{Year.LabelBn} অর্থবছর (বার্ষিক, জুলাই–জুন)" : $"FY {Year.LabelEn} (annual, July–June)";
    public bool HasPlan => PlanTitleBn is not null;
}

/// <summary>
/// The compliance roll-up (ADR 0022): for a root office, a fiscal year and a quarter, the report status of every office
/// in the root's subtree and what they did in the quarter, summed by the database from the per-office facts of the
/// quarter (<see cref="ComplianceFact"/>, brought up to date first by <see cref="ComplianceFactStore"/>) in a fixed
/// number of grouped queries whatever the size of the subtree. Offices are grouped by the direct subordinate of the
/// root they sit under, read from the materialized path (the path segment right after the root's own prefix), so one
/// query gives the drill-down rows and their sum gives the total.
/// </summary>
#pragma warning disable CA1866 // string.IndexOf(string) is what both providers translate
public sealed class ComplianceQueries(AppDbContext db, ComplianceFactStore store)
{
    public async Task<ComplianceReport> ForAsync(Office root, FiscalYear year, ReportPeriod period, PlanKind planKind, DateOnly today, CancellationToken ct = default)
    {
        var fyStart = year.StartYear;

        // Six tiers: the deadline of each is known before the query, so "due" is a membership test on the office kind.
        var configured = await db.ReportingDeadlines.AsNoTracking().Where(d => d.FiscalYearStart == fyStart && d.Period == period).ToListAsync(ct);
        var deadlines = Enum.GetValues<OfficeKind>().ToDictionary(k => k, k => ReportingCalendar.DueOn(year, period, k, configured));
        var overdue = deadlines.Where(d => today > d.Value).Select(d => d.Key).ToList();

        var plan = await db.ActionPlans.AsNoTracking().Include(p => p.Indicators)
            .SingleOrDefaultAsync(p => p.FiscalYearStart == fyStart && p.Kind == planKind, ct);
        var planId = plan?.Id ?? -1;
        await store.EnsureAsync(year, period, planKind, ct);

        var rootId = root.Id;
        var prefix = $"{root.Path}{root.Id}/";
        var cut = prefix.Length;
        var rootKey = rootId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var facts = db.Set<ComplianceFact>().AsNoTracking()
            .Where(f => f.FiscalYearStart == fyStart && f.Period == period && f.PlanKind == planKind && f.Path.StartsWith(prefix));

        // The key: the root itself, a direct subordinate itself, or the first path segment after the root's prefix.
        var grouped = await (
            from f in facts
            let key = f.Path == prefix ? rootKey : f.Path.Substring(cut, f.Path.Substring(cut).IndexOf("/"))
            group new { f, Overdue = overdue.Contains(f.OfficeKind) } by key into g
            select new
            {
                g.Key,
                Offices = g.Count(),
                NotDue = g.Sum(x => !x.f.Submitted && !x.Overdue ? 1 : 0),
                Missing = g.Sum(x => !x.f.Submitted && x.Overdue ? 1 : 0),
                OnTime = g.Sum(x => x.f.Submitted && x.f.State != ReportState.Returned && !x.f.Late ? 1 : 0),
                Late = g.Sum(x => x.f.Submitted && x.f.State != ReportState.Returned && x.f.Late ? 1 : 0),
                Returned = g.Sum(x => x.f.State == ReportState.Returned ? 1 : 0),
                Accepted = g.Sum(x => x.f.State == ReportState.Accepted ? 1 : 0),
                Awaiting = g.Sum(x => x.f.State == ReportState.Submitted ? 1 : 0),
                // Expected: the deadline has passed, or the office already sent it (an early report counts before the deadline).
                Due = g.Sum(x => x.Overdue || x.f.Submitted ? 1 : 0),
                Charter = g.Sum(x => x.f.Charter ? 1 : 0),
                Committee = g.Sum(x => x.f.Committee ? 1 : 0),
                Meeting = g.Sum(x => x.f.Meeting ? 1 : 0),
                Implemented = g.Sum(x => x.f.DecisionsImplemented),
                Counted = g.Sum(x => x.f.DecisionsCounted),
                WithSubordinates = g.Sum(x => x.f.HasSubordinates ? 1 : 0),
            }).ToListAsync(ct);

        var figures = grouped.ToDictionary(g => int.Parse(g.Key), g =>
            new ComplianceFigures(g.Offices, g.NotDue, g.Missing, g.OnTime, g.Late, g.Returned, g.Accepted, g.Awaiting, g.Due, g.OnTime,
                g.Charter, g.Committee, g.Meeting, g.Implemented, g.Counted));
        var total = figures.Values.Aggregate(ComplianceFigures.Zero, (a, b) => a.Plus(b));

        // The root and its direct subordinates, with their own report (a few hundred rows at most).
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.FiscalYearStart == fyStart && r.Period == period && r.ActionPlanId == planId);
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

        var indicators = plan is null ? [] : await IndicatorsAsync(plan, root, period, total.Offices, grouped.Sum(g => g.WithSubordinates), ct);
        return new ComplianceReport(root.Id, root.Code, root.NameBn, root.NameEn, root.Kind, rootRow.HasSubordinates, year, period, planKind,
            plan?.TitleBn, plan?.TitleEn, today, deadlines, Own(rootRow.Kind, rootRow.State, rootRow.Late, rootRow.Submitted), total, children, indicators);
    }

    /// <summary>
    /// Per indicator, how many offices of the subtree reach the quarter's target and how many have a figure below it:
    /// the sums of the indicator's bit in the facts' <c>Reached</c> and <c>Below</c> sets, one statement for all indicators.
    /// </summary>
    private async Task<List<IndicatorCompliance>> IndicatorsAsync(ActionPlan plan, Office root, ReportPeriod period, int scopeCount, int withSubordinates, CancellationToken ct)
    {
        var ordered = ComplianceFactStore.Ordered(plan);
        var counts = new long[ordered.Count * 2];
        if (ordered.Count > 0)
        {
            var sums = string.Join(", ", Enumerable.Range(0, ordered.Count).Select(k => $"""SUM((f."Reached" >> {k}) & 1), SUM((f."Below" >> {k}) & 1)"""));
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT {sums} FROM "ComplianceFacts" f
                    WHERE f."FiscalYearStart" = {plan.FiscalYearStart} AND f."Period" = {(int)period} AND f."PlanKind" = {(int)plan.Kind}
                      AND f."Path" LIKE @prefix
                    """;
                var prefix = command.CreateParameter();
                prefix.ParameterName = "@prefix";
                prefix.Value = $"{root.Path}{root.Id}/%";
                command.Parameters.Add(prefix);
                await using var reader = await command.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct))
                    for (var c = 0; c < counts.Length; c++)
                        counts[c] = reader.IsDBNull(c) ? 0 : Convert.ToInt64(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        return plan.Indicators.OrderBy(i => i.Order).Select(i =>
        {
            var k = ordered.IndexOf(i);
            var applicable = i.Applicability switch
            {
                Applicability.WithSubordinates => withSubordinates,
                Applicability.WithoutSubordinates => scopeCount - withSubordinates,
                _ => scopeCount,
            };
            return new IndicatorCompliance(i.Id, i.Code, i.TextBn, i.TextEn, i.Unit, ComplianceFactStore.PeriodTarget(i, period), i.TargetDate, i.Applicability, applicable,
                k < 0 ? 0 : (int)counts[2 * k], k < 0 ? 0 : (int)counts[2 * k + 1]);
        }).ToList();
    }
}
