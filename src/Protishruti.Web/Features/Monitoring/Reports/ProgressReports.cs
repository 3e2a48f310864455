using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>
/// Opens, refreshes, grids and submits an office's progress reports. The report row is created the first time the
/// office opens it (with the deadline that applies to its tier that year); computed achievements are recounted each
/// time the draft is opened and frozen when it is submitted, together with the grid as sent (ADR 0024).
/// </summary>
public sealed class ProgressReports(AppDbContext db, Achievements achievements, TimeProvider clock)
{
    public Task<ActionPlan?> PlanAsync(FiscalYear year, PlanKind kind, CancellationToken ct = default) =>
        db.ActionPlans.Include(p => p.Indicators).SingleOrDefaultAsync(p => p.FiscalYearStart == year.StartYear && p.Kind == kind, ct);

    public Task<bool> HasSubordinatesAsync(int officeId, CancellationToken ct = default) =>
        db.Offices.AnyAsync(o => o.ParentId == officeId, ct);

    public async Task<DateOnly> DueOnAsync(FiscalYear year, ReportPeriod period, OfficeKind tier, CancellationToken ct = default)
    {
        var configured = await db.ReportingDeadlines.AsNoTracking().Where(d => d.FiscalYearStart == year.StartYear && d.Period == period).ToListAsync(ct);
        return ReportingCalendar.DueOn(year, period, tier, configured);
    }

    /// <summary>The office's report (tracked, with entries and steps), or null when it was never opened.</summary>
    public Task<ProgressReport?> FindAsync(int officeId, int planId, ReportPeriod period, CancellationToken ct = default) =>
        db.ProgressReports.Include(r => r.Entries).Include(r => r.Steps)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.OfficeId == officeId && r.ActionPlanId == planId && r.Period == period, ct);

    /// <summary>The report, started (and added to the context, not saved) when the office opens it for the first time.</summary>
    public async Task<ProgressReport> OpenAsync(Office office, ActionPlan plan, ReportPeriod period, CancellationToken ct = default)
    {
        var report = await FindAsync(office.Id, plan.Id, period, ct);
        if (report is not null) return report;
        report = new ProgressReport(office.Id, plan, period, await DueOnAsync(plan.FiscalYear, period, office.Kind, ct));
        db.ProgressReports.Add(report);
        return report;
    }

    /// <summary>Recounts the computed achievements of an editable report from the office's records (nothing once submitted).</summary>
    public async Task RefreshAsync(ProgressReport report, Office office, bool hasSubordinates, CancellationToken ct = default)
    {
        if (!report.IsEditable) return;
        var computed = report.Plan.For(hasSubordinates).Where(i => i.IsComputed).ToList();
        var values = await achievements.ComputeAsync(office.Id, office.Code, report.FiscalYear, report.Period, computed.Select(i => i.Source), ct);
        foreach (var i in computed)
        {
            var a = values[i.Source];
            // The first link and its label are kept on the row: a submitted report shows them without recounting.
            report.Compute(i, a.Value ?? 0, a.Evidence.Count == 0 ? null : a.Evidence[0].Url, a.Evidence.Count == 0 ? a.NoteBn : a.Evidence[0].LabelBn);
        }
    }

    /// <summary>The grid of a report: this period's entries and the earlier quarters' reports of the same year.</summary>
    public async Task<ReportGrid> GridAsync(ProgressReport report, Office office, bool hasSubordinates, CancellationToken ct = default)
    {
        var plan = report.Plan;
        // From the entries to their report (a join): SelectMany with the report's columns would need APPLY, which SQLite lacks.
        var earlier = await db.Set<ReportEntry>().AsNoTracking()
            .Where(e => e.Report.OfficeId == office.Id && e.Report.ActionPlanId == plan.Id && e.Report.Period != report.Period && e.Report.Period != ReportPeriod.Annual)
            .Select(e => new { e.Report.Period, e.PlanIndicatorId, e.Achieved, e.DoneOn })
            .ToListAsync(ct);
        var live = report.IsEditable
            ? await achievements.ComputeAsync(office.Id, office.Code, report.FiscalYear, report.Period,
                plan.For(hasSubordinates).Where(i => i.IsComputed).Select(i => i.Source), ct)
            : null;
        var parent = office.ParentId is { } pid ? await db.Offices.AsNoTracking().Where(o => o.Id == pid).Select(o => o.NameBn).SingleOrDefaultAsync(ct) : null;
        return Grid(report, office, parent, plan.For(hasSubordinates).ToList(), earlier.Select(e => (e.Period, e.PlanIndicatorId, e.Achieved, e.DoneOn)).ToList(), live,
            clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Submits the report once: recounts, freezes the grid as sent, records the step and saves it, having claimed the
    /// report in the same transaction (ADR 0033) — of two submits at once the second records nothing. On a refusal the
    /// context is cleared, so the caller reloads what is stored.
    /// </summary>
    public async Task<ReportGrid> SubmitAsync(ProgressReport report, Office office, string by, string? userId, CancellationToken ct = default)
    {
        try
        {
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await db.ClaimAsync(report, AlreadyDone.Submitted, ct);
            var sent = await FreezeAsync(report, office, by, userId, ct);
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
            return sent;
        }
        catch (DomainException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<ReportGrid> FreezeAsync(ProgressReport report, Office office, string by, string? userId, CancellationToken ct)
    {
        var hasSubordinates = await HasSubordinatesAsync(office.Id, ct);
        await RefreshAsync(report, office, hasSubordinates, ct);
        var applicable = report.Plan.For(hasSubordinates).ToList();
        var now = clock.GetUtcNow();
        // The snapshot is what the parent will see: build it as if already submitted (state and time are the submission's).
        var draft = await GridAsync(report, office, hasSubordinates, ct);
        var late = report.FirstSubmittedAt is null ? BangladeshTime.DateOf(now) > report.DueOn : report.SubmittedLate;
        var sent = draft with { State = ReportState.Submitted, Late = late, SubmittedAt = now.UtcDateTime };
        report.Submit(applicable, now, by, userId, sent.ToJson());
        return sent;
    }

    internal static ReportGrid Grid(ProgressReport report, Office office, string? parentNameBn, IReadOnlyList<PlanIndicator> indicators,
        IReadOnlyList<(ReportPeriod Period, int IndicatorId, decimal? Achieved, DateOnly? DoneOn)> earlier,
        IReadOnlyDictionary<AchievementSource, ComputedAchievement>? live, DateTime builtAt)
    {
        var year = report.FiscalYear;
        var shown = report.Period == ReportPeriod.Annual ? 4 : (int)report.Period;
        var (_, periodEnd) = report.Period.Span(year);
        var rows = new List<GridRow>();
        foreach (var i in indicators)
        {
            var mine = report.EntryFor(i.Id);
            var quarters = new decimal?[4];
            DateOnly? doneOn = null;
            for (var q = 1; q <= shown; q++)
            {
                if (report.Period != ReportPeriod.Annual && q == (int)report.Period)
                {
                    quarters[q - 1] = mine?.Achieved;
                    doneOn ??= mine?.DoneOn;
                }
                else if (earlier.FirstOrDefault(e => (int)e.Period == q && e.IndicatorId == i.Id) is { IndicatorId: > 0 } e)
                {
                    quarters[q - 1] = e.Achieved;
                    doneOn ??= e.DoneOn;
                }
            }
            if (report.Period == ReportPeriod.Annual && mine?.DoneOn is { } d) doneOn = d;
            var total = report.Period == ReportPeriod.Annual && mine?.Achieved is { } annual
                ? annual
                : Scoring.Total(i.Unit, quarters.Take(shown));
            var periodTarget = report.Period.IsQuarter() ? i.QuarterTarget((int)report.Period) : i.AnnualTarget;
            var targetToDate = TargetToDate(i, report.Period);
            decimal? marks = null;
            var grade = ApaGrade.None;
            if (i.Unit == IndicatorUnit.Date)
            {
                if (doneOn is not null || (i.TargetDate is { } td && td <= periodEnd))
                {
                    var s = Scoring.ScoreDate(i.Weight, i.TargetDate!.Value, doneOn);
                    (marks, grade) = (s.Marks, s.Grade);
                }
            }
            else if (targetToDate is > 0)
            {
                var s = Scoring.Score(i.Unit, i.Weight, targetToDate.Value, Math.Min(total ?? 0, i.Unit == IndicatorUnit.Percent ? 100 : decimal.MaxValue));
                (marks, grade) = (s.Marks, s.Grade);
            }
            var evidence = new List<EvidenceLink>();
            string? noteBn = null, noteEn = null;
            if (i.IsComputed && live is not null && live.TryGetValue(i.Source, out var a))
            {
                evidence.AddRange(a.Evidence);
                (noteBn, noteEn) = (a.NoteBn, a.NoteEn);
            }
            else if (i.IsComputed && mine?.EvidenceUrl is { } url)
                evidence.Add(new EvidenceLink(mine.EvidenceLabel ?? "প্রমাণক", mine.EvidenceLabel ?? "Evidence", url));
            if (mine?.EvidencePath is not null)
                evidence.Add(new EvidenceLink(mine.EvidenceName ?? "প্রমাণক", mine.EvidenceName ?? "Evidence",
                    EvidenceUrl(office, year, report.Period, i.Id, mine.EvidencePath)));
            rows.Add(new GridRow(i.Id, i.AreaBn, i.AreaEn, i.AreaMarks, i.ActivityCode, i.ActivityBn, i.ActivityEn, i.Code, i.TextBn, i.TextEn,
                i.Unit, i.Weight, i.AnnualTarget, i.TargetDate, periodTarget, targetToDate, quarters, doneOn, total, marks, grade,
                i.IsComputed, i.Assumed, i.EvidenceBn, i.EvidenceEn, evidence, mine?.Remarks, noteBn, noteEn));
        }
        var scored = rows.Where(r => r.Marks is not null).ToList();
        var scoredWeight = scored.Sum(r => r.Weight);
        var sum = scored.Sum(r => r.Marks!.Value);
        return new ReportGrid(office.Code, office.NameBn, office.NameEn, parentNameBn, year.StartYear, report.Period, report.Plan.Kind,
            report.Plan.TitleBn, report.Plan.TitleEn, rows, indicators.Sum(i => i.Weight), scoredWeight, sum,
            scoredWeight == 0 ? ApaGrade.None : ApaGrades.Of(sum / scoredWeight), report.DueOn, report.State, report.SubmittedLate,
            report.LastSubmittedAt, builtAt);
    }

    /// <summary>
    /// What is due by the end of the period: counts add the quarterly targets so far (the annual target by the fourth
    /// quarter and for the annual report; a quarter of it per quarter when the plan sets no quarterly split); a
    /// percentage is held to the period's own target. Null or 0: nothing is due yet, the row is not scored.
    /// </summary>
    public static decimal? TargetToDate(PlanIndicator i, ReportPeriod period)
    {
        if (i.Unit == IndicatorUnit.Percent)
            return period.IsQuarter() ? i.QuarterTarget((int)period) ?? i.AnnualTarget : i.AnnualTarget;
        if (i.Unit == IndicatorUnit.Date) return null;
        if (period is ReportPeriod.Annual or ReportPeriod.Q4) return i.AnnualTarget;
        var n = (int)period;
        var split = Enumerable.Range(1, 4).Select(i.QuarterTarget).ToList();
        if (split.All(t => t is null)) return Math.Ceiling(i.AnnualTarget * n / 4m);
        return split.Take(n).Sum(t => t ?? 0);
    }

    /// <summary>
    /// The link to an uploaded evidence file names the stored file (its content hash), so a submission's frozen grid
    /// keeps pointing at the file it was sent with after the office replaces it for a resubmission.
    /// </summary>
    public static string EvidenceUrl(Office office, FiscalYear year, ReportPeriod period, int indicatorId, string storedPath) =>
        Links.Monitoring.Evidence(office.Code, year, period, indicatorId, storedPath);
}
