using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
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
        await RestampDaysTakenAsync(db, calendar, from, to, ct);
        return moved;
    }

    /// <summary>
    /// Working days taken (ADR 0044) of delivered applications whose span from receipt to delivery holds a changed day
    /// — or of every delivered application without one (<paramref name="from"/> null: the first start after the
    /// migration) — stamped again: one UPDATE per (received, delivered) pair of dates.
    /// </summary>
    public static async Task<int> RestampDaysTakenAsync(AppDbContext db, WorkingDayCalendar calendar, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        const string column = Performance.WorkingDaysTakenStamp.Column;
        var delivered = ApplicationOutcome.Delivered;
        var query = db.Applications.AsNoTracking().Where(a => a.Outcome == delivered && a.DueOn != null);
        query = from is { } f && to is { } t
            ? query.Where(a => a.ReceivedOn < t && a.ClosedOn >= f)
            : query.Where(a => EF.Property<int?>(a, column) == null);
        var pairs = await query.Select(a => new { a.ReceivedOn, ClosedOn = a.ClosedOn!.Value, Days = EF.Property<int?>(a, column) }).Distinct().ToListAsync(ct);
        var changed = 0;
        foreach (var p in pairs)
        {
            var days = calendar.WorkingDaysBetween(p.ReceivedOn, p.ClosedOn);
            if (days == p.Days) continue;
            changed += await db.Applications
                .Where(a => a.Outcome == delivered && a.DueOn != null && a.ReceivedOn == p.ReceivedOn && a.ClosedOn == p.ClosedOn)
                .ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<int?>(a, column), days), ct);
        }
        return changed;
    }
}
