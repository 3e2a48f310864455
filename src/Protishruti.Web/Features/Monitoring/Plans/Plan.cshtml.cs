using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Plans;

/// <summary>One plan's grid as offices will see it, with links to edit each row, and its titles and source note.</summary>
[Authorize]
public sealed class PlanModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    [BindProperty] public TitlesInput Titles { get; set; } = new();
    [TempData] public string? Done { get; set; }

    public sealed class TitlesInput
    {
        public string? TitleBn { get; set; }
        public string? TitleEn { get; set; }
        public string? SourceNote { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Titles = new TitlesInput { TitleBn = Plan.TitleBn, TitleEn = Plan.TitleEn, SourceNote = Plan.SourceNote };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var titled = ModelState.Check("Titles.TitleBn", () => Plan.Retitle(Titles.TitleBn ?? "", Titles.TitleEn ?? ""));
        if (!ModelState.Check("Titles.SourceNote", () => Plan.SetSourceNote(Titles.SourceNote)) || !titled) return Page();
        await db.SaveChangesAsync(ct);
        Done = Ui.T("শিরোনাম সংরক্ষিত হয়েছে।", "The titles were saved.");
        return Redirect(Links.Admin.Plan(id));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        var plan = await db.ActionPlans.Include(p => p.Indicators).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        return null;
    }
}
