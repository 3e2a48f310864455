using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// The Cabinet Division's grievance management cell: the national queue of complaints at the last step of the ladder
/// (60 working days), for the system administrators who staff it. Each opens on the page of the office complained about.
/// </summary>
[Authorize]
public sealed class CellModel(AppDbContext db, OfficeAccess access, TimeProvider time) : PageModel
{
    public List<QueueRow> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        Today = time.TodayInBangladesh();
        Rows = await (from g in db.Grievances.AsNoTracking()
                      where g.HandlingOfficeId == null && g.State != GrievanceState.Closed
                      join o in db.Offices on g.OfficeId equals o.Id
                      orderby g.DueOn, g.Id
                      select new QueueRow(g.Id, g.TrackingNumber, g.ServiceNameBn, g.Level, g.State, g.SubmittedOn, g.DueOn, g.Outcome, g.ClosedOn,
                          g.Complainant == null, g.DuplicateOfId, o.Code))
            .Take(1000).ToListAsync(ct);
        return Page();
    }
}
