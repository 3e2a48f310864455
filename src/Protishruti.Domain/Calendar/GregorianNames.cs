namespace Protishruti.Domain.Calendar;

// Culture formatting is not used: bn-BD data varies between ICU versions and never yields Bengali digits,
// while memos must print the spellings MoPA uses.
public static class GregorianNames
{
    private static readonly string[] MonthsBn =
    [
        "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
        "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ];

    private static readonly string[] MonthsEn =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] DaysBn =
    [
        "রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার",
    ];

    public static string MonthBn(int month) => MonthsBn[CheckMonth(month) - 1];

    public static string MonthEn(int month) => MonthsEn[CheckMonth(month) - 1];

    public static string Month(int month, bool bengali) => bengali ? MonthBn(month) : MonthEn(month);

    public static string Format(DateOnly d, bool bengali) => bengali
        ? $"{BengaliDigits.ToBengali(d.Day)} {MonthBn(d.Month)} {BengaliDigits.ToBengali(d.Year)}"
        : $"{d.Day} {MonthEn(d.Month)} {d.Year}";

    public static string DayOfWeekBn(DayOfWeek day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((int)day, (int)DayOfWeek.Sunday, nameof(day));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)day, (int)DayOfWeek.Saturday, nameof(day));
        return DaysBn[(int)day];
    }

    private static int CheckMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month;
    }
}
