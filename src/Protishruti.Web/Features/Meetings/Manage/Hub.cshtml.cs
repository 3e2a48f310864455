using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>One meeting's steps in order — notice, attendance, minutes, corrigendum, decisions — each with its state and link.</summary>
[Authorize]
public sealed class HubModel(AppDbContext db, OfficeAccess access) : PageModel
{
    public Office Office { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        var (context, denied) = await MeetingPages.LoadAsync(db, access, User, code, id, toAct: false, ct);
        if (denied is not null) return denied;
        (Office, Meeting, CanManage) = (context!.Office, context.Meeting!, context.CanManage);
        return Page();
    }
}
