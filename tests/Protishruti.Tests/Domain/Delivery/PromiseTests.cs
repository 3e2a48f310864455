using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Tests.Domain.Charters;

namespace Protishruti.Tests.Domain.Delivery;

public class PromiseTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static readonly WorkingDayCalendar Weekly = WorkingDayCalendar.FromClosedDates([]);

    [Fact]
    public void Twenty_eight_working_days_from_15_January_skip_weekends_and_count_the_holidays_stepped_over()
    {
        // Wednesday 15 January 2025; 21 February (a Friday) changes nothing; Wednesday 5 February is closed in this table.
        var calendar = WorkingDayCalendar.FromClosedDates([D(2025, 2, 21), D(2025, 2, 5)]);
        var p = Promise.For(TimeLimit.FromText("২৮ কর্মদিবস"), D(2025, 1, 15), calendar);
        p.DueOn.ShouldBe(D(2025, 2, 25)); // the 28th working day is Monday 24 February without the holiday
        calendar.WorkingDaysBetween(D(2025, 1, 15), p.DueOn!.Value).ShouldBe(28);
        p.ExplanationBn.ShouldBe("২৮ কর্মদিবস: ১৫ জানুয়ারি ২০২৫-এর পরের প্রথম কর্মদিবস থেকে গণনা; শুক্র ও শনিবার এবং ১টি সরকারি ছুটি বাদ।");
        p.ExplanationEn.ShouldBe("28 working days: counted from the first working day after 15 January 2025; Fridays and Saturdays and 1 public holiday left out.");
    }

    [Fact]
    public void Day_one_is_the_first_working_day_after_receipt() =>
        Promise.For(TimeLimit.FromText("১ কর্মদিবস"), D(2024, 7, 4), Weekly).DueOn.ShouldBe(D(2024, 7, 7)); // Thursday → Sunday

    [Fact]
    public void Calendar_days_that_end_on_a_closed_day_move_to_the_next_working_day()
    {
        // Sunday 5 January 2025 + 5 days = Friday 10 January → Sunday 12 January.
        var p = Promise.For(TimeLimit.FromText("৫ দিন"), D(2025, 1, 5), Weekly);
        p.DueOn.ShouldBe(D(2025, 1, 12));
        p.ExplanationEn.ShouldContain("10 January 2025 is a closed day");
        Promise.For(TimeLimit.FromText("৩ দিন"), D(2025, 1, 5), Weekly).DueOn.ShouldBe(D(2025, 1, 8));
    }

    [Fact]
    public void Months_are_calendar_months() =>
        Promise.For(TimeLimit.FromText("১ মাস"), D(2025, 1, 15), Weekly).DueOn.ShouldBe(D(2025, 2, 16)); // 15 Feb is a Saturday

    [Fact]
    public void Hours_are_whole_days_of_24_hours_rounded_up()
    {
        Promise.For(TimeLimit.FromText("৭২ ঘণ্টা"), D(2025, 1, 5), Weekly).DueOn.ShouldBe(D(2025, 1, 8));
        Promise.For(TimeLimit.FromText("২ ঘণ্টা"), D(2025, 1, 5), Weekly).DueOn.ShouldBe(D(2025, 1, 6));
    }

    [Fact]
    public void Immediate_is_due_the_day_it_is_received() =>
        Promise.For(TimeLimit.FromText("তাৎক্ষণিক"), D(2025, 1, 9), Weekly).DueOn.ShouldBe(D(2025, 1, 9));

    [Fact]
    public void A_vague_limit_has_no_due_date_and_says_so()
    {
        var p = Promise.For(TimeLimit.FromText("যথাসম্ভব দ্রুত"), D(2025, 1, 9), Weekly);
        p.IsMeasurable.ShouldBeFalse();
        p.ExplanationEn.ShouldContain("no measurable time");
    }
}

public class ApplicationRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static readonly WorkingDayCalendar Weekly = WorkingDayCalendar.FromClosedDates([]);
    private static readonly DateOnly Today = D(2025, 3, 10);

    private static CharterService Mutation() => SampleCharter.GoodDraft().Services.First(s => s.NameEn == "Mutation of land records");

    private static Application New(DateOnly received, string reference = "R-1") =>
        new(7, Mutation(), reference, received, ApplicationChannel.Counter, Today, TrackingNumber.New(), Weekly);

    [Fact]
    public void A_received_date_in_the_future_is_refused_in_both_languages()
    {
        var e = Should.Throw<DomainException>(() => New(Today.AddDays(1)));
        e.Field.ShouldBe(nameof(Application.ReceivedOn));
        e.Message.ShouldContain("future");
        e.MessageBn.ShouldContain("ভবিষ্যতের");
    }

    [Fact]
    public void Delivered_before_received_is_refused()
    {
        var a = New(D(2025, 2, 1));
        var e = Should.Throw<DomainException>(() => a.Close(ApplicationOutcome.Delivered, D(2025, 1, 31), null, Today));
        e.Field.ShouldBe(nameof(Application.ClosedOn));
        e.MessageBn.ShouldContain("আগে");
    }

    [Fact]
    public void A_closing_date_without_an_outcome_and_an_outcome_without_a_date_are_refused()
    {
        var a = New(D(2025, 2, 1));
        Should.Throw<DomainException>(() => a.Close(null, D(2025, 2, 3), null, Today)).Field.ShouldBe(nameof(Application.Outcome));
        Should.Throw<DomainException>(() => a.Close(ApplicationOutcome.Delivered, null, null, Today)).Field.ShouldBe(nameof(Application.ClosedOn));
        Should.Throw<DomainException>(() => a.Close(ApplicationOutcome.Delivered, Today.AddDays(1), null, Today)).MessageBn.ShouldContain("ভবিষ্যতের");
        Should.Throw<DomainException>(() => a.Close(ApplicationOutcome.Rejected, D(2025, 2, 3), " ", Today)).Field.ShouldBe(nameof(Application.OutcomeReason));
    }

    [Fact]
    public void Status_follows_the_due_date()
    {
        var a = New(D(2025, 1, 15)); // 28 working days: due 24 February on weekly holidays only
        a.DueOn.ShouldBe(D(2025, 2, 24));
        a.StatusOn(D(2025, 2, 24)).ShouldBe(ApplicationStatus.OpenWithinLimit);
        a.StatusOn(D(2025, 2, 25)).ShouldBe(ApplicationStatus.OpenOverdue);
        a.Close(ApplicationOutcome.Delivered, D(2025, 2, 24), null, Today);
        a.StatusOn(Today).ShouldBe(ApplicationStatus.DeliveredOnTime);
        a.Close(ApplicationOutcome.Delivered, D(2025, 2, 25), null, Today);
        a.StatusOn(Today).ShouldBe(ApplicationStatus.DeliveredLate);
    }

    [Fact]
    public void A_holiday_added_later_moves_the_due_date_when_recomputed()
    {
        var a = New(D(2025, 1, 15));
        a.Recompute(WorkingDayCalendar.FromClosedDates([D(2025, 2, 5)]));
        a.DueOn.ShouldBe(D(2025, 2, 25));
    }

    [Fact]
    public void Tracking_numbers_are_ten_unambiguous_characters_and_typed_forms_are_accepted()
    {
        var numbers = Enumerable.Range(0, 2000).Select(_ => TrackingNumber.New()).ToList();
        numbers.Distinct().Count().ShouldBe(2000);
        numbers.ShouldAllBe(n => n.Length == 10 && n.All(c => TrackingNumber.Alphabet.Contains(c)));
        numbers.SelectMany(n => n).ShouldNotContain('0');
        numbers.SelectMany(n => n).ShouldNotContain('O');
        numbers.SelectMany(n => n).ShouldNotContain('1');
        var n = numbers[0];
        TrackingNumber.Normalize(" " + TrackingNumber.Grouped(n).ToLowerInvariant() + " ").ShouldBe(n);
        TrackingNumber.Normalize("ABC").ShouldBeNull();
    }
}
