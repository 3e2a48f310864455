namespace Protishruti.Domain.Calendar;

/// <summary>
/// The date line of an official document: the Bangla calendar date and the Gregorian date, in Bengali digits, as
/// memos print them ("৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ / ২২ নভেম্বর ২০২২ খ্রিষ্টাব্দ"). Documents that print the two dates on
/// two lines use <see cref="BanglaLine"/> and <see cref="GregorianLine"/>.
/// </summary>
public static class OfficialDate
{
    public static string BanglaLine(DateOnly date) => $"{BanglaDate.FromGregorian(date).ToBengaliString()} বঙ্গাব্দ";

    public static string GregorianLine(DateOnly date) => $"{GregorianNames.Format(date, bengali: true)} খ্রিষ্টাব্দ";

    public static string Line(DateOnly date) => $"{BanglaLine(date)} / {GregorianLine(date)}";

    public static string EnglishLine(DateOnly date) =>
        $"{BanglaDate.FromGregorian(date).ToEnglishString()} (Bangla) / {GregorianNames.Format(date, bengali: false)}";
}
