namespace Protishruti.Web.Features.Offices.Manage.Audit;

/// <summary>What the audit log calls its actions and the kinds of record it names.</summary>
public static class AuditNames
{
    public static string Action(string action) => action switch
    {
        "Created" => Ui.T("তৈরি", "Created"),
        "Updated" => Ui.T("পরিবর্তন", "Updated"),
        "Deleted" => Ui.T("মুছে ফেলা", "Deleted"),
        _ => action,
    };

    public static string Entity(string entityType) => entityType switch
    {
        "Holiday" => Ui.T("ছুটি", "Holiday"),
        "Incumbency" => Ui.T("পদধারণ", "Incumbency"),
        "Office" => Ui.T("দপ্তর", "Office"),
        "Person" => Ui.T("ব্যক্তি", "Person"),
        "Post" => Ui.T("পদ", "Post"),
        "RoleGrant" => Ui.T("ভূমিকা", "Role grant"),
        _ => entityType,
    };
}
