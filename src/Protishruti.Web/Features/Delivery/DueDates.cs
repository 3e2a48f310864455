using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// A stored due date is derived data (ADR 0002, 0034): when the holiday table changes, the open applications whose
/// count crossed a changed date get theirs again. Set-based: applications received the same day under the same
/// limit share a due date, so each such group is one UPDATE, however many applications it holds.
/// </summary>
public static class DueDates
{
    /// <summary>Recomputes open applications that a closure on a day in [<paramref name="from"/>, <paramref name="to"/>] can move; returns how many moved.</summary>
    public static async Task<int> RecomputeOpenAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from) (from, to) = (to, from);
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var groups = await db.Applications.AsNoTracking()
            .Where(a => a.Outcome == null && a.LimitUnit != null && a.ReceivedOn < to && a.DueOn >= from)
            .Select(a => new { a.ReceivedOn, a.LimitUnit, a.LimitValue, a.DueOn })
            .Distinct()
            .ToListAsync(ct);
        var moved = 0;
        foreach (var g in groups)
        {
            var due = Promise.For(g.LimitUnit, g.LimitValue, g.ReceivedOn, calendar).DueOn;
            if (due == g.DueOn) continue;
            moved += await db.Applications
                .Where(a => a.Outcome == null && a.ReceivedOn == g.ReceivedOn && a.LimitUnit == g.LimitUnit && a.LimitValue == g.LimitValue && a.DueOn == g.DueOn)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.DueOn, due), ct);
        }
        return moved;
    }
}
