using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Plans;

/// <summary>
/// A fiscal year's reporting deadlines per period and tier (SystemAdmin). A cell shows what <see cref="ReportingCalendar"/>
/// will use: the tier's own deadline, else the one for all tiers, else the default.
/// </summary>
[Authorize]
public sealed class DeadlinesModel(AppDbContext db, OfficeAccess access, TimeProvider time) : PageModel
{
    public FiscalYear Year { get; private set; }
    public IReadOnlyList<ReportingDeadline> Configured { get; private set; } = [];

    [BindProperty] public SetInput Set { get; set; } = new();
    [TempData] public string? Done { get; set; }

    public sealed class SetInput
    {
        public ReportPeriod Period { get; set; } = ReportPeriod.Q1;
        /// <summary>Empty for every tier.</summary>
        public OfficeKind? Tier { get; set; }
        public string? DueOn { get; set; }
        public string? OpensOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? fy, CancellationToken ct)
    {
        if (await LoadAsync(fy, ct) is { } denied) return denied;
        return Page();
    }

    public async Task<IActionResult> OnPostSetAsync(string? fy, CancellationToken ct)
    {
        if (await LoadAsync(fy, ct) is { } denied) return denied;
        ModelState.Clear();
        DateOnly? due = null, opens = null;
        if (FormErrors.TryParseDate(Set.DueOn, out var d)) due = d;
        else ModelState.AddModelError("Set.DueOn", Ui.T("শেষ তারিখ দিন।", "Enter the deadline."));
        if (!string.IsNullOrWhiteSpace(Set.OpensOn))
        {
            if (FormErrors.TryParseDate(Set.OpensOn, out var o)) opens = o;
            else ModelState.AddModelError("Set.OpensOn", Ui.T("তারিখ লিখুন, যেমন ২০২৪-১০-০১।", "Enter a date such as 2024-10-01."));
        }
        if (!ModelState.IsValid) return Page();
        var existing = Configured.FirstOrDefault(c => c.Period == Set.Period && c.Tier == Set.Tier);
        try
        {
            if (existing is not null) db.ReportingDeadlines.Attach(existing).Entity.Change(due!.Value, opens);
            else db.ReportingDeadlines.Add(new ReportingDeadline(Year, Set.Period, Set.Tier, due!.Value, opens));
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field is { } f ? $"Set.{f}" : "", e);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        Done = Ui.T($"{Set.Period.Bn()} — {TierName(Set.Tier)}: শেষ তারিখ {Ui.Date(due!.Value)}।", $"{Set.Period.En()} — {TierName(Set.Tier)}: due on {Ui.Date(due!.Value)}.");
        return Redirect(Links.Admin.Deadlines(Year.LabelEn));
    }

    public async Task<IActionResult> OnPostClearAsync(string? fy, ReportPeriod period, OfficeKind? tier, CancellationToken ct)
    {
        if (await LoadAsync(fy, ct) is { } denied) return denied;
        if (Configured.FirstOrDefault(c => c.Period == period && c.Tier == tier) is { } existing)
        {
            db.ReportingDeadlines.Remove(existing);
            await db.SaveChangesAsync(ct);
            Done = Ui.T($"{period.Bn()} — {TierName(tier)}: নির্ধারিত তারিখ মুছে ফেলা হয়েছে।", $"{period.En()} — {TierName(tier)}: the deadline was cleared.");
        }
        return Redirect(Links.Admin.Deadlines(Year.LabelEn));
    }

    public static string TierName(OfficeKind? tier) => tier is { } k ? Ui.Pick(k.Bn(), k.En()) : Ui.T("সকল স্তর", "All tiers");

    /// <summary>What the calendar uses for a cell, and whether it was configured for exactly this cell.</summary>
    public (DateOnly Due, ReportingDeadline? Own) Cell(ReportPeriod period, OfficeKind? tier)
    {
        var own = Configured.FirstOrDefault(c => c.Period == period && c.Tier == tier);
        if (own is not null) return (own.DueOn, own);
        return (tier is null ? ReportingCalendar.DefaultDue(Year, period) : ReportingCalendar.DueOn(Year, period, tier.Value, Configured), null);
    }

    private async Task<IActionResult?> LoadAsync(string? fy, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        if (string.IsNullOrWhiteSpace(fy)) Year = ReportingCalendar.LastEnded(time.TodayInBangladesh()).Year;
        else if (FiscalYear.TryParse(fy, out var y)) Year = y;
        else return NotFound();
        var start = Year.StartYear;
        Configured = await db.ReportingDeadlines.AsNoTracking().Where(d => d.FiscalYearStart == start).ToListAsync(ct);
        return null;
    }
}
