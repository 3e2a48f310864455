namespace Protishruti.Domain.Access;

public enum OfficeRole
{
    OfficeAdmin = 1,
    /// <summary>The focal point who writes the charter and minutes.</summary>
    Editor = 2,
    /// <summary>The office head who approves and publishes.</summary>
    Approver = 3,
    /// <summary>Reads an office and everything under it.</summary>
    Monitor = 4,
    GrievanceOfficer = 5,
    AppealOfficer = 6,
    /// <summary>Global: held without an office.</summary>
    SystemAdmin = 99,
}

public static class OfficeRoleNames
{
    public static string Bn(this OfficeRole role) => role switch
    {
        OfficeRole.OfficeAdmin => "দপ্তর প্রশাসক",
        OfficeRole.Editor => "সম্পাদক (ফোকাল পয়েন্ট)",
        OfficeRole.Approver => "অনুমোদনকারী (দপ্তর প্রধান)",
        OfficeRole.Monitor => "পরিবীক্ষক",
        OfficeRole.GrievanceOfficer => "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)",
        OfficeRole.AppealOfficer => "আপিল কর্মকর্তা",
        OfficeRole.SystemAdmin => "সিস্টেম প্রশাসক",
        _ => role.ToString(),
    };

    public static string En(this OfficeRole role) => role switch
    {
        OfficeRole.OfficeAdmin => "Office admin",
        OfficeRole.Editor => "Editor (focal point)",
        OfficeRole.Approver => "Approver (office head)",
        OfficeRole.Monitor => "Monitor",
        OfficeRole.GrievanceOfficer => "Grievance officer",
        OfficeRole.AppealOfficer => "Appeal officer",
        OfficeRole.SystemAdmin => "System admin",
        _ => role.ToString(),
    };

    public static string Name(this OfficeRole role, bool bengali) => bengali ? role.Bn() : role.En();
}
