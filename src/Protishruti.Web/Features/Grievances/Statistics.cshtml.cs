using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Grievances;

/// <summary>Public complaint statistics of an office and every office under it, for a quarter or a fiscal year: counts only.</summary>
[AllowAnonymous]
public sealed class StatisticsModel(AppDbContext db, GrievanceStatistics statistics, TimeProvider time) : PageModel
{
    public Office Office { get; private set; } = null!;
    public GrievanceReport? Report { get; private set; }
    public string? Error { get; private set; }
    public string Fy { get; private set; } = "";
    public string Quarter { get; private set; } = "annual";

    public async Task<IActionResult> OnGetAsync(string code, string? fy, string? quarter, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        Office = office;
        var today = time.TodayInBangladesh();
        var (period, bn, en) = PerformancePeriod.Parse(fy, quarter, today);
        if (period is null)
        {
            Error = Ui.T(bn!, en!);
            Fy = fy ?? "";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Fy = Ui.Digits(period.Year.LabelEn);
        Quarter = period.QuarterSlug;
        Report = await statistics.ForAsync(office, period, today, ct);
        return Page();
    }
}
