using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;

namespace Protishruti.Tests.Domain.Meetings;

public class CommitteeTests
{
    private static readonly Seat[] Five =
    [
        new(1, CommitteeRole.Convener), new(2, CommitteeRole.MemberSecretary), new(3, CommitteeRole.FocalPoint),
        new(4, CommitteeRole.AlternateFocalPoint), new(5, CommitteeRole.Member),
    ];

    [Fact]
    public void Reconstituting_ends_the_old_seats_the_day_before_and_records_the_quarter_with_the_office_order()
    {
        var c = new Committee(10, CommitteeKind.CharterMonitoring);
        c.Reconstitute(Five, new DateOnly(2024, 7, 10), "০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭০১", "head");
        var next = Five.Select(s => s.Role == CommitteeRole.FocalPoint ? s with { PostId = 6 } : s).ToArray();
        var record = c.Reconstitute(next, new DateOnly(2024, 10, 3), "০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৮১২", "head");

        record.FiscalQuarter.ShouldBe(new FiscalYear(2024).Quarter(2));
        record.Action.ShouldBe(CommitteeQuarterAction.Reconstituted);
        c.Holding(CommitteeRole.FocalPoint, new DateOnly(2024, 10, 2))!.PostId.ShouldBe(3);
        c.Holding(CommitteeRole.FocalPoint, new DateOnly(2024, 10, 3))!.PostId.ShouldBe(6);
        c.MembersOn(new DateOnly(2024, 10, 3)).Count().ShouldBe(5);
        c.RecordFor(new FiscalYear(2024).Quarter(1))!.MemoNumber.ShouldBe("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭০১");
    }

    [Fact]
    public void A_quarter_has_one_record_and_a_certificate_needs_a_committee_in_force()
    {
        var c = new Committee(10, CommitteeKind.Ethics);
        var none = Should.Throw<DomainException>(() => c.CertifyUnchanged(new DateOnly(2024, 8, 1), "head"));
        none.MessageBn.ShouldContain("কমিটি");

        c.Reconstitute(Five, new DateOnly(2024, 7, 10), "memo-1", "head");
        Should.Throw<DomainException>(() => c.CertifyUnchanged(new DateOnly(2024, 9, 1), "head")).Message.ShouldContain("already reconstituted");
        var q2 = c.CertifyUnchanged(new DateOnly(2024, 10, 15), "head", "কোনো পরিবর্তন নেই");
        q2.Action.ShouldBe(CommitteeQuarterAction.CertifiedUnchanged);
        Should.Throw<DomainException>(() => c.Reconstitute(Five, new DateOnly(2024, 12, 1), "memo-2", "head"))
            .MessageBn.ShouldContain("প্রত্যয়িত");
    }

    [Fact]
    public void A_committee_has_exactly_one_convener_member_secretary_focal_point_and_alternate_and_a_post_sits_once()
    {
        var c = new Committee(10, CommitteeKind.CharterMonitoring);
        var noFocal = Five.Where(s => s.Role != CommitteeRole.FocalPoint).ToArray();
        var e = Should.Throw<DomainException>(() => c.Reconstitute(noFocal, new DateOnly(2024, 7, 1), "m", "head"));
        e.Message.ShouldContain("exactly one focal point");
        e.MessageBn.ShouldContain("ফোকাল পয়েন্ট");
        e.MessageBn.ShouldContain("০");

        var twice = Five.Append(new Seat(1, CommitteeRole.Member)).ToArray();
        Should.Throw<DomainException>(() => c.Reconstitute(twice, new DateOnly(2024, 7, 1), "m", "head")).Field.ShouldBe("Seats");
        Should.Throw<DomainException>(() => c.Reconstitute(Five, new DateOnly(2024, 7, 1), " ", "head")).Field.ShouldBe("MemoNumber");
        c.Members.ShouldBeEmpty();
    }

    [Fact]
    public void It_cannot_be_reconstituted_back_in_time_before_a_later_constitution()
    {
        var c = new Committee(10, CommitteeKind.CharterMonitoring);
        c.Reconstitute(Five, new DateOnly(2024, 11, 1), "m1", "head");
        Should.Throw<DomainException>(() => c.Reconstitute(Five, new DateOnly(2024, 8, 1), "m2", "head")).Field.ShouldBe("EffectiveFrom");
    }

    [Fact]
    public void An_office_order_cannot_take_effect_in_a_quarter_already_over_when_it_was_issued()
    {
        var c = new Committee(10, CommitteeKind.CharterMonitoring);
        var e = Should.Throw<DomainException>(() => c.Reconstitute(Five, new DateOnly(2024, 9, 30), "m1", "head", orderedOn: new DateOnly(2024, 10, 2)));
        e.Field.ShouldBe("EffectiveFrom");
        e.Message.ShouldContain("earlier quarter");
        e.MessageBn.ShouldContain("আগের কোয়ার্টারে");
        c.Quarters.ShouldBeEmpty();

        // Back to the first day of the order's own quarter is fine, and so is a later quarter.
        c.Reconstitute(Five, new DateOnly(2024, 10, 1), "m1", "head", orderedOn: new DateOnly(2024, 11, 20)).Quarter.ShouldBe(2);
        c.Reconstitute(Five, new DateOnly(2025, 1, 1), "m2", "head", orderedOn: new DateOnly(2024, 12, 20)).Quarter.ShouldBe(3);
    }
}
