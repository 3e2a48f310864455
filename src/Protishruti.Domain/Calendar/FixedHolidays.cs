namespace Protishruti.Domain.Calendar;

// Seed data: the national holidays whose Gregorian date is fixed, from MoPA's yearly lists. Holidays that
// follow the moon or the tithi (Eid, Puja, Buddha Purnima, Ashura, ...) move with sighting and are imported
// by an administrator from the প্রজ্ঞাপন instead.
public static class FixedHolidays
{
    private const string ShaheedDayBn = "শহিদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস";
    private const string ShaheedDayEn = "Shaheed Day and International Mother Language Day";
    private const string IndependenceDayBn = "স্বাধীনতা ও জাতীয় দিবস";
    private const string IndependenceDayEn = "Independence and National Day";
    private const string NewYearBn = "বাংলা নববর্ষ";
    private const string NewYearEn = "Bangla New Year (Pohela Boishakh)";
    private const string MayDayBn = "মে দিবস";
    private const string MayDayEn = "May Day";
    private const string VictoryDayBn = "বিজয় দিবস";
    private const string VictoryDayEn = "Victory Day";
    private const string ChristmasBn = "যিশুখ্রিষ্টের জন্মদিন (বড়দিন)";
    private const string ChristmasEn = "Christmas Day";
    private const string BirthAnniversaryBn = "জাতির পিতা বঙ্গবন্ধু শেখ মুজিবুর রহমানের জন্মবার্ষিকী ও জাতীয় শিশু দিবস";
    private const string BirthAnniversaryEn = "Birth anniversary of Bangabandhu Sheikh Mujibur Rahman and National Children's Day";
    private const string UprisingDayBn = "জুলাই গণঅভ্যুত্থান দিবস";
    private const string UprisingDayEn = "July Mass Uprising Day";

    public static IReadOnlyList<int> Years { get; } = [2024, 2025, 2026];

    // Returns new entities on every call: they are mutable and an EF context will track them.
    public static IReadOnlyList<Holiday> For(int year)
    {
        if (!Years.Contains(year))
        {
            return [];
        }

        var holidays = new List<Holiday>
        {
            new(new DateOnly(year, 2, 21), HolidayKind.General, ShaheedDayBn, ShaheedDayEn),
        };

        // 17 March was dropped by the interim government from the 2025 list on.
        if (year == 2024)
        {
            holidays.Add(new(new DateOnly(year, 3, 17), HolidayKind.General, BirthAnniversaryBn, BirthAnniversaryEn));
        }

        holidays.Add(new(new DateOnly(year, 3, 26), HolidayKind.General, IndependenceDayBn, IndependenceDayEn));

        // Pohela Boishakh closes offices but MoPA lists it under নির্বাহী আদেশে ছুটি, not সাধারণ ছুটি.
        holidays.Add(new(new DateOnly(year, 4, 14), HolidayKind.ExecutiveOrder, NewYearBn, NewYearEn));
        holidays.Add(new(new DateOnly(year, 5, 1), HolidayKind.General, MayDayBn, MayDayEn));

        // Declared a yearly general holiday by the Cabinet Division's প্রজ্ঞাপন of 2 July 2025. 15 August is
        // absent even for 2024: MoPA cancelled that year's holiday by a প্রজ্ঞাপন of 13 August 2024, so offices
        // were open on Thursday 15 August 2024.
        if (year >= 2025)
        {
            holidays.Add(new(new DateOnly(year, 8, 5), HolidayKind.General, UprisingDayBn, UprisingDayEn));
        }

        holidays.Add(new(new DateOnly(year, 12, 16), HolidayKind.General, VictoryDayBn, VictoryDayEn));
        holidays.Add(new(new DateOnly(year, 12, 25), HolidayKind.General, ChristmasBn, ChristmasEn));
        return holidays;
    }
}
