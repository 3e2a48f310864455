using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Memos;

/// <summary>
/// An office's memo files with the next number each would give, the form to add one, and the register of memos
/// issued. Anyone who may see the office's dashboard reads it (monitors above included); office admins change it.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public const int PageSize = 50;
    public bool CanManage { get; private set; }
    public List<MemoFile> Files { get; private set; } = [];
    public List<IssuedMemo> Register { get; private set; } = [];
    public int RegisterTotal { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")] // not "page": Razor Pages routes by that name
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public MemoFileInput Input { get; set; } = new() { MakeDefault = true };

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, OfficeAction.ViewDashboard, ct) is { } denied) return denied;
        Input.MakeDefault = !Files.Any(f => f.IsDefault);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        if (await Input.ValidateAsync(ModelState, "Input", Db, Office.Id, null, ct) is not { } serial) return Page();

        var file = new MemoFile(Office.Id, Input.FileNumber ?? "", Input.LabelBn!, Input.LabelEn, serial, Input.Style);
        file.SetPurpose(Input.Purpose);
        if (Input.MakeDefault) await MakeDefaultAsync(file, ct);
        Db.MemoFiles.Add(file);
        await Db.SaveChangesAsync(ct);
        Done = Ui.T($"'{file.Label(Ui.Bn)}' নথিটি যোগ করা হয়েছে।", $"The file '{file.Label(Ui.Bn)}' was added.");
        return RedirectToPage(new { code = Office.Code });
    }

    public Task<IActionResult> OnPostDefaultAsync(string code, int id, CancellationToken ct) =>
        ChangeAsync(code, id, async f => await MakeDefaultAsync(f, ct), label => Ui.T($"'{label}' এখন ডিফল্ট নথি।", $"'{label}' is now the default file."), ct);

    public Task<IActionResult> OnPostDeactivateAsync(string code, int id, CancellationToken ct) =>
        ChangeAsync(code, id, f => { f.Deactivate(); return Task.CompletedTask; }, label => Ui.T($"'{label}' নথিটি নিষ্ক্রিয় করা হয়েছে।", $"The file '{label}' was deactivated."), ct);

    public Task<IActionResult> OnPostActivateAsync(string code, int id, CancellationToken ct) =>
        ChangeAsync(code, id, f => { f.Activate(); return Task.CompletedTask; }, label => Ui.T($"'{label}' নথিটি সক্রিয় করা হয়েছে।", $"The file '{label}' was activated."), ct);

    private async Task<IActionResult> ChangeAsync(string code, int id, Func<MemoFile, Task> change, Func<string, string> done, CancellationToken ct)
    {
        if (await LoadAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        var file = await Db.MemoFiles.SingleOrDefaultAsync(f => f.Id == id && f.OfficeId == Office.Id, ct);
        if (file is null) return NotFound();
        try
        {
            await change(file);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError("", e);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = done(file.Label(Ui.Bn));
        return RedirectToPage(new { code = Office.Code });
    }

    /// <summary>One default per office: the others lose the flag in the same save.</summary>
    private async Task MakeDefaultAsync(MemoFile file, CancellationToken ct)
    {
        file.MakeDefault();
        foreach (var other in await Db.MemoFiles.Where(f => f.OfficeId == Office.Id && f.IsDefault && f.Id != file.Id).ToListAsync(ct))
            other.ClearDefault();
    }

    private async Task<IActionResult?> LoadAsync(string code, OfficeAction action, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, action, ct) is { } denied) return denied;
        var office = Office;
        CanManage = action == OfficeAction.ManageOffice || await CanAsync(OfficeAction.ManageOffice, ct);
        Files = await Db.MemoFiles.AsNoTracking().Where(f => f.OfficeId == office.Id)
            .OrderByDescending(f => f.IsActive).ThenByDescending(f => f.IsDefault).ThenBy(f => f.Id).ToListAsync(ct);
        var register = Db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == office.Id);
        RegisterTotal = await register.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (RegisterTotal + PageSize - 1) / PageSize));
        Register = await register.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return null;
    }
}
