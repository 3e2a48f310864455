using System.Text;
using Protishruti.Domain;
using Protishruti.Domain.Charters;

namespace Protishruti.Tests.Domain.Charters;

public class CharterServiceRulesTests
{
    private static CharterVersion Draft() => SampleCharter.NewCharter().Open!;

    [Fact]
    public void Services_get_a_new_key_and_the_next_order_in_their_category()
    {
        var v = Draft();
        var a = v.AddService(ServiceCategory.Citizen, "জন্ম নিবন্ধন");
        var b = v.AddService(ServiceCategory.Internal, "পেনশন মঞ্জুর");
        var c = v.AddService(ServiceCategory.Citizen, "মৃত্যু নিবন্ধন");
        (a.Order, b.Order, c.Order).ShouldBe((1, 1, 2));
        new[] { a.Key, b.Key, c.Key }.Distinct().Count().ShouldBe(3);
        a.Key.ShouldNotBe(Guid.Empty);
    }

    [Theory]
    [InlineData("জন্ম নিবন্ধন")]
    [InlineData("  জন্ম   নিবন্ধন ")]
    [InlineData("জন্ম\u00A0নিবন্ধন")]
    public void Names_are_unique_within_a_category_ignoring_spacing(string duplicate)
    {
        var v = Draft();
        v.AddService(ServiceCategory.Citizen, "জন্ম নিবন্ধন");
        var e = Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, duplicate));
        e.Message.ShouldContain("Citizen services");
        e.MessageBn.ShouldContain("নাগরিক সেবা");
    }

    [Fact]
    public void Names_are_unique_ignoring_case_and_unicode_form()
    {
        var v = Draft();
        v.AddService(ServiceCategory.Citizen, "নামজারি", "Mutation");
        Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, "অন্য নাম", "MUTATION"));

        v.AddService(ServiceCategory.Citizen, "সময়মতো সেবা".Normalize(NormalizationForm.FormC));
        Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, "সময়মতো সেবা".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void The_same_name_may_appear_in_another_category()
    {
        var v = Draft();
        v.AddService(ServiceCategory.Citizen, "তথ্য প্রদান");
        v.AddService(ServiceCategory.Institutional, "তথ্য প্রদান").Order.ShouldBe(1);
    }

    [Fact]
    public void Renaming_to_another_services_name_is_refused_but_keeping_ones_own_name_is_not()
    {
        var v = Draft();
        var a = v.AddService(ServiceCategory.Citizen, "জন্ম নিবন্ধন");
        v.AddService(ServiceCategory.Citizen, "মৃত্যু নিবন্ধন");
        Should.Throw<DomainException>(() => a.Rename("মৃত্যু নিবন্ধন", null));
        a.Rename("জন্ম  নিবন্ধন", "Birth registration");
        a.NameEn.ShouldBe("Birth registration");
    }

    [Fact]
    public void Moving_to_a_category_that_has_the_name_is_refused()
    {
        var v = Draft();
        var a = v.AddService(ServiceCategory.Citizen, "তথ্য প্রদান");
        v.AddService(ServiceCategory.Institutional, "তথ্য প্রদান");
        Should.Throw<DomainException>(() => v.ChangeServiceCategory(a.Key, ServiceCategory.Institutional));
        a.Category.ShouldBe(ServiceCategory.Citizen);
    }

    [Fact]
    public void A_name_is_required_and_at_most_300_characters()
    {
        var v = Draft();
        Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, "  "));
        Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, new string('ক', 301)));
        Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, "সেবা", new string('a', 301)));
        v.AddService(ServiceCategory.Citizen, new string('ক', 300)).NameBn.Length.ShouldBe(300);
        v.Services.Count.ShouldBe(1);
    }

    [Fact]
    public void Other_text_fields_are_at_most_2000_characters()
    {
        var v = Draft();
        var s = v.AddService(ServiceCategory.Citizen, "সেবা");
        Should.Throw<DomainException>(() => s.AddDocument("দলিল", null, new string('ক', 2001)));
        Should.Throw<DomainException>(() => v.SetVisionAndMission(new string('ক', 2001), null, null, null));
        Should.Throw<DomainException>(() => v.AddExpectation(new string('ক', 2001)));
        s.AddDocument("দলিল", null, new string('ক', 2000)).WhereToGetBn!.Length.ShouldBe(2000);
    }

    [Fact]
    public void Markup_in_a_name_is_just_text()
    {
        var s = Draft().AddService(ServiceCategory.Citizen, "<b>জন্ম</b> নিবন্ধন<script>x</script>");
        s.NameBn.ShouldBe("<b>জন্ম</b> নিবন্ধন<script>x</script>");
    }

    [Fact]
    public void Services_move_up_and_down_within_their_category_only()
    {
        var v = Draft();
        var a = v.AddService(ServiceCategory.Citizen, "ক");
        var internalService = v.AddService(ServiceCategory.Internal, "অভ্যন্তরীণ");
        var b = v.AddService(ServiceCategory.Citizen, "খ");
        var c = v.AddService(ServiceCategory.Citizen, "গ");

        v.MoveServiceUp(c.Key);
        v.ServicesIn(ServiceCategory.Citizen).ShouldBe([a, c, b]);
        v.MoveServiceDown(a.Key);
        v.ServicesIn(ServiceCategory.Citizen).ShouldBe([c, a, b]);
        v.MoveServiceUp(c.Key);
        v.ServicesIn(ServiceCategory.Citizen).ShouldBe([c, a, b]);
        v.MoveServiceDown(b.Key);
        v.ServicesIn(ServiceCategory.Citizen).ShouldBe([c, a, b]);
        v.ServicesIn(ServiceCategory.Citizen).Select(s => s.Order).ShouldBe([1, 2, 3]);
        internalService.Order.ShouldBe(1);
    }

    [Fact]
    public void A_service_can_be_put_at_an_explicit_position()
    {
        var v = Draft();
        var a = v.AddService(ServiceCategory.Citizen, "ক");
        var b = v.AddService(ServiceCategory.Citizen, "খ");
        var c = v.AddService(ServiceCategory.Citizen, "গ");
        v.MoveService(c.Key, 1);
        v.ServicesIn(ServiceCategory.Citizen).ShouldBe([c, a, b]);
        v.MoveService(c.Key, 99);
        v.ServicesIn(ServiceCategory.Citizen).ShouldBe([a, b, c]);
    }

    [Fact]
    public void Removing_or_recategorising_a_service_closes_the_gap()
    {
        var v = Draft();
        var a = v.AddService(ServiceCategory.Citizen, "ক");
        var b = v.AddService(ServiceCategory.Citizen, "খ");
        var c = v.AddService(ServiceCategory.Citizen, "গ");
        v.AddService(ServiceCategory.Internal, "ঘ");

        v.RemoveService(a.Key);
        (b.Order, c.Order).ShouldBe((1, 2));
        v.ChangeServiceCategory(b.Key, ServiceCategory.Internal);
        (b.Category, b.Order, c.Order).ShouldBe((ServiceCategory.Internal, 2, 1));
        Should.Throw<DomainException>(() => v.RemoveService(a.Key));
    }

    [Fact]
    public void Documents_are_an_ordered_list_or_an_explicit_none()
    {
        var s = Draft().AddService(ServiceCategory.Citizen, "সেবা");
        s.AddDocument("ক");
        s.AddDocument("খ");
        s.AddDocument("গ");
        s.MoveDocument(2, 0);
        s.Documents.Select(d => (d.NameBn, d.Order)).ShouldBe([("গ", 1), ("ক", 2), ("খ", 3)]);
        s.RemoveDocument(1);
        s.Documents.Select(d => (d.NameBn, d.Order)).ShouldBe([("গ", 1), ("খ", 2)]);
        Should.Throw<DomainException>(() => s.RemoveDocument(5));

        s.SetNoDocumentsRequired();
        (s.Documents.Count, s.NoDocumentsRequired).ShouldBe((0, true));
        s.AddDocument("আবেদনপত্র");
        s.NoDocumentsRequired.ShouldBeFalse();
        s.ClearDocuments();
        (s.Documents.Count, s.NoDocumentsRequired).ShouldBe((0, false));
    }

    [Fact]
    public void Officers_are_posts_with_positive_ids()
    {
        var s = Draft().AddService(ServiceCategory.Citizen, "সেবা");
        Should.Throw<DomainException>(() => s.SetResponsibleOfficer(0));
        Should.Throw<DomainException>(() => s.SetSupervisingOfficer(-4));
        s.SetResponsibleOfficer(12);
        s.SetSupervisingOfficer(null);
        (s.ResponsibleOfficerPostId, s.SupervisingOfficerPostId).ShouldBe((12, (int?)null));
    }

    [Fact]
    public void English_vision_without_Bengali_is_refused()
    {
        var v = Draft();
        Should.Throw<DomainException>(() => v.SetVisionAndMission(null, "Vision", "অভিলক্ষ্য", null));
        Should.Throw<DomainException>(() => v.SetVisionAndMission("রূপকল্প", null, " ", "Mission"));
        v.SetVisionAndMission(" রূপকল্প ", null, "অভিলক্ষ্য", null);
        (v.VisionBn, v.VisionEn).ShouldBe(("রূপকল্প", null));
    }

    [Fact]
    public void Expectations_are_an_ordered_list()
    {
        var v = Draft();
        v.AddExpectation("ক");
        v.AddExpectation("খ", "B");
        v.AddExpectation("গ");
        v.MoveExpectation(0, 2);
        v.Expectations.Select(e => (e.TextBn, e.Order)).ShouldBe([("খ", 1), ("গ", 2), ("ক", 3)]);
        v.UpdateExpectation(1, "গগ", "CC");
        v.RemoveExpectation(0);
        v.Expectations.Select(e => (e.TextBn, e.TextEn, e.Order)).ShouldBe([("গগ", "CC", 1), ("ক", null, 2)]);
        Should.Throw<DomainException>(() => v.UpdateExpectation(7, "x", null));
        Should.Throw<DomainException>(() => v.AddExpectation(" "));
    }

    [Fact]
    public void The_grievance_ladder_is_editable_per_office_and_can_be_reset()
    {
        var v = Draft();
        v.RemoveGrievanceLevel(2);
        v.AddGrievanceLevel("আপিল কর্মকর্তা ব্যর্থ হলে", null, null, "প্রধান প্রকৌশলী", "Chief Engineer", "এলজিইডি ভবন, ঢাকা", null,
            TimeLimit.FromText("১৫ কার্যদিবস"));
        v.MoveGrievanceLevel(2, 0);
        v.GrievanceLevels.Select(l => (l.Order, l.ResolutionLimit!.Value)).ShouldBe([(1, 15), (2, 30), (3, 20)]);

        v.UseDefaultGrievanceLadder();
        v.GrievanceLevels.Select(l => (l.Order, l.ResolutionLimit!.Value)).ShouldBe([(1, 30), (2, 20), (3, 60)]);
        Should.Throw<DomainException>(() => v.UpdateGrievanceLevel(0, " ", null, null, null, null, null, null, null));
        Should.Throw<DomainException>(() => v.UpdateGrievanceLevel(0, "যখন", null, 0, null, null, null, null, null));
    }
}
