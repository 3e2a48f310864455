using Protishruti.Domain.Charters;
using static Protishruti.Tests.Domain.Charters.SampleCharter;

namespace Protishruti.Tests.Domain.Charters;

public class CharterDiffTests
{
    private static (CharterVersion Published, CharterVersion Draft) Versions()
    {
        var charter = PublishedCharter();
        return (charter.Current!, charter.StartNextDraft());
    }

    [Fact]
    public void A_version_compared_with_its_copy_has_no_changes()
    {
        var (published, draft) = Versions();
        CharterDiff.Between(published, draft).ShouldBeEmpty();
        CharterDiff.Between(published, published).ShouldBeEmpty();
    }

    [Fact]
    public void Vision_and_mission_changes_carry_before_and_after()
    {
        var (published, draft) = Versions();
        draft.SetVisionAndMission("স্মার্ট উপজেলা প্রশাসন", published.VisionEn, published.MissionBn, null);

        var changes = CharterDiff.Between(published, draft);
        var vision = changes.Single(c => c.Kind == CharterChangeKind.VisionChanged).Fields.ShouldHaveSingleItem();
        (vision.Field, vision.Before, vision.After).ShouldBe(("Vision.Bn", (object?)published.VisionBn, (object?)"স্মার্ট উপজেলা প্রশাসন"));
        var mission = changes.Single(c => c.Kind == CharterChangeKind.MissionChanged).Fields.ShouldHaveSingleItem();
        (mission.Field, mission.After).ShouldBe(("Mission.En", (object?)null));
    }

    [Fact]
    public void An_added_service_is_reported_with_its_key_category_and_position()
    {
        var (published, draft) = Versions();
        var added = draft.AddService(ServiceCategory.Citizen, "ওয়ারিশান সনদ", "Heirship certificate");

        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        (change.Kind, change.ServiceKey, change.Category, change.Position).ShouldBe((CharterChangeKind.ServiceAdded, (Guid?)added.Key, (ServiceCategory?)ServiceCategory.Citizen, (int?)3));
        (change.SubjectBn, change.SubjectEn).ShouldBe(("ওয়ারিশান সনদ", "Heirship certificate"));
    }

    [Fact]
    public void A_removed_service_is_reported_and_the_renumbering_of_the_others_is_not()
    {
        var (published, draft) = Versions();
        var removed = draft.ServicesIn(ServiceCategory.Citizen).First();
        draft.RemoveService(removed.Key);

        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        (change.Kind, change.ServiceKey, change.SubjectBn).ShouldBe((CharterChangeKind.ServiceRemoved, (Guid?)removed.Key, "নামজারি ও জমাখারিজ"));
    }

    [Fact]
    public void A_changed_service_lists_each_changed_field_with_before_and_after()
    {
        var (published, draft) = Versions();
        var s = draft.Services[1];
        s.Rename("ত্রাণ সহায়তা", s.NameEn);
        s.SetFee(Fee.Of(20m, PaymentMethod.CashWithReceipt));
        s.SetTimeLimit(TimeLimit.FromText("৫ কার্যদিবস"));
        s.SetResponsibleOfficer(Uno);
        s.AddDocument("ছবি", null, "আবেদনকারী");

        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        (change.Kind, change.ServiceKey, change.SubjectBn).ShouldBe((CharterChangeKind.ServiceChanged, (Guid?)s.Key, "ত্রাণ সহায়তা"));
        change.Fields.Select(f => f.Field).ShouldBe(["Name.Bn", "Documents", "Fee", "TimeLimit", "ResponsibleOfficer"]);
        var fee = change.Fields.Single(f => f.Field == "Fee");
        (fee.Before, fee.After).ShouldBe((Fee.Free, Fee.Of(20m, PaymentMethod.CashWithReceipt)));
        var time = change.Fields.Single(f => f.Field == "TimeLimit");
        ((TimeLimit)time.Before!).Value.ShouldBe(7);
        ((TimeLimit)time.After!).Value.ShouldBe(5);
        var officer = change.Fields.Single(f => f.Field == "ResponsibleOfficer");
        (officer.Before, officer.After).ShouldBe(((object?)ProjectOfficer, (object?)Uno));
        var docs = change.Fields.Single(f => f.Field == "Documents");
        ((IReadOnlyList<DocumentLine>)docs.After!).Select(d => d.NameBn).ShouldBe(["সংশ্লিষ্ট ইউপি চেয়ারম্যানের প্রত্যয়নপত্র", "ছবি"]);
    }

    [Fact]
    public void A_renamed_service_is_the_same_service_not_a_removal_and_an_addition()
    {
        var (published, draft) = Versions();
        draft.Services[0].Rename("নামজারি", "Mutation");
        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        change.Kind.ShouldBe(CharterChangeKind.ServiceChanged);
        change.Fields.Select(f => f.Field).ShouldBe(["Name.Bn", "Name.En"]);
    }

    [Fact]
    public void Same_value_with_a_different_typed_text_is_a_change_because_the_text_is_printed()
    {
        var (published, draft) = Versions();
        draft.Services[1].SetTimeLimit(TimeLimit.FromText("৭ কর্মদিবস"));
        CharterDiff.Between(published, draft).ShouldHaveSingleItem().Fields.ShouldHaveSingleItem().Field.ShouldBe("TimeLimit");
    }

    [Fact]
    public void Moving_a_service_to_another_category_is_a_field_change()
    {
        var (published, draft) = Versions();
        draft.ChangeServiceCategory(draft.Services[2].Key, ServiceCategory.Institutional);
        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        var field = change.Fields.ShouldHaveSingleItem();
        (field.Field, field.Before, field.After).ShouldBe(("Category", (object?)ServiceCategory.Internal, (object?)ServiceCategory.Institutional));
    }

    [Fact]
    public void Reordering_services_is_reported_once_for_the_category()
    {
        var (published, draft) = Versions();
        draft.MoveServiceDown(draft.Services[0].Key);
        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        (change.Kind, change.Category).ShouldBe((CharterChangeKind.ServicesReordered, (ServiceCategory?)ServiceCategory.Citizen));
        ((IEnumerable<string>)change.Fields[0].After!).ShouldBe(["ত্রাণ ও পুনর্বাসন সহায়তা", "নামজারি ও জমাখারিজ"]);
    }

    [Fact]
    public void A_service_with_the_same_name_but_a_new_key_is_a_different_service()
    {
        var (published, draft) = Versions();
        var old = draft.Services[2];
        draft.RemoveService(old.Key);
        draft.AddService(old.Category, old.NameBn, old.NameEn);
        CharterDiff.Between(published, draft).Select(c => c.Kind).ShouldBe([CharterChangeKind.ServiceAdded, CharterChangeKind.ServiceRemoved]);
    }

    [Fact]
    public void Expectations_added_removed_reworded_and_reordered_are_told_apart()
    {
        var (published, draft) = Versions();
        draft.UpdateExpectation(1, "নির্ধারিত ফি অনলাইনে পরিশোধ করা", draft.Expectations[1].TextEn);
        draft.AddExpectation("অনাবশ্যক ফোন/তদবির না করা");
        var changes = CharterDiff.Between(published, draft);
        changes.Select(c => c.Kind).ShouldBe([CharterChangeKind.ExpectationChanged, CharterChangeKind.ExpectationAdded]);
        changes[0].Fields.ShouldHaveSingleItem().Before.ShouldBe("যথাযথ প্রক্রিয়ায় প্রয়োজনীয় ফিস পরিশোধ করা");

        var (published2, draft2) = Versions();
        draft2.RemoveExpectation(0);
        draft2.MoveExpectation(1, 0);
        var changes2 = CharterDiff.Between(published2, draft2);
        changes2.Select(c => c.Kind).ShouldBe([CharterChangeKind.ExpectationRemoved, CharterChangeKind.ExpectationsReordered]);
        changes2[0].SubjectBn.ShouldBe("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান");
    }

    [Fact]
    public void Grievance_ladder_changes_are_reported_per_level()
    {
        var (published, draft) = Versions();
        var l = draft.GrievanceLevels[2];
        draft.UpdateGrievanceLevel(2, l.WhenBn, l.WhenEn, null, l.WhomBn, l.WhomEn, l.AddressBn, l.AddressEn, TimeLimit.FromText("৩০ কার্যদিবস"));
        draft.AddGrievanceLevel("সেল সমাধান দিতে না পারলে", null, null, "মন্ত্রিপরিষদ সচিব", null, null, null, TimeLimit.Of(30, TimeLimitUnit.WorkingDays));

        var changes = CharterDiff.Between(published, draft);
        changes.Select(c => (c.Kind, c.Position)).ShouldBe([(CharterChangeKind.GrievanceLevelChanged, (int?)3), (CharterChangeKind.GrievanceLevelAdded, (int?)4)]);
        var limit = changes[0].Fields.ShouldHaveSingleItem();
        ((TimeLimit)limit.After!).Value.ShouldBe(30);
        changes[0].SubjectBn.ShouldBe("ধাপ ৩");

        CharterDiff.Between(draft, published).Select(c => c.Kind).ShouldContain(CharterChangeKind.GrievanceLevelRemoved);
    }

    [Fact]
    public void A_layout_change_is_reported()
    {
        var (published, draft) = Versions();
        draft.SetLayout(LayoutProfile.Hybrid8);
        var change = CharterDiff.Between(published, draft).ShouldHaveSingleItem();
        (change.Kind, change.Fields[0].Before, change.Fields[0].After).ShouldBe((CharterChangeKind.LayoutChanged, (object?)LayoutProfile.Field8, (object?)LayoutProfile.Hybrid8));
    }
}
