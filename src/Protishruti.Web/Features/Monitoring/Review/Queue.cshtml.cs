using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Review;

/// <summary>
/// The parent office's review queue: each direct subordinate's report for one period — waiting for review (on time or
/// late), returned, accepted, or missing once the tier's deadline has passed. Defaults to the last quarter that ended.
/// </summary>
[Authorize]
public sealed class QueueModel(AppDbContext db, OfficeAccess access, ReportReviews reviews, TimeProvider time) : OfficePage(db, access)
{
    public FiscalYear Year { get; private set; }
    public ReportPeriod Period { get; private set; }
    public PlanKind Kind { get; private set; } = PlanKind.CitizenCharter;
    public ActionPlan? Plan { get; private set; }
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public IReadOnlyList<FiscalYear> Years { get; private set; } = [];
    public IReadOnlyList<PlanKind> Kinds { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public int Count(QueueState state) => Rows.Count(r => r.State == state);
    public int LateCount => Rows.Count(r => r.State is QueueState.Awaiting && r.Late);

    public async Task<IActionResult> OnGetAsync(string code, string? fy, string? period, string? plan, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ReviewReports, ct) is { } denied) return denied;
        var office = Office;
        Today = time.TodayInBangladesh();
        var (lastYear, lastPeriod) = await MonitoringPeriods.DefaultAsync(Db, Today, plan, ct);
        // A query that does not parse falls back to the default period, as a filter form should.
        Year = FiscalYear.TryParse(fy, out var y) ? y : lastYear;
        Period = ReportPeriods.FromSlug(period?.Trim().ToLowerInvariant()) ?? lastPeriod;
        Kind = PlanKindNames.FromSlug(plan?.Trim().ToLowerInvariant()) ?? PlanKind.CitizenCharter;
        var plans = await Db.ActionPlans.AsNoTracking().Select(p => new { p.FiscalYearStart, p.Kind }).ToListAsync(ct);
        Years = plans.Select(p => p.FiscalYearStart).Append(Year.StartYear).Distinct().Order().Select(s => new FiscalYear(s)).ToList();
        Kinds = plans.Select(p => p.Kind).Append(Kind).Distinct().Order().ToList();
        Plan = await Db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.FiscalYearStart == Year.StartYear && p.Kind == Kind, ct);
        if (Plan is not null) Rows = await reviews.QueueAsync(office, Plan, Period, Today, ct);
        return Page();
    }
}
