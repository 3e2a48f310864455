using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;

namespace Protishruti.Domain.Delivery;

/// <summary>
/// An application's due date and how it was reached, from the service's time limit and the day of receipt (ADR 0002,
/// ADR 0034). Working days: day 1 is the first working day after receipt. Calendar days and months: counted on the
/// calendar, then moved to the next working day if the office is closed that day. Hours: whole days of 24 hours
/// (rounded up) counted the same way, since offices do not record the hour of receipt. Immediate: the day of receipt.
/// A limit that names no measurable time has no due date.
/// </summary>
public sealed record Promise(DateOnly? DueOn, string ExplanationBn, string ExplanationEn)
{
    public bool IsMeasurable => DueOn is not null;

    public string Explanation(bool bengali) => bengali ? ExplanationBn : ExplanationEn;

    public static Promise For(TimeLimitUnit? unit, int? value, DateOnly receivedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var rBn = GregorianNames.Format(receivedOn, bengali: true);
        var rEn = GregorianNames.Format(receivedOn, bengali: false);
        if (unit is not { } u)
            return new Promise(null, "সেবার সময়সীমায় পরিমাপযোগ্য কোনো সময় নেই, তাই নির্ধারিত তারিখ হিসাব করা যায় না।",
                "The service's time limit names no measurable time, so no due date can be computed.");
        var n = value ?? 0;
        var limit = TimeLimit.Of(Math.Max(n, u == TimeLimitUnit.Immediate ? 0 : 1), u);
        var limitBn = limit.Describe(bengali: true);
        var limitEn = limit.Describe(bengali: false);
        switch (u)
        {
            case TimeLimitUnit.Immediate:
                return new Promise(receivedOn, $"{limitBn}: আবেদন গ্রহণের দিনই ({rBn}) সেবা দেওয়ার কথা।",
                    $"{limitEn}: due on the day of receipt ({rEn}).");
            case TimeLimitUnit.WorkingDays:
            {
                var due = calendar.AddWorkingDays(receivedOn, n);
                var holidays = ClosedWeekdays(calendar, receivedOn, due);
                return new Promise(due,
                    $"{limitBn}: {rBn}-এর পরের প্রথম কর্মদিবস থেকে গণনা; শুক্র ও শনিবার" + (holidays > 0 ? $" এবং {BengaliDigits.ToBengali(holidays)}টি সরকারি ছুটি বাদ।" : " বাদ।"),
                    $"{limitEn}: counted from the first working day after {rEn}; Fridays and Saturdays" + (holidays > 0 ? $" and {holidays} public {(holidays == 1 ? "holiday" : "holidays")} left out." : " left out."));
            }
            default:
            {
                var (onCalendar, howBn, howEn) = u switch
                {
                    TimeLimitUnit.Days => (receivedOn.AddDays(n), "ক্যালেন্ডার দিন হিসেবে গণনা", "counted in calendar days"),
                    TimeLimitUnit.Months => (receivedOn.AddMonths(n), "ক্যালেন্ডার মাস হিসেবে গণনা", "counted in calendar months"),
                    _ => (receivedOn.AddDays((n + 23) / 24), "প্রতি ২৪ ঘণ্টা এক দিন ধরে (ঊর্ধ্বমুখী) গণনা", "counted as whole days of 24 hours, rounded up"),
                };
                var due = calendar.NextWorkingDayOnOrAfter(onCalendar);
                var moved = due != onCalendar
                    ? ($"; {GregorianNames.Format(onCalendar, true)} দপ্তর বন্ধ থাকায় পরের কর্মদিবস।", $"; {GregorianNames.Format(onCalendar, false)} is a closed day, so the next working day.")
                    : ("।", ".");
                return new Promise(due, $"{limitBn}: {rBn} থেকে {howBn}{moved.Item1}", $"{limitEn}: from {rEn}, {howEn}{moved.Item2}");
            }
        }
    }

    public static Promise For(TimeLimit? limit, DateOnly receivedOn, WorkingDayCalendar calendar) =>
        For(limit?.Unit, limit?.Value, receivedOn, calendar);

    /// <summary>Sunday–Thursday closures in (from, to]: the public holidays the count stepped over.</summary>
    private static int ClosedWeekdays(WorkingDayCalendar calendar, DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday) && !calendar.IsWorkingDay(d)) count++;
        return count;
    }

    /// <summary>Working days from receipt to <paramref name="closedOn"/> (ADR 0002's count: the day of receipt is not one).</summary>
    public static int WorkingDaysTaken(DateOnly receivedOn, DateOnly closedOn, WorkingDayCalendar calendar) =>
        calendar.WorkingDaysBetween(receivedOn, closedOn);
}
