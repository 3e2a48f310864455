namespace Protishruti.Domain.Charters;

/// <summary>Sections ২.১–২.৩ of the charter.</summary>
public enum ServiceCategory
{
    Citizen = 1,
    Institutional = 2,
    Internal = 3,
}

public static class ServiceCategoryNames
{
    public static string Bn(this ServiceCategory category) => category switch
    {
        ServiceCategory.Citizen => "নাগরিক সেবা",
        ServiceCategory.Institutional => "প্রাতিষ্ঠানিক সেবা",
        ServiceCategory.Internal => "অভ্যন্তরীণ সেবা",
        _ => category.ToString(),
    };

    public static string En(this ServiceCategory category) => category switch
    {
        ServiceCategory.Citizen => "Citizen services",
        ServiceCategory.Institutional => "Institutional services",
        ServiceCategory.Internal => "Internal services",
        _ => category.ToString(),
    };

    public static string Name(this ServiceCategory category, bool bengali) => bengali ? category.Bn() : category.En();
}
