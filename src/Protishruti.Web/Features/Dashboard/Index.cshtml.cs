using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Dashboard;

/// <summary>Where a user lands after login: the offices they hold a role in (straight to it when only one).</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, Inbox.WorkInbox inbox) : PageModel
{
    public List<(OfficeLink Office, List<OfficeRole> Roles)> Offices { get; } = [];
    public bool IsSystemAdmin { get; private set; }
    public List<Inbox.WorkItem> Work { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grants = await access.GrantsAsync(User, ct);
        IsSystemAdmin = grants.Any(g => g.Role == OfficeRole.SystemAdmin);
        var officeIds = grants.Where(g => g.OfficeId is not null).Select(g => g.OfficeId!.Value).Distinct().ToList();
        var offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).AsLinks().ToListAsync(ct);
        foreach (var o in offices.OrderBy(o => o.Kind).ThenBy(o => o.NameEn))
            Offices.Add((o, grants.Where(g => g.OfficeId == o.Id).Select(g => g.Role).Order().ToList()));

        if (!IsSystemAdmin && Offices.Count == 1)
            return Redirect(Links.Dashboard(Offices[0].Office.Code)); // whose dashboard shows the same inbox
        Work = await inbox.ForAsync(User, ct);
        return Page();
    }
}
