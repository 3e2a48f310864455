using Protishruti.Domain.Offices;

namespace Protishruti.Domain.Charters;

/// <summary>How the services table is printed (domain.md §1.3): the data is the same union of fields for all three.</summary>
public enum LayoutProfile
{
    /// <summary>Layout A: the 7 numbered head-office columns, no supervising officer.</summary>
    Hq7 = 1,
    /// <summary>Layout B: the 8-column field format, with the supervising officer.</summary>
    Field8 = 2,
    /// <summary>Layout C: the 7 head-office columns plus the supervising officer.</summary>
    Hybrid8 = 3,
}

public static class LayoutProfiles
{
    public static LayoutProfile DefaultFor(OfficeKind kind) =>
        kind is OfficeKind.DistrictOffice or OfficeKind.UpazilaOffice ? LayoutProfile.Field8 : LayoutProfile.Hq7;

    public static bool NeedsSupervisingOfficer(this LayoutProfile layout) => layout is LayoutProfile.Field8 or LayoutProfile.Hybrid8;

    public static string Bn(this LayoutProfile layout) => layout switch
    {
        LayoutProfile.Hq7 => "সদর দপ্তর (৭ কলাম)",
        LayoutProfile.Field8 => "মাঠ পর্যায় (৮ কলাম)",
        LayoutProfile.Hybrid8 => "মিশ্র (৮ কলাম)",
        _ => layout.ToString(),
    };

    public static string En(this LayoutProfile layout) => layout switch
    {
        LayoutProfile.Hq7 => "Head office (7 columns)",
        LayoutProfile.Field8 => "Field office (8 columns)",
        LayoutProfile.Hybrid8 => "Hybrid (8 columns)",
        _ => layout.ToString(),
    };
}
