using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;

namespace Protishruti.Tests.Domain.Meetings;

/// <summary>The next meeting's review of the previous decisions: first on the agenda, and only once.</summary>
public class MeetingReviewTests
{
    private static readonly DateOnly Day = new(2022, 11, 20);
    private static readonly Party UnoAll = Party.Group(OfficeKind.UpazilaOffice, 100, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর");

    private static Meeting Previous()
    {
        var m = new Meeting(100, MeetingKind.CharterCoordination, "প্রথম ত্রৈমাসিক সভা", Day, new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
        var item = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(UnoAll);
        m.IssueNotice("m0", Day.AddDays(-3), "e");
        m.SetMinutesFrame("সভাপতি", null, null, 7);
        m.AddDecision(item, "সেবা বক্স হালনাগাদ করতে হবে।", [UnoAll]);
        m.IssueMinutes("m1", Day, Day.ToDateTime(new TimeOnly(18, 0)), "e", _ => [201, 202]);
        return m;
    }

    [Fact]
    public void The_review_goes_first_even_after_other_items_and_is_added_only_once()
    {
        var previous = Previous();
        previous.Decisions.Single().ProgressOf(201).Update(DecisionStatus.Done, null, null, Day.AddDays(5), "uno");
        var next = new Meeting(100, MeetingKind.CharterCoordination, "দ্বিতীয় ত্রৈমাসিক সভা", Day.AddDays(90), new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
        next.AddAgendaItem("বিবিধ");

        var item = next.AddReviewOf(previous, id => $"দপ্তর {id}");
        next.Agenda.Select(a => a.Title).ShouldBe([Meeting.ReviewTitle, "বিবিধ"]);
        item.Details!.ShouldContain("দপ্তর 201: বাস্তবায়িত; দপ্তর 202: শুরু হয়নি");

        next.AddReviewOf(previous, id => $"দপ্তর {id}").ShouldBeSameAs(item);
        next.Agenda.Count(a => a.Title == Meeting.ReviewTitle).ShouldBe(1);
    }
}
