using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Compliance;

/// <summary>
/// One office's facts for one period (a quarter, or the year for the annual report) and plan kind, as the compliance
/// dashboard counts them (ADR 0022): a row per office per built period, recounted from the source tables whenever
/// anything it depends on changes.
/// <see cref="Reached"/> and <see cref="Below"/> are bit sets over the plan's indicators in order (bit k = the k-th
/// indicator): whether the office's submitted or accepted report reaches the period's target, or has a figure below it.
/// </summary>
public sealed class ComplianceFact
{
    public int FiscalYearStart { get; set; }
    public ReportPeriod Period { get; set; }
    public PlanKind PlanKind { get; set; }
    public int OfficeId { get; set; }

    /// <summary>The office's materialized path with its own id appended ("/1/5/9/"): a subtree is a prefix, no join needed.</summary>
    public string Path { get; set; } = "";

    /// <summary>The office's tier, which decides its deadline.</summary>
    public OfficeKind OfficeKind { get; set; }

    public bool HasSubordinates { get; set; }
    public ReportState? State { get; set; }
    public bool Submitted { get; set; }
    public bool Late { get; set; }
    public bool Charter { get; set; }
    public bool Committee { get; set; }
    public bool Meeting { get; set; }
    public int DecisionsImplemented { get; set; }
    public int DecisionsCounted { get; set; }
    public long Reached { get; set; }
    public long Below { get; set; }
}

/// <summary>A period and plan kind whose <see cref="ComplianceFact"/> rows exist for every office.</summary>
public sealed class ComplianceFactPeriod
{
    public int FiscalYearStart { get; set; }
    public ReportPeriod Period { get; set; }
    public PlanKind PlanKind { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
}

/// <summary>
/// "Office N's facts may have changed": written by database triggers (migration ComplianceFacts) in the same transaction
/// as any change to what the facts are counted from. <see cref="OfficeId"/> 0 means every office (a plan changed).
/// </summary>
public sealed class ComplianceChange
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
}

/// <summary>
/// Keeps <see cref="ComplianceFact"/> current (ADR 0022). Before the dashboard reads a period, <see cref="EnsureAsync"/>
/// takes the change marks the triggers left (deleting them, in one transaction that only one refresh at a time may
/// run), recounts the marked offices in every built period from the source tables, and builds the requested period
/// if it was never built. Recounting, not adding deltas: a fact row is always what a fresh count would give.
/// </summary>
#pragma warning disable EF1002 // the SQL is built from numbers and dates computed here, never from input
public sealed class ComplianceFactStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>Past this many marked offices, recounting them one by one costs more than rebuilding each period on demand.</summary>
    public const int RebuildAbove = 2000;

    /// <summary>Serializes refreshes on PostgreSQL (SQLite has one writer anyway): an arbitrary constant.</summary>
    private const long LockKey = 7_401_022;

    public async Task EnsureAsync(FiscalYear year, ReportPeriod period, PlanKind kind, CancellationToken ct = default)
    {
        var fy = year.StartYear;
        var periods = db.Set<ComplianceFactPeriod>();
        if (await periods.AnyAsync(p => p.FiscalYearStart == fy && p.Period == period && p.PlanKind == kind, ct)
            && !await db.Set<ComplianceChange>().AnyAsync(ct))
            return;

        var (marked, marks) = (new List<int>(), 0);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
            (marked, marks) = await ComplianceChangeTriggers.List.TakeAsync(db, ct);
            if (marked.Contains(0) || marked.Count > RebuildAbove)
            {
                await db.Set<ComplianceFact>().ExecuteDeleteAsync(ct);
                await periods.ExecuteDeleteAsync(ct);
            }
            else if (marked.Count > 0)
            {
                // Built periods share their year's plan (four quarters and the year): load each plan once.
                var plans = new Dictionary<(int, PlanKind), ActionPlan?>();
                foreach (var p in await periods.AsNoTracking().ToListAsync(ct))
                {
                    if (!plans.TryGetValue((p.FiscalYearStart, p.PlanKind), out var plan))
                        plans[(p.FiscalYearStart, p.PlanKind)] = plan = await PlanAsync(p.FiscalYearStart, p.PlanKind, ct);
                    await CountAsync(new FiscalYear(p.FiscalYearStart), p.Period, plan, p.PlanKind, marked, ct);
                }
            }
            if (!await periods.AnyAsync(p => p.FiscalYearStart == fy && p.Period == period && p.PlanKind == kind, ct))
            {
                await CountAsync(year, period, await PlanAsync(fy, kind, ct), kind, null, ct);
                periods.Add(new ComplianceFactPeriod { FiscalYearStart = fy, Period = period, PlanKind = kind, BuiltAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        });
        await ComplianceChangeTriggers.List.TidyAsync(db, marks, ct);
    }

    /// <summary>
    /// Replaces the facts of the period for the given offices (all offices when null) with a fresh count. For the annual
    /// report the activity is the year's: a charter version, a committee record or a meeting in any of its quarters.
    /// </summary>
    private async Task CountAsync(FiscalYear year, ReportPeriod period, ActionPlan? plan, PlanKind kind, IReadOnlyList<int>? offices, CancellationToken ct)
    {
        var fy = year.StartYear;
        var (from, to) = period.Span(year);
        var facts = db.Set<ComplianceFact>().Where(f => f.FiscalYearStart == fy && f.Period == period && f.PlanKind == kind);
        if (offices is null) await facts.ExecuteDeleteAsync(ct);
        else await facts.Where(f => offices.Contains(f.OfficeId)).ExecuteDeleteAsync(ct);
        var pg = db.Database.IsNpgsql();

        string Date(DateOnly d) => pg ? $"DATE '{d:yyyy-MM-dd}'" : $"'{d:yyyy-MM-dd}'";
        var (first, last) = (Date(from), Date(to));
        var periodNumber = (int)period;
        var committeeQuarter = period.IsQuarter() ? $" AND cq.\"Quarter\" = {periodNumber}" : "";
        var only = offices is null ? "" : string.Join(",", offices.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        string In(string column) => offices is null ? "" : $" AND {column} IN ({only})";
        var (reached, below) = Masks(plan, period, pg);

        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "ComplianceFacts" ("FiscalYearStart", "Period", "PlanKind", "OfficeId", "Path", "OfficeKind", "HasSubordinates", "State", "Submitted", "Late",
                "Charter", "Committee", "Meeting", "DecisionsImplemented", "DecisionsCounted", "Reached", "Below")
            SELECT {fy}, {periodNumber}, {(int)kind}, o."Id", o."Path" || CAST(o."Id" AS TEXT) || '/', o."Kind",
                EXISTS (SELECT 1 FROM "Offices" c WHERE c."ParentId" = o."Id"),
                r."State",
                (r."FirstSubmittedAt" IS NOT NULL),
                COALESCE(r."SubmittedLate", FALSE),
                EXISTS (SELECT 1 FROM "Charters" ch JOIN "CharterVersions" v ON v."CharterId" = ch."Id"
                        WHERE ch."OfficeId" = o."Id" AND v."PublishedOn" >= {first} AND v."PublishedOn" <= {last}),
                EXISTS (SELECT 1 FROM "CommitteeQuarterRecords" cq JOIN "Committees" cm ON cm."Id" = cq."CommitteeId"
                        WHERE cm."OfficeId" = o."Id" AND cm."Kind" = 1 AND cq."FiscalYearStart" = {fy}{committeeQuarter}),
                EXISTS (SELECT 1 FROM "Meetings" m WHERE m."OfficeId" = o."Id" AND m."MinutesState" = 1
                        AND m."Date" >= {first} AND m."Date" <= {last} AND m."Kind" IN (1, 2)),
                COALESCE(d."Implemented", 0), COALESCE(d."Counted", 0),
                COALESCE(e."Reached", 0), COALESCE(e."Below", 0)
            FROM "Offices" o
            LEFT JOIN "ProgressReports" r ON r."OfficeId" = o."Id" AND r."FiscalYearStart" = {fy} AND r."Period" = {periodNumber} AND r."ActionPlanId" = {plan?.Id ?? -1}
            LEFT JOIN (
                SELECT m."OfficeId",
                    SUM(CASE WHEN EXISTS (SELECT 1 FROM "DecisionProgress" p WHERE p."DecisionId" = x."Id" AND p."Status" = 2)
                              AND NOT EXISTS (SELECT 1 FROM "DecisionProgress" p WHERE p."DecisionId" = x."Id" AND p."Status" NOT IN (2, 3))
                        THEN 1 ELSE 0 END) AS "Implemented",
                    SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM "DecisionProgress" p WHERE p."DecisionId" = x."Id")
                              OR EXISTS (SELECT 1 FROM "DecisionProgress" p WHERE p."DecisionId" = x."Id" AND p."Status" <> 3)
                        THEN 1 ELSE 0 END) AS "Counted"
                FROM "Decisions" x
                JOIN "AgendaItems" a ON a."Id" = x."AgendaItemId"
                JOIN "Meetings" m ON m."Id" = a."MeetingId"
                WHERE m."MinutesState" = 1 AND m."Date" >= {first} AND m."Date" <= {last}{In("m.\"OfficeId\"")}
                GROUP BY m."OfficeId"
            ) d ON d."OfficeId" = o."Id"
            LEFT JOIN (
                SELECT e."ProgressReportId", SUM({reached}) AS "Reached", SUM({below}) AS "Below"
                FROM "ReportEntries" e
                JOIN "ProgressReports" r2 ON r2."Id" = e."ProgressReportId"
                WHERE r2."FiscalYearStart" = {fy} AND r2."Period" = {periodNumber} AND r2."ActionPlanId" = {plan?.Id ?? -1} AND r2."State" IN (1, 3)
                  AND (e."Achieved" IS NOT NULL OR e."DoneOn" IS NOT NULL){In("r2.\"OfficeId\"")}
                GROUP BY e."ProgressReportId"
            ) e ON e."ProgressReportId" = r."Id"
            WHERE 1 = 1{In("o.\"Id\"")}
            """, ct);
        // A whole period is a bulk insert: give PostgreSQL's planner its statistics now rather than at autovacuum's next pass.
        if (offices is null && pg) await db.Database.ExecuteSqlRawAsync("""ANALYZE "ComplianceFacts" """, ct);
    }

    private Task<ActionPlan?> PlanAsync(int fiscalYearStart, PlanKind kind, CancellationToken ct) =>
        db.ActionPlans.AsNoTracking().Include(p => p.Indicators).SingleOrDefaultAsync(p => p.FiscalYearStart == fiscalYearStart && p.Kind == kind, ct);

    /// <summary>What a report of the period is compared with: the quarter's target, or the annual target for the year.</summary>
    public static decimal? PeriodTarget(PlanIndicator i, ReportPeriod period) => period.IsQuarter() ? i.QuarterTarget((int)period) : i.AnnualTarget;

    /// <summary>The plan's indicators in the order their bits are numbered (the grid's order).</summary>
    public static List<PlanIndicator> Ordered(ActionPlan plan) => plan.Indicators.OrderBy(i => i.Order).ThenBy(i => i.Id).Take(63).ToList();

    /// <summary>
    /// Per entry, its indicator's bit when the figure reaches the period's target (the <c>Reached</c> sum) or does not
    /// (the <c>Below</c> sum) — the rule of the report grid: a date by the target date, else a value at least the target.
    /// Each report has one entry per indicator, so summing the bits is OR-ing them.
    /// </summary>
    private static (string Reached, string Below) Masks(ActionPlan? plan, ReportPeriod period, bool pg)
    {
        if (plan is null || plan.Indicators.Count == 0) return ("0", "0");
        var reached = new StringBuilder("CASE");
        var below = new StringBuilder("CASE");
        var achieved = pg ? "e.\"Achieved\"" : "CAST(e.\"Achieved\" AS REAL)";
        var indicators = Ordered(plan);
        for (var k = 0; k < indicators.Count; k++)
        {
            var i = indicators[k];
            var bit = (1L << k).ToString(CultureInfo.InvariantCulture);
            var reaches = i.Unit == IndicatorUnit.Date
                ? i.TargetDate is { } t ? $"e.\"DoneOn\" IS NOT NULL AND e.\"DoneOn\" <= {(pg ? $"DATE '{t:yyyy-MM-dd}'" : $"'{t:yyyy-MM-dd}'")}" : "e.\"DoneOn\" IS NOT NULL"
                : $"e.\"Achieved\" IS NOT NULL AND {achieved} >= {(PeriodTarget(i, period) ?? 0).ToString(CultureInfo.InvariantCulture)}";
            reached.Append(CultureInfo.InvariantCulture, $" WHEN e.\"PlanIndicatorId\" = {i.Id} AND {reaches} THEN {bit}");
            below.Append(CultureInfo.InvariantCulture, $" WHEN e.\"PlanIndicatorId\" = {i.Id} AND NOT ({reaches}) THEN {bit}");
        }
        return (reached.Append(" ELSE 0 END").ToString(), below.Append(" ELSE 0 END").ToString());
    }
}
