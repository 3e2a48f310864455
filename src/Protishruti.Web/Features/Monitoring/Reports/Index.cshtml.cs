using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>One period's line on the monitoring home: deadline, state, on time or late, marks as last submitted.</summary>
public sealed record PeriodLine(ReportPeriod Period, DateOnly DueOn, ReportState? State, ComplianceStatus Status, bool Late,
    decimal? Marks, decimal? ScoredWeight, ApaGrade? Grade, DateTime? SubmittedAt);

/// <summary>The office's monitoring home: the year's plan, and each period's report with its deadline and state.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, ProgressReports reports, TimeProvider time) : OfficePage(db, access)
{
    public PlanKind Kind { get; private set; }
    public FiscalYear Year { get; private set; }
    public ActionPlan? Plan { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool HasSubordinates { get; private set; }
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }
    public List<PeriodLine> Lines { get; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? fy, string? plan, CancellationToken ct)
    {
        var write = false;
        if (await LoadOfficeAsync(code, async o => { bool read; (read, write) = await ReportAccess.ForAsync(Db, Access, User, o, ct); return read; }, ct)
            is { } denied) return denied;
        var office = Office;
        (CanWrite, Kind) = (write, ReportAccess.KindOf(plan));
        Today = time.TodayInBangladesh();
        Years = await Db.ActionPlans.AsNoTracking().Where(p => p.Kind == Kind).Select(p => p.FiscalYearStart).OrderByDescending(y => y).ToListAsync(ct);
        // Without a year asked for: the year of the report offices are writing now, or the latest year that has a plan.
        var writing = ReportingCalendar.LastEnded(Today).Year;
        Year = FiscalYear.TryParse(fy, out var asked) ? asked
            : Years.Contains(writing.StartYear) || Years.Count == 0 ? writing : new FiscalYear(Years[0]);
        HasSubordinates = await reports.HasSubordinatesAsync(office.Id, ct);
        Plan = await reports.PlanAsync(Year, Kind, ct);
        if (Plan is null) return Page();

        var mine = await Db.ProgressReports.AsNoTracking().Include(r => r.Steps)
            .Where(r => r.OfficeId == office.Id && r.ActionPlanId == Plan.Id).ToListAsync(ct);
        foreach (var period in ReportPeriods.All)
        {
            var r = mine.FirstOrDefault(x => x.Period == period);
            var due = r?.DueOn ?? await reports.DueOnAsync(Year, period, office.Kind, ct);
            var status = r?.StatusOn(Today) ?? Protishruti.Domain.Monitoring.Compliance.Of(ReportState.Draft, false, false, due, Today);
            var sent = r?.Steps.Where(s => s.SnapshotJson is not null).OrderBy(s => s.At).LastOrDefault() is { } step
                ? ReportGrid.FromJson(step.SnapshotJson!) : null;
            Lines.Add(new PeriodLine(period, due, r?.State, status, r?.SubmittedLate ?? false,
                sent?.Marks, sent?.ScoredWeight, sent?.Grade, r?.LastSubmittedAt));
        }
        return Page();
    }
}
