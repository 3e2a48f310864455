using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin;

/// <summary>Uploads an offices or posts CSV (docs/import-format.md) and shows what was imported, or every bad row.</summary>
[Authorize]
[UploadLimit] // a file over the page's own limit is refused beside the field; a body over 32 MB gets the size page
public sealed class ImportModel(OfficeAccess access, OfficeCsvImporter importer) : PageModel
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
        var (created, updated) = (Ui.N(Report.Created), Ui.N(Report.Updated));
        Done = Report.Kind == "posts"
            ? Ui.T($"পদ আমদানি সম্পন্ন: {created}টি নতুন, {updated}টি হালনাগাদ।", $"Posts imported: {created} created, {updated} updated.")
            : Ui.T($"দপ্তর আমদানি সম্পন্ন: {created}টি নতুন, {updated}টি হালনাগাদ।", $"Offices imported: {created} created, {updated} updated.");
        return RedirectToPage();
    }
}
