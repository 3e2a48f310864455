using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>The office's meetings in every state, newest first: monitors read, the office's editors and approver act.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : MeetingsPage(db, access)
{
    public const int PageSize = 30;
    public List<Meeting> Meetings { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct: false, ct) is { } denied) return denied;
        var all = Db.Meetings.AsNoTracking().Where(m => m.OfficeId == Office.Id);
        Total = await all.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Meetings = await all.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress).AsSplitQuery().ToListAsync(ct);
        return Page();
    }
}
