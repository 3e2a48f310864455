using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>The published versions of an office's charter, and a plain form to compare any two.</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class HistoryModel(AppDbContext db) : PageModel
{
    public Office Office { get; private set; } = null!;
    public List<PublishedVersionRow> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        Office = office;
        Versions = await db.HistoryAsync(office.Id, ct);
        if (Versions.Count == 0) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
