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

    /// <summary>An ISO date as a date input sends it; Bengali digits typed by hand are accepted too.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(BengaliDigits.ToAscii((text ?? "").Trim()), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
