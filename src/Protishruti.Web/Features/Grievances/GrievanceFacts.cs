using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// The complaints made to one office about one service (or "other") in one fiscal quarter of receipt, counted as the
/// statistics count them (ADR 0045). Everything but the open complaints' split is settled by the complaints themselves;
/// <see cref="OpenOverdue"/> is as of <see cref="CountedOn"/> and stays right until <see cref="NextDue"/>, the first
/// deadline of an open complaint on or after that day, has passed.
/// </summary>
public sealed class GrievanceFact
{
    public long Id { get; set; }
    public int FiscalYearStart { get; set; }
    public int Quarter { get; set; }
    public int OfficeId { get; set; }

    /// <summary>The office's materialized path with its own id appended ("/1/5/9/"): a subtree is a prefix, no join needed.</summary>
    public string Path { get; set; } = "";

    public Guid? ServiceKey { get; set; }
    public string? ServiceNameBn { get; set; }
    public int Received { get; set; }
    public int ResolvedInTime { get; set; }
    public int ClosedLate { get; set; }
    public int OtherwiseClosed { get; set; }
    public int Appealed { get; set; }
    public int NotResolvedByCitizen { get; set; }
    public int Open { get; set; }
    public int OpenOverdue { get; set; }
    public DateOnly CountedOn { get; set; }
    public DateOnly? NextDue { get; set; }
}

/// <summary>
/// An office's complaints of a quarter (1–4) or the whole fiscal year (0), all services together: the rows a roll-up
/// reads, one per office and period, so the Cabinet Division's figures add up about 20,800 rows whatever the number of
/// complaints or services. Kept from <see cref="GrievanceFact"/> in the same recount.
/// </summary>
public sealed class GrievanceOfficeFact
{
    public int FiscalYearStart { get; set; }
    public int Quarter { get; set; }
    public int OfficeId { get; set; }
    public string Path { get; set; } = "";
    public int Received { get; set; }
    public int ResolvedInTime { get; set; }
    public int ClosedLate { get; set; }
    public int OtherwiseClosed { get; set; }
    public int Appealed { get; set; }
    public int NotResolvedByCitizen { get; set; }
    public int Open { get; set; }
    public int OpenOverdue { get; set; }
}

/// <summary>A fiscal year whose <see cref="GrievanceFact"/> rows exist for every office with complaints.</summary>
public sealed class GrievanceFactYear
{
    public int FiscalYearStart { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
}

/// <summary>"Office N's complaint facts may have changed": written by the triggers of <see cref="GrievanceChangeTriggers"/>.</summary>
public sealed class GrievanceChange
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
}

/// <summary>
/// Keeps <see cref="GrievanceFact"/> current (ADR 0045), as <c>ComplianceFactStore</c> does for compliance (ADR 0022):
/// before a read, the offices the triggers marked and the offices whose open complaints passed a deadline since they were
/// counted are recounted from <c>Grievances</c> in every built year, in one transaction that one refresh at a time runs;
/// a year never built is built whole. Recounting, not adding deltas: a fact row is always what a fresh count would give.
/// </summary>
#pragma warning disable EF1002 // the SQL is built from numbers and dates computed here, never from input
public sealed class GrievanceFactStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>Past this many offices to recount, dropping every year (each rebuilt on its next read) is cheaper.</summary>
    public const int RebuildAbove = 2000;

    private const long LockKey = 7_401_045;

    public async Task EnsureAsync(FiscalYear year, DateOnly today, CancellationToken ct = default)
    {
        var fy = year.StartYear;
        var years = db.Set<GrievanceFactYear>();
        var facts = db.Set<GrievanceFact>();
        // Probes that read an index's end whatever the planner knows (an OR of the last two would scan every fact row;
        // an EXISTS with "<" is planned as a scan of the table while the freshly built facts have no statistics).
        if (await years.AnyAsync(y => y.FiscalYearStart == fy, ct) && !await db.Set<GrievanceChange>().AnyAsync(ct)
            && !(await facts.MinAsync(f => f.NextDue, ct) < today) && !(await facts.MaxAsync(f => (DateOnly?)f.CountedOn, ct) > today))
            return;

        var (marked, marks) = (new List<int>(), 0);
        var built = false;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var pg = db.Database.IsNpgsql();
            if (pg) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
            (marked, marks) = await GrievanceChangeTriggers.List.TakeAsync(db, ct);
            // Open complaints whose deadline came since they were counted: their office's overdue split moved.
            var stale = await facts.Where(f => f.NextDue < today).Select(f => f.OfficeId)
                .Union(facts.Where(f => f.CountedOn > today).Select(f => f.OfficeId)).ToListAsync(ct);
            var offices = marked.Union(stale).ToList();
            if (offices.Count > RebuildAbove)
            {
                await facts.ExecuteDeleteAsync(ct);
                await db.Set<GrievanceOfficeFact>().ExecuteDeleteAsync(ct);
                await years.ExecuteDeleteAsync(ct);
            }
            else if (offices.Count > 0)
            {
                foreach (var built in await years.AsNoTracking().Select(y => y.FiscalYearStart).ToListAsync(ct))
                    await CountAsync(new FiscalYear(built), today, offices, ct);
            }
            if (!await years.AnyAsync(y => y.FiscalYearStart == fy, ct))
            {
                await CountAsync(year, today, null, ct);
                years.Add(new GrievanceFactYear { FiscalYearStart = fy, BuiltAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(ct);
                built = true;
            }
            await tx.CommitAsync(ct);
        });
        await GrievanceChangeTriggers.List.TidyAsync(db, marks, ct);
        // A year counted afresh is up to hundreds of thousands of new rows the planner knows nothing of until
        // autovacuum's analyze: the roll-up's grouped statement would be planned blind.
        if (built && db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "GrievanceFacts", "GrievanceOfficeFacts" """, ct);
    }

    /// <summary>Replaces the year's facts of the given offices (all when null) with a fresh count from the complaints.</summary>
    private async Task CountAsync(FiscalYear year, DateOnly today, IReadOnlyList<int>? offices, CancellationToken ct)
    {
        var fy = year.StartYear;
        var facts = db.Set<GrievanceFact>().Where(f => f.FiscalYearStart == fy);
        var officeFacts = db.Set<GrievanceOfficeFact>().Where(f => f.FiscalYearStart == fy);
        if (offices is null)
        {
            await facts.ExecuteDeleteAsync(ct);
            await officeFacts.ExecuteDeleteAsync(ct);
        }
        else
        {
            await facts.Where(f => offices.Contains(f.OfficeId)).ExecuteDeleteAsync(ct);
            await officeFacts.Where(f => offices.Contains(f.OfficeId)).ExecuteDeleteAsync(ct);
        }

        var pg = db.Database.IsNpgsql();
        string Date(DateOnly d) => pg ? $"DATE '{d:yyyy-MM-dd}'" : $"'{d:yyyy-MM-dd}'";
        static string N(int i) => i.ToString(CultureInfo.InvariantCulture);
        var only = offices is null ? "" : $""" AND g."OfficeId" IN ({string.Join(",", offices.Select(N))})""";
        var (closed, resolved, notResolved, office) = (N((int)GrievanceState.Closed), N((int)GrievanceOutcome.Resolved),
            N((int)CitizenVerdict.NotResolved), N((int)RedressLevel.Office));
        var quarter = $"""CASE WHEN g."SubmittedOn" < {Date(year.Quarter(2).Start)} THEN 1 WHEN g."SubmittedOn" < {Date(year.Quarter(3).Start)} THEN 2 WHEN g."SubmittedOn" < {Date(year.Quarter(4).Start)} THEN 3 ELSE 4 END""";
        var t = Date(today);
        // The same rules as GrievanceFigures' documentation: "not resolved" from the citizen is never resolved.
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "GrievanceFacts" ("FiscalYearStart", "Quarter", "OfficeId", "Path", "ServiceKey", "ServiceNameBn", "Received",
                "ResolvedInTime", "ClosedLate", "OtherwiseClosed", "Appealed", "NotResolvedByCitizen", "Open", "OpenOverdue", "CountedOn", "NextDue")
            SELECT {N(fy)}, {quarter}, g."OfficeId", o."Path" || o."Id" || '/', g."ServiceKey", g."ServiceNameBn", COUNT(*),
                SUM(CASE WHEN g."State" = {closed} AND g."Outcome" = {resolved} AND g."ClosedOn" <= g."DueOn" AND (g."Verdict" IS NULL OR g."Verdict" <> {notResolved}) THEN 1 ELSE 0 END),
                SUM(CASE WHEN g."State" = {closed} AND g."ClosedOn" > g."DueOn" THEN 1 ELSE 0 END),
                SUM(CASE WHEN g."State" = {closed} AND g."ClosedOn" <= g."DueOn" AND (g."Outcome" IS NULL OR g."Outcome" <> {resolved} OR g."Verdict" = {notResolved}) THEN 1 ELSE 0 END),
                SUM(CASE WHEN g."Level" <> {office} THEN 1 ELSE 0 END),
                SUM(CASE WHEN g."Verdict" = {notResolved} THEN 1 ELSE 0 END),
                SUM(CASE WHEN g."State" <> {closed} THEN 1 ELSE 0 END),
                SUM(CASE WHEN g."State" <> {closed} AND g."DueOn" < {t} THEN 1 ELSE 0 END),
                {t},
                MIN(CASE WHEN g."State" <> {closed} AND g."DueOn" >= {t} THEN g."DueOn" END)
            FROM "Grievances" g JOIN "Offices" o ON o."Id" = g."OfficeId"
            WHERE g."SubmittedOn" >= {Date(year.Start)} AND g."SubmittedOn" <= {Date(year.End)}{only}
            GROUP BY {quarter}, g."OfficeId", o."Path", o."Id", g."ServiceKey", g."ServiceNameBn"
            """, ct);
        // The same offices' rows without the service: per quarter, and the year (quarter 0).
        var onlyFacts = offices is null ? "" : $""" AND f."OfficeId" IN ({string.Join(",", offices.Select(N))})""";
        const string sums = """SUM(f."Received"), SUM(f."ResolvedInTime"), SUM(f."ClosedLate"), SUM(f."OtherwiseClosed"), SUM(f."Appealed"), SUM(f."NotResolvedByCitizen"), SUM(f."Open"), SUM(f."OpenOverdue")""";
        foreach (var (q, group) in new[] { ("f.\"Quarter\"", ", f.\"Quarter\""), ("0", "") })
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "GrievanceOfficeFacts" ("FiscalYearStart", "Quarter", "OfficeId", "Path", "Received", "ResolvedInTime", "ClosedLate",
                    "OtherwiseClosed", "Appealed", "NotResolvedByCitizen", "Open", "OpenOverdue")
                SELECT {N(fy)}, {q}, f."OfficeId", f."Path", {sums}
                FROM "GrievanceFacts" f WHERE f."FiscalYearStart" = {N(fy)}{onlyFacts}
                GROUP BY f."OfficeId", f."Path"{group}
                """, ct);
    }
}
