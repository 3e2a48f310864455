using Microsoft.AspNetCore.Mvc.ModelBinding;
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
    public bool Validate(ModelStateDictionary state, string prefix, out DateOnly date, out HolidayKind kind)
    {
        kind = Kind ?? HolidayKind.General;
        if (!FormErrors.TryParseDate(Date, out date))
            state.AddModelError($"{prefix}.Date", FormErrors.OutsideCalendar(Date) ? FormErrors.CalendarRange()
                : Ui.T("তারিখ সঠিক নয়; ২০২৬-০৭-০১ আকারে লিখুন।", "That is not a date; write it like 2026-07-01."));
        if (Kind is null || !Enum.IsDefined(Kind.Value))
            state.AddModelError($"{prefix}.Kind", Ui.T("ছুটির ধরন বাছাই করুন।", "Choose the kind of holiday."));
        var probe = new Holiday(new DateOnly(2000, 1, 1), HolidayKind.General, "-", "-");
        state.Check($"{prefix}.NameBn", () => probe.Update(probe.Date, probe.Kind, NameBn!, "-"));
        state.Check($"{prefix}.NameEn", () => probe.Update(probe.Date, probe.Kind, "-", NameEn!));
        return state.IsValid;
    }

}
