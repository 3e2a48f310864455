using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Memos;

/// <summary>One memo file's name, purpose and (until its first memo) number and starting serial.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public MemoFile Editing { get; private set; } = null!;

    [BindProperty]
    public MemoFileInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        Input = MemoFileInput.From(Editing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        if (await Input.ValidateAsync(ModelState, "Input", Db, Office.Id, Editing, ct) is not { } serial) return Page();

        if (!Editing.HasIssued)
        {
            Editing.SetNumber(Input.Style, Input.FileNumber);
            Editing.SetFirstSerial(serial);
        }
        Editing.Relabel(Input.LabelBn, Input.LabelEn);
        Editing.SetPurpose(Input.Purpose);
        if (Input.MakeDefault && !Editing.IsDefault)
        {
            if (!ModelState.Check("Input.MakeDefault", Editing.MakeDefault)) return Page();
            foreach (var other in await Db.MemoFiles.Where(f => f.OfficeId == Office.Id && f.IsDefault && f.Id != Editing.Id).ToListAsync(ct))
                other.ClearDefault();
        }
        else if (!Input.MakeDefault && Editing.IsDefault)
        {
            Editing.ClearDefault();
        }
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("পরিবর্তন সংরক্ষিত হয়েছে।", "Your changes were saved.");
        return RedirectToPage(new { code = Office.Code, id });
    }

    private async Task<IActionResult?> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        var office = Office;
        var file = await Db.MemoFiles.SingleOrDefaultAsync(f => f.Id == id && f.OfficeId == office.Id, ct);
        if (file is null) return NotFound();
        Editing = file;
        return null;
    }
}
