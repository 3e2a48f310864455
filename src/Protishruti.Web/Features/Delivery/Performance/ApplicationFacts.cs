using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;

namespace Protishruti.Web.Features.Delivery.Performance;

/// <summary>What a fact row counts (ADR 0044).</summary>
public enum FactKind : short
{
    /// <summary><see cref="ApplicationFactBase.Bin"/> 0; <c>Count</c> = received, with delivered on time, late, rejected.</summary>
    Counts = 0,
    /// <summary>Delivered with a measurable promise: <c>Bin</c> = working days taken, <c>Count</c> = how many.</summary>
    DaysTaken = 1,
    /// <summary>Open with a due date: <c>Bin</c> = the due date as days since 2000-01-01, <c>Count</c> = how many.</summary>
    OpenDue = 2,
}

/// <summary>One cell of the performance facts: a (kind, bin) of applications received in a fiscal quarter.</summary>
public abstract class ApplicationFactBase
{
    public int OfficeId { get; set; }
    /// <summary>The first day of the (calendar = fiscal) quarter the applications were received in.</summary>
    public DateOnly QuarterStart { get; set; }
    public FactKind Kind { get; set; }
    public int Bin { get; set; }
    public int Count { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
    public int Rejected { get; set; }

    public static readonly DateOnly Epoch = new(2000, 1, 1);
    public static int DayNumber(DateOnly d) => d.DayNumber - Epoch.DayNumber;
}

/// <summary>An office's own applications, per service (the root's own services and each child's own figures).</summary>
public sealed class ApplicationFact : ApplicationFactBase
{
    public Guid ServiceKey { get; set; }
}

/// <summary>The applications of an office's whole subtree (itself included), without the service: a roll-up is a handful of rows.</summary>
public sealed class ApplicationSubtreeFact : ApplicationFactBase;

public sealed class ApplicationFactConfiguration : IEntityTypeConfiguration<ApplicationFact>
{
    public void Configure(EntityTypeBuilder<ApplicationFact> b)
    {
        b.ToTable("ApplicationFacts");
        // No foreign key to Offices: facts are derived rows written by the triggers, and a key check on every fact row
        // a batch creates cost a quarter of a holiday recompute (ADR 0044). Offices are never deleted, only moved.
        b.HasKey(f => new { f.OfficeId, f.QuarterStart, f.ServiceKey, f.Kind, f.Bin });
    }
}

public sealed class ApplicationSubtreeFactConfiguration : IEntityTypeConfiguration<ApplicationSubtreeFact>
{
    public void Configure(EntityTypeBuilder<ApplicationSubtreeFact> b)
    {
        b.ToTable("ApplicationSubtreeFacts");
        b.HasKey(f => new { f.OfficeId, f.QuarterStart, f.Kind, f.Bin });
    }
}

/// <summary>
/// Stamps <c>WorkingDaysTaken</c> (a shadow column of Applications, ADR 0044) on every application an EF save adds or
/// changes: the working days from receipt to delivery by today's holiday table, for a delivered application with a
/// measurable promise, else null. The fact triggers read it; a holiday change re-stamps through <see cref="DueDates"/>.
/// </summary>
public sealed class WorkingDaysTakenStamp : SaveChangesInterceptor
{
    public const string Column = "WorkingDaysTaken";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        StampAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await StampAsync(eventData.Context, cancellationToken);
        return result;
    }

    private static async Task StampAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not AppDbContext db) return;
        var entries = db.ChangeTracker.Entries<Application>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        if (entries.Count == 0) return;
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        foreach (var e in entries)
        {
            var a = e.Entity;
            int? days = a.Outcome == ApplicationOutcome.Delivered && a.DueOn is not null && a.ClosedOn is { } closed
                ? calendar.WorkingDaysBetween(a.ReceivedOn, closed) : null;
            var p = e.Property<int?>(Column);
            if (p.CurrentValue != days) p.CurrentValue = days;
        }
    }
}

/// <summary>
/// The triggers that keep <see cref="ApplicationFact"/> and <see cref="ApplicationSubtreeFact"/> equal to the
/// applications, in the same transaction as any insert, update or delete (EF, ExecuteUpdate, bulk SQL), and when an
/// office moves (its applications leave the old ancestors' subtree facts and join the new ones'). SQLite: row triggers;
/// PostgreSQL: statement triggers over transition tables, so a batch of 1,000 is one grouped upsert.
/// </summary>
public static class ApplicationFactTriggers
{
    private const string Delivered = "1";
    private const string RejectedOutcome = "2";
    private static readonly string[] AppTriggers = ["insert", "update", "delete"];

    private static string Quarter(bool pg, string d) => pg
        ? $"""CAST(date_trunc('quarter', {d}) AS date)"""
        : $"""date({d}, 'start of month', '-' || ((CAST(strftime('%m', {d}) AS INTEGER) - 1) % 3) || ' months')""";

    private static string DayNumber(bool pg, string d) => pg
        ? $"""({d} - DATE '2000-01-01')"""
        : $"""CAST(julianday({d}) - 2451544.5 AS INTEGER)""";

    /// <summary>The three kinds of contribution of the rows of <paramref name="source"/> (columns of Applications plus "Path"), times <paramref name="sign"/>.</summary>
    private static string Deltas(bool pg, string source, int sign)
    {
        var s = sign.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = $"""r."OfficeId", r."Path", r."ServiceKey", {Quarter(pg, "r.\"ReceivedOn\"")} AS "QuarterStart" """;
        return $"""
            SELECT {key}, 0 AS "Kind", 0 AS "Bin", {s} AS "Count",
              CASE WHEN r."Outcome" = {Delivered} AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN {s} ELSE 0 END AS "OnTime",
              CASE WHEN r."Outcome" = {Delivered} AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN {s} ELSE 0 END AS "Late",
              CASE WHEN r."Outcome" = {RejectedOutcome} THEN {s} ELSE 0 END AS "Rejected" FROM {source} r
            UNION ALL SELECT {key}, 1, r."WorkingDaysTaken", {s}, 0, 0, 0 FROM {source} r
              WHERE r."Outcome" = {Delivered} AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
            UNION ALL SELECT {key}, 2, {DayNumber(pg, "r.\"DueOn\"")}, {s}, 0, 0, 0 FROM {source} r
              WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL
            """;
    }

    private const string Sums = """SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected")""";
    private const string NonZero = """HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0""";
    private static string Add(string t) => $"""DO UPDATE SET "Count" = {t}."Count" + excluded."Count", "OnTime" = {t}."OnTime" + excluded."OnTime", "Late" = {t}."Late" + excluded."Late", "Rejected" = {t}."Rejected" + excluded."Rejected" """;

    /// <summary>The two upserts of a set of deltas: the offices' own facts, and every ancestor-or-self's subtree facts.</summary>
    private static string Upserts(bool pg, string deltas)
    {
        var ancestors = pg
            ? """CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from c."Path" || c."OfficeId"), '/')) AS a(id)"""
            : """JOIN json_each('[' || replace(trim(c."Path" || c."OfficeId", '/'), '/', ',') || ']') a""";
        var ancestor = pg ? "CAST(a.id AS integer)" : "CAST(a.value AS INTEGER)";
        return $"""
            INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
            SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", {Sums} FROM ({deltas}) c WHERE true
            GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" {NonZero}
            ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") {Add("\"ApplicationFacts\"")};
            INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
            SELECT {ancestor}, c."QuarterStart", c."Kind", c."Bin", {Sums} FROM ({deltas}) c {ancestors} WHERE true
            GROUP BY {ancestor}, c."QuarterStart", c."Kind", c."Bin" {NonZero}
            ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") {Add("\"ApplicationSubtreeFacts\"")};
            """;
    }

    private const string Columns = """ "OfficeId", "ServiceKey", "ReceivedOn", "DueOn", "Outcome", "ClosedOn", "WorkingDaysTaken" """;

    /// <summary>Applications rows of <paramref name="table"/> with their office's path.</summary>
    private static string WithPath(string table) =>
        $"""(SELECT {string.Join(", ", Columns.Split(',').Select(c => "t." + c.Trim()))}, o."Path" FROM {table} t JOIN "Offices" o ON o."Id" = t."OfficeId")""";

    /// <summary>A SQLite row (NEW or OLD) as a one-row source.</summary>
    private static string Row(string row) =>
        $"""(SELECT {string.Join(", ", Columns.Split(',').Select(c => $"{row}.{c.Trim()} AS {c.Trim()}"))}, (SELECT o."Path" FROM "Offices" o WHERE o."Id" = {row}."OfficeId") AS "Path")""";

    private static string OfficeMove(bool pg, string oldPath, string newPath, string officeId) =>
        $"""(SELECT {string.Join(", ", Columns.Split(',').Select(c => "t." + c.Trim()))}, {oldPath} AS "Path" FROM "Applications" t WHERE t."OfficeId" = {officeId})""" +
        "|" +
        $"""(SELECT {string.Join(", ", Columns.Split(',').Select(c => "t." + c.Trim()))}, {newPath} AS "Path" FROM "Applications" t WHERE t."OfficeId" = {officeId})""";

    public static IEnumerable<string> Sqlite()
    {
        var ins = Deltas(false, Row("NEW"), 1);
        var del = Deltas(false, Row("OLD"), -1);
        yield return $"""CREATE TRIGGER "application_facts_insert" AFTER INSERT ON "Applications" FOR EACH ROW BEGIN {Upserts(false, ins)} END;""";
        yield return $"""CREATE TRIGGER "application_facts_update" AFTER UPDATE OF {Columns} ON "Applications" FOR EACH ROW BEGIN {Upserts(false, del + " UNION ALL " + ins)} END;""";
        yield return $"""CREATE TRIGGER "application_facts_delete" AFTER DELETE ON "Applications" FOR EACH ROW BEGIN {Upserts(false, del)} END;""";
        var move = OfficeMove(false, "OLD.\"Path\"", "NEW.\"Path\"", "NEW.\"Id\"").Split('|');
        yield return $"""CREATE TRIGGER "application_facts_office_move" AFTER UPDATE OF "Path" ON "Offices" FOR EACH ROW WHEN OLD."Path" <> NEW."Path" BEGIN {Upserts(false, Deltas(false, move[0], -1) + " UNION ALL " + Deltas(false, move[1], 1))} END;""";
    }

    public static IEnumerable<string> DropSqlite() =>
        AppTriggers.Append("office_move").Select(t => $"""DROP TRIGGER IF EXISTS "application_facts_{t}";""");

    public static IEnumerable<string> Postgres()
    {
        string Function(string name, string body) =>
            $"""CREATE FUNCTION "application_facts_{name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$;""";
        yield return Function("insert", Upserts(true, Deltas(true, WithPath("new_rows"), 1)));
        yield return """CREATE TRIGGER "application_facts_insert" AFTER INSERT ON "Applications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_insert"();""";
        yield return Function("update", Upserts(true, Deltas(true, WithPath("old_rows"), -1) + " UNION ALL " + Deltas(true, WithPath("new_rows"), 1)));
        yield return """CREATE TRIGGER "application_facts_update" AFTER UPDATE ON "Applications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_update"();""";
        yield return Function("delete", Upserts(true, Deltas(true, WithPath("old_rows"), -1)));
        yield return """CREATE TRIGGER "application_facts_delete" AFTER DELETE ON "Applications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_delete"();""";
        var cols = string.Join(", ", Columns.Split(',').Select(c => "t." + c.Trim()));
        var moved = """FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" """;
        yield return Function("office_move", Upserts(true,
            Deltas(true, $"""(SELECT {cols}, o."Path" {moved})""", -1) + " UNION ALL " + Deltas(true, $"""(SELECT {cols}, n."Path" {moved})""", 1)));
        yield return """CREATE TRIGGER "application_facts_office_move" AFTER UPDATE ON "Offices" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_office_move"();""";
    }

    public static IEnumerable<string> DropPostgres() =>
        AppTriggers.Select(t => $"""DROP TRIGGER IF EXISTS "application_facts_{t}" ON "Applications"; DROP FUNCTION IF EXISTS "application_facts_{t}"();""")
            .Append("""DROP TRIGGER IF EXISTS "application_facts_office_move" ON "Offices"; DROP FUNCTION IF EXISTS "application_facts_office_move"();""");

    /// <summary>Empties the facts and counts them again from every application (the migration, the benchmark's bulk load, a repair).</summary>
    public static string Rebuild(bool postgres) =>
        """DELETE FROM "ApplicationFacts"; DELETE FROM "ApplicationSubtreeFacts";""" + Upserts(postgres, Deltas(postgres, WithPath("\"Applications\""), 1));
}
