using System.Diagnostics;
using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly DateOnly Thursday4July2024 = new(2024, 7, 4);
    private static readonly WorkingDayCalendar WeeklyHolidaysOnly = WorkingDayCalendar.FromClosedDates([]);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Friday_and_Saturday_are_weekly_holidays()
    {
        WeeklyHolidaysOnly.IsWorkingDay(D(2024, 7, 4)).ShouldBeTrue();  // Thursday
        WeeklyHolidaysOnly.IsWorkingDay(D(2024, 7, 5)).ShouldBeFalse(); // Friday
        WeeklyHolidaysOnly.IsWorkingDay(D(2024, 7, 6)).ShouldBeFalse(); // Saturday
        WeeklyHolidaysOnly.IsWorkingDay(D(2024, 7, 7)).ShouldBeTrue();  // Sunday
    }

    [Fact]
    public void One_working_day_after_a_Thursday_is_the_Sunday() =>
        WeeklyHolidaysOnly.AddWorkingDays(Thursday4July2024, 1).ShouldBe(D(2024, 7, 7));

    [Theory]
    [InlineData(5)]  // Friday
    [InlineData(6)]  // Saturday
    public void An_application_received_on_a_weekly_holiday_gets_Sunday_as_day_one(int day) =>
        WeeklyHolidaysOnly.AddWorkingDays(D(2024, 7, day), 1).ShouldBe(D(2024, 7, 7));

    [Fact]
    public void Five_working_days_is_one_calendar_week() =>
        WeeklyHolidaysOnly.AddWorkingDays(Thursday4July2024, 5).ShouldBe(D(2024, 7, 11));

    [Fact]
    public void Zero_working_days_is_the_start_date_itself_even_on_a_holiday()
    {
        WeeklyHolidaysOnly.AddWorkingDays(Thursday4July2024, 0).ShouldBe(Thursday4July2024);
        WeeklyHolidaysOnly.AddWorkingDays(D(2024, 7, 5), 0).ShouldBe(D(2024, 7, 5));
    }

    [Fact]
    public void A_negative_number_of_working_days_throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => WeeklyHolidaysOnly.AddWorkingDays(Thursday4July2024, -1));

    [Fact]
    public void A_general_holiday_in_between_is_skipped()
    {
        // Victory Day 2024 was a Monday.
        var calendar = new WorkingDayCalendar(FixedHolidays.For(2024));
        calendar.IsWorkingDay(D(2024, 12, 16)).ShouldBeFalse();
        calendar.AddWorkingDays(D(2024, 12, 15), 1).ShouldBe(D(2024, 12, 17));
        calendar.AddWorkingDays(D(2024, 12, 12), 2).ShouldBe(D(2024, 12, 17));
        calendar.WorkingDaysBetween(D(2024, 12, 12), D(2024, 12, 17)).ShouldBe(2);
    }

    [Fact]
    public void An_executive_order_holiday_is_skipped_too()
    {
        var calendar = new WorkingDayCalendar([new Holiday(D(2025, 6, 10), HolidayKind.ExecutiveOrder, "ঈদের ছুটি", "Eid holiday")]);
        calendar.AddWorkingDays(D(2025, 6, 9), 1).ShouldBe(D(2025, 6, 11));
    }

    [Fact]
    public void An_optional_holiday_does_not_move_a_deadline()
    {
        var calendar = new WorkingDayCalendar([new Holiday(D(2024, 7, 7), HolidayKind.Optional, "ঐচ্ছিক ছুটি", "Optional holiday")]);
        calendar.IsWorkingDay(D(2024, 7, 7)).ShouldBeTrue();
        calendar.AddWorkingDays(Thursday4July2024, 1).ShouldBe(D(2024, 7, 7));
    }

    [Fact]
    public void A_long_Eid_closure_is_skipped_in_one_go()
    {
        // Eid-ul-Azha 2025: offices closed from Thursday 5 June to Saturday 14 June.
        var closed = Enumerable.Range(0, 10).Select(i => D(2025, 6, 5).AddDays(i));
        var calendar = WorkingDayCalendar.FromClosedDates(closed);
        calendar.AddWorkingDays(D(2025, 6, 4), 1).ShouldBe(D(2025, 6, 15));
        calendar.AddWorkingDays(D(2025, 6, 3), 2).ShouldBe(D(2025, 6, 15));
        calendar.NextWorkingDayOnOrAfter(D(2025, 6, 8)).ShouldBe(D(2025, 6, 15));
    }

    [Fact]
    public void Closures_on_weekly_holidays_and_duplicates_change_nothing()
    {
        var calendar = WorkingDayCalendar.FromClosedDates([D(2024, 7, 5), D(2024, 7, 6), D(2024, 7, 8), D(2024, 7, 8)]);
        calendar.AddWorkingDays(Thursday4July2024, 2).ShouldBe(D(2024, 7, 9));
        calendar.WorkingDaysBetween(Thursday4July2024, D(2024, 7, 9)).ShouldBe(2);
    }

    [Fact]
    public void The_next_working_day_on_or_after_a_working_day_is_that_day()
    {
        WeeklyHolidaysOnly.NextWorkingDayOnOrAfter(Thursday4July2024).ShouldBe(Thursday4July2024);
        WeeklyHolidaysOnly.NextWorkingDayOnOrAfter(D(2024, 7, 5)).ShouldBe(D(2024, 7, 7));
        var calendar = WorkingDayCalendar.FromClosedDates([D(2024, 7, 7)]);
        calendar.NextWorkingDayOnOrAfter(D(2024, 7, 5)).ShouldBe(D(2024, 7, 8));
    }

    [Fact]
    public void Working_days_between_counts_the_end_but_not_the_start()
    {
        WeeklyHolidaysOnly.WorkingDaysBetween(Thursday4July2024, Thursday4July2024).ShouldBe(0);
        WeeklyHolidaysOnly.WorkingDaysBetween(Thursday4July2024, D(2024, 7, 7)).ShouldBe(1);
        WeeklyHolidaysOnly.WorkingDaysBetween(D(2024, 7, 3), Thursday4July2024).ShouldBe(1);
        WeeklyHolidaysOnly.WorkingDaysBetween(Thursday4July2024, D(2024, 7, 6)).ShouldBe(0);
        WeeklyHolidaysOnly.WorkingDaysBetween(D(2024, 7, 7), Thursday4July2024).ShouldBe(0);
    }

    [Fact]
    public void Adding_and_counting_agree_with_a_day_by_day_count_for_every_start_in_two_years()
    {
        var closed = Closures();
        var calendar = WorkingDayCalendar.FromClosedDates(closed);
        var closedSet = closed.ToHashSet();

        for (var from = D(2024, 1, 1); from <= D(2025, 12, 31); from = from.AddDays(1))
        {
            var expected = from;
            for (var n = 0; n <= 60; n++)
            {
                if (n > 0)
                {
                    expected = NaiveNextWorkingDay(expected, closedSet);
                }

                var actual = calendar.AddWorkingDays(from, n);
                actual.ShouldBe(expected, $"from {from:yyyy-MM-dd} + {n}");
                calendar.WorkingDaysBetween(from, actual).ShouldBe(n, $"from {from:yyyy-MM-dd} to {actual:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void Counting_between_any_two_dates_agrees_with_a_day_by_day_count()
    {
        var closed = Closures();
        var calendar = WorkingDayCalendar.FromClosedDates(closed);
        var closedSet = closed.ToHashSet();
        var random = new Random(20240704);
        for (var i = 0; i < 5000; i++)
        {
            var from = D(2023, 12, 1).AddDays(random.Next(800));
            var to = from.AddDays(random.Next(-30, 400));
            var expected = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                if (NaiveIsWorkingDay(d, closedSet))
                {
                    expected++;
                }
            }

            calendar.WorkingDaysBetween(from, to).ShouldBe(expected, $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void Is_working_day_agrees_with_a_day_by_day_check()
    {
        var closed = Closures();
        var calendar = WorkingDayCalendar.FromClosedDates(closed);
        var closedSet = closed.ToHashSet();
        for (var d = D(2023, 12, 1); d <= D(2026, 2, 1); d = d.AddDays(1))
        {
            calendar.IsWorkingDay(d).ShouldBe(NaiveIsWorkingDay(d, closedSet), $"{d:yyyy-MM-dd}");
            calendar.NextWorkingDayOnOrAfter(d).ShouldBe(NaiveIsWorkingDay(d, closedSet) ? d : NaiveNextWorkingDay(d, closedSet));
        }
    }

    [Fact]
    public void Large_numbers_of_working_days_are_computed_by_whole_weeks()
    {
        // 100 000 working days = 20 000 weeks when there are no closures.
        WeeklyHolidaysOnly.AddWorkingDays(Thursday4July2024, 100_000).ShouldBe(Thursday4July2024.AddDays(140_000));
        WeeklyHolidaysOnly.WorkingDaysBetween(Thursday4July2024, Thursday4July2024.AddDays(140_000)).ShouldBe(100_000);

        var calendar = new WorkingDayCalendar(FixedHolidays.For(2024).Concat(FixedHolidays.For(2025)).Concat(FixedHolidays.For(2026)));
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < 300_000; i++)
        {
            var from = D(2024, 1, 1).AddDays(i % 900);
            var deadline = calendar.AddWorkingDays(from, 1 + i % 90);
            if (calendar.WorkingDaysBetween(from, deadline) != 1 + i % 90)
            {
                Assert.Fail($"Inverse broken at {from:yyyy-MM-dd}");
            }
        }

        // Generous bound: a day-by-day loop with a HashSet would be several times slower, not a hundred.
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Adding_past_the_last_representable_date_throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => WeeklyHolidaysOnly.AddWorkingDays(D(9999, 12, 20), 10));

    [Fact]
    public void A_null_holiday_list_is_rejected()
    {
        Should.Throw<ArgumentNullException>(() => new WorkingDayCalendar(null!));
        Should.Throw<ArgumentNullException>(() => WorkingDayCalendar.FromClosedDates(null!));
    }

    // The seeded fixed holidays of 2024-25, Eid blocks like the real ones, a closure on a Friday, and a
    // run of closures straddling a weekend, so skipping has to chain.
    private static List<DateOnly> Closures()
    {
        var closed = FixedHolidays.For(2024).Concat(FixedHolidays.For(2025)).Select(h => h.Date).ToList();
        closed.AddRange(Enumerable.Range(0, 5).Select(i => D(2025, 3, 29).AddDays(i)));
        closed.AddRange(Enumerable.Range(0, 10).Select(i => D(2025, 6, 5).AddDays(i)));
        closed.AddRange(Enumerable.Range(0, 9).Select(i => D(2024, 4, 9).AddDays(i)));
        closed.Add(D(2024, 3, 29));
        closed.AddRange([D(2024, 10, 31), D(2024, 11, 3), D(2024, 11, 4)]);
        return closed;
    }

    private static bool NaiveIsWorkingDay(DateOnly d, HashSet<DateOnly> closed) =>
        d.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday) && !closed.Contains(d);

    private static DateOnly NaiveNextWorkingDay(DateOnly d, HashSet<DateOnly> closed)
    {
        do
        {
            d = d.AddDays(1);
        }
        while (!NaiveIsWorkingDay(d, closed));

        return d;
    }
}
