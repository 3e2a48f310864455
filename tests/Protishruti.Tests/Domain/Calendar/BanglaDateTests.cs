using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class BanglaDateTests
{
    private static BanglaDate Bangla(int year, int month, int day) => new(year, month, day);

    private static void ShouldMap(DateOnly gregorian, BanglaDate bangla)
    {
        BanglaDate.FromGregorian(gregorian).ShouldBe(bangla);
        bangla.ToGregorian().ShouldBe(gregorian);
    }

    [Fact]
    public void Twenty_second_September_2024_is_seventh_Ashwin_1431_as_in_the_MoPA_memo()
    {
        ShouldMap(new DateOnly(2024, 9, 22), Bangla(1431, 6, 7));
        BanglaDate.FromGregorian(new DateOnly(2024, 9, 22)).ToBengaliString().ShouldBe("৭ আশ্বিন ১৪৩১");
    }

    [Fact]
    public void Twenty_second_November_2022_is_seventh_Agrahayan_1429_not_the_sixth_a_district_memo_printed()
    {
        ShouldMap(new DateOnly(2022, 11, 22), Bangla(1429, 8, 7));
        BanglaDate.FromGregorian(new DateOnly(2022, 11, 22)).ToBengaliString().ShouldBe("৭ অগ্রহায়ণ ১৪২৯");
        BanglaDate.FromGregorian(new DateOnly(2022, 11, 22)).ToEnglishString().ShouldBe("7 Agrahayan 1429");
    }

    [Fact]
    public void Sixteenth_October_2019_was_the_first_thirty_first_Ashwin_and_Kartik_began_the_next_day()
    {
        ShouldMap(new DateOnly(2019, 10, 16), Bangla(1426, 6, 31));
        ShouldMap(new DateOnly(2019, 10, 17), Bangla(1426, 7, 1));
        new DateOnly(2019, 10, 17).DayOfWeek.ShouldBe(DayOfWeek.Thursday);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2050)]
    [InlineData(2093)]
    public void The_national_days_fall_on_the_same_Bangla_date_every_year(int year)
    {
        BanglaDate.FromGregorian(new DateOnly(year, 12, 16)).ToBengaliString().ShouldStartWith("১ পৌষ ");
        BanglaDate.FromGregorian(new DateOnly(year, 2, 21)).ToBengaliString().ShouldStartWith("৮ ফাল্গুন ");
        BanglaDate.FromGregorian(new DateOnly(year, 3, 26)).ToBengaliString().ShouldStartWith("১২ চৈত্র ");
        BanglaDate.FromGregorian(new DateOnly(year, 5, 8)).ToBengaliString().ShouldStartWith("২৫ বৈশাখ ");
        BanglaDate.FromGregorian(new DateOnly(year, 5, 25)).ToBengaliString().ShouldStartWith("১১ জ্যৈষ্ঠ ");
        BanglaDate.FromGregorian(new DateOnly(year, 2, 14)).ToBengaliString().ShouldStartWith("১ ফাল্গুন ");
        BanglaDate.FromGregorian(new DateOnly(year, 4, 14)).ToBengaliString().ShouldStartWith("১ বৈশাখ ");
    }

    [Fact]
    public void The_anchor_dates_of_2019_and_2020_carry_the_right_year()
    {
        ShouldMap(new DateOnly(2019, 12, 16), Bangla(1426, 9, 1));
        ShouldMap(new DateOnly(2020, 2, 21), Bangla(1426, 11, 8));
        ShouldMap(new DateOnly(2020, 3, 26), Bangla(1426, 12, 12));
    }

    [Fact]
    public void Twenty_ninth_February_2024_is_sixteenth_Falgun_1430_and_Falgun_ends_on_its_thirtieth_day()
    {
        ShouldMap(new DateOnly(2024, 2, 29), Bangla(1430, 11, 16));
        ShouldMap(new DateOnly(2024, 3, 14), Bangla(1430, 11, 30));
        ShouldMap(new DateOnly(2024, 3, 15), Bangla(1430, 12, 1));
    }

    [Fact]
    public void In_a_common_year_Falgun_ends_on_the_twenty_ninth_on_fourteenth_March()
    {
        ShouldMap(new DateOnly(2023, 3, 14), Bangla(1429, 11, 29));
        ShouldMap(new DateOnly(2023, 3, 15), Bangla(1429, 12, 1));
    }

    [Theory]
    [InlineData(2024, 9, 14, 1431, 5, 30)]
    [InlineData(2024, 10, 4, 1431, 6, 19)]
    [InlineData(2025, 5, 1, 1432, 1, 18)]
    [InlineData(2025, 4, 19, 1432, 1, 6)]
    [InlineData(2024, 11, 24, 1431, 8, 9)]
    [InlineData(2024, 12, 23, 1431, 9, 8)]
    [InlineData(2025, 11, 26, 1432, 8, 11)]
    public void Newspaper_mastheads_marked_correct_agree(int y, int m, int d, int by, int bm, int bd) =>
        ShouldMap(new DateOnly(y, m, d), Bangla(by, bm, bd));

    [Theory]
    [InlineData(2026, 1, 21, 1432, 10, 7)]
    [InlineData(2024, 9, 23, 1431, 6, 8)]
    [InlineData(2025, 2, 5, 1431, 10, 22)]
    public void Newspaper_mastheads_that_disagree_with_the_rule_are_not_followed(int y, int m, int d, int by, int bm, int bd) =>
        ShouldMap(new DateOnly(y, m, d), Bangla(by, bm, bd));

    [Fact]
    public void Every_month_starts_on_the_Gregorian_date_of_the_fixed_mapping_table()
    {
        // domain.md §6.2: (month, Gregorian month, day) of each first day; months 9-12 start in the next year.
        (int Month, int GregorianMonth, int Day)[] starts =
        [
            (1, 4, 14), (2, 5, 15), (3, 6, 15), (4, 7, 16), (5, 8, 16), (6, 9, 16),
            (7, 10, 17), (8, 11, 16), (9, 12, 16), (10, 1, 15), (11, 2, 14), (12, 3, 15),
        ];
        for (var year = BanglaDate.MinYear; year <= BanglaDate.MaxYear; year++)
        {
            foreach (var (month, gregorianMonth, day) in starts)
            {
                var gregorianYear = year + 593 + (gregorianMonth < 4 ? 1 : 0);
                new BanglaDate(year, month, 1).ToGregorian().ShouldBe(new DateOnly(gregorianYear, gregorianMonth, day));
            }
        }
    }

    [Fact]
    public void Every_day_from_1400_to_1500_round_trips_and_follows_the_day_before()
    {
        var first = new DateOnly(1993, 4, 14);
        var last = new DateOnly(2094, 4, 13);
        BanglaDate.FromGregorian(first).ShouldBe(new BanglaDate(1400, 1, 1));
        BanglaDate.FromGregorian(last).ShouldBe(new BanglaDate(1500, 12, 30));

        var previous = BanglaDate.FromGregorian(first);
        for (var date = first.AddDays(1); date <= last; date = date.AddDays(1))
        {
            var bangla = BanglaDate.FromGregorian(date);
            bangla.ToGregorian().ShouldBe(date);
            bangla.ShouldBe(Successor(previous), $"after {previous.ToEnglishString()} ({date.AddDays(-1):yyyy-MM-dd})");
            previous = bangla;
        }
    }

    private static BanglaDate Successor(BanglaDate d) =>
        d.Day < BanglaDate.DaysInMonth(d.Year, d.Month) ? new BanglaDate(d.Year, d.Month, d.Day + 1)
        : d.Month < 12 ? new BanglaDate(d.Year, d.Month + 1, 1)
        : new BanglaDate(d.Year + 1, 1, 1);

    [Fact]
    public void The_first_six_months_have_31_days_and_the_next_four_and_Choitro_have_30()
    {
        for (var month = 1; month <= 6; month++)
        {
            BanglaDate.DaysInMonth(1431, month).ShouldBe(31);
        }

        foreach (var month in new[] { 7, 8, 9, 10, 12 })
        {
            BanglaDate.DaysInMonth(1431, month).ShouldBe(30);
        }
    }

    [Theory]
    [InlineData(1430, 30)] // February 2024
    [InlineData(1431, 29)] // February 2025
    [InlineData(1406, 30)] // February 2000: a century divisible by 400
    [InlineData(1497, 29)] // February 2091
    [InlineData(1500, 29)] // February 2094
    public void Falgun_has_30_days_only_when_its_February_is_in_a_leap_year(int year, int expected) =>
        BanglaDate.DaysInMonth(year, 11).ShouldBe(expected);

    [Fact]
    public void Each_year_is_as_long_as_the_Gregorian_span_between_two_Pohela_Boishakhs()
    {
        for (var year = BanglaDate.MinYear; year <= BanglaDate.MaxYear; year++)
        {
            var days = Enumerable.Range(1, 12).Sum(m => BanglaDate.DaysInMonth(year, m));
            var span = new DateOnly(year + 594, 4, 14).DayNumber - new DateOnly(year + 593, 4, 14).DayNumber;
            days.ShouldBe(span);
        }
    }

    [Theory]
    [InlineData(1431, 1, 31, true)]
    [InlineData(1431, 7, 31, false)]
    [InlineData(1430, 11, 30, true)]
    [InlineData(1431, 11, 30, false)]
    [InlineData(1431, 12, 30, true)]
    [InlineData(1431, 13, 1, false)]
    [InlineData(1431, 0, 1, false)]
    [InlineData(1431, 1, 0, false)]
    [InlineData(1399, 12, 30, false)]
    [InlineData(1501, 1, 1, false)]
    [InlineData(1400, 1, 1, true)]
    [InlineData(1500, 12, 30, true)]
    public void IsValid_checks_month_day_and_supported_year(int year, int month, int day, bool expected) =>
        BanglaDate.IsValid(year, month, day).ShouldBe(expected);

    [Theory]
    [InlineData(1431, 7, 31)]
    [InlineData(1431, 11, 30)]
    [InlineData(1431, 13, 1)]
    [InlineData(1431, 0, 1)]
    [InlineData(1431, 1, 0)]
    [InlineData(1399, 1, 1)]
    [InlineData(1501, 1, 1)]
    public void Constructing_an_invalid_or_unsupported_date_throws(int year, int month, int day) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new BanglaDate(year, month, day));

    [Fact]
    public void Gregorian_dates_outside_1400_to_1500_throw()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BanglaDate.FromGregorian(new DateOnly(1993, 4, 13)));
        Should.Throw<ArgumentOutOfRangeException>(() => BanglaDate.FromGregorian(new DateOnly(2094, 4, 14)));
        BanglaDate.TryFromGregorian(new DateOnly(2094, 4, 14), out _).ShouldBeFalse();
        BanglaDate.TryFromGregorian(new DateOnly(2094, 4, 13), out var last).ShouldBeTrue();
        last.ShouldBe(BanglaDate.MaxValue);
    }

    [Theory]
    [InlineData(1399, 1)]
    [InlineData(1501, 1)]
    [InlineData(1431, 0)]
    [InlineData(1431, 13)]
    public void DaysInMonth_throws_outside_the_supported_range(int year, int month) =>
        Should.Throw<ArgumentOutOfRangeException>(() => BanglaDate.DaysInMonth(year, month));

    [Fact]
    public void Months_have_their_Bengali_and_English_names()
    {
        string[] bn = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"];
        string[] en = ["Boishakh", "Joishtho", "Asharh", "Srabon", "Bhadro", "Ashwin", "Kartik", "Agrahayan", "Poush", "Magh", "Falgun", "Choitro"];
        for (var month = 1; month <= 12; month++)
        {
            var date = new BanglaDate(1431, month, 1);
            date.MonthNameBn.ShouldBe(bn[month - 1].Normalize(NormalizationForm.FormC));
            date.MonthNameEn.ShouldBe(en[month - 1]);
        }
    }

    [Fact]
    public void Month_names_are_NFC_normalized_so_they_match_text_typed_on_any_keyboard()
    {
        for (var month = 1; month <= 12; month++)
        {
            var name = new BanglaDate(1431, month, 1).MonthNameBn;
            name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue(name);
        }

        // য় must be য + nukta (U+09AF U+09BC): NFC decomposes the precomposed U+09DF.
        new BanglaDate(1431, 8, 1).MonthNameBn.ShouldBe("\u0985\u0997\u09CD\u09B0\u09B9\u09BE\u09AF\u09BC\u09A3");
        new BanglaDate(1431, 3, 1).MonthNameBn.ShouldNotContain('\u09DD');
        new BanglaDate(1431, 8, 1).MonthNameBn.ShouldNotContain('\u09DF');
    }

    [Fact]
    public void ToString_is_Bengali_and_ToString_false_is_English()
    {
        var date = new BanglaDate(1429, 8, 7);
        date.ToString().ShouldBe("৭ অগ্রহায়ণ ১৪২৯");
        date.ToString(bengali: true).ShouldBe("৭ অগ্রহায়ণ ১৪২৯");
        date.ToString(bengali: false).ShouldBe("7 Agrahayan 1429");
    }

    [Fact]
    public void Dates_deconstruct_and_compare_by_value()
    {
        var (year, month, day) = BanglaDate.FromGregorian(new DateOnly(2024, 4, 14));
        (year, month, day).ShouldBe((1431, 1, 1));
        new BanglaDate(1431, 1, 1).ShouldBe(new BanglaDate(1431, 1, 1));
        new BanglaDate(1431, 1, 1).ShouldNotBe(new BanglaDate(1431, 1, 2));
    }
}
