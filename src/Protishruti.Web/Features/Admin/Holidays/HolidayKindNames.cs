using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Features.Admin.Holidays;

public static class HolidayKindNames
{
    public static string Name(this HolidayKind kind) => kind switch
    {
        HolidayKind.General => Ui.T("সাধারণ ছুটি", "General holiday"),
        HolidayKind.ExecutiveOrder => Ui.T("নির্বাহী আদেশে ছুটি", "Executive-order holiday"),
        HolidayKind.Optional => Ui.T("ঐচ্ছিক ছুটি", "Optional holiday"),
        _ => kind.ToString(),
    };
}
