namespace Protishruti.Web.Data;

/// <summary>
/// The triggers that mark an office's complaint facts as possibly changed (ADR 0045): a complaint received, moved on,
/// closed, rated or deleted marks the office it was made to (before and after, if that changes); an office moved or
/// deleted marks itself, because its facts carry its path. Migration GrievanceFacts holds what this produces as literal
/// SQL; BaselineMigrationTests checks that a migrated database has exactly these triggers.
/// </summary>
public static class GrievanceChangeTriggers
{
    public static readonly ChangeTriggers List = new("GrievanceChanges", "grievance_changes_",
        new("Grievances", ChangeTriggers.All,
            ["OfficeId", "ServiceKey", "ServiceNameBn", "SubmittedOn", "Level", "State", "DueOn", "Outcome", "ClosedOn", "Verdict"], """{0}."OfficeId" """),
        new("Offices", [ChangeTriggers.Op.Update, ChangeTriggers.Op.Delete], ["ParentId", "Path"], """{0}."Id" """));
}
