using Protishruti.Domain.Access;

namespace Protishruti.Tests.Domain.Access;

public class OfficePermissionsTests
{
    // The whole matrix, written out so that a change to the rule has to change this table on purpose.
    // Columns: ViewDashboard, ManageOffice, ManageRoles, ViewAuditLog, EditCharter, ApproveCharter, Monitor, HandleGrievances, HandleAppeals,
    // ManageMeetings, CertifyCommittee, UpdateDecisions, ReportProgress, ReviewReports, RecordApplications (ReviewReports is checked on the parent office)
    public static TheoryData<OfficeRole, string> InOwnOffice => new()
    {
        { OfficeRole.OfficeAdmin,      "YYYYNNYNNNNNNNY" },
        { OfficeRole.Editor,           "YNNNYNYNNYNYYYY" },
        { OfficeRole.Approver,         "YNNNYYYNNYYYYYY" },
        { OfficeRole.Monitor,          "YNNNNNYNNNNNNYN" },
        { OfficeRole.GrievanceOfficer, "YNNNNNNYNNNNNNN" },
        { OfficeRole.AppealOfficer,    "YNNNNNNNYNNNNNN" },
        { OfficeRole.SystemAdmin,      "YYYYYYYYYYYYYYY" },
    };

    public static TheoryData<OfficeRole, string> FromAnAncestor => new()
    {
        { OfficeRole.OfficeAdmin,      "NNNNNNNNNNNNNNN" },
        { OfficeRole.Editor,           "NNNNNNNNNNNNNNN" },
        { OfficeRole.Approver,         "NNNNNNNNNNNNNNN" },
        { OfficeRole.Monitor,          "YNNNNNYNNNNNNYN" },
        { OfficeRole.GrievanceOfficer, "NNNNNNNNNNNNNNN" },
        { OfficeRole.AppealOfficer,    "NNNNNNNNNNNNNNN" },
        { OfficeRole.SystemAdmin,      "YYYYYYYYYYYYYYY" },
    };

    private static readonly OfficeAction[] Actions =
    [
        OfficeAction.ViewDashboard, OfficeAction.ManageOffice, OfficeAction.ManageRoles, OfficeAction.ViewAuditLog,
        OfficeAction.EditCharter, OfficeAction.ApproveCharter, OfficeAction.Monitor, OfficeAction.HandleGrievances, OfficeAction.HandleAppeals,
        OfficeAction.ManageMeetings, OfficeAction.CertifyCommittee, OfficeAction.UpdateDecisions, OfficeAction.ReportProgress, OfficeAction.ReviewReports,
        OfficeAction.RecordApplications,
    ];

    [Fact]
    public void The_table_covers_every_action() => Actions.ShouldBe(Enum.GetValues<OfficeAction>(), ignoreOrder: true);

    [Theory]
    [MemberData(nameof(InOwnOffice))]
    public void A_role_in_the_office_itself_allows_exactly_its_row(OfficeRole role, string row)
    {
        for (var i = 0; i < Actions.Length; i++)
            OfficePermissions.Allows(role, Actions[i], onAncestor: false).ShouldBe(row[i] == 'Y', $"{role} / {Actions[i]}");
    }

    [Theory]
    [MemberData(nameof(FromAnAncestor))]
    public void A_role_in_an_ancestor_office_allows_only_monitoring_and_reviewing_reports(OfficeRole role, string row)
    {
        for (var i = 0; i < Actions.Length; i++)
            OfficePermissions.Allows(role, Actions[i], onAncestor: true).ShouldBe(row[i] == 'Y', $"{role} / {Actions[i]}");
    }

    [Fact]
    public void SystemAdmin_is_never_granted_in_an_office()
    {
        Should.Throw<Protishruti.Domain.DomainException>(() => new RoleGrant("u1", OfficeRole.SystemAdmin, 5));
        Should.Throw<Protishruti.Domain.DomainException>(() => new RoleGrant("u1", OfficeRole.Editor, null));
    }
}
