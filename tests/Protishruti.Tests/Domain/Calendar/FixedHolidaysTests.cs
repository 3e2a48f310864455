using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class FixedHolidaysTests
{
    private static IEnumerable<(int Month, int Day)> Dates(int year) =>
        FixedHolidays.For(year).Select(h => (h.Date.Month, h.Date.Day));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_seeded_year_has_the_national_days(int year)
    {
        var holidays = FixedHolidays.For(year);
        holidays.ShouldContain(h => h.Date == new DateOnly(year, 2, 21) && h.NameBn == "শহিদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস");
        holidays.ShouldContain(h => h.Date == new DateOnly(year, 3, 26) && h.NameBn == "স্বাধীনতা ও জাতীয় দিবস");
        holidays.ShouldContain(h => h.Date == new DateOnly(year, 4, 14) && h.NameBn == "বাংলা নববর্ষ");
        holidays.ShouldContain(h => h.Date == new DateOnly(year, 5, 1) && h.NameBn == "মে দিবস");
        holidays.ShouldContain(h => h.Date == new DateOnly(year, 12, 16) && h.NameBn == "বিজয় দিবস");
        holidays.ShouldContain(h => h.Date == new DateOnly(year, 12, 25) && h.NameBn.Contains("বড়দিন".Normalize(NormalizationForm.FormC)));
    }

    [Fact]
    public void Seventeenth_March_was_a_holiday_in_2024_only() =>
        Dates(2024).ShouldContain((3, 17));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_interim_government_dropped_17_March_and_15_August_and_added_5_August(int year)
    {
        Dates(year).ShouldNotContain((3, 17));
        Dates(year).ShouldNotContain((8, 15));
        FixedHolidays.For(year).ShouldContain(h => h.Date == new DateOnly(year, 8, 5) && h.NameBn == "জুলাই গণঅভ্যুত্থান দিবস");
    }

    [Fact]
    public void Fifteenth_August_2024_is_not_seeded_because_its_holiday_was_cancelled_two_days_before()
    {
        Dates(2024).ShouldNotContain((8, 15));
        Dates(2024).ShouldNotContain((8, 5));
    }

    [Theory]
    [InlineData(2024, 7)]
    [InlineData(2025, 7)]
    [InlineData(2026, 7)]
    public void Each_seeded_year_has_its_count_of_fixed_holidays(int year, int count) =>
        FixedHolidays.For(year).Count.ShouldBe(count);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Pohela_Boishakh_is_an_executive_order_holiday_and_the_rest_are_general(int year)
    {
        foreach (var holiday in FixedHolidays.For(year))
        {
            holiday.Kind.ShouldBe(holiday.Date.Month == 4 ? HolidayKind.ExecutiveOrder : HolidayKind.General, holiday.NameEn);
            holiday.ClosesOffices.ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Seeded_holidays_are_in_their_year_in_date_order_with_normalized_names(int year)
    {
        var holidays = FixedHolidays.For(year);
        holidays.ShouldAllBe(h => h.Date.Year == year);
        holidays.Select(h => h.Date).ShouldBeInOrder(SortDirection.Ascending);
        holidays.Select(h => h.Date).Distinct().Count().ShouldBe(holidays.Count);
        foreach (var holiday in holidays)
        {
            holiday.NameBn.IsNormalized(NormalizationForm.FormC).ShouldBeTrue(holiday.NameBn);
            holiday.NameEn.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2027)]
    [InlineData(1971)]
    public void Other_years_have_no_seed(int year) =>
        FixedHolidays.For(year).ShouldBeEmpty();

    [Fact]
    public void Each_call_returns_new_entities_so_editing_one_does_not_change_the_seed()
    {
        var first = FixedHolidays.For(2025)[0];
        first.Update(new DateOnly(2025, 1, 1), HolidayKind.Optional, "বদলানো", "Changed");
        FixedHolidays.For(2025)[0].Date.ShouldBe(new DateOnly(2025, 2, 21));
    }
}
