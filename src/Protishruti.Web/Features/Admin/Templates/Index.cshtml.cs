using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin.Templates;

/// <summary>National service templates, per office kind (system administrators only).</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public List<ServiceTemplate> Templates { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        Templates = await db.OwnedByAsync(null, ct);
        return Page();
    }
}
