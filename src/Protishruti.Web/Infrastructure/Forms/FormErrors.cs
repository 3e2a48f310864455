using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Infrastructure.Forms;

/// <summary>
/// Puts a rule's message beside the field it is about, in the reader's language. Entity methods check several
/// fields at once and stop at the first, so pages call them once per field on a scratch entity (with known-good
/// values for the others) to show every problem on one submit, then once for real on the tracked entity.
/// </summary>
public static class FormErrors
{
    public static bool Check(this ModelStateDictionary state, string key, Action rule)
    {
        try
        {
            rule();
            return true;
        }
        catch (DomainException e)
        {
            state.AddModelError(key, e.LocalizedMessage(Ui.Bn));
            return false;
        }
    }

    public static void AddDomainError(this ModelStateDictionary state, string key, DomainException e) =>
        state.AddModelError(key, e.LocalizedMessage(Ui.Bn));

    /// <summary>
    /// An ISO date as a date input sends it; Bengali digits typed by hand are accepted too. A date outside the years
    /// Protishruti's calendars cover (<see cref="BanglaDate.MinGregorian"/>–<see cref="BanglaDate.MaxGregorian"/>: every
    /// official date is printed in the Bangla calendar too) is refused like a mistyped one — 0001-01-01 or 9999-12-31
    /// is a slip of the keyboard, and must come back beside its field, not reach the fiscal or Bangla calendar.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(BengaliDigits.ToAscii((text ?? "").Trim()), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date >= BanglaDate.MinGregorian && date <= BanglaDate.MaxGregorian;

    /// <summary>A well-formed date that <see cref="TryParseDate"/> refused for being outside the calendar: say which dates are taken.</summary>
    public static bool OutsideCalendar(string? text) =>
        DateOnly.TryParseExact(BengaliDigits.ToAscii((text ?? "").Trim()), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && (date < BanglaDate.MinGregorian || date > BanglaDate.MaxGregorian);

    /// <summary>The message for <see cref="OutsideCalendar"/>, in the reader's language.</summary>
    public static string CalendarRange() =>
        Ui.T($"তারিখটি {Ui.Date(BanglaDate.MinGregorian)} থেকে {Ui.Date(BanglaDate.MaxGregorian)} এর মধ্যে হতে হবে।",
            $"The date must be between {Ui.Date(BanglaDate.MinGregorian)} and {Ui.Date(BanglaDate.MaxGregorian)}.");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
