namespace Protishruti.Domain.Calendar;

// Counts কার্যদিবস for charter deadlines. Friday and Saturday are the weekly holidays. Day numbers are used
// throughout: DayNumber 0 (1 January 0001) is a Monday, so DayNumber % 7 gives Mon = 0 ... Sun = 6.
public sealed class WorkingDayCalendar
{
    private const int DaysPerWeek = 7;
    private const int WorkingDaysPerWeek = 5;

    // Working days among the first r days of a Monday-based week, r = 0..6 (Fri and Sat add nothing).
    private static readonly int[] WorkingDaysInWeekPrefix = [0, 1, 2, 3, 4, 4, 4];

    // Sorted, distinct day numbers of closures that fall on Sunday–Thursday; closures on a weekly holiday
    // change nothing, and leaving them out keeps the counting a plain subtraction.
    private readonly int[] closedWeekdays;

    public WorkingDayCalendar(IEnumerable<Holiday> holidays)
        : this(ClosedWeekdays((holidays ?? throw new ArgumentNullException(nameof(holidays)))
            .Where(h => h.ClosesOffices)
            .Select(h => h.Date)))
    {
    }

    private WorkingDayCalendar(int[] closedWeekdays) => this.closedWeekdays = closedWeekdays;

    public static WorkingDayCalendar FromClosedDates(IEnumerable<DateOnly> closedDates)
    {
        ArgumentNullException.ThrowIfNull(closedDates);
        return new WorkingDayCalendar(ClosedWeekdays(closedDates));
    }

    public bool IsWorkingDay(DateOnly date) =>
        IsWeekday(date.DayNumber) && Array.BinarySearch(closedWeekdays, date.DayNumber) < 0;

    // The n-th working day after `from`; the day of receipt itself never counts (see docs/adr/0002).
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var current = (long)from.DayNumber;
        var remaining = days;
        while (remaining > 0)
        {
            var next = AddWeekdays(current, remaining);
            // Every closure skipped over (or landed on) costs one more working day.
            remaining = ClosuresBefore(next + 1) - ClosuresBefore(current + 1);
            current = next;
        }

        return DateOnly.FromDayNumber((int)current);
    }

    // Working days d with from < d <= to.
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        long start = from.DayNumber + 1L, end = to.DayNumber + 1L;
        return (int)(WeekdaysBefore(end) - WeekdaysBefore(start)) - (ClosuresBefore(end) - ClosuresBefore(start));
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    private static int[] ClosedWeekdays(IEnumerable<DateOnly> dates)
    {
        var days = dates.Select(d => d.DayNumber).Where(n => IsWeekday(n)).Distinct().ToArray();
        Array.Sort(days);
        return days;
    }

    private static bool IsWeekday(long dayNumber) => dayNumber % DaysPerWeek is not (4 or 5);

    private static long WeekdaysBefore(long dayNumber) =>
        dayNumber / DaysPerWeek * WorkingDaysPerWeek + WorkingDaysInWeekPrefix[dayNumber % DaysPerWeek];

    // The `count`-th Sunday–Thursday after `dayNumber`, ignoring closures: whole weeks by arithmetic,
    // then at most one week day by day.
    private static long AddWeekdays(long dayNumber, int count)
    {
        var weeks = (count - 1) / WorkingDaysPerWeek;
        var rest = (count - 1) % WorkingDaysPerWeek + 1;
        var result = dayNumber + (long)weeks * DaysPerWeek;
        while (rest > 0)
        {
            result++;
            if (IsWeekday(result))
            {
                rest--;
            }
        }

        if (result > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The result would be after 31 December 9999.");
        }

        return result;
    }

    private int ClosuresBefore(long dayNumber)
    {
        if (dayNumber > int.MaxValue)
        {
            return closedWeekdays.Length;
        }

        var index = Array.BinarySearch(closedWeekdays, (int)dayNumber);
        return index >= 0 ? index : ~index;
    }
}
