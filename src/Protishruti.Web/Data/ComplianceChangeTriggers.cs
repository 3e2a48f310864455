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
    private const string ViaReport = """(SELECT r."OfficeId" FROM "ProgressReports" r WHERE r."Id" = {0}."ProgressReportId")""";
    private const string ViaMeeting = """(SELECT m."OfficeId" FROM "Meetings" m WHERE m."Id" = {0}."MeetingId")""";
    private const string ViaAgendaItem = """(SELECT m."OfficeId" FROM "AgendaItems" a JOIN "Meetings" m ON m."Id" = a."MeetingId" WHERE a."Id" = {0}."AgendaItemId")""";
    private const string ViaDecision = """(SELECT m."OfficeId" FROM "Decisions" d JOIN "AgendaItems" a ON a."Id" = d."AgendaItemId" JOIN "Meetings" m ON m."Id" = a."MeetingId" WHERE d."Id" = {0}."DecisionId")""";
    private static readonly ChangeTriggers.Op[] All = ChangeTriggers.All;
    private const ChangeTriggers.Op Update = ChangeTriggers.Op.Update, Delete = ChangeTriggers.Op.Delete;

    public static readonly ChangeTriggers List = new("ComplianceChanges", "compliance_changes_",
        // An office's own row (its path changes when it or an ancestor moves; its tier), and its parent's "has subordinates".
        new("Offices", All, ["ParentId", "Path", "Kind"], """{0}."Id" """, """{0}."ParentId" """),
        new("ProgressReports", All, ["OfficeId", "ActionPlanId", "FiscalYearStart", "Period", "State", "FirstSubmittedAt", "SubmittedLate"], """{0}."OfficeId" """),
        new("ReportEntries", All, [], ViaReport),
        new("Charters", [Update, Delete], ["OfficeId"], """{0}."OfficeId" """),
        new("CharterVersions", All, ["CharterId", "PublishedOn"], """(SELECT c."OfficeId" FROM "Charters" c WHERE c."Id" = {0}."CharterId")"""),
        new("Committees", [Update, Delete], ["OfficeId", "Kind"], """{0}."OfficeId" """),
        new("CommitteeQuarterRecords", All, [], """(SELECT c."OfficeId" FROM "Committees" c WHERE c."Id" = {0}."CommitteeId")"""),
        new("Meetings", All, ["OfficeId", "Kind", "Date", "MinutesState"], """{0}."OfficeId" """),
        new("AgendaItems", [Update, Delete], ["MeetingId"], ViaMeeting),
        new("Decisions", All, ["AgendaItemId"], ViaAgendaItem),
        new("DecisionProgress", All, [], ViaDecision),
        new("ActionPlans", [Update, Delete], ["FiscalYearStart", "Kind"], "0"),
        new("PlanIndicators", All, [], "0"));

    public static IEnumerable<string> Sqlite() => List.Sqlite();
    public static IEnumerable<string> DropSqlite() => List.DropSqlite();
    public static IEnumerable<string> Postgres() => List.Postgres();
    public static IEnumerable<string> DropPostgres() => List.DropPostgres();
}
