using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Protishruti.Domain;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure.Localization;

namespace Protishruti.Web.Features.Admin;

/// <summary>Uploads an offices or posts CSV (docs/import-format.md) and shows what was imported, or every bad row.</summary>
[Authorize]
public sealed class ImportModel(OfficeAccess access, OfficeCsvImporter importer, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportReport? Report { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await access.IsSystemAdminAsync(User, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        string text;
        try
        {
            text = await CsvUpload.ReadAsync(Upload, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(nameof(Upload), e);
            return Page();
        }
        Report = await importer.ImportAsync(text, ct);
        if (!Report.Succeeded) return Page();
        Done = l[Report.Kind == "posts" ? "Admin.Import.DonePosts" : "Admin.Import.DoneOffices", Ui.N(Report.Created), Ui.N(Report.Updated)];
        return RedirectToPage();
    }
}
