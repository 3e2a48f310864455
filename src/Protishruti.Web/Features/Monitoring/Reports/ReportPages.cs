using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>The URLs of the monitoring pages (issue 6's URL map); the plan kind travels as <c>?plan=</c> unless it is the charter plan.</summary>
public static class ReportLinks
{
    private static string Plan(PlanKind kind, char joiner) => kind == PlanKind.CitizenCharter ? "" : $"{joiner}plan={kind.Slug()}";

    public static string Home(string code, FiscalYear year, PlanKind kind = PlanKind.CitizenCharter) =>
        $"/offices/{code}/monitoring?fy={year.LabelEn}{Plan(kind, '&')}";

    public static string Report(string code, FiscalYear year, ReportPeriod period, PlanKind kind = PlanKind.CitizenCharter) =>
        $"/offices/{code}/monitoring/{year.LabelEn}/{period.Slug()}{Plan(kind, '?')}";

    public static string Submission(string code, FiscalYear year, ReportPeriod period, PlanKind kind, long stepId) =>
        $"/offices/{code}/monitoring/{year.LabelEn}/{period.Slug()}?{(kind == PlanKind.CitizenCharter ? "" : $"plan={kind.Slug()}&")}submission={stepId}";

    public static string Document(string code, FiscalYear year, ReportPeriod period, PlanKind kind, string extension) =>
        $"/offices/{code}/monitoring/{year.LabelEn}/{period.Slug()}/report.{extension}{Plan(kind, '?')}";

    public static string Review(string code, FiscalYear year, ReportPeriod period) => $"/offices/{code}/monitoring/{year.LabelEn}/{period.Slug()}/review";

    public static string Reviews(string code, FiscalYear year, ReportPeriod? period = null) =>
        $"/offices/{code}/monitoring/reviews?fy={year.LabelEn}{(period is { } p ? $"&period={p.Slug()}" : "")}";

    public static string Compliance(string code, FiscalYear year) => $"/offices/{code}/compliance?fy={year.LabelEn}";

    public static PlanKind KindOf(string? slug) => PlanKindNames.FromSlug(string.IsNullOrWhiteSpace(slug) ? "cc" : slug) ?? PlanKind.CitizenCharter;
}

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
