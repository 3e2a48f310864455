using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;

namespace Protishruti.Tests.Domain.Meetings;

public class MeetingTests
{
    private static readonly DateOnly Day = new(2022, 11, 20);
    private static readonly Party UnoAll = Party.Group(OfficeKind.UpazilaOffice, 100, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
    private static readonly Party Adc = Party.Post(7, 100, "অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর");
    private static readonly int[] Unos = [201, 202, 203];

    /// <summary>The hierarchy as the Web layer resolves it: the group is three UNO offices, a post is its office.</summary>
    private static IReadOnlyCollection<int> OfficesOf(Party p) => p.Kind switch
    {
        PartyKind.Group => Unos,
        PartyKind.Post or PartyKind.Office => [p.OfficeId!.Value],
        _ => [],
    };

    private static Meeting Coordination()
    {
        var m = new Meeting(100, MeetingKind.CharterCoordination, "সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক সভা",
            Day, new TimeOnly(12, 30), "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর", null);
        m.AddAgendaItem("আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.AddAgendaItem("ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট নিয়োগ");
        m.Invite(UnoAll);
        m.Invite(Adc);
        return m;
    }

    private static Meeting Held()
    {
        var m = Coordination();
        m.IssueNotice("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৫০", Day.AddDays(-5), "editor");
        m.RecordAttendance([new Attendee(Adc, null, false), new Attendee(Party.Text("জনাব আব্দুল হাই"), "সাংবাদিক", true)], Day);
        m.SetMinutesFrame("মোঃ নাদিম সারওয়ার, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর", "সভাপতি সভার শুরুতে উপস্থিত সকলকে স্বাগত জানান।",
            "সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।", 7);
        var first = m.Agenda[0];
        m.SetDiscussion(first, "সেবা বক্স তৈরি করা হয়নি।");
        m.AddDecision(first, "৮ কলামের নির্ধারিত ফরমেটে হালনাগাদপূর্বক সেবা বক্সে আপলোড করতে হবে।", [UnoAll]);
        m.AddDecision(m.Agenda[1], "ফোকাল পয়েন্টের তথ্য সেবা বক্সে আপলোড করতে হবে।", [UnoAll, Adc]);
        return m;
    }

    [Fact]
    public void The_quarter_comes_from_the_meeting_date()
    {
        Coordination().Quarter.ShouldBe(new FiscalYear(2022).Quarter(2));
    }

    [Fact]
    public void The_notice_rules_are_checked_without_a_memo_number_so_a_refused_notice_takes_none()
    {
        var empty = new Meeting(100, MeetingKind.Grs, "জিআরএস সভা", Day, new TimeOnly(10, 0), null, "https://meet.example.gov.bd/grs");
        empty.AddAgendaItem("অভিযোগ নিষ্পত্তি পর্যালোচনা");
        Should.Throw<DomainException>(() => empty.CheckNoticeCanBeIssued(Day)).Field.ShouldBe("Invitees");
        empty.NoticeState.ShouldBe(NoticeState.Draft);
        var m = Coordination();
        Should.NotThrow(() => m.CheckNoticeCanBeIssued(Day));
        Should.Throw<DomainException>(() => m.CheckNoticeCanBeIssued(Day.AddDays(1))).Field.ShouldBe("IssuedOn");
    }

    [Fact]
    public void A_notice_of_the_past_kept_as_printed_needs_no_agenda_item_but_a_current_one_does()
    {
        var today = new DateOnly(2026, 12, 7);
        var old = new Meeting(100, MeetingKind.MonitoringCommittee, "পরিবীক্ষণ কমিটির সভা", new DateOnly(2024, 1, 8), new TimeOnly(11, 30), "অফিস কক্ষ", null);
        // Without its text as printed, a record still needs an agenda: nothing would say what the meeting was for.
        Should.Throw<DomainException>(() => old.IssueNotice("১৮৮", new DateOnly(2024, 1, 3), "e", today)).Field.ShouldBe("Agenda");
        old.WriteNoticeText("এ উপজেলার পরিবীক্ষণ কমিটির সভা আগামী ০৮/০১/২০২৪ তারিখে অনুষ্ঠিত হবে।", omitDetails: true, omitAgenda: false);
        Should.Throw<DomainException>(() => old.IssueNotice("১৮৮", new DateOnly(2024, 1, 3), "e", today)).Field.ShouldBe("Agenda");
        old.WriteNoticeText("এ উপজেলার পরিবীক্ষণ কমিটির সভা আগামী ০৮/০১/২০২৪ তারিখে অনুষ্ঠিত হবে।", omitDetails: true, omitAgenda: true);
        old.IssueNotice("১৮৮", new DateOnly(2024, 1, 3), "e", today).Number.ShouldBe(1);
        old.NoticeState.ShouldBe(NoticeState.Issued);

        var current = new Meeting(100, MeetingKind.MonitoringCommittee, "পরিবীক্ষণ কমিটির সভা", today.AddDays(3), new TimeOnly(11, 30), "অফিস কক্ষ", null);
        current.Invite(Adc);
        current.WriteNoticeText("সভা অনুষ্ঠিত হবে।", omitDetails: true, omitAgenda: true);
        Should.Throw<DomainException>(() => current.IssueNotice("১৯০", today, "e", today)).Field.ShouldBe("Agenda");
    }

    [Fact]
    public void A_notice_needs_agenda_and_invitees_is_issued_before_the_meeting_and_then_changes_only_by_an_issued_amendment()
    {
        var empty = new Meeting(100, MeetingKind.Grs, "জিআরএস সভা", Day, new TimeOnly(10, 0), null, "https://meet.example.gov.bd/grs");
        Should.Throw<DomainException>(() => empty.IssueNotice("m", Day, "e")).Field.ShouldBe("Agenda");
        empty.AddAgendaItem("অভিযোগ নিষ্পত্তি পর্যালোচনা");
        Should.Throw<DomainException>(() => empty.IssueNotice("m", Day, "e")).MessageBn.ShouldContain("আমন্ত্রিত");

        var m = Coordination();
        Should.Throw<DomainException>(() => m.IssueNotice("m", Day.AddDays(1), "e")).Message.ShouldContain("before the meeting");
        m.IssueNotice("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৫০", Day.AddDays(-3), "editor");
        Should.Throw<DomainException>(() => m.AddAgendaItem("নতুন বিষয়")).Message.ShouldContain("amendment");

        var amendment = m.AmendNotice("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৫২", Day.AddDays(-2), "editor", "সময় পরিবর্তন",
            x => x.SetDetails(x.Title, x.Date, new TimeOnly(15, 0), x.Venue, null));
        amendment.Kind.ShouldBe(NoticeIssueKind.Amendment);
        m.Time.ShouldBe(new TimeOnly(15, 0));
        m.NoticeIssues.Select(i => i.Number).ShouldBe([1, 2]);
        Should.Throw<DomainException>(() => m.SetDetails(m.Title, m.Date, new TimeOnly(9, 0), m.Venue, null));
    }

    [Fact]
    public void A_cancelled_meeting_takes_nothing_more_and_a_held_one_cannot_be_cancelled()
    {
        var m = Coordination();
        Should.Throw<DomainException>(() => m.Cancel("m", Day, "e", "কারণ")).Message.ShouldContain("draft");
        m.IssueNotice("m1", Day.AddDays(-3), "e");
        Should.Throw<DomainException>(() => m.Cancel("m2", Day, "e", " ")).Field.ShouldBe("Reason");
        m.Cancel("m2", Day.AddDays(-1), "e", "জরুরি কারণে");
        m.NoticeState.ShouldBe(NoticeState.Cancelled);
        m.NoticeIssues[^1].Kind.ShouldBe(NoticeIssueKind.Cancellation);
        Should.Throw<DomainException>(() => m.RecordAttendance([], Day)).MessageBn.ShouldContain("বাতিল");

        var held = Held();
        Should.Throw<DomainException>(() => held.Cancel("m3", Day, "e", "কারণ")).Message.ShouldContain("held");
    }

    [Fact]
    public void Attendance_is_taken_on_the_day_or_after_and_strangers_are_walk_ins()
    {
        var m = Coordination();
        Should.Throw<DomainException>(() => m.RecordAttendance([new Attendee(Adc, null, false)], Day.AddDays(-1)));
        Should.Throw<DomainException>(() => m.RecordAttendance([new Attendee(Party.Text("অতিথি"), null, false)], Day)).Field.ShouldBe("Attendees");
        m.RecordAttendance([new Attendee(Adc, null, false), new Attendee(Party.Text("অতিথি"), null, true)], Day);
        m.Attendees.Count.ShouldBe(2);
        Should.Throw<DomainException>(() => m.SetDetails(m.Title, Day.AddDays(2), m.Time, m.Venue, null)).Field.ShouldBe("Date");
    }

    [Fact]
    public void An_attendee_is_the_invitee_by_identity_with_the_name_of_who_came_and_an_office_of_an_invited_group_counts()
    {
        var m = Coordination();
        var singra = 41;
        m.RecordAttendance([new Attendee(Party.Post(Adc.PostId!.Value, Adc.OfficeId!.Value, "রুমানা চৌধুরী"), "অতিরিক্ত জেলা প্রশাসক", false)], Day);
        m.Attendees.Single().Who.LabelBn.ShouldBe("রুমানা চৌধুরী");
        Func<Party, IReadOnlyCollection<int>> groups = p => p.Kind == PartyKind.Group ? [singra, 42] : [];
        Should.Throw<DomainException>(() => m.RecordAttendance([new Attendee(Party.Office(singra, "সাবরিনা ইসলাম"), "উপজেলা নির্বাহী অফিসার", false)], Day));
        m.RecordAttendance([new Attendee(Party.Office(singra, "সাবরিনা ইসলাম"), "উপজেলা নির্বাহী অফিসার", false)], Day, groups);
        Should.Throw<DomainException>(() => m.RecordAttendance([new Attendee(Party.Office(99, "অতিথি"), null, false)], Day, groups));
    }

    [Fact]
    public void Minutes_are_not_issued_before_the_meeting_nor_dated_before_it_nor_in_the_future()
    {
        var m = Held();
        Should.Throw<DomainException>(() => m.IssueMinutes("m", Day, Day.ToDateTime(new TimeOnly(11, 0)), "e", OfficesOf))
            .MessageBn.ShouldContain("সভা অনুষ্ঠিত হওয়ার আগে");
        Should.Throw<DomainException>(() => m.IssueMinutes("m", Day.AddDays(-1), Day.AddDays(2).ToDateTime(TimeOnly.MinValue), "e", OfficesOf))
            .Field.ShouldBe("MinutesDate");
        Should.Throw<DomainException>(() => m.IssueMinutes("m", Day.AddDays(3), Day.AddDays(2).ToDateTime(TimeOnly.MinValue), "e", OfficesOf))
            .Message.ShouldContain("future");
        m.MinutesState.ShouldBe(MinutesState.Draft);
        m.Decisions.ShouldAllBe(d => d.Progress.Count == 0);
    }

    [Fact]
    public void Issuing_the_minutes_tracks_each_decision_per_implementing_office_due_at_the_end_of_the_next_quarter()
    {
        var m = Held();
        m.IssueMinutes("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮", Day.AddDays(2), Day.AddDays(2).ToDateTime(new TimeOnly(10, 0)), "editor", OfficesOf);

        m.MinutesState.ShouldBe(MinutesState.Issued);
        var (first, second) = (m.Decisions.First(), m.Decisions.Last());
        first.Progress.Select(p => p.OfficeId).ShouldBe(Unos);
        second.Progress.Select(p => p.OfficeId).Order().ShouldBe([100, 201, 202, 203]);
        first.Due.ShouldBe(new DateOnly(2023, 3, 31)); // Q2 of 2022-23 → end of Q3
        Should.Throw<DomainException>(() => m.SetDiscussion(m.Agenda[0], "বদল")).Message.ShouldContain("corrigendum");
        Should.Throw<DomainException>(() => m.IssueMinutes("m", Day.AddDays(3), Day.AddDays(3).ToDateTime(TimeOnly.MinValue), "e", OfficesOf));
    }

    [Fact]
    public void An_implementer_outside_the_hierarchy_is_refused_with_a_message_and_free_text_is_printed_but_not_tracked()
    {
        var m = Held();
        var written = m.AddDecision(m.Agenda[0], "কিছু", [Party.Text("স্থানীয় এনজিও")]); // ADR 0035: printed, not followed up
        written.IsTracked.ShouldBeFalse();
        Should.Throw<DomainException>(() => m.AddDecision(m.Agenda[0], "কিছু", [])).Field.ShouldBe("Implementers");
        Should.Throw<DomainException>(() => m.AddDecision(m.Agenda[0], "  ", [UnoAll])).Field.ShouldBe("Text");
        m.AddDecision(m.Agenda[0], "অন্য জেলার কাজ", [Party.Office(999, "অন্য জেলার দপ্তর")]);
        var e = Should.Throw<DomainException>(() =>
            m.IssueMinutes("m", Day, Day.ToDateTime(new TimeOnly(18, 0)), "e", p => p.OfficeId == 999 ? [] : OfficesOf(p)));
        e.MessageBn.ShouldContain("কাঠামোর মধ্যে নেই");
        m.MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Fact]
    public void A_corrigendum_is_the_only_way_issued_minutes_change_and_its_new_decisions_are_tracked()
    {
        var m = Held();
        m.IssueMinutes("m1", Day, Day.ToDateTime(new TimeOnly(18, 0)), "e", OfficesOf);
        var c = m.IssueCorrigendum("m2", Day.AddDays(5), "editor", "সিদ্ধান্ত ৩ সংযোজন",
            x => x.AddDecision(x.Agenda[1], "সকল দপ্তরে সেবা বক্স হালনাগাদ", [Adc]), OfficesOf);
        c.Number.ShouldBe(1);
        m.Decisions.Count().ShouldBe(3);
        m.Decisions.Last().Progress.Single().OfficeId.ShouldBe(100);
        Should.Throw<DomainException>(() => m.IssueCorrigendum("m3", Day.AddDays(-1), "e", "x", _ => { }, OfficesOf));
        Should.Throw<DomainException>(() => m.RemoveDecision(m.Decisions.First())).MessageBn.ShouldContain("বাদ দিন");
    }

    [Fact]
    public void The_implementation_share_counts_a_decision_done_when_every_office_that_kept_it_is_done_and_leaves_out_dropped_ones()
    {
        var m = Held();
        m.AddDecision(m.Agenda[0], "তৃতীয় সিদ্ধান্ত", [Adc]);
        m.IssueMinutes("m1", Day, Day.ToDateTime(new TimeOnly(18, 0)), "e", OfficesOf);
        var first = m.Decisions.Single(d => d.Text.StartsWith("৮ কলামের", StringComparison.Ordinal));
        var second = m.Decisions.Single(d => d.Text.StartsWith("ফোকাল", StringComparison.Ordinal));
        var third = m.Decisions.Single(d => d.Text == "তৃতীয় সিদ্ধান্ত");
        var on = Day.AddDays(20);

        m.ImplementationShare.ShouldBe(new ImplementationShare(0, 3));
        foreach (var id in Unos) first.ProgressOf(id).Update(DecisionStatus.Done, "আপলোড করা হয়েছে", null, on, "uno");
        second.ProgressOf(201).Update(DecisionStatus.Done, null, null, on, "uno");
        second.ProgressOf(202).Update(DecisionStatus.InProgress, null, null, on, "uno");
        Should.Throw<DomainException>(() => third.ProgressOf(100).Update(DecisionStatus.Dropped, null, " ", on, "adc")).Field.ShouldBe("Reason");
        third.ProgressOf(100).Update(DecisionStatus.Dropped, null, "প্রযোজ্য নয়", on, "adc");

        first.IsImplemented.ShouldBeTrue();
        second.IsImplemented.ShouldBeFalse();
        third.IsDropped.ShouldBeTrue();
        m.ImplementationShare.ShouldBe(new ImplementationShare(1, 2));
        m.ImplementationShare.Percent.ShouldBe(50m);
        Should.Throw<DomainException>(() => first.ProgressOf(100)).MessageBn.ShouldContain("আপনার দপ্তরের জন্য নয়");
        Decision.ShareOf([]).Percent.ShouldBeNull();
    }

    [Fact]
    public void The_next_meeting_starts_with_a_review_of_the_previous_decisions_and_their_status()
    {
        var previous = Held();
        previous.IssueMinutes("m1", Day, Day.ToDateTime(new TimeOnly(18, 0)), "e", OfficesOf);
        previous.Decisions.First().ProgressOf(201).Update(DecisionStatus.Done, null, null, Day.AddDays(9), "uno");

        var next = new Meeting(100, MeetingKind.CharterCoordination, "দ্বিতীয় ত্রৈমাসিক সভা", new DateOnly(2023, 2, 15), new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
        var item = next.AddReviewOf(previous, id => id == 201 ? "ইউএনও, সিংড়া" : $"দপ্তর {id}");
        item.Title.ShouldBe("বিগত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা");
        item.Details!.ShouldContain("ইউএনও, সিংড়া: বাস্তবায়িত");
        item.Details!.ShouldContain("শুরু হয়নি");
        item.Details!.ShouldContain("বাস্তবায়নের হার: ০/২");
        next.Agenda[0].ShouldBe(item);
    }
}
