using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Grievances;

namespace Protishruti.Tests.Domain.Grievances;

/// <summary>The grievance ladder's rules: 30 / 20 / 60 working days, forwarding, investigation, closing, the citizen's verdict, appeal and escalation.</summary>
public class GrievanceTests
{
    // Victory Day (Wednesday 16 December 2026) closes offices; Fridays and Saturdays are weekly holidays.
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.FromClosedDates([new DateOnly(2026, 12, 16)]);
    private static readonly RedressLimits Limits = RedressLimits.Default;
    private const int Upazila = 7, District = 3, Elsewhere = 9;

    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, BangladeshTime.Offset);

    private static Grievance Submitted(Complainant? who = null, DateTimeOffset? at = null) =>
        Grievance.Submit("K7M4QX9TPA", Upazila, Guid.NewGuid(), "ই-নামজারি", null,
            "২৮ কর্মদিবস পার হলেও নামজারির আদেশ পাইনি; অফিসে গেলে আবার আসতে বলা হয়।", "দ্রুত নামজারি আদেশ চাই।",
            who ?? Complainant.Of("রহিমা খাতুন", "০১৭১২-৩৪৫৬৭৮", null), at ?? On(2026, 12, 6), Calendar, Limits);

    [Fact]
    public void The_grievance_officer_has_thirty_working_days_from_the_first_working_day_after_receipt()
    {
        var g = Submitted();
        g.Level.ShouldBe(RedressLevel.Office);
        g.HandlingOfficeId.ShouldBe(Upazila);
        g.LevelStartedOn.ShouldBe(new DateOnly(2026, 12, 6));
        // Counted by hand: 7–10 Dec (4), 13–15 (7), 17 (8; the 16th is Victory Day), 20–24 (13), 27–31 (18),
        // 3–7 Jan (23), 10–14 (28), 17 (29), 18 January (30).
        g.DueOn.ShouldBe(new DateOnly(2027, 1, 18));
        g.IsOverdue(new DateOnly(2027, 1, 18)).ShouldBeFalse();
        g.IsOverdue(new DateOnly(2027, 1, 19)).ShouldBeTrue();
        g.Steps.ShouldHaveSingleItem().Action.ShouldBe(GrievanceAction.Submitted);
        g.Steps[0].Note.ShouldBeNull(); // who complained is in no step
    }

    [Fact]
    public void A_complaint_says_what_happened_and_how_to_reach_the_person_unless_anonymous()
    {
        var shortText = Should.Throw<DomainException>(() => Grievance.Submit("K7M4QX9TPA", Upazila, null, null, null, "ভালো না", null, null, On(2026, 12, 6), Calendar, Limits));
        shortText.Field.ShouldBe("WhatHappened");
        shortText.MessageBn.ShouldContain("কী ঘটেছে লিখুন");

        Should.Throw<DomainException>(() => Complainant.Of("রহিমা খাতুন", null, null)).Field.ShouldBe("Mobile");
        Should.Throw<DomainException>(() => Complainant.Of("  ", "01712345678", null)).Field.ShouldBe("Name");
        Should.Throw<DomainException>(() => Complainant.Of("রহিমা", "12345", null)).MessageBn.ShouldContain("মোবাইল নম্বর নয়");
        Should.Throw<DomainException>(() => Complainant.Of("রহিমা", null, "rahima@")).Field.ShouldBe("Email");
        Complainant.Of("রহিমা", "+880 1712-345678", null).Mobile.ShouldBe("01712345678");
        Complainant.Of("রহিমা", "০১৭১২৩৪৫৬৭৮", " r@example.com ").Email.ShouldBe("r@example.com");

        var anonymous = Grievance.Submit("K7M4QX9TPB", Upazila, null, null, null, "কাউন্টারে ঘুষ চাওয়া হয়েছে, রসিদ দেওয়া হয়নি।", null, null, On(2026, 12, 6), Calendar, Limits);
        anonymous.IsAnonymous.ShouldBeTrue();
        Should.Throw<DomainException>(() => anonymous.RequestInformation("রসিদের নম্বর দিন", On(2026, 12, 7))).MessageBn.ShouldContain("জিজ্ঞেস করার কেউ নেই");
    }

    [Fact]
    public void Asking_the_citizen_pauses_nothing_and_the_answer_brings_the_complaint_back()
    {
        var g = Submitted();
        var due = g.DueOn;
        g.RequestInformation("আবেদনের রসিদের নম্বর দিন", On(2026, 12, 8));
        g.State.ShouldBe(GrievanceState.WaitingForCitizen);
        g.DueOn.ShouldBe(due);
        g.GiveInformation("রসিদ নং ১২৩৪", On(2026, 12, 9));
        g.State.ShouldBe(GrievanceState.Open);
        Should.Throw<DomainException>(() => g.GiveInformation("আবার", On(2026, 12, 9)));
    }

    [Fact]
    public void Forwarding_moves_the_complaint_and_restarts_the_clock_at_the_other_office()
    {
        var g = Submitted();
        Should.Throw<DomainException>(() => g.Forward(Upazila, "ভুল দপ্তর", On(2026, 12, 20), Calendar, Limits)).Field.ShouldBe("ToOffice");
        Should.Throw<DomainException>(() => g.Forward(Elsewhere, " ", On(2026, 12, 20), Calendar, Limits));
        g.Forward(Elsewhere, "সেবাটি ভূমি অফিসের", On(2026, 12, 20), Calendar, Limits);
        g.OfficeId.ShouldBe(Elsewhere);
        g.HandlingOfficeId.ShouldBe(Elsewhere);
        g.LevelStartedOn.ShouldBe(new DateOnly(2026, 12, 20));
        g.DueOn.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2026, 12, 20), 30));
        g.Steps[^1].Action.ShouldBe(GrievanceAction.Forwarded);
        g.Steps[^1].OfficeId.ShouldBe(Elsewhere);
    }

    [Fact]
    public void An_investigation_extends_the_deadline_once_by_twenty_working_days()
    {
        var g = Submitted();
        g.OpenInvestigation("সরেজমিন তদন্ত", On(2026, 12, 10), Calendar, Limits);
        g.State.ShouldBe(GrievanceState.Investigating);
        g.DueOn.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2027, 1, 18), 20));
        Should.Throw<DomainException>(() => g.OpenInvestigation(null, On(2026, 12, 11), Calendar, Limits)).MessageBn.ShouldContain("একবারই");
    }

    [Fact]
    public void Closing_needs_the_decision_and_its_reasons_and_happens_once()
    {
        var g = Submitted();
        Should.Throw<DomainException>(() => g.Close(GrievanceOutcome.Resolved, "", On(2026, 12, 10))).Field.ShouldBe("Decision");
        Should.Throw<DomainException>(() => g.Close((GrievanceOutcome)99, "কারণ", On(2026, 12, 10))).Field.ShouldBe("Outcome");
        g.Close(GrievanceOutcome.Resolved, "নামজারি আদেশ ১০ ডিসেম্বর জারি করা হয়েছে।", On(2026, 12, 10));
        g.IsClosed.ShouldBeTrue();
        g.ClosedOn.ShouldBe(new DateOnly(2026, 12, 10));
        g.ClosedWithinDeadline.ShouldBeTrue();
        g.CountsAsResolved.ShouldBeTrue();
        Should.Throw<DomainException>(() => g.Close(GrievanceOutcome.Rejected, "আবার", On(2026, 12, 11))).MessageBn.ShouldContain("ইতোমধ্যে");
    }

    [Fact]
    public void Not_resolved_in_the_citizens_word_never_counts_as_resolved_and_opens_the_appeal_with_twenty_working_days()
    {
        var g = Submitted();
        g.Close(GrievanceOutcome.Resolved, "আবেদনকারীকে ফোনে জানানো হয়েছে।", On(2026, 12, 10));
        g.Rate(CitizenVerdict.NotResolved, On(2026, 12, 13));
        g.CountsAsResolved.ShouldBeFalse();
        Should.Throw<DomainException>(() => g.Rate(CitizenVerdict.Satisfied, On(2026, 12, 13)));

        g.MayAppeal(new DateOnly(2026, 12, 13)).ShouldBeTrue();
        g.Appeal("ফোনে জানানো হয়েছে, আদেশ পাইনি", District, On(2026, 12, 13), Calendar, Limits);
        g.Level.ShouldBe(RedressLevel.Appeal);
        g.HandlingOfficeId.ShouldBe(District);
        g.OfficeId.ShouldBe(Upazila); // still the office complained about
        g.IsClosed.ShouldBeFalse();
        g.Outcome.ShouldBeNull();
        g.DueOn.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2026, 12, 13), 20));
        Should.Throw<DomainException>(() => g.Forward(Elsewhere, "অন্য দপ্তর", On(2026, 12, 14), Calendar, Limits));
    }

    [Fact]
    public void An_unanswered_complaint_may_be_appealed_only_after_its_deadline()
    {
        var g = Submitted();
        g.MayAppeal(new DateOnly(2027, 1, 18)).ShouldBeFalse();
        Should.Throw<DomainException>(() => g.Appeal("উত্তর পাইনি", District, On(2027, 1, 18), Calendar, Limits)).MessageBn.ShouldContain("আপিল করা যাবে");
        g.Appeal("উত্তর পাইনি", District, On(2027, 1, 19), Calendar, Limits);
        g.Level.ShouldBe(RedressLevel.Appeal);
    }

    [Fact]
    public void A_missed_deadline_moves_the_complaint_up_by_itself_to_the_appeal_officer_and_then_the_cell()
    {
        var g = Submitted();
        g.EscalateIfOverdue(District, On(2027, 1, 18), Calendar, Limits).ShouldBeFalse();
        g.EscalateIfOverdue(District, On(2027, 1, 19), Calendar, Limits).ShouldBeTrue();
        g.Level.ShouldBe(RedressLevel.Appeal);
        g.HandlingOfficeId.ShouldBe(District);
        g.Steps[^1].Action.ShouldBe(GrievanceAction.Escalated);
        g.Steps[^1].Note!.ShouldContain("অভিযোগ নিষ্পত্তি কর্মকর্তা নির্ধারিত সময়ের");

        var appealDue = g.DueOn;
        g.EscalateIfOverdue(null, new DateTimeOffset(appealDue.AddDays(1), new TimeOnly(9, 0), BangladeshTime.Offset), Calendar, Limits).ShouldBeTrue();
        g.Level.ShouldBe(RedressLevel.Cell);
        g.HandlingOfficeId.ShouldBeNull();
        g.DueOn.ShouldBe(Calendar.AddWorkingDays(appealDue.AddDays(1), 60));
        g.EscalateIfOverdue(null, new DateTimeOffset(g.DueOn.AddDays(5), new TimeOnly(9, 0), BangladeshTime.Offset), Calendar, Limits).ShouldBeFalse();
        g.MayAppeal(g.DueOn.AddDays(5)).ShouldBeFalse();
    }
}
