using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// A stored due date is derived data (ADR 0002, 0034): when the holiday table changes, the open applications whose
/// count crossed a changed date get theirs again. Set-based: applications received the same day under the same
/// limit share a due date, so the new due date of each such group is computed once and all groups are applied by a
/// few UPDATE … FROM (VALUES …) statements of 2,000 groups each, however many applications they hold.
/// </summary>
#pragma warning disable EF1002 // the SQL holds only dates and numbers computed here, never input
public static class DueDates
{
    private const int Chunk = 2000;

    private static string Date(bool pg, DateOnly? d) => d is not { } x ? "NULL"
        : pg ? $"DATE '{x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}'" : $"'{x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}'";

    private static string Int(bool pg, int? x)
    {
        var v = x?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NULL";
        return pg ? $"CAST({v} AS integer)" : v;
    }

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
        var changes = groups.Select(g => (g.ReceivedOn, g.LimitUnit, g.LimitValue, Old: g.DueOn, New: Promise.For(g.LimitUnit, g.LimitValue, g.ReceivedOn, calendar).DueOn))
            .Where(g => g.New != g.Old).ToList();
        var pg = !db.Database.IsSqlite();
        var same = pg ? "IS NOT DISTINCT FROM" : "IS";
        var moved = 0;
        foreach (var chunk in changes.Chunk(Chunk))
        {
            var values = string.Join(", ", chunk.Select(c => $"({Date(pg, c.ReceivedOn)}, {Int(pg, (int?)c.LimitUnit)}, {Int(pg, c.LimitValue)}, {Date(pg, c.Old)}, {Date(pg, c.New)})"));
            moved += await db.Database.ExecuteSqlRawAsync($"""
                WITH m(r, u, v, old, due) AS (VALUES {values})
                UPDATE "Applications" SET "DueOn" = m.due FROM m
                WHERE "Applications"."Outcome" IS NULL AND "Applications"."ReceivedOn" = m.r AND "Applications"."LimitUnit" = m.u
                  AND "Applications"."LimitValue" {same} m.v AND "Applications"."DueOn" = m.old
                """, ct);
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
        var pg = !db.Database.IsSqlite();
        var changes = pairs.Select(p => (p.ReceivedOn, p.ClosedOn, p.Days, New: calendar.WorkingDaysBetween(p.ReceivedOn, p.ClosedOn)))
            .Where(p => p.New != p.Days).Select(p => (p.ReceivedOn, p.ClosedOn, p.New)).Distinct().ToList();
        var changed = 0;
        foreach (var chunk in changes.Chunk(Chunk))
        {
            var values = string.Join(", ", chunk.Select(c => $"({Date(pg, c.ReceivedOn)}, {Date(pg, c.ClosedOn)}, {Int(pg, c.New)})"));
            changed += await db.Database.ExecuteSqlRawAsync($"""
                WITH m(r, c, d) AS (VALUES {values})
                UPDATE "Applications" SET "{column}" = m.d FROM m
                WHERE "Applications"."Outcome" = {(int)delivered} AND "Applications"."DueOn" IS NOT NULL
                  AND "Applications"."ReceivedOn" = m.r AND "Applications"."ClosedOn" = m.c
                """, ct);
        }
        return changed;
    }
}
