using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>One meeting's steps in order — notice, attendance, minutes, corrigendum, decisions — each with its state and link.</summary>
[Authorize]
public sealed class HubModel(AppDbContext db, OfficeAccess access) : MeetingsPage(db, access)
{
    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct: false, ct) is { } denied) return denied;
        if (await FindMeetingAsync(id, tracked: false, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        return Page();
    }
}
