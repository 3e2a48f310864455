using System.Globalization;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Infrastructure.Localization;

/// <summary>What pages need to print in the current language: .NET never prints Bengali digits, so we do.</summary>
public static class Ui
{
    public const string Bengali = "bn-BD";
    public const string English = "en";
    public const string CookieName = "lang";

    /// <summary>
    /// The one way to write interface text: Bengali first, English beside it, at the point of use (ADR 0029).
    /// Views call it as <c>T("…", "…")</c>; C# as <c>Ui.T("…", "…")</c>.
    /// </summary>
    public static string T(string bn, string en) => Bn ? bn : en;

    public static bool Bn => CultureInfo.CurrentUICulture.Name.StartsWith("bn", StringComparison.Ordinal);

    public static string N(long number) => Bn ? BengaliDigits.ToBengali(number) : number.ToString(CultureInfo.InvariantCulture);

    public static string Digits(string? text) => text is null ? "" : Bn ? BengaliDigits.ToBengali(text) : text;

    public static string Date(DateOnly date) => GregorianNames.Format(date, Bn);

    /// <summary>Both calendars, as official documents print them.</summary>
    public static string DualDate(DateOnly date) => Bn ? OfficialDate.Line(date) : OfficialDate.EnglishLine(date);

    public static string Pick(string bn, string? en) => Bn || string.IsNullOrWhiteSpace(en) ? bn : en;
}
