namespace Protishruti.Domain.Calendar;

// The Bangladesh calendar as revised in 2019 (in force from 1426): 1 Boishakh is always 14 April, so the
// mapping is pure arithmetic. Years before 1426 are computed with the same rule (proleptically): documents
// dated under the pre-2019 rule (Ashwin of 30 days) read one day more from Kartik to Falgun.
public readonly record struct BanglaDate(int Year, int Month, int Day)
{
    public const int MinYear = 1400;
    public const int MaxYear = 1500;

    // Gregorian year of 1 Boishakh is Year + 593; Falgun contains February of Year + 594.
    private const int GregorianOffset = 593;
    private const int FirstThirtyDayMonth = 7;
    private const int Falgun = 11;
    private const int DaysBeforeKartik = 6 * 31;
    private const int DaysBeforeFalgun = DaysBeforeKartik + 4 * 30;

    private static readonly string[] NamesBn =
    [
        "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
        "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র",
    ];

    private static readonly string[] NamesEn =
    [
        "Boishakh", "Joishtho", "Asharh", "Srabon", "Bhadro", "Ashwin",
        "Kartik", "Agrahayan", "Poush", "Magh", "Falgun", "Choitro",
    ];

    public static BanglaDate MinValue => new(MinYear, 1, 1);

    public static BanglaDate MaxValue => new(MaxYear, 12, 30);

    public static DateOnly MinGregorian { get; } = new(MinYear + GregorianOffset, 4, 14);

    public static DateOnly MaxGregorian { get; } = new(MaxYear + GregorianOffset + 1, 4, 13);

    public int Year { get; } = Year;

    public int Month { get; } = Month;

    public int Day { get; } = Validated(Year, Month, Day);

    public string MonthNameBn => NamesBn[Month - 1];

    public string MonthNameEn => NamesEn[Month - 1];

    public static BanglaDate FromGregorian(DateOnly date)
    {
        if (!TryFromGregorian(date, out var result))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"Bangla dates are supported from {MinGregorian:yyyy-MM-dd} to {MaxGregorian:yyyy-MM-dd}.");
        }

        return result;
    }

    public static bool TryFromGregorian(DateOnly date, out BanglaDate result)
    {
        if (date < MinGregorian || date > MaxGregorian)
        {
            result = default;
            return false;
        }

        var newYear = new DateOnly(date.Year, 4, 14);
        var year = date >= newYear ? date.Year - GregorianOffset : date.Year - GregorianOffset - 1;
        var dayOfYear = date.DayNumber - FirstDay(year).DayNumber;

        int month, day;
        if (dayOfYear < DaysBeforeKartik)
        {
            (month, day) = (dayOfYear / 31 + 1, dayOfYear % 31 + 1);
        }
        else if (dayOfYear < DaysBeforeFalgun)
        {
            var d = dayOfYear - DaysBeforeKartik;
            (month, day) = (FirstThirtyDayMonth + d / 30, d % 30 + 1);
        }
        else
        {
            var d = dayOfYear - DaysBeforeFalgun;
            var falgunDays = FalgunDays(year);
            (month, day) = d < falgunDays ? (Falgun, d + 1) : (Falgun + 1, d - falgunDays + 1);
        }

        result = new BanglaDate(year, month, day);
        return true;
    }

    public DateOnly ToGregorian() => FirstDay(Year).AddDays(DaysBefore(Year, Month) + Day - 1);

    public static int DaysInMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month switch
        {
            < FirstThirtyDayMonth => 31,
            Falgun => FalgunDays(year),
            _ => 30,
        };
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear
        && month is >= 1 and <= 12
        && day >= 1 && day <= DaysInMonth(year, month);

    public string ToBengaliString() =>
        $"{BengaliDigits.ToBengali(Day)} {MonthNameBn} {BengaliDigits.ToBengali(Year)}";

    public string ToEnglishString() => $"{Day} {MonthNameEn} {Year}";

    public string ToString(bool bengali) => bengali ? ToBengaliString() : ToEnglishString();

    public override string ToString() => ToBengaliString();

    private static int Validated(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear, nameof(Year));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear, nameof(Year));
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1, nameof(Month));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12, nameof(Month));
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1, nameof(Day));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DaysInMonth(year, month), nameof(Day));
        return day;
    }

    private static DateOnly FirstDay(int year) => new(year + GregorianOffset, 4, 14);

    private static int FalgunDays(int year) => DateTime.IsLeapYear(year + GregorianOffset + 1) ? 30 : 29;

    private static int DaysBefore(int year, int month) => month switch
    {
        < FirstThirtyDayMonth => (month - 1) * 31,
        <= Falgun => DaysBeforeKartik + (month - FirstThirtyDayMonth) * 30,
        _ => DaysBeforeFalgun + FalgunDays(year),
    };
}
