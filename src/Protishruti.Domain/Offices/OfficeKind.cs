namespace Protishruti.Domain.Offices;

public enum OfficeKind
{
    MinistryOrDivision = 1,
    DepartmentOrAgency = 2,
    DivisionalOffice = 3,
    DistrictOffice = 4,
    UpazilaOffice = 5,
    Other = 9,
}

public static class OfficeKindNames
{
    public static string Bn(this OfficeKind kind) => kind switch
    {
        OfficeKind.MinistryOrDivision => "মন্ত্রণালয়/বিভাগ",
        OfficeKind.DepartmentOrAgency => "দপ্তর/সংস্থা",
        OfficeKind.DivisionalOffice => "বিভাগীয় কার্যালয়",
        OfficeKind.DistrictOffice => "জেলা কার্যালয়",
        OfficeKind.UpazilaOffice => "উপজেলা কার্যালয়",
        _ => "অন্যান্য",
    };

    public static string En(this OfficeKind kind) => kind switch
    {
        OfficeKind.MinistryOrDivision => "Ministry/Division",
        OfficeKind.DepartmentOrAgency => "Department/Agency",
        OfficeKind.DivisionalOffice => "Divisional office",
        OfficeKind.DistrictOffice => "District office",
        OfficeKind.UpazilaOffice => "Upazila office",
        _ => "Other",
    };

    public static string Name(this OfficeKind kind, bool bengali) => bengali ? kind.Bn() : kind.En();

    /// <summary>Parses the CSV spellings: the enum name, or the short forms used in import files.</summary>
    public static bool TryParse(string? text, out OfficeKind kind)
    {
        kind = default;
        var t = TypedText.Trim(text).ToLowerInvariant().Replace("_", "").Replace("-", "").Replace(" ", "");
        kind = t switch
        {
            "ministry" or "division" or "ministryordivision" => OfficeKind.MinistryOrDivision,
            "department" or "agency" or "departmentoragency" => OfficeKind.DepartmentOrAgency,
            "divisional" or "divisionaloffice" => OfficeKind.DivisionalOffice,
            "district" or "districtoffice" => OfficeKind.DistrictOffice,
            "upazila" or "upazilaoffice" => OfficeKind.UpazilaOffice,
            "other" => OfficeKind.Other,
            _ => 0,
        };
        return kind != 0;
    }
}
