using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// A stored due date is derived data (ADR 0002, 0034): when the holiday table changes, the open applications whose
/// count crossed a changed date get theirs again. Set-based: applications received the same day under the same
/// limit share a due date, so the new due date of each such group is computed once here, by the domain's own
/// arithmetic, and all groups are applied by ONE UPDATE that reads them from a single JSON parameter — so the fact
/// triggers run once over every moved row (PostgreSQL) and no statement carries thousands of named parameters (SQLite
/// looks each one up by a linear scan).
/// </summary>
#pragma warning disable EF1002 // the SQL holds only names and numbers of this class, never input: the changes travel as a parameter
public static class DueDates
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs <paramref name="update"/> (an UPDATE … FROM m) with <c>m</c> the rows of <paramref name="json"/>, a JSON array
    /// of objects with <paramref name="columns"/>. PostgreSQL reads them with jsonb_to_recordset and hash-joins; SQLite
    /// first copies them into a temporary table indexed on <paramref name="key"/>, because its planner would otherwise
    /// scan every application for every row of json_each (hours at two million applications).
    /// </summary>
    private static async Task<int> UpdateFromAsync(AppDbContext db, string json, (string Name, string PgType)[] columns, string[] key, string update,
        object[] parameters, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            var rows = $"SELECT * FROM jsonb_to_recordset(CAST(@rows AS jsonb)) AS x({string.Join(", ", columns.Select(c => $"{c.Name} {c.PgType}"))})";
            return await db.Database.ExecuteSqlRawAsync($"WITH m AS ({rows}) {update}",
                [new Npgsql.NpgsqlParameter("rows", NpgsqlTypes.NpgsqlDbType.Text) { Value = json }, .. parameters], ct);
        }
        await db.Database.OpenConnectionAsync(ct); // the temporary table lives on this connection
        try
        {
            await db.Database.ExecuteSqlRawAsync($"""
                DROP TABLE IF EXISTS temp.m;
                CREATE TEMP TABLE m ({string.Join(", ", columns.Select(c => c.Name))});
                INSERT INTO temp.m SELECT {string.Join(", ", columns.Select(c => $"json_extract(value, '$.{c.Name}')"))} FROM json_each(@rows);
                CREATE INDEX temp.m_key ON m ({string.Join(", ", key)});
                """, [new Microsoft.Data.Sqlite.SqliteParameter("@rows", json)], ct);
            var changed = await db.Database.ExecuteSqlRawAsync(update, parameters, ct); // "m" is temp.m: SQLite looks in temp first
            await db.Database.ExecuteSqlRawAsync("DROP TABLE temp.m;", ct);
            return changed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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
        var changes = groups.Select(g => (Group: g, Due: Promise.For(g.LimitUnit, g.LimitValue, g.ReceivedOn, calendar).DueOn))
            .Where(x => x.Due != x.Group.DueOn)
            .Select(x => new { r = Iso(x.Group.ReceivedOn), u = (int?)x.Group.LimitUnit, v = x.Group.LimitValue, old = Iso(x.Group.DueOn!.Value),
                due = x.Due is { } d ? Iso(d) : null }).ToList();
        var moved = 0;
        if (changes.Count > 0)
        {
            var pg = !db.Database.IsSqlite();
            var same = pg ? "IS NOT DISTINCT FROM" : "IS";
            var lowest = pg ? "CAST(@from AS date)" : "@from";
            moved = await UpdateFromAsync(db, System.Text.Json.JsonSerializer.Serialize(changes),
                [("r", "date"), ("u", "integer"), ("v", "integer"), ("old", "date"), ("due", "date")], ["old", "r", "u"], $"""
                UPDATE "Applications" SET "DueOn" = m.due FROM m
                WHERE "Applications"."Outcome" IS NULL AND "Applications"."DueOn" >= {lowest}
                  AND "Applications"."ReceivedOn" = m.r AND "Applications"."LimitUnit" = m.u
                  AND "Applications"."LimitValue" {same} m.v AND "Applications"."DueOn" = m.old
                """, [FromParameter(pg, from)], ct);
        }
        await RestampDaysTakenAsync(db, calendar, from, to, ct);
        return moved;
    }

    private static object FromParameter(bool pg, DateOnly from) => pg
        ? new Npgsql.NpgsqlParameter("from", from)
        : new Microsoft.Data.Sqlite.SqliteParameter("@from", Iso(from));

    /// <summary>
    /// Working days taken (ADR 0044) of delivered applications whose span from receipt to delivery holds a changed day
    /// — or of every delivered application without one (<paramref name="from"/> null: the first start after the
    /// migration) — stamped again: one UPDATE for every (received, delivered) pair of dates whose count changed.
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
        var changes = pairs.Select(p => (p.ReceivedOn, p.ClosedOn, p.Days, New: calendar.WorkingDaysBetween(p.ReceivedOn, p.ClosedOn)))
            .Where(p => p.New != p.Days).Select(p => (p.ReceivedOn, p.ClosedOn, p.New)).Distinct()
            .Select(p => new { r = Iso(p.ReceivedOn), c = Iso(p.ClosedOn), d = p.New }).ToList();
        if (changes.Count == 0) return 0;
        return await UpdateFromAsync(db, System.Text.Json.JsonSerializer.Serialize(changes), [("r", "date"), ("c", "date"), ("d", "integer")], ["r", "c"], $"""
            UPDATE "Applications" SET "{column}" = m.d FROM m
            WHERE "Applications"."Outcome" = {(int)delivered} AND "Applications"."DueOn" IS NOT NULL
              AND "Applications"."ReceivedOn" = m.r AND "Applications"."ClosedOn" = m.c
            """, [], ct);
    }
}
