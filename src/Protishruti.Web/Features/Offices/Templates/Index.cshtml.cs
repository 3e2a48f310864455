using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Offices.Templates;

/// <summary>The service templates an office defines for its subordinate offices of a kind (its editor and approver).</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public Office Office { get; private set; } = null!;
    public List<ServiceTemplate> Templates { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null) return NotFound();
        if (!await access.CanAsync(User, OfficeAction.EditCharter, office, ct)) return Forbid();
        Office = office;
        Templates = await db.OwnedByAsync(office.Id, ct);
        return Page();
    }
}
