using Protishruti.Domain.Charters;
using static Protishruti.Tests.Domain.Charters.SampleCharter;

namespace Protishruti.Tests.Domain.Charters;

public class CharterQualityTests
{
    private static QualityReport Check(CharterVersion v, Dictionary<int, PostInfo>? posts = null) => CharterQuality.Check(v, Lookup(posts));

    private static QualityFinding Single(QualityReport report, string code) => report.Findings.Where(f => f.Code == code).ShouldHaveSingleItem();

    [Fact]
    public void A_realistic_complete_charter_has_no_findings_and_scores_100()
    {
        var report = Check(GoodDraft());
        report.Findings.ShouldBeEmpty();
        report.Score.ShouldBe(100);
        report.HasBlocking.ShouldBeFalse();
    }

    [Fact]
    public void A_new_empty_draft_is_blocked_on_vision_mission_and_services()
    {
        var report = Check(NewCharter().Open!);
        report.Blocking.Select(f => f.Code).ShouldBe(["charter.vision.missing", "charter.mission.missing", "charter.services.none"], ignoreOrder: true);
        report.Warnings.Select(f => f.Code).ShouldBe(["charter.expectations.none", "grs.level.contact.missing", "grs.level.contact.missing"], ignoreOrder: true);
        report.Score.ShouldBeLessThan(20);
    }

    [Fact]
    public void Missing_vision_is_blocking_and_says_what_to_write_in_both_languages()
    {
        var v = GoodDraft();
        v.SetVisionAndMission(null, null, v.MissionBn, v.MissionEn);
        var f = Single(Check(v), "charter.vision.missing");
        f.Severity.ShouldBe(FindingSeverity.Blocking);
        f.MessageEn.ShouldContain("vision");
        f.MessageBn.ShouldContain("রূপকল্প");
        f.ServiceKey.ShouldBeNull();
    }

    [Fact]
    public void Missing_mission_is_blocking()
    {
        var v = GoodDraft();
        v.SetVisionAndMission(v.VisionBn, null, null, null);
        Single(Check(v), "charter.mission.missing").Severity.ShouldBe(FindingSeverity.Blocking);
    }

    [Fact]
    public void Missing_English_translations_are_not_findings()
    {
        var v = GoodDraft();
        v.SetVisionAndMission(v.VisionBn, null, v.MissionBn, null);
        Check(v).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void No_expectations_is_a_warning()
    {
        var v = GoodDraft();
        while (v.Expectations.Count > 0) v.RemoveExpectation(0);
        Single(Check(v), "charter.expectations.none").Severity.ShouldBe(FindingSeverity.Warning);
    }

    public static TheoryData<string, FindingSeverity, string> ServiceRules => new()
    {
        { "service.delivery-method.missing", FindingSeverity.Blocking, "DeliveryMethod" },
        { "service.documents.missing", FindingSeverity.Blocking, "Documents" },
        { "service.documents.where-missing", FindingSeverity.Warning, "Documents[1].WhereToGet" },
        { "service.fee.missing", FindingSeverity.Blocking, "Fee" },
        { "service.time-limit.missing", FindingSeverity.Blocking, "TimeLimit" },
        { "service.time-limit.vague", FindingSeverity.Blocking, "TimeLimit" },
        { "service.responsible-officer.missing", FindingSeverity.Blocking, "ResponsibleOfficer" },
        { "service.supervising-officer.missing", FindingSeverity.Blocking, "SupervisingOfficer" },
        { "service.supervising-officer.same-as-responsible", FindingSeverity.Warning, "SupervisingOfficer" },
    };

    [Theory]
    [MemberData(nameof(ServiceRules))]
    public void Each_service_rule_names_the_service_and_the_field(string code, FindingSeverity severity, string field)
    {
        var v = GoodDraft();
        var s = v.Services.Single(x => x.NameEn == "Mutation of land records");
        Break(s, code);

        var f = Single(Check(v), code);
        (f.Severity, f.ServiceKey, f.Field).ShouldBe((severity, s.Key, field));
        f.MessageEn.ShouldContain("'Mutation of land records'");
        f.MessageBn.ShouldContain("'নামজারি ও জমাখারিজ'");
        f.MessageBn.ShouldContain("নাগরিক সেবা");
    }

    private static void Break(CharterService s, string code)
    {
        switch (code)
        {
            case "service.delivery-method.missing": s.SetDeliveryMethod(null); break;
            case "service.documents.missing": s.ClearDocuments(); break;
            case "service.documents.where-missing":
                s.ClearDocuments();
                s.AddDocument("জাতীয় পরিচয়পত্র", "NID");
                break;
            case "service.fee.missing": s.SetFee(null); break;
            case "service.time-limit.missing": s.SetTimeLimit(null); break;
            case "service.time-limit.vague": s.SetTimeLimit(TimeLimit.FromText("দ্রুততম সময়ে")); break;
            case "service.responsible-officer.missing": s.SetResponsibleOfficer(null); break;
            case "service.supervising-officer.missing": s.SetSupervisingOfficer(null); break;
            case "service.supervising-officer.same-as-responsible": s.SetSupervisingOfficer(s.ResponsibleOfficerPostId); break;
        }
    }

    [Fact]
    public void A_vague_time_limit_message_quotes_what_was_typed()
    {
        var v = GoodDraft();
        v.Services[0].SetTimeLimit(TimeLimit.FromText("যথাসময়ে"));
        var f = Single(Check(v), "service.time-limit.vague");
        f.MessageBn.ShouldContain("যথাসময়ে");
        f.MessageEn.ShouldContain("working days");
    }

    [Fact]
    public void An_explicit_none_satisfies_the_documents_rule()
    {
        var v = GoodDraft();
        v.Services[0].SetNoDocumentsRequired();
        Check(v).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void The_head_office_layout_needs_no_supervising_officer_but_the_hybrid_layout_does()
    {
        var v = GoodDraft();
        foreach (var s in v.Services) s.SetSupervisingOfficer(null);
        v.SetLayout(LayoutProfile.Hq7);
        Check(v).Findings.ShouldBeEmpty();
        v.SetLayout(LayoutProfile.Hybrid8);
        Check(v).Blocking.Count(f => f.Code == "service.supervising-officer.missing").ShouldBe(3);
    }

    [Fact]
    public void A_vacant_responsible_officers_post_is_blocking()
    {
        var posts = Posts();
        posts[ProjectOfficer] = posts[ProjectOfficer] with { HasHolder = false };
        var v = GoodDraft();
        var f = Single(Check(v, posts), "post.vacant");
        (f.Severity, f.PostId, f.Field, f.ServiceKey).ShouldBe((FindingSeverity.Blocking, ProjectOfficer, "ResponsibleOfficer", v.Services[1].Key));
        f.MessageBn.ShouldContain("প্রকল্প বাস্তবায়ন কর্মকর্তা");
        f.MessageBn.ShouldContain("শূন্য");
        f.MessageEn.ShouldContain("Relief and rehabilitation assistance");
    }

    [Fact]
    public void A_vacant_post_is_reported_for_every_service_that_uses_it()
    {
        var posts = Posts();
        posts[Uno] = posts[Uno] with { HasHolder = false };
        var report = Check(GoodDraft(), posts);
        report.Findings.Where(f => f.Code == "post.vacant").Select(f => f.Field).ShouldBe(["SupervisingOfficer", "SupervisingOfficer", "ResponsibleOfficer"], ignoreOrder: true);
        report.Findings.ShouldNotContain(f => f.Code == "post.holder.phone-missing");
    }

    [Fact]
    public void A_post_that_no_longer_exists_is_blocking()
    {
        var v = GoodDraft();
        v.Services[0].SetResponsibleOfficer(999);
        var f = Single(Check(v), "post.unknown");
        (f.Severity, f.PostId).ShouldBe((FindingSeverity.Blocking, 999));
    }

    [Fact]
    public void Missing_phone_and_email_are_warnings_reported_once_per_post()
    {
        var posts = Posts();
        posts[Uno] = posts[Uno] with { HolderHasPhone = false, HolderHasEmail = false };
        var report = Check(GoodDraft(), posts);
        var phone = Single(report, "post.holder.phone-missing");
        var email = Single(report, "post.holder.email-missing");
        (phone.Severity, email.Severity).ShouldBe((FindingSeverity.Warning, FindingSeverity.Warning));
        (phone.PostId, email.PostId).ShouldBe((Uno, Uno));
        email.MessageBn.ShouldContain("উপজেলা নির্বাহী অফিসার");
        report.HasBlocking.ShouldBeFalse();
        report.Score.ShouldBeInRange(60, 99);
    }

    [Fact]
    public void A_ladder_with_fewer_than_three_levels_is_blocking()
    {
        var v = GoodDraft();
        v.RemoveGrievanceLevel(2);
        var f = Single(Check(v), "grs.ladder.incomplete");
        f.Severity.ShouldBe(FindingSeverity.Blocking);
        f.MessageBn.ShouldContain("৩");
    }

    [Fact]
    public void Each_grievance_level_needs_whom_and_a_measurable_limit()
    {
        var v = GoodDraft();
        var l = v.GrievanceLevels[2];
        v.UpdateGrievanceLevel(2, l.WhenBn, null, null, null, null, l.AddressBn, null, null);
        var report = Check(v);
        Single(report, "grs.level.whom.missing").Field.ShouldBe("GrievanceLevels[3].Whom");
        Single(report, "grs.level.limit.missing").Severity.ShouldBe(FindingSeverity.Blocking);

        v.UpdateGrievanceLevel(2, l.WhenBn, null, null, "সেল", null, l.AddressBn, null, TimeLimit.FromText("যথাসময়ে"));
        Single(Check(v), "grs.level.limit.vague").MessageBn.ShouldContain("ধাপ ৩");
    }

    [Fact]
    public void A_ladder_other_than_thirty_twenty_sixty_working_days_is_a_warning_that_names_the_guideline()
    {
        var v = GoodDraft();
        Check(v).Findings.ShouldNotContain(f => f.Code == "grs.level.limit.deviates");
        var l = v.GrievanceLevels[1];
        v.UpdateGrievanceLevel(1, l.WhenBn, l.WhenEn, l.WhomPostId, l.WhomBn, l.WhomEn, l.AddressBn, l.AddressEn, TimeLimit.FromText("১৫ কার্যদিবস"));
        var f = Single(Check(v), "grs.level.limit.deviates");
        f.Severity.ShouldBe(FindingSeverity.Warning);
        f.Field.ShouldBe("GrievanceLevels[2].ResolutionLimit");
        f.MessageBn.ShouldContain("২০ কার্যদিবস");
        f.MessageBn.ShouldContain("১৫ কার্যদিবস");
    }

    [Fact]
    public void A_grievance_level_without_a_post_or_address_is_a_warning()
    {
        var v = GoodDraft();
        v.UseDefaultGrievanceLadder();
        var report = Check(v);
        report.Warnings.Where(f => f.Code == "grs.level.contact.missing").Select(f => f.Field)
            .ShouldBe(["GrievanceLevels[1].Address", "GrievanceLevels[2].Address"]);
        report.HasBlocking.ShouldBeFalse();
    }

    [Fact]
    public void A_vacant_grievance_officers_post_is_blocking()
    {
        var posts = Posts();
        posts[Gro] = posts[Gro] with { HasHolder = false };
        Single(Check(GoodDraft(), posts), "post.vacant").Field.ShouldBe("GrievanceLevels[1].Whom");
    }

    [Fact]
    public void The_post_lookup_is_called_once_per_post()
    {
        var calls = new List<int>();
        var posts = Posts();
        CharterQuality.Check(GoodDraft(), id =>
        {
            calls.Add(id);
            return posts.GetValueOrDefault(id);
        });
        calls.Count.ShouldBe(calls.Distinct().Count());
    }

    [Fact]
    public void Any_blocking_finding_keeps_the_score_below_60()
    {
        var v = GoodDraft();
        v.Services[0].SetFee(null);
        var report = Check(v);
        report.Score.ShouldBeLessThan(60);
        report.HasBlocking.ShouldBeTrue();
    }

    [Fact]
    public void Breaking_one_more_thing_never_raises_the_score()
    {
        var v = GoodDraft();
        var posts = Posts();
        var breaks = new Action[]
        {
            () => posts[Uno] = posts[Uno] with { HolderHasEmail = false },
            () => v.Services[0].SetSupervisingOfficer(v.Services[0].ResponsibleOfficerPostId),
            () => v.RemoveExpectation(0),
            () => v.Services[1].AddDocument("প্রত্যয়নপত্র"),
            () => v.Services[0].SetTimeLimit(TimeLimit.FromText("যথাসময়ে")),
            () => v.Services[1].SetFee(null),
            () => posts[ProjectOfficer] = posts[ProjectOfficer] with { HasHolder = false },
            () => v.SetVisionAndMission(null, null, v.MissionBn, null),
            () => v.Services[2].SetDeliveryMethod(null),
            () => v.RemoveGrievanceLevel(2),
            () => v.Services[0].SetDeliveryMethod(null),
            () => v.SetVisionAndMission(null, null, null, null),
            () => v.Services[2].SetTimeLimit(null),
            () => v.Services[2].SetResponsibleOfficer(null),
            () => v.Services[1].SetTimeLimit(null),
        };
        var scores = new List<int> { Check(v, posts).Score };
        foreach (var change in breaks)
        {
            change();
            scores.Add(Check(v, posts).Score);
        }
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList(), $"scores: {string.Join(", ", scores)}");
        scores[0].ShouldBe(100);
        scores[^1].ShouldBeLessThan(20);
        scores.Distinct().Count().ShouldBeGreaterThan(8);
    }

    [Fact]
    public void Fixing_a_problem_never_lowers_the_score()
    {
        var v = NewCharter().Open!;
        var s = v.AddService(ServiceCategory.Citizen, "জন্ম নিবন্ধন", "Birth registration");
        var fixes = new Action[]
        {
            () => v.SetVisionAndMission("রূপকল্প", null, null, null),
            () => v.SetVisionAndMission("রূপকল্প", null, "অভিলক্ষ্য", null),
            () => s.SetFee(Fee.Of(50m, PaymentMethod.EPayment)),
            () => s.SetTimeLimit(TimeLimit.FromText("৭ কর্মদিবস")),
            () => s.SetDeliveryMethod(new DeliveryMethod("অনলাইনে", null, DeliveryChannels.Online, "https://bdris.gov.bd")),
            () => s.SetNoDocumentsRequired(),
            () => s.SetResponsibleOfficer(ProjectOfficer),
            () => s.SetSupervisingOfficer(Uno),
            () => v.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান"),
        };
        var scores = new List<int> { Check(v).Score };
        foreach (var fix in fixes)
        {
            fix();
            scores.Add(Check(v).Score);
        }
        scores.ShouldBe(scores.OrderBy(x => x).ToList(), $"scores: {string.Join(", ", scores)}");
        Check(v).HasBlocking.ShouldBeFalse();
        scores[^1].ShouldBeGreaterThanOrEqualTo(90);
    }

    [Fact]
    public void Every_finding_has_a_stable_code_and_messages_in_both_languages()
    {
        var posts = Posts();
        posts[Uno] = posts[Uno] with { HolderHasPhone = false, HolderHasEmail = false };
        posts[ProjectOfficer] = posts[ProjectOfficer] with { HasHolder = false };
        var v = NewCharter().Open!;
        var s = v.AddService(ServiceCategory.Institutional, "তথ্য সরবরাহ");
        s.AddDocument("চাহিদাপত্র");
        s.SetResponsibleOfficer(ProjectOfficer);
        s.SetSupervisingOfficer(404);
        var s2 = v.AddService(ServiceCategory.Citizen, "সনদ");
        s2.SetResponsibleOfficer(Uno);
        s2.SetSupervisingOfficer(Uno);
        v.RemoveGrievanceLevel(0);

        var report = Check(v, posts);
        report.Findings.Count.ShouldBeGreaterThan(12);
        report.Findings.ShouldAllBe(f => f.Code.Length > 0 && f.MessageEn.Length > 0 && f.MessageBn.Length > 0 && f.MessageEn != f.MessageBn);
        report.Findings.Select(f => f.Code).ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z]+(\\.[a-z-]+)+$"));
    }
}
