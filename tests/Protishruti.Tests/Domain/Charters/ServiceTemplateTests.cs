using Protishruti.Domain;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using static Protishruti.Tests.Domain.Charters.SampleCharter;

namespace Protishruti.Tests.Domain.Charters;

public class ServiceTemplateTests
{
    private static ServiceContent Landlord(Fee? fee = null, TimeLimit? limit = null, string name = "নামজারি") =>
        ServiceContent.Create(ServiceCategory.Citizen, name, "Mutation",
            new DeliveryMethod("অনলাইনে আবেদন", "Apply online", DeliveryChannels.Online, "https://mutation.land.gov.bd"),
            new ServiceDocuments(false, [new DocumentLine("খতিয়ানের কপি", "Copy of khatian", "ভূমি অফিস", null)]),
            fee ?? Fee.Of(1170m, PaymentMethod.EPayment), limit ?? TimeLimit.Of(28, TimeLimitUnit.WorkingDays));

    private static ServiceTemplate Template(ServiceContent? content = null) =>
        new(OfficeKind.UpazilaOffice, null, content ?? Landlord(), "admin", Monday);

    [Fact]
    public void A_new_template_is_revision_1_and_every_change_adds_a_revision_keeping_the_old_ones()
    {
        var t = Template();
        (t.Revision, t.IsNational, t.Revisions.Count).ShouldBe((1, true, 1));

        t.Change(Landlord(fee: Fee.Of(1200m, PaymentMethod.EPayment)), "admin", Monday.AddDays(1)).ShouldBeTrue();
        t.Change(Landlord(fee: Fee.Of(1200m, PaymentMethod.EPayment), limit: TimeLimit.Of(20, TimeLimitUnit.WorkingDays)), "admin", Monday.AddDays(2)).ShouldBeTrue();

        t.Revision.ShouldBe(3);
        t.RevisionNumber(1).Content.Fee!.Amount.ShouldBe(1170m);
        t.RevisionNumber(2).Content.Fee!.Amount.ShouldBe(1200m);
        t.Content.TimeLimit!.Value.ShouldBe(20);
        ServiceContent.ChangedFields(t.RevisionNumber(1).Content, t.Content).ShouldBe([TemplateField.Fee, TemplateField.TimeLimit]);
    }

    [Fact]
    public void Saving_the_same_content_is_not_a_new_revision()
    {
        var t = Template();
        t.Change(Landlord(), "admin", Monday.AddDays(1)).ShouldBeFalse();
        t.Revision.ShouldBe(1);
    }

    [Fact]
    public void Template_content_follows_the_charter_rules()
    {
        Should.Throw<DomainException>(() => ServiceContent.Create(ServiceCategory.Citizen, "  ", null, null, ServiceDocuments.Empty, null, null)).Field.ShouldBe("NameBn");
        Should.Throw<DomainException>(() => ServiceContent.Create(ServiceCategory.Citizen, "নাম", null, null,
            new ServiceDocuments(true, [new DocumentLine("কপি", null, null, null)]), null, null)).Field.ShouldBe("Documents");
        Should.Throw<DomainException>(() => ServiceContent.Create((ServiceCategory)7, "নাম", null, null, ServiceDocuments.Empty, null, null)).Field.ShouldBe("Category");
        Should.Throw<DomainException>(() => new ServiceTemplate((OfficeKind)77, null, Landlord(), "admin", Monday));
    }

    [Fact]
    public void A_template_applies_to_offices_of_its_kind_under_its_owner_or_everywhere_when_national()
    {
        var ministry = Office("mopa", OfficeKind.MinistryOrDivision, null, 1);
        var district = Office("dc-natore", OfficeKind.DistrictOffice, ministry, 2);
        var upazila = Office("uno-singra", OfficeKind.UpazilaOffice, district, 3);
        var otherDistrict = Office("dc-bandarban", OfficeKind.DistrictOffice, ministry, 4);
        var otherUpazila = Office("uno-lama", OfficeKind.UpazilaOffice, otherDistrict, 5);

        Template().AppliesTo(upazila).ShouldBeTrue();
        Template().AppliesTo(district).ShouldBeFalse();
        var fromDistrict = new ServiceTemplate(OfficeKind.UpazilaOffice, 2, Landlord(), "editor", Monday);
        fromDistrict.AppliesTo(upazila).ShouldBeTrue();
        fromDistrict.AppliesTo(otherUpazila).ShouldBeFalse();
        new ServiceTemplate(OfficeKind.UpazilaOffice, 1, Landlord(), "editor", Monday).AppliesTo(otherUpazila).ShouldBeTrue();
    }

    [Fact]
    public void Adopting_adds_the_template_service_linked_to_its_revision_and_the_link_survives_the_next_draft()
    {
        var charter = NewCharter();
        var draft = GoodDraft(charter);
        var t = Template();
        var service = draft.AdoptTemplate(t);

        (service.TemplateId, service.TemplateRevision).ShouldBe((t.Id, 1));
        ServiceContent.Of(service).ShouldBe(t.Content);
        service.ResponsibleOfficerPostId.ShouldBeNull(); // officers are the office's own posts
        Should.Throw<DomainException>(() => draft.AdoptTemplate(t)).MessageBn.ShouldContain("আগেই");

        service.SetResponsibleOfficer(AssistantCommissionerLand);
        service.SetSupervisingOfficer(Uno);
        draft.Submit("editor", Monday, Lookup());
        draft.Publish("head", Monday.AddHours(1), Lookup());
        var next = charter.StartNextDraft();
        var copy = next.Service(service.Key);
        (copy.TemplateId, copy.TemplateRevision).ShouldBe((t.Id, 1));
    }

    [Fact]
    public void Taking_changes_applies_fields_the_office_kept_and_keeps_its_overrides_unless_asked()
    {
        var draft = GoodDraft();
        var t = Template();
        var service = draft.AdoptTemplate(t);
        service.SetFee(Fee.Of(1100m, PaymentMethod.CashWithReceipt)); // the office's own fee

        t.Change(Landlord(fee: Fee.Of(1200m, PaymentMethod.EPayment), limit: TimeLimit.Of(20, TimeLimitUnit.WorkingDays)), "admin", Monday.AddDays(1));
        var update = service.PendingUpdate(t).ShouldNotBeNull();
        (update.FromRevision, update.ToRevision).ShouldBe((1, 2));
        update.Fields.Select(f => (f.Field, f.Overridden)).ShouldBe([(TemplateField.Fee, true), (TemplateField.TimeLimit, false)]);

        service.TakeTemplateChanges(t).ShouldBe([TemplateField.TimeLimit]);
        service.TimeLimit!.Value.ShouldBe(20);
        service.Fee!.Amount.ShouldBe(1100m);
        service.TemplateRevision.ShouldBe(2);
        service.PendingUpdate(t).ShouldBeNull();
    }

    [Fact]
    public void A_ticked_override_takes_the_template_value()
    {
        var draft = GoodDraft();
        var t = Template();
        var service = draft.AdoptTemplate(t);
        service.SetFee(Fee.Free);
        t.Change(Landlord(fee: Fee.Of(1200m, PaymentMethod.EPayment), name: "নামজারি ও জমাভাগ"), "admin", Monday.AddDays(1));

        service.TakeTemplateChanges(t, new HashSet<TemplateField> { TemplateField.Fee })
            .ShouldBe([TemplateField.Name, TemplateField.Fee]);
        service.Fee!.Amount.ShouldBe(1200m);
        service.NameBn.ShouldBe("নামজারি ও জমাভাগ");
    }

    [Fact]
    public void Documents_and_category_changes_are_taken_too()
    {
        var draft = GoodDraft();
        var t = Template();
        var service = draft.AdoptTemplate(t);
        var changed = ServiceContent.Create(ServiceCategory.Institutional, "নামজারি", "Mutation", t.Content.DeliveryMethod,
            new ServiceDocuments(true, []), t.Content.Fee, t.Content.TimeLimit);
        t.Change(changed, "admin", Monday.AddDays(1));

        service.TakeTemplateChanges(t).ShouldBe([TemplateField.Category, TemplateField.Documents]);
        (service.Category, service.NoDocumentsRequired, service.Documents.Count).ShouldBe((ServiceCategory.Institutional, true, 0));
    }

    [Fact]
    public void Only_an_editable_draft_takes_templates()
    {
        var draft = GoodDraft();
        var t = Template();
        var service = draft.AdoptTemplate(t);
        service.SetResponsibleOfficer(AssistantCommissionerLand);
        service.SetSupervisingOfficer(Uno);
        draft.Submit("editor", Monday, Lookup());
        t.Change(Landlord(fee: Fee.Free), "admin", Monday.AddDays(1));

        Should.Throw<DomainException>(() => service.TakeTemplateChanges(t));
        Should.Throw<DomainException>(() => draft.AdoptTemplate(Template(Landlord(name: "খারিজ"))));
    }

    [Fact]
    public void The_score_is_stored_on_save_submit_and_publish_and_the_publication_date_is_the_day_in_Bangladesh()
    {
        var draft = GoodDraft();
        draft.QualityScore.ShouldBeNull();
        draft.AddService(ServiceCategory.Citizen, "অসম্পূর্ণ সেবা");
        var low = draft.CheckQuality(Lookup()).Score;
        draft.QualityScore.ShouldBe(low);
        draft.RemoveService(draft.Services.Single(s => s.NameBn == "অসম্পূর্ণ সেবা").Key);
        draft.Submit("editor", Monday, Lookup());
        draft.QualityScore.ShouldBe(100);
        var lateEvening = new DateTimeOffset(2025, 6, 30, 19, 0, 0, TimeSpan.Zero); // 1 July, 01:00 in Dhaka: the next fiscal year
        draft.Publish("head", lateEvening, Lookup());
        draft.PublishedOn.ShouldBe(new DateOnly(2025, 7, 1));
    }

    private static Office Office(string code, OfficeKind kind, Office? parent, int id)
    {
        var o = new Office(code, code, code, kind);
        typeof(Office).GetProperty(nameof(Protishruti.Domain.Offices.Office.Id))!.SetValue(o, id);
        o.MoveUnder(parent);
        return o;
    }
}
