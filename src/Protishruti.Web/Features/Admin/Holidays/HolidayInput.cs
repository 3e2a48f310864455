using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Features.Admin.Holidays;

/// <summary>A holiday as typed into the add form (Index) or the edit form (Edit).</summary>
public sealed class HolidayInput
{
    public string? Date { get; set; }
    public HolidayKind? Kind { get; set; }
    public string? NameBn { get; set; }
    public string? NameEn { get; set; }

    public static HolidayInput From(Holiday h) => new() { Date = FormErrors.Iso(h.Date), Kind = h.Kind, NameBn = h.NameBn, NameEn = h.NameEn };

    /// <summary>Checks every field, putting each message beside its field; on success gives the parsed date and kind.</summary>
    public bool Validate(ModelStateDictionary state, string prefix, IStringLocalizer<SharedResource> l, out DateOnly date, out HolidayKind kind)
    {
        kind = Kind ?? HolidayKind.General;
        if (!FormErrors.TryParseDate(Date, out date))
            state.AddModelError($"{prefix}.Date", l["Manage.DateFormat"]);
        else if (!InRange(date))
            state.AddModelError($"{prefix}.Date", l["Admin.Holidays.OutOfRange", Ui(BanglaDate.MinGregorian), Ui(BanglaDate.MaxGregorian)]);
        if (Kind is null || !Enum.IsDefined(Kind.Value))
            state.AddModelError($"{prefix}.Kind", l["Admin.Holidays.ChooseKind"]);
        var probe = new Holiday(new DateOnly(2000, 1, 1), HolidayKind.General, "-", "-");
        state.Check($"{prefix}.NameBn", () => probe.Update(probe.Date, probe.Kind, NameBn!, "-"));
        state.Check($"{prefix}.NameEn", () => probe.Update(probe.Date, probe.Kind, "-", NameEn!));
        return state.IsValid;
    }

    /// <summary>The dates the Bangla calendar (and so the calendar API) supports.</summary>
    public static bool InRange(DateOnly date) => date >= BanglaDate.MinGregorian && date <= BanglaDate.MaxGregorian;

    private static string Ui(DateOnly d) => Infrastructure.Localization.Ui.Date(d);
}
