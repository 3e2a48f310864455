using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>
/// Who may read and who may write an office's progress report. The office's Editor and Approver write it
/// (ReportProgress); whoever monitors the office reads it; so does whoever reviews reports at the parent office
/// (ReviewReports on the parent: its Editor, Approver or Monitor), who must open the report, its evidence and its document.
/// </summary>
public static class ReportAccess
{
    public static async Task<(bool Read, bool Write)> ForAsync(AppDbContext db, OfficeAccess access, ClaimsPrincipal user, Office office,
        CancellationToken ct)
    {
        if (await access.CanAsync(user, OfficeAction.ReportProgress, office, ct)) return (true, true);
        if (await access.CanAsync(user, OfficeAction.Monitor, office, ct)) return (true, false);
        if (office.ParentId is { } parentId && await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == parentId, ct) is { } parent
            && await access.CanAsync(user, OfficeAction.ReviewReports, parent, ct))
            return (true, false);
        return (false, false);
    }

    public static PlanKind KindOf(string? slug) => PlanKindNames.FromSlug(string.IsNullOrWhiteSpace(slug) ? "cc" : slug) ?? PlanKind.CitizenCharter;

    /// <summary>The fiscal year and period of a report URL ("2024-25", "q1"), or null when either is not one.</summary>
    public static (FiscalYear Year, ReportPeriod Period)? Parse(string? fy, string? period) =>
        FiscalYear.TryParse(fy, out var year) && ReportPeriods.FromSlug(period?.ToLowerInvariant()) is { } p ? (year, p) : null;
}

/// <summary>How the report pages print a moment: its date and time in Bangladesh, in the page's digits.</summary>
public static class ReportTimes
{
    public static DateTimeOffset InBangladesh(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(BangladeshTime.Offset);

    public static string When(DateTime utc)
    {
        var local = InBangladesh(utc);
        return $"{Infrastructure.Localization.Ui.Date(DateOnly.FromDateTime(local.DateTime))}, " +
               Infrastructure.Localization.Ui.Digits(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
