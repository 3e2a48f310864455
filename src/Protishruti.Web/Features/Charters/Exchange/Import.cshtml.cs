using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>Uploads a charter file (CSV or XLSX) into the office's open draft, or shows every refused cell.</summary>
[Authorize]
[UploadLimit] // a file over the page's own limit is refused beside the field; a body over 32 MB gets the size page
public sealed class ImportModel(AppDbContext db, OfficeAccess access, CharterImporter importer) : OfficePage(db, access)
{

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public CharterImportResult? Result { get; private set; }

    [TempData]
    public string? Imported { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        try
        {
            if (Upload is null || Upload.Length == 0) throw CharterSheets.Empty();
            if (Upload.Length > CharterImporter.MaxBytes) throw CharterImporter.TooLarge();
            using var buffer = new MemoryStream((int)Upload.Length);
            await Upload.CopyToAsync(buffer, ct);
            var sheets = CharterImporter.ReadFile(buffer.ToArray(), Path.GetFileName(Upload.FileName ?? ""));
            Result = await importer.ImportAsync(Office, sheets, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(nameof(Upload), e);
            return Page();
        }
        if (!Result.Succeeded) return Page();
        Imported = Ui.T($"ফাইলটি খসড়া সংস্করণ {Ui.N(Result.VersionNumber)}-এ ইমপোর্ট হয়েছে ({Ui.N(Result.Services)}টি সেবা)। দাখিলের আগে খসড়াটি দেখে নিন।", $"The file was imported into draft version {Ui.N(Result.VersionNumber)} ({Ui.N(Result.Services)} services). Review the draft before submitting it.");
        return RedirectToPage(new { code = Office.Code });
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        var office = Office;
        return null;
    }
}
