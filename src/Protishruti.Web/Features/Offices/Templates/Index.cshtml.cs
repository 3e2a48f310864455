using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Offices.Templates;

/// <summary>The service templates an office defines for its subordinate offices of a kind (its editor and approver).</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public List<ServiceTemplate> Templates { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        var office = Office;
        Templates = await Db.OwnedByAsync(office.Id, ct);
        return Page();
    }
}
