namespace Protishruti.Domain.Access;

/// <summary>What a user may try to do in an office. Every office-scoped page and endpoint names one.</summary>
public enum OfficeAction
{
    /// <summary>See the office's dashboard and internal (non-public) records.</summary>
    ViewDashboard,
    /// <summary>Edit the office's details, posts, people and incumbencies.</summary>
    ManageOffice,
    /// <summary>Grant and revoke roles in the office.</summary>
    ManageRoles,
    ViewAuditLog,
    EditCharter,
    ApproveCharter,
    /// <summary>Read everything in the office, as a parent office watching a subordinate does.</summary>
    Monitor,
    HandleGrievances,
    HandleAppeals,
    /// <summary>Create meetings and issue their notices and minutes; reconstitute committees (the office order).</summary>
    ManageMeetings,
    /// <summary>Certify, as the office head, that a committee needs no change this quarter.</summary>
    CertifyCommittee,
    /// <summary>Record this office's progress on decisions other meetings assigned to it, with evidence.</summary>
    UpdateDecisions,
    /// <summary>Fill in and submit this office's own progress reports on the action plans.</summary>
    ReportProgress,
    /// <summary>Accept or return the progress reports of the office's subordinates (checked on the parent office).</summary>
    ReviewReports,
    /// <summary>Record the office's service applications and their outcomes (the register, the upload, corrections).</summary>
    RecordApplications,
}

/// <summary>
/// The single rule of who may do what. A grant on the office itself allows what its role allows;
/// a grant on an ancestor allows only monitoring (Monitor role); SystemAdmin allows everything.
/// </summary>
public static class OfficePermissions
{
    public static bool Allows(OfficeRole role, OfficeAction action, bool onAncestor)
    {
        if (role == OfficeRole.SystemAdmin) return true;
        if (onAncestor)
            return role == OfficeRole.Monitor && action is OfficeAction.Monitor or OfficeAction.ViewDashboard or OfficeAction.ReviewReports;

        return action switch
        {
            OfficeAction.ViewDashboard => true,
            OfficeAction.ManageOffice or OfficeAction.ManageRoles or OfficeAction.ViewAuditLog => role == OfficeRole.OfficeAdmin,
            OfficeAction.EditCharter => role is OfficeRole.Editor or OfficeRole.Approver,
            OfficeAction.ApproveCharter => role == OfficeRole.Approver,
            OfficeAction.Monitor => role is OfficeRole.Monitor or OfficeRole.OfficeAdmin or OfficeRole.Editor or OfficeRole.Approver,
            OfficeAction.HandleGrievances => role == OfficeRole.GrievanceOfficer,
            OfficeAction.HandleAppeals => role == OfficeRole.AppealOfficer,
            OfficeAction.ManageMeetings or OfficeAction.UpdateDecisions => role is OfficeRole.Editor or OfficeRole.Approver,
            OfficeAction.CertifyCommittee => role == OfficeRole.Approver,
            OfficeAction.ReportProgress => role is OfficeRole.Editor or OfficeRole.Approver,
            OfficeAction.ReviewReports => role is OfficeRole.Editor or OfficeRole.Approver or OfficeRole.Monitor,
            // The focal point keeps the register; the head and the office admin (who also makes the API keys) may too.
            OfficeAction.RecordApplications => role is OfficeRole.Editor or OfficeRole.Approver or OfficeRole.OfficeAdmin,
            _ => false,
        };
    }
}
