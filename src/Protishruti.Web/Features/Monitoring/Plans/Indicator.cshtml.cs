using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Plans;

/// <summary>
/// Adds ("new") or edits one indicator of a plan; every field of <see cref="IndicatorDefinition"/>. Numbers are typed
/// as text so Bengali digits are accepted and a bad value comes back as typed; the domain's check decides the rest.
/// An indicator a report already uses cannot be deleted.
/// </summary>
[Authorize]
public sealed class IndicatorModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;
    public PlanIndicator? Indicator { get; private set; }

    [BindProperty] public IndicatorInput Input { get; set; } = new();

    public sealed class IndicatorInput
    {
        public string? AreaBn { get; set; }
        public string? AreaEn { get; set; }
        public string? AreaMarks { get; set; }
        public string? ActivityCode { get; set; }
        public string? ActivityBn { get; set; }
        public string? ActivityEn { get; set; }
        public string? Code { get; set; }
        public string? TextBn { get; set; }
        public string? TextEn { get; set; }
        public IndicatorUnit Unit { get; set; } = IndicatorUnit.Count;
        public string? Weight { get; set; }
        public string? AnnualTarget { get; set; }
        public string? TargetQ1 { get; set; }
        public string? TargetQ2 { get; set; }
        public string? TargetQ3 { get; set; }
        public string? TargetQ4 { get; set; }
        public string? TargetDate { get; set; }
        public string? EvidenceBn { get; set; }
        public string? EvidenceEn { get; set; }
        public Applicability Applicability { get; set; }
        public AchievementSource Source { get; set; }
        public bool Assumed { get; set; }

        public static IndicatorInput From(PlanIndicator i)
        {
            static string? N(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture);
            return new()
            {
                AreaBn = i.AreaBn, AreaEn = i.AreaEn, AreaMarks = N(i.AreaMarks), ActivityCode = i.ActivityCode, ActivityBn = i.ActivityBn,
                ActivityEn = i.ActivityEn, Code = i.Code, TextBn = i.TextBn, TextEn = i.TextEn, Unit = i.Unit, Weight = N(i.Weight),
                AnnualTarget = N(i.AnnualTarget), TargetQ1 = N(i.TargetQ1), TargetQ2 = N(i.TargetQ2), TargetQ3 = N(i.TargetQ3), TargetQ4 = N(i.TargetQ4),
                TargetDate = i.TargetDate is { } d ? FormErrors.Iso(d) : null, EvidenceBn = i.EvidenceBn, EvidenceEn = i.EvidenceEn,
                Applicability = i.Applicability, Source = i.Source, Assumed = i.Assumed,
            };
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, string indicatorId, CancellationToken ct)
    {
        if (await LoadAsync(id, indicatorId, ct) is { } denied) return denied;
        if (Indicator is not null) Input = IndicatorInput.From(Indicator);
        else if (Plan.Indicators.OrderBy(i => i.Order).LastOrDefault() is { } last)
            Input = new IndicatorInput { AreaBn = last.AreaBn, AreaEn = last.AreaEn, AreaMarks = IndicatorInput.From(last).AreaMarks }; // rows usually continue an area
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string indicatorId, CancellationToken ct)
    {
        if (await LoadAsync(id, indicatorId, ct) is { } denied) return denied;
        ModelState.Clear();
        var definition = Parse();
        if (definition is null) return Page();
        try
        {
            if (Indicator is null) Plan.Add(definition);
            else Plan.Change(Indicator, definition);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field is { } f ? $"Input.{f}" : "", e);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Done"] = Ui.T($"সূচক {BengaliDigits.ToBengali(definition.Code.Trim())} সংরক্ষিত হয়েছে।", $"Indicator {BengaliDigits.ToAscii(definition.Code.Trim())} was saved.");
        return Redirect(Links.Admin.Plan(id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, string indicatorId, CancellationToken ct)
    {
        if (await LoadAsync(id, indicatorId, ct) is { } denied) return denied;
        if (Indicator is null) return NotFound();
        var indicatorKey = Indicator.Id;
        var used = await db.ProgressReports.SelectMany(r => r.Entries).AnyAsync(e => e.PlanIndicatorId == indicatorKey, ct);
        try
        {
            Plan.Remove(Indicator, used);
        }
        catch (DomainException e)
        {
            Input = IndicatorInput.From(Indicator);
            ModelState.AddDomainError("", e);
            return Page();
        }
        db.Remove(Indicator);
        await db.SaveChangesAsync(ct);
        TempData["Done"] = Ui.T($"সূচক {BengaliDigits.ToBengali(Indicator.Code)} মুছে ফেলা হয়েছে।", $"Indicator {Indicator.Code} was deleted.");
        return Redirect(Links.Admin.Plan(id));
    }

    private IndicatorDefinition? Parse()
    {
        var i = Input;
        var areaMarks = Number("AreaMarks", i.AreaMarks, required: false);
        var weight = Number("Weight", i.Weight, required: true);
        var annual = Number("AnnualTarget", i.AnnualTarget, required: i.Unit != IndicatorUnit.Date);
        decimal?[] quarters = [Number("TargetQ1", i.TargetQ1, false), Number("TargetQ2", i.TargetQ2, false), Number("TargetQ3", i.TargetQ3, false), Number("TargetQ4", i.TargetQ4, false)];
        DateOnly? targetDate = null;
        if (!string.IsNullOrWhiteSpace(i.TargetDate))
        {
            if (FormErrors.TryParseDate(i.TargetDate, out var d)) targetDate = d;
            else ModelState.AddModelError("Input.TargetDate", Ui.T("তারিখ লিখুন, যেমন ২০২৫-০৬-৩০।", "Enter a date such as 2025-06-30."));
        }
        if (!ModelState.IsValid) return null;
        return new IndicatorDefinition(i.AreaBn ?? "", i.AreaEn ?? "", areaMarks ?? 0, i.ActivityCode ?? "", i.ActivityBn ?? "", i.ActivityEn ?? "",
            i.Code ?? "", i.TextBn ?? "", i.TextEn ?? "", i.Unit, weight ?? 0, annual ?? 0, quarters, i.EvidenceBn ?? "", i.EvidenceEn ?? "",
            i.Applicability, i.Source, i.Assumed, targetDate);
    }

    /// <summary>A number typed with English or Bengali digits; an error beside the field when it is not one.</summary>
    private decimal? Number(string field, string? text, bool required)
    {
        var t = BengaliDigits.ToAscii((text ?? "").Trim()).Replace("%", "", StringComparison.Ordinal).Trim();
        if (t.Length == 0)
        {
            if (required) ModelState.AddModelError($"Input.{field}", Ui.T("একটি সংখ্যা লিখুন।", "Enter a number."));
            return null;
        }
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return v;
        ModelState.AddModelError($"Input.{field}", Ui.T("সংখ্যা লিখুন, যেমন ৯০ বা 90।", "Enter a number such as 90 or ৯০."));
        return null;
    }

    private async Task<IActionResult?> LoadAsync(int id, string indicatorId, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        var plan = await db.ActionPlans.Include(p => p.Indicators).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        if (indicatorId == "new") return null;
        if (!int.TryParse(indicatorId, NumberStyles.None, CultureInfo.InvariantCulture, out var iid)) return NotFound();
        Indicator = plan.Indicators.FirstOrDefault(i => i.Id == iid);
        return Indicator is null ? NotFound() : null;
    }
}
