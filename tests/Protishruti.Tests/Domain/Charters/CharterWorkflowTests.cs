using Protishruti.Domain;
using Protishruti.Domain.Charters;
using static Protishruti.Tests.Domain.Charters.SampleCharter;

namespace Protishruti.Tests.Domain.Charters;

public class CharterWorkflowTests
{
    [Fact]
    public void A_new_charter_has_one_empty_draft_with_the_default_grievance_ladder()
    {
        var charter = NewCharter(LayoutProfile.Hq7);
        var draft = charter.Versions.ShouldHaveSingleItem();
        (draft.Number, draft.State, draft.Layout).ShouldBe((1, CharterVersionState.Draft, LayoutProfile.Hq7));
        draft.Services.ShouldBeEmpty();
        draft.Expectations.ShouldBeEmpty();
        draft.GrievanceLevels.Select(l => l.ResolutionLimit!.Value).ShouldBe([30, 20, 60]);
        draft.GrievanceLevels.ShouldAllBe(l => l.ResolutionLimit!.Unit == TimeLimitUnit.WorkingDays);
        draft.GrievanceLevels.Select(l => l.Order).ShouldBe([1, 2, 3]);
        draft.GrievanceLevels[0].WhomBn.ShouldBe("অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)");
        draft.GrievanceLevels[2].WhomBn.ShouldBe("মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল");
        charter.Open.ShouldBe(draft);
        charter.Current.ShouldBeNull();
    }

    [Fact]
    public void A_charter_belongs_to_a_saved_office() => Should.Throw<DomainException>(() => new Charter(0, LayoutProfile.Hq7));

    [Fact]
    public void Submit_then_publish_records_who_and_when()
    {
        var charter = NewCharter();
        var v = GoodDraft(charter);

        v.Submit("editor-1", Monday, Lookup());
        (v.State, v.SubmittedBy, v.SubmittedAt).ShouldBe((CharterVersionState.Submitted, "editor-1", Monday));
        charter.Current.ShouldBeNull();

        v.Publish("approver-1", Monday.AddHours(3), Lookup());
        (v.State, v.PublishedBy, v.PublishedAt).ShouldBe((CharterVersionState.Published, "approver-1", Monday.AddHours(3)));
        v.History.Select(e => e.Kind).ShouldBe([CharterEventKind.Submitted, CharterEventKind.Published]);
        charter.Current.ShouldBe(v);
        charter.Open.ShouldBeNull();
    }

    [Fact]
    public void Returning_needs_a_comment_and_keeps_it_for_the_editor()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());

        var e = Should.Throw<DomainException>(() => v.Return("approver-1", Monday, "  "));
        e.MessageBn.ShouldContain("ফেরত");
        v.State.ShouldBe(CharterVersionState.Submitted);

        v.Return("approver-1", Monday.AddHours(1), "নামজারির ফি হালনাগাদ করুন");
        (v.State, v.ReturnedBy, v.ReturnComment).ShouldBe((CharterVersionState.Returned, "approver-1", "নামজারির ফি হালনাগাদ করুন"));
        v.History[^1].Comment.ShouldBe("নামজারির ফি হালনাগাদ করুন");
    }

    [Fact]
    public void Editing_a_returned_version_makes_it_a_draft_again()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());
        v.Return("approver-1", Monday, "ফি হালনাগাদ করুন");

        v.Services[0].SetFee(Fee.Of(1200m, PaymentMethod.EPayment));
        v.State.ShouldBe(CharterVersionState.Draft);
        v.ReturnComment.ShouldBe("ফি হালনাগাদ করুন");
    }

    [Fact]
    public void A_returned_version_can_be_resubmitted_unchanged_and_then_published()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());
        v.Return("approver-1", Monday, "আবার দেখুন");
        v.Submit("editor-1", Monday.AddDays(1), Lookup());
        v.Publish("approver-1", Monday.AddDays(2), Lookup());
        v.History.Select(e => e.Kind).ShouldBe([CharterEventKind.Submitted, CharterEventKind.Returned, CharterEventKind.Submitted, CharterEventKind.Published]);
        v.SubmittedAt.ShouldBe(Monday.AddDays(1));
    }

    [Fact]
    public void A_draft_cannot_be_published_or_returned_before_it_is_submitted()
    {
        var v = GoodDraft();
        Should.Throw<DomainException>(() => v.Publish("approver-1", Monday, Lookup()));
        Should.Throw<DomainException>(() => v.Return("approver-1", Monday, "না"));
        v.State.ShouldBe(CharterVersionState.Draft);
    }

    [Fact]
    public void A_submitted_version_cannot_be_submitted_again_or_edited()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());
        Should.Throw<DomainException>(() => v.Submit("editor-1", Monday, Lookup()));
        Should.Throw<DomainException>(() => v.AddService(ServiceCategory.Citizen, "নতুন সেবা"));
        Should.Throw<DomainException>(() => v.Services[0].SetFee(Fee.Free));
    }

    [Fact]
    public void A_returned_version_cannot_be_published_or_returned_again()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());
        v.Return("approver-1", Monday, "আবার দেখুন");
        Should.Throw<DomainException>(() => v.Publish("approver-1", Monday, Lookup()));
        Should.Throw<DomainException>(() => v.Return("approver-1", Monday, "আবার"));
    }

    [Fact]
    public void A_published_version_cannot_be_submitted_returned_or_published_again()
    {
        var v = PublishedCharter().Current!;
        Should.Throw<DomainException>(() => v.Submit("editor-1", Monday, Lookup()));
        Should.Throw<DomainException>(() => v.Return("approver-1", Monday, "আবার"));
        Should.Throw<DomainException>(() => v.Publish("approver-1", Monday.AddDays(5), Lookup()));
    }

    [Fact]
    public void Every_mutator_refuses_to_change_a_published_version()
    {
        var v = PublishedCharter().Current!;
        var s = v.Services[0];
        var key = s.Key;
        Action[] mutators =
        [
            () => v.SetVisionAndMission("নতুন", null, "নতুন", null),
            () => v.SetLayout(LayoutProfile.Hq7),
            () => v.AddService(ServiceCategory.Citizen, "নতুন সেবা"),
            () => v.RemoveService(key),
            () => v.MoveServiceUp(v.Services[1].Key),
            () => v.MoveServiceDown(key),
            () => v.MoveService(key, 2),
            () => v.ChangeServiceCategory(key, ServiceCategory.Institutional),
            () => v.AddExpectation("নতুন"),
            () => v.UpdateExpectation(0, "নতুন", null),
            () => v.RemoveExpectation(0),
            () => v.MoveExpectation(0, 1),
            () => v.AddGrievanceLevel("যখন", null, null, "কেউ", null, null, null, TimeLimit.Of(5, TimeLimitUnit.Days)),
            () => v.UpdateGrievanceLevel(0, "যখন", null, null, "কেউ", null, null, null, null),
            () => v.RemoveGrievanceLevel(0),
            () => v.MoveGrievanceLevel(0, 2),
            () => v.UseDefaultGrievanceLadder(),
            () => s.Rename("নতুন নাম", null),
            () => s.SetDeliveryMethod(null),
            () => s.SetFee(Fee.Of(5m, PaymentMethod.Bank)),
            () => s.SetTimeLimit(TimeLimit.Immediate()),
            () => s.SetResponsibleOfficer(Uno),
            () => s.SetSupervisingOfficer(null),
            () => s.AddDocument("নতুন"),
            () => s.RemoveDocument(0),
            () => s.MoveDocument(0, 1),
            () => s.ClearDocuments(),
            () => s.SetNoDocumentsRequired(),
        ];
        var before = CharterDiff.Between(v, v);
        foreach (var mutate in mutators)
        {
            var e = Should.Throw<DomainException>(mutate);
            e.Message.ShouldContain("published");
            e.MessageBn.ShouldContain("প্রকাশিত");
        }
        before.ShouldBeEmpty();
        v.Services.Count.ShouldBe(3);
        v.Services[0].Key.ShouldBe(key);
        v.Services[0].Documents.Count.ShouldBe(2);
        v.Expectations.Count.ShouldBe(3);
        v.GrievanceLevels.Count.ShouldBe(3);
        v.Layout.ShouldBe(LayoutProfile.Field8);
    }

    [Fact]
    public void Submitting_with_a_blocking_problem_is_refused_and_names_it()
    {
        var v = GoodDraft();
        v.Services[0].SetTimeLimit(TimeLimit.FromText("যথাসময়ে"));

        var e = Should.Throw<CharterQualityException>(() => v.Submit("editor-1", Monday, Lookup()));
        e.Findings.ShouldContain(f => f.Code == "service.time-limit.vague" && f.ServiceKey == v.Services[0].Key);
        e.Message.ShouldContain("Mutation of land records");
        e.MessageBn.ShouldContain("নামজারি ও জমাখারিজ");
        v.State.ShouldBe(CharterVersionState.Draft);
        v.History.ShouldBeEmpty();
    }

    [Fact]
    public void Submitting_with_warnings_only_is_allowed_and_returns_them()
    {
        var v = GoodDraft();
        var posts = Posts();
        posts[Uno] = posts[Uno] with { HolderHasEmail = false };
        var report = v.Submit("editor-1", Monday, Lookup(posts));
        report.Warnings.ShouldContain(f => f.Code == "post.holder.email-missing");
        v.State.ShouldBe(CharterVersionState.Submitted);
    }

    [Fact]
    public void Publishing_checks_again_because_a_post_may_have_fallen_vacant()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());
        var posts = Posts();
        posts[Uno] = posts[Uno] with { HasHolder = false };

        var e = Should.Throw<CharterQualityException>(() => v.Publish("approver-1", Monday.AddDays(1), Lookup(posts)));
        e.Findings.ShouldContain(f => f.Code == "post.vacant" && f.PostId == Uno);
        v.State.ShouldBe(CharterVersionState.Submitted);
    }

    [Fact]
    public void Publishing_before_submission_time_is_refused()
    {
        var v = GoodDraft();
        v.Submit("editor-1", Monday, Lookup());
        Should.Throw<DomainException>(() => v.Publish("approver-1", Monday.AddMinutes(-1), Lookup()));
    }

    [Fact]
    public void Workflow_steps_need_a_user() =>
        Should.Throw<DomainException>(() => GoodDraft().Submit(" ", Monday, Lookup()));

    [Fact]
    public void Only_one_draft_may_be_open_at_a_time()
    {
        var charter = NewCharter();
        Should.Throw<DomainException>(() => charter.StartNextDraft()).MessageBn.ShouldContain("খসড়া");

        var v = GoodDraft(charter);
        v.Submit("editor-1", Monday, Lookup());
        Should.Throw<DomainException>(() => charter.StartNextDraft());

        v.Publish("approver-1", Monday, Lookup());
        var next = charter.StartNextDraft();
        Should.Throw<DomainException>(() => charter.StartNextDraft());
        next.Number.ShouldBe(2);
        charter.Open.ShouldBe(next);
        charter.Current.ShouldBe(v);
    }

    [Fact]
    public void The_next_draft_is_a_deep_copy_of_the_published_version()
    {
        var charter = PublishedCharter();
        var published = charter.Current!;
        var draft = charter.StartNextDraft();

        (draft.State, draft.Number, draft.Layout).ShouldBe((CharterVersionState.Draft, 2, published.Layout));
        draft.VisionBn.ShouldBe(published.VisionBn);
        draft.MissionEn.ShouldBe(published.MissionEn);
        draft.Services.Select(s => s.Key).ShouldBe(published.Services.Select(s => s.Key));
        draft.Services.ShouldAllBe(s => s.Version == draft);
        draft.Services.Select(s => s.Documents.Count).ShouldBe(published.Services.Select(s => s.Documents.Count));
        draft.Services.Zip(published.Services).ShouldAllBe(p => !ReferenceEquals(p.First, p.Second));
        draft.Services[0].Documents.Zip(published.Services[0].Documents).ShouldAllBe(p => !ReferenceEquals(p.First, p.Second));
        draft.Expectations.Select(x => x.TextBn).ShouldBe(published.Expectations.Select(x => x.TextBn));
        draft.GrievanceLevels.Select(l => l.WhomPostId).ShouldBe(published.GrievanceLevels.Select(l => l.WhomPostId));
        draft.SubmittedBy.ShouldBeNull();
        draft.History.ShouldBeEmpty();
        CharterDiff.Between(published, draft).ShouldBeEmpty();
    }

    [Fact]
    public void Changing_the_next_draft_leaves_the_published_version_untouched()
    {
        var charter = PublishedCharter();
        var published = charter.Current!;
        var draft = charter.StartNextDraft();

        draft.SetVisionAndMission("নতুন রূপকল্প", null, "নতুন অভিলক্ষ্য", null);
        draft.Services[0].Rename("নামজারি", "Mutation");
        draft.Services[0].AddDocument("খতিয়ানের কপি");
        draft.Services[0].RemoveDocument(0);
        draft.Services[1].SetFee(Fee.Of(10m, PaymentMethod.CashWithReceipt));
        draft.RemoveService(draft.Services[2].Key);
        draft.AddService(ServiceCategory.Institutional, "তথ্য সরবরাহ");
        draft.UpdateExpectation(0, "বদলানো", null);
        draft.RemoveGrievanceLevel(2);
        draft.UpdateGrievanceLevel(0, "বদলানো", null, Uno, null, null, null, null, TimeLimit.Of(15, TimeLimitUnit.WorkingDays));

        published.VisionBn.ShouldBe("দক্ষ, স্বচ্ছ ও জনবান্ধব উপজেলা প্রশাসন");
        published.Services.Count.ShouldBe(3);
        published.Services[0].NameBn.ShouldBe("নামজারি ও জমাখারিজ");
        published.Services[0].Documents.Select(d => d.NameBn).ShouldBe(["আবেদনকারীর জাতীয় পরিচয়পত্রের ফটোকপি", "দলিলের সার্টিফাইড কপি"]);
        published.Services[1].Fee.ShouldBe(Fee.Free);
        published.Expectations[0].TextBn.ShouldBe("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান");
        published.GrievanceLevels.Count.ShouldBe(3);
        published.GrievanceLevels[0].WhomPostId.ShouldBe(Gro);
        published.GrievanceLevels[0].ResolutionLimit!.Value.ShouldBe(30);
    }

    [Fact]
    public void The_second_published_version_becomes_current_and_both_stay_in_the_history()
    {
        var charter = PublishedCharter();
        var first = charter.Current!;
        var second = charter.StartNextDraft();
        second.Services[1].SetTimeLimit(TimeLimit.FromText("৫ কার্যদিবস"));
        second.Submit("editor-1", Monday.AddDays(90), Lookup());
        second.Publish("approver-1", Monday.AddDays(91), Lookup());

        charter.Current.ShouldBe(second);
        charter.PublishedVersions.Select(v => v.Number).ShouldBe([2, 1]);
        charter.Version(1).ShouldBe(first);
        first.State.ShouldBe(CharterVersionState.Published);
        Should.Throw<DomainException>(() => charter.Version(9));
    }
}
