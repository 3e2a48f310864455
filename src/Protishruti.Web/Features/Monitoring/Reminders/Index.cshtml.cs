using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Reminders;

/// <summary>The signed-in user's reminders, newest first; marking read is a plain form post.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken ct) =>
        Reminders = await db.Reminders.AsNoTracking().Where(r => r.UserId == UserId)
            .OrderByDescending(r => r.Id).Take(200).ToListAsync(ct);

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        var reminder = await db.Reminders.FirstOrDefaultAsync(r => r.Id == id && r.UserId == UserId, ct);
        if (reminder is null) return NotFound(); // someone else's reminder is not there for this user
        reminder.ReadAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Redirect(Links.Reminders());
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Reminders.Where(r => r.UserId == UserId && r.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadAt, now), ct);
        return Redirect(Links.Reminders());
    }

    /// <summary>
    /// The navigation badge: one indexed count, only for signed-in users (anonymous public pages pay nothing). It never
    /// breaks a page: the error page renders this layout too, possibly because the database is down.
    /// </summary>
    public static async Task<int> UnreadAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null) return 0;
        try
        {
            return await db.Reminders.CountAsync(r => r.UserId == id && r.ReadAt == null, ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return 0;
        }
    }
}
