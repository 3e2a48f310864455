using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin.Holidays;

/// <summary>The holidays of one year: add, edit, delete, and import the year's list from CSV.</summary>
[Authorize]
[UploadLimit] // a file over the page's own limit is refused beside the field; a body over 32 MB gets the size page
public sealed class IndexModel(AppDbContext db, OfficeAccess access, TimeProvider time) : PageModel
{
    public static int MinYear => BanglaDate.MinGregorian.Year + 1;
    public static int MaxYear => BanglaDate.MaxGregorian.Year - 1;

    public int Year { get; private set; }
    public List<Holiday> Holidays { get; private set; } = [];
    public ImportReport? Report { get; private set; }

    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        await LoadAsync(year, ct);
        Input.Kind = HolidayKind.General;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int? year, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        if (!Input.Validate(ModelState, "Input", out var date, out var kind))
        {
            await LoadAsync(year, ct);
            return Page();
        }
        var holiday = new Holiday(date, kind, Input.NameBn!, Input.NameEn!);
        db.Holidays.Add(holiday);
        await db.SaveChangesAsync(ct);
        await Delivery.DueDates.RecomputeOpenAsync(db, date, date, ct);
        Done = Ui.T($"{Ui.Date(date)} তারিখে '{Ui.Pick(holiday.NameBn, holiday.NameEn)}' যোগ করা হয়েছে।", $"'{Ui.Pick(holiday.NameBn, holiday.NameEn)}' was added on {Ui.Date(date)}.");
        return RedirectToPage(new { year = date.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        var holiday = await db.Holidays.FindAsync([id], ct);
        if (holiday is null) return NotFound();
        db.Holidays.Remove(holiday);
        await db.SaveChangesAsync(ct);
        await Delivery.DueDates.RecomputeOpenAsync(db, holiday.Date, holiday.Date, ct);
        Done = Ui.T($"{Ui.Date(holiday.Date)} তারিখের '{Ui.Pick(holiday.NameBn, holiday.NameEn)}' মুছে ফেলা হয়েছে।", $"'{Ui.Pick(holiday.NameBn, holiday.NameEn)}' on {Ui.Date(holiday.Date)} was deleted.");
        return RedirectToPage(new { year = holiday.Date.Year });
    }

    public async Task<IActionResult> OnPostImportAsync(int? year, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        try
        {
            var text = await CsvUpload.ReadAsync(Upload, ct);
            Report = await new HolidayCsvImporter(db).ImportAsync(text, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(nameof(Upload), e);
        }
        if (Report is not { Succeeded: true })
        {
            await LoadAsync(year, ct);
            Input.Kind ??= HolidayKind.General;
            return Page();
        }
        Done = Ui.T($"ছুটি আমদানি সম্পন্ন: {Ui.N(Report.Created)}টি নতুন, {Ui.N(Report.Updated)}টি হালনাগাদ।", $"Holidays imported: {Ui.N(Report.Created)} created, {Ui.N(Report.Updated)} updated.");
        return RedirectToPage(new { year });
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = Math.Clamp(year ?? time.TodayInBangladesh().Year, MinYear, MaxYear);
        var (start, end) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        Holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= start && h.Date <= end)
            .OrderBy(h => h.Date).ThenBy(h => h.Kind).ThenBy(h => h.Id).ToListAsync(ct);
    }
}
