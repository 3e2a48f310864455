namespace Protishruti.Web.Data;

/// <summary>
/// The triggers that mark an office's compliance facts as possibly changed (ADR 0022): every insert, update or delete
/// of a row the facts are counted from writes the office it belongs to into <c>ComplianceChanges</c>, in the same
/// transaction — whether the change comes from the app, a bulk import or hand-written SQL. Office 0 means every office
/// (a plan or its indicators changed, so every target comparison may differ).
/// The baseline migrations hold what <see cref="Sqlite"/> and <see cref="Postgres"/> produce as literal SQL, so editing
/// this list never rewrites history; a test checks that a migrated database has exactly these triggers. A change to the
/// list needs a new migration with the statements to drop the old triggers and create the new ones.
/// </summary>
public static class ComplianceChangeTriggers
{
    private enum Op { Insert, Update, Delete }

    /// <summary>A table, the operations that matter, the columns whose update matters (all when empty), and the office(s) a row belongs to ({0} is NEW or OLD).</summary>
    private sealed record Source(string Table, Op[] Ops, string[] Columns, params string[] Offices);

    private const string ViaReport = """(SELECT r."OfficeId" FROM "ProgressReports" r WHERE r."Id" = {0}."ProgressReportId")""";
    private const string ViaMeeting = """(SELECT m."OfficeId" FROM "Meetings" m WHERE m."Id" = {0}."MeetingId")""";
    private const string ViaAgendaItem = """(SELECT m."OfficeId" FROM "AgendaItems" a JOIN "Meetings" m ON m."Id" = a."MeetingId" WHERE a."Id" = {0}."AgendaItemId")""";
    private const string ViaDecision = """(SELECT m."OfficeId" FROM "Decisions" d JOIN "AgendaItems" a ON a."Id" = d."AgendaItemId" JOIN "Meetings" m ON m."Id" = a."MeetingId" WHERE d."Id" = {0}."DecisionId")""";
    private static readonly Op[] All = [Op.Insert, Op.Update, Op.Delete];

    private static readonly Source[] Sources =
    [
        // An office's own row (its path changes when it or an ancestor moves; its tier), and its parent's "has subordinates".
        new("Offices", All, ["ParentId", "Path", "Kind"], """{0}."Id" """, """{0}."ParentId" """),
        new("ProgressReports", All, ["OfficeId", "ActionPlanId", "FiscalYearStart", "Period", "State", "FirstSubmittedAt", "SubmittedLate"], """{0}."OfficeId" """),
        new("ReportEntries", All, [], ViaReport),
        new("Charters", [Op.Update, Op.Delete], ["OfficeId"], """{0}."OfficeId" """),
        new("CharterVersions", All, ["CharterId", "PublishedOn"], """(SELECT c."OfficeId" FROM "Charters" c WHERE c."Id" = {0}."CharterId")"""),
        new("Committees", [Op.Update, Op.Delete], ["OfficeId", "Kind"], """{0}."OfficeId" """),
        new("CommitteeQuarterRecords", All, [], """(SELECT c."OfficeId" FROM "Committees" c WHERE c."Id" = {0}."CommitteeId")"""),
        new("Meetings", All, ["OfficeId", "Kind", "Date", "MinutesState"], """{0}."OfficeId" """),
        new("AgendaItems", [Op.Update, Op.Delete], ["MeetingId"], ViaMeeting),
        new("Decisions", All, ["AgendaItemId"], ViaAgendaItem),
        new("DecisionProgress", All, [], ViaDecision),
        new("ActionPlans", [Op.Update, Op.Delete], ["FiscalYearStart", "Kind"], "0"),
        new("PlanIndicators", All, [], "0"),
    ];

    private static string Name(Source s, Op op) => $"compliance_changes_{s.Table.ToLowerInvariant()}_{op.ToString().ToLowerInvariant()}";

    /// <summary>INSERT … SELECT of the non-null offices the row belongs to; for an update, before and after.</summary>
    private static string Mark(Source s, Op op)
    {
        var rows = op switch { Op.Insert => new[] { "NEW" }, Op.Delete => ["OLD"], _ => ["OLD", "NEW"] };
        var offices = rows.SelectMany(row => s.Offices.Select(o => $"SELECT {string.Format(System.Globalization.CultureInfo.InvariantCulture, o, row).Trim()} AS o"));
        return $"""INSERT INTO "ComplianceChanges" ("OfficeId") SELECT x.o FROM ({string.Join(" UNION ALL ", offices)}) x WHERE x.o IS NOT NULL;""";
    }

    private static string When(Source s, Op op) => op switch
    {
        Op.Update when s.Columns.Length > 0 => $"UPDATE OF {string.Join(", ", s.Columns.Select(c => $"\"{c}\""))}",
        _ => op.ToString().ToUpperInvariant(),
    };

    public static IEnumerable<string> Sqlite() => Sources.SelectMany(s => s.Ops.Select(op =>
        $"""CREATE TRIGGER "{Name(s, op)}" AFTER {When(s, op)} ON "{s.Table}" FOR EACH ROW BEGIN {Mark(s, op)} END;"""));

    public static IEnumerable<string> DropSqlite() => Sources.SelectMany(s => s.Ops.Select(op => $"""DROP TRIGGER IF EXISTS "{Name(s, op)}";"""));

    public static IEnumerable<string> Postgres() => Sources.SelectMany(s => s.Ops.SelectMany(op => new[]
    {
        $"""CREATE FUNCTION "{Name(s, op)}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {Mark(s, op)} RETURN NULL; END $$;""",
        $"""CREATE TRIGGER "{Name(s, op)}" AFTER {When(s, op)} ON "{s.Table}" FOR EACH ROW EXECUTE FUNCTION "{Name(s, op)}"();""",
    }));

    public static IEnumerable<string> DropPostgres() => Sources.SelectMany(s => s.Ops.Select(op =>
        $"""DROP TRIGGER IF EXISTS "{Name(s, op)}" ON "{s.Table}"; DROP FUNCTION IF EXISTS "{Name(s, op)}"();"""));
}
