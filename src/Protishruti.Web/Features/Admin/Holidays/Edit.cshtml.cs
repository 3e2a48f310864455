using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin.Holidays;

[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public Holiday Holiday { get; private set; } = null!;

    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = HolidayInput.From(Holiday);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!Input.Validate(ModelState, "Input", out var date, out var kind)) return Page();
        var before = Holiday.Date;
        Holiday.Update(date, kind, Input.NameBn!, Input.NameEn!);
        await db.SaveChangesAsync(ct);
        await Delivery.DueDates.RecomputeOpenAsync(db, before < date ? before : date, before < date ? date : before, ct);
        TempData["Done"] = Ui.T($"'{Ui.Pick(Holiday.NameBn, Holiday.NameEn)}' ({Ui.Date(date)}) সংরক্ষিত হয়েছে।", $"'{Ui.Pick(Holiday.NameBn, Holiday.NameEn)}' ({Ui.Date(date)}) was saved.");
        return Redirect(Links.Admin.Holidays(date.Year));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        var holiday = await db.Holidays.FindAsync([id], ct);
        if (holiday is null) return NotFound();
        Holiday = holiday;
        return null;
    }
}
