using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring;

/// <summary>
/// The period a dashboard or review queue opens on when none is asked for: the last quarter that ended — the one
/// offices are reporting on — when its year has a plan; otherwise (no plan written for the year yet) the latest
/// quarter anyone submitted a report for, so the page shows figures instead of an empty year; otherwise the last quarter.
/// </summary>
public static class MonitoringPeriods
{
    public static async Task<(FiscalYear Year, ReportPeriod Period)> DefaultAsync(AppDbContext db, DateOnly today, string? plan, CancellationToken ct = default)
    {
        var kind = PlanKindNames.FromSlug(plan?.Trim().ToLowerInvariant()) ?? PlanKind.CitizenCharter;
        var last = ReportingCalendar.LastEnded(today);
        if (await db.ActionPlans.AnyAsync(p => p.FiscalYearStart == last.Year.StartYear && p.Kind == kind, ct)) return last;
        var latest = await db.ProgressReports.AsNoTracking()
            .Where(r => r.FirstSubmittedAt != null && r.Period != ReportPeriod.Annual && r.Plan.Kind == kind)
            .OrderByDescending(r => r.FiscalYearStart).ThenByDescending(r => r.Period)
            .Select(r => new { r.FiscalYearStart, r.Period })
            .FirstOrDefaultAsync(ct);
        return latest is null ? last : (new FiscalYear(latest.FiscalYearStart), latest.Period);
    }
}
