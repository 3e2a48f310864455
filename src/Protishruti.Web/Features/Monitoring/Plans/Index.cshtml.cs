using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Plans;

/// <summary>The action plans of every year (SystemAdmin): create one, or copy a year's plan to start the next.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public sealed record Row(int Id, int FiscalYearStart, PlanKind Kind, string TitleBn, string TitleEn, int Indicators, decimal WithSubordinates, decimal WithoutSubordinates);

    public IReadOnlyList<Row> Plans { get; private set; } = [];

    [BindProperty] public CreateInput Create { get; set; } = new();
    [BindProperty] public CopyInput Copy { get; set; } = new();
    [TempData] public string? Done { get; set; }

    public sealed class CreateInput
    {
        public string? Year { get; set; }
        public PlanKind Kind { get; set; } = PlanKind.CitizenCharter;
        public string? TitleBn { get; set; }
        public string? TitleEn { get; set; }
    }

    public sealed class CopyInput
    {
        public int? FromPlanId { get; set; }
        public string? Year { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        ModelState.Clear();
        var year = Year("Create.Year", Create.Year);
        ActionPlan? plan = null;
        if (year is { } fy)
        {
            await Taken("Create.Year", fy, Create.Kind, ct);
            ModelState.Check("Create.TitleBn", () => plan = new ActionPlan(fy, Create.Kind, Create.TitleBn ?? "", Create.TitleEn ?? ""));
        }
        if (!ModelState.IsValid || plan is null) return await PageAsync(ct);
        db.ActionPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return Redirect(Links.Admin.Plan(plan.Id));
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        ModelState.Clear();
        var source = Copy.FromPlanId is { } id ? await db.ActionPlans.Include(p => p.Indicators).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (source is null)
            ModelState.AddModelError("Copy.FromPlanId", Ui.T("কোন কর্মপরিকল্পনা অনুলিপি করবেন তা বাছাই করুন।", "Choose the plan to copy."));
        var year = Year("Copy.Year", Copy.Year);
        if (source is not null && year is { } fy) await Taken("Copy.Year", fy, source.Kind, ct);
        if (!ModelState.IsValid || source is null || year is null) return await PageAsync(ct);

        var copy = new ActionPlan(year.Value, source.Kind, Relabel(source.TitleBn, source.FiscalYear, year.Value), Relabel(source.TitleEn, source.FiscalYear, year.Value));
        copy.SetSourceNote(source.SourceNote);
        foreach (var i in source.Indicators.OrderBy(i => i.Order)) copy.Add(i.Definition() with { TargetDate = ShiftDate(i.TargetDate, year.Value.StartYear - source.FiscalYearStart) });
        db.ActionPlans.Add(copy);
        await db.SaveChangesAsync(ct);
        Done = Ui.T($"{source.FiscalYear.LabelBn} এর কর্মপরিকল্পনা {year.Value.LabelBn} এ অনুলিপি হয়েছে ({Ui.N(copy.Indicators.Count)}টি সূচক)।", $"The {source.FiscalYear.LabelEn} plan was copied to {year.Value.LabelEn} ({copy.Indicators.Count} indicators).");
        return Redirect(Links.Admin.Plan(copy.Id));
    }

    /// <summary>A copied date target moves by whole years with the plan.</summary>
    private static DateOnly? ShiftDate(DateOnly? date, int years) => date?.AddYears(years);

    /// <summary>The old year's labels in a title become the new year's ("২০২৪-২০২৫", "২০২৪-২৫", "2024-25", "2024-2025").</summary>
    public static string Relabel(string title, FiscalYear from, FiscalYear to)
    {
        string Long(FiscalYear y) => $"{y.StartYear}-{y.StartYear + 1}";
        foreach (var (a, b) in new[] { (Long(from), Long(to)), (from.LabelEn, to.LabelEn) })
            title = title.Replace(a, b).Replace(BengaliDigits.ToBengali(a), BengaliDigits.ToBengali(b));
        return title;
    }

    private FiscalYear? Year(string key, string? text)
    {
        if (FiscalYear.TryParse(text?.Trim(), out var fy)) return fy;
        ModelState.AddModelError(key, Ui.T("অর্থবছর লিখুন, যেমন ২০২৫-২৬।", "Enter a fiscal year such as 2025-26."));
        return null;
    }

    private async Task Taken(string key, FiscalYear fy, PlanKind kind, CancellationToken ct)
    {
        if (await db.ActionPlans.AnyAsync(p => p.FiscalYearStart == fy.StartYear && p.Kind == kind, ct))
            ModelState.AddModelError(key, Ui.T($"{fy.LabelBn} অর্থবছরে এই কর্মপরিকল্পনা আগে থেকেই আছে।", $"{fy.LabelEn} already has this plan."));
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var plans = await db.ActionPlans.AsNoTracking().Include(p => p.Indicators).OrderByDescending(p => p.FiscalYearStart).ThenBy(p => p.Kind).ToListAsync(ct);
        Plans = plans.Select(p => new Row(p.Id, p.FiscalYearStart, p.Kind, p.TitleBn, p.TitleEn, p.Indicators.Count, p.TotalMarks(true), p.TotalMarks(false))).ToList();
    }
}
