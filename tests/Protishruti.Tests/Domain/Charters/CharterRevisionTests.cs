using Protishruti.Domain.Charters;
using static Protishruti.Tests.Domain.Charters.SampleCharter;

namespace Protishruti.Tests.Domain.Charters;

/// <summary>The revision forms and the database compare (ADR 0008): every change to a version or its rows moves it on.</summary>
public class CharterRevisionTests
{
    [Fact]
    public void Every_change_to_the_version_or_its_rows_and_every_workflow_step_bumps_the_revision()
    {
        var v = NewCharter().Open!;
        var seen = new List<int> { v.Revision };
        void Step(Action change)
        {
            change();
            v.Revision.ShouldBeGreaterThan(seen[^1]);
            seen.Add(v.Revision);
        }

        Step(() => v.SetVisionAndMission("রূপকল্প", null, "অভিলক্ষ্য", null));
        Step(() => v.SetLayout(LayoutProfile.Hq7));
        CharterService s = null!;
        Step(() => s = v.AddService(ServiceCategory.Citizen, "সেবা ১"));
        Step(() => v.AddService(ServiceCategory.Citizen, "সেবা ২"));
        Step(() => s.SetFee(Fee.Free));
        Step(() => s.AddDocument("আবেদন"));
        Step(() => s.RemoveDocument(0));
        Step(() => s.SetTimeLimit(TimeLimit.Of(3, TimeLimitUnit.Days)));
        Step(() => v.MoveServiceDown(s.Key));
        Step(() => v.AddExpectation("প্রত্যাশা"));
        Step(() => v.UseDefaultGrievanceLadder());
        Step(() => v.RemoveService(s.Key));

        var good = GoodDraft();
        var before = good.Revision;
        good.Submit("editor", Monday, Lookup());
        good.Revision.ShouldBeGreaterThan(before);
        before = good.Revision;
        good.Return("approver", Monday, "ঠিক করুন");
        good.Revision.ShouldBeGreaterThan(before);
    }

    [Fact]
    public void The_next_draft_starts_its_own_count()
    {
        var charter = PublishedCharter();
        var published = charter.Current!;
        var draft = charter.StartNextDraft();
        draft.Revision.ShouldBe(0);
        draft.SetVisionAndMission("নতুন", null, "নতুন", null);
        published.Revision.ShouldBeGreaterThan(0);
        published.VisionBn.ShouldNotBe("নতুন");
    }
}
