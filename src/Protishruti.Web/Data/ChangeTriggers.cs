using Microsoft.EntityFrameworkCore;

namespace Protishruti.Web.Data;

/// <summary>
/// Triggers that mark an office's facts as possibly changed (ADR 0022, ADR 0045): every insert, update or delete of a row
/// the facts are counted from writes the office it belongs to into a marks table, in the same transaction — whether the
/// change comes from the app, a bulk import or hand-written SQL. <see cref="ComplianceChangeTriggers"/> and
/// <see cref="GrievanceChangeTriggers"/> are two lists of this shape. Migrations hold what they produce as literal SQL,
/// so editing a list never rewrites history; a test checks that a migrated database has exactly these triggers.
/// </summary>
#pragma warning disable EF1002 // the only name in the SQL is the marks table's, a constant of this class's two lists
public sealed class ChangeTriggers(string marksTable, string namePrefix, params ChangeTriggers.Source[] sources)
{
    public enum Op { Insert, Update, Delete }

    /// <summary>A table, the operations that matter, the columns whose update matters (all when empty), and the office(s) a row belongs to ({0} is NEW or OLD).</summary>
    public sealed record Source(string Table, Op[] Ops, string[] Columns, params string[] Offices);

    public static readonly Op[] All = [Op.Insert, Op.Update, Op.Delete];

    /// <summary>The trigger names start with this (e.g. <c>compliance_changes_</c>).</summary>
    public string NamePrefix => namePrefix;

    private string Name(Source s, Op op) => $"{namePrefix}{s.Table.ToLowerInvariant()}_{op.ToString().ToLowerInvariant()}";

    /// <summary>INSERT … SELECT of the non-null offices the row belongs to; for an update, before and after.</summary>
    private string Mark(Source s, Op op)
    {
        var rows = op switch { Op.Insert => new[] { "NEW" }, Op.Delete => ["OLD"], _ => ["OLD", "NEW"] };
        var offices = rows.SelectMany(row => s.Offices.Select(o => $"SELECT {string.Format(System.Globalization.CultureInfo.InvariantCulture, o, row).Trim()} AS o"));
        return $"""INSERT INTO "{marksTable}" ("OfficeId") SELECT x.o FROM ({string.Join(" UNION ALL ", offices)}) x WHERE x.o IS NOT NULL;""";
    }

    private static string When(Source s, Op op) => op switch
    {
        Op.Update when s.Columns.Length > 0 => $"UPDATE OF {string.Join(", ", s.Columns.Select(c => $"\"{c}\""))}",
        _ => op.ToString().ToUpperInvariant(),
    };

    public IEnumerable<string> Sqlite() => sources.SelectMany(s => s.Ops.Select(op =>
        $"""CREATE TRIGGER "{Name(s, op)}" AFTER {When(s, op)} ON "{s.Table}" FOR EACH ROW BEGIN {Mark(s, op)} END;"""));

    public IEnumerable<string> DropSqlite() => sources.SelectMany(s => s.Ops.Select(op => $"""DROP TRIGGER IF EXISTS "{Name(s, op)}";"""));

    public IEnumerable<string> Postgres() => sources.SelectMany(s => s.Ops.SelectMany(op => new[]
    {
        $"""CREATE FUNCTION "{Name(s, op)}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {Mark(s, op)} RETURN NULL; END $$;""",
        $"""CREATE TRIGGER "{Name(s, op)}" AFTER {When(s, op)} ON "{s.Table}" FOR EACH ROW EXECUTE FUNCTION "{Name(s, op)}"();""",
    }));

    /// <summary>
    /// Takes every mark, deleting them in the caller's transaction (a mark written by a transaction still open stays for
    /// the next reader): the distinct offices marked, and how many marks there were.
    /// </summary>
    public async Task<(List<int> Offices, int Marks)> TakeAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var counted = await db.Database.SqlQueryRaw<MarkCount>(
                $"""WITH d AS (DELETE FROM "{marksTable}" RETURNING "OfficeId") SELECT "OfficeId" AS "Office", COUNT(*)::int AS "Marks" FROM d GROUP BY "OfficeId" """)
                .ToListAsync(ct);
            return (counted.Select(c => c.Office).ToList(), counted.Sum(c => c.Marks));
        }
        var all = await db.Database.SqlQueryRaw<int>($"""DELETE FROM "{marksTable}" RETURNING "OfficeId" AS "Value" """).ToListAsync(ct);
        return (all.Distinct().ToList(), all.Count);
    }

    /// <summary>Marks taken at once beyond which the marks table is vacuumed straight away on PostgreSQL.</summary>
    public const int VacuumAbove = 10_000;

    /// <summary>
    /// After many marks were taken (a bulk load, a national update), vacuums the marks table on PostgreSQL, outside any
    /// transaction: until autovacuum comes round, "is there any mark?" — asked before every read of the facts — would
    /// read through every dead row (200 ms after 2 million complaints were written; ADR 0045).
    /// </summary>
    public async Task TidyAsync(AppDbContext db, int marks, CancellationToken ct)
    {
        if (marks > VacuumAbove && db.Database.IsNpgsql() && db.Database.CurrentTransaction is null)
            await db.Database.ExecuteSqlRawAsync($"""VACUUM "{marksTable}" """, ct);
    }

    private sealed class MarkCount
    {
        public int Office { get; set; }
        public int Marks { get; set; }
    }

    public IEnumerable<string> DropPostgres() => sources.SelectMany(s => s.Ops.Select(op =>
        $"""DROP TRIGGER IF EXISTS "{Name(s, op)}" ON "{s.Table}"; DROP FUNCTION IF EXISTS "{Name(s, op)}"();"""));
}
