using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Monitoring.Plans;
using Protishruti.Web.Features.Monitoring.Reports;

namespace Protishruti.Tests.Domain.Monitoring;

/// <summary>The report's life: entering, submitting (on time or late), returning with comments, resubmitting, accepting.</summary>
public sealed class ProgressReportTests
{
    private static readonly DateOnly Due = new(2024, 10, 15);
    // 10:00 in Dhaka on a given day.
    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 4, 0, 0, TimeSpan.Zero);

    private static (ActionPlan Plan, List<PlanIndicator> Leaf) Plan()
    {
        var plan = CitizenCharterPlans.Plan2024();
        var id = 1;
        foreach (var i in plan.Indicators) typeof(PlanIndicator).GetProperty(nameof(PlanIndicator.Id))!.SetValue(i, id++);
        return (plan, plan.For(hasSubordinates: false).ToList());
    }

    private static ProgressReport Filled(out List<PlanIndicator> applicable)
    {
        var (plan, leaf) = Plan();
        applicable = leaf;
        var r = new ProgressReport(7, plan, ReportPeriod.Q1, Due);
        foreach (var i in leaf.Where(i => !i.IsComputed))
        {
            r.Enter(i, 1, null, null);
            r.AttachEvidence(i, "files/x", "photo.jpg", "image/jpeg");
        }
        return r;
    }

    [Fact]
    public void A_plan_takes_up_to_63_indicators_and_refuses_the_64th_in_both_languages()
    {
        var plan = CitizenCharterPlans.Plan2024();
        var model = plan.Indicators[0].Definition();
        for (var n = plan.Indicators.Count; n < ActionPlan.MaxIndicators; n++) plan.Add(model with { Code = $"9.{n}" });
        plan.Indicators.Count.ShouldBe(63);
        var refused = Should.Throw<DomainException>(() => plan.Add(model with { Code = "9.99" }));
        refused.MessageBn.ShouldContain("৬৩");
        refused.Message.ShouldContain("63");
    }

    [Fact]
    public void A_report_sent_by_the_deadline_is_on_time_and_one_sent_after_it_is_accepted_but_marked_late()
    {
        var onTime = Filled(out var applicable);
        onTime.Submit(applicable, At(2024, 10, 15), "editor", null, "{}");
        (onTime.State, onTime.SubmittedLate, onTime.StatusOn(new DateOnly(2024, 11, 1))).ShouldBe((ReportState.Submitted, false, ComplianceStatus.OnTime));

        var late = Filled(out applicable);
        late.Submit(applicable, At(2024, 10, 16), "editor", null, "{}");
        (late.State, late.SubmittedLate, late.StatusOn(new DateOnly(2024, 11, 1))).ShouldBe((ReportState.Submitted, true, ComplianceStatus.Late));
    }

    [Fact]
    public void Lateness_is_decided_by_the_first_submission_so_a_returned_report_resubmitted_later_stays_on_time()
    {
        var r = Filled(out var applicable);
        r.Submit(applicable, At(2024, 10, 10), "editor", null, "{\"v\":1}");
        r.Return(At(2024, 10, 12), "dc", null, "প্রমাণক অস্পষ্ট", []);
        r.StatusOn(new DateOnly(2024, 10, 20)).ShouldBe(ComplianceStatus.Returned);
        r.Enter(applicable.First(i => !i.IsComputed), 2, null, "সংশোধিত");
        r.Submit(applicable, At(2024, 10, 20), "editor", null, "{\"v\":2}");
        (r.SubmittedLate, r.Submissions, r.StatusOn(new DateOnly(2024, 10, 21))).ShouldBe((false, 2, ComplianceStatus.OnTime));
        r.Accept(At(2024, 10, 22), "dc", null, null);
        r.State.ShouldBe(ReportState.Accepted);
        r.Steps.Select(s => s.Kind).ShouldBe([ReportStepKind.Submitted, ReportStepKind.Returned, ReportStepKind.Submitted, ReportStepKind.Accepted]);
        r.Steps[1].Comment.ShouldBe("প্রমাণক অস্পষ্ট"); // the return's comment is kept as written
        r.Steps[0].SnapshotJson.ShouldBe("{\"v\":1}");
    }

    [Fact]
    public void A_report_cannot_be_sent_before_its_quarter_ends_nor_with_a_blank_row_nor_with_a_claim_without_evidence()
    {
        var (plan, leaf) = Plan();
        var early = Filled(out var applicable);
        Should.Throw<DomainException>(() => early.Submit(applicable, At(2024, 9, 30), "e", null, "{}")).MessageBn.ShouldContain("শেষ হবে");

        var blank = new ProgressReport(7, plan, ReportPeriod.Q1, Due);
        var e = Should.Throw<DomainException>(() => blank.Submit(leaf, At(2024, 10, 5), "e", null, "{}"));
        e.Message.ShouldContain("2.2.1");
        e.MessageBn.ShouldContain("২.২.১");

        var unproven = new ProgressReport(7, plan, ReportPeriod.Q1, Due);
        unproven.Enter(leaf.Single(i => i.Code == "2.2.1"), 1, null, null);
        Should.Throw<DomainException>(() => unproven.Submit(leaf, At(2024, 10, 5), "e", null, "{}")).MessageBn.ShouldContain("প্রমাণক");

        var zero = new ProgressReport(7, plan, ReportPeriod.Q1, Due);
        zero.Enter(leaf.Single(i => i.Code == "2.2.1"), 0, null, "এই কোয়ার্টারে সভা হয়নি");
        zero.Submit(leaf, At(2024, 10, 5), "e", null, "{}"); // nothing claimed, nothing to prove
        zero.State.ShouldBe(ReportState.Submitted);
    }

    [Fact]
    public void Bad_achievements_are_refused_with_a_message_and_computed_rows_cannot_be_typed()
    {
        var (plan, leaf) = Plan();
        var r = new ProgressReport(7, plan, ReportPeriod.Q1, Due);
        var manual = leaf.Single(i => i.Code == "2.2.1");
        Should.Throw<DomainException>(() => r.Enter(manual, -1, null, null)).Field.ShouldBe("Achieved");
        Should.Throw<DomainException>(() => r.Enter(manual, 1.5m, null, null)).MessageBn.ShouldContain("পূর্ণসংখ্যা");
        var computed = leaf.Single(i => i.Code == "1.1.1");
        Should.Throw<DomainException>(() => r.Enter(computed, 1, null, null)).MessageBn.ShouldContain("গণনা");
        r.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_submitted_report_is_reviewed_a_return_needs_a_reason_and_a_submitted_report_cannot_be_edited()
    {
        var r = Filled(out var applicable);
        Should.Throw<DomainException>(() => r.Accept(At(2024, 10, 5), "dc", null, null)).MessageBn.ShouldContain("দাখিল করেনি");
        r.Submit(applicable, At(2024, 10, 5), "e", null, "{}");
        Should.Throw<DomainException>(() => r.Enter(applicable.First(i => !i.IsComputed), 3, null, null)).MessageBn.ShouldContain("পর্যালোচনাধীন");
        Should.Throw<DomainException>(() => r.Return(At(2024, 10, 6), "dc", null, " ", [new IndicatorComment(1, "  ")])).Field.ShouldBe("Comment");
        r.Return(At(2024, 10, 6), "dc", null, null, [new IndicatorComment(applicable[0].Id, "অফিস আদেশ সংযুক্ত নেই")]);
        r.OpenReturn!.IndicatorComments.Single().Comment.ShouldBe("অফিস আদেশ সংযুক্ত নেই");
        Should.Throw<DomainException>(() => r.Return(At(2024, 10, 7), "dc", null, "আবার", [])).MessageBn.ShouldContain("ফেরত");
    }

    [Fact]
    public void A_computed_figure_is_frozen_once_the_report_is_submitted()
    {
        var r = Filled(out var applicable);
        var committee = applicable.Single(i => i.Code == "1.1.1");
        r.Compute(committee, 1, "/offices/x/documents/5", "অফিস আদেশ");
        r.Submit(applicable, At(2024, 10, 5), "e", null, "{}");
        r.Compute(committee, 0, null, null);
        r.EntryFor(committee.Id)!.Achieved.ShouldBe(1);
    }

    [Fact]
    public void Without_configuration_reports_are_due_on_the_15th_after_each_quarter_and_a_tier_deadline_wins_over_an_all_tier_one()
    {
        var fy = new FiscalYear(2024);
        ReportingCalendar.DueOn(fy, ReportPeriod.Q1, OfficeKind.UpazilaOffice, []).ShouldBe(new DateOnly(2024, 10, 15));
        ReportingCalendar.DueOn(fy, ReportPeriod.Q2, OfficeKind.UpazilaOffice, []).ShouldBe(new DateOnly(2025, 1, 15));
        ReportingCalendar.DueOn(fy, ReportPeriod.Q3, OfficeKind.UpazilaOffice, []).ShouldBe(new DateOnly(2025, 4, 15));
        ReportingCalendar.DueOn(fy, ReportPeriod.Q4, OfficeKind.UpazilaOffice, []).ShouldBe(new DateOnly(2025, 7, 15));
        ReportingCalendar.DueOn(fy, ReportPeriod.Annual, OfficeKind.UpazilaOffice, []).ShouldBe(new DateOnly(2025, 7, 15));

        var windows = CitizenCharterPlans.Windows2023().Append(new ReportingDeadline(new FiscalYear(2023), ReportPeriod.Q4, null, new DateOnly(2024, 7, 20))).ToList();
        ReportingCalendar.DueOn(new FiscalYear(2023), ReportPeriod.Q4, OfficeKind.UpazilaOffice, windows).ShouldBe(new DateOnly(2024, 7, 6));
        ReportingCalendar.DueOn(new FiscalYear(2023), ReportPeriod.Q4, OfficeKind.MinistryOrDivision, windows).ShouldBe(new DateOnly(2024, 7, 18));
        ReportingCalendar.DueOn(new FiscalYear(2023), ReportPeriod.Q4, OfficeKind.Other, windows).ShouldBe(new DateOnly(2024, 7, 20));
        ReportingCalendar.DueOn(new FiscalYear(2023), ReportPeriod.Q3, OfficeKind.Other, windows).ShouldBe(new DateOnly(2024, 4, 15));

        Should.Throw<DomainException>(() => new ReportingDeadline(fy, ReportPeriod.Q1, null, new DateOnly(2024, 9, 30))).Field.ShouldBe("DueOn");
        ReportingCalendar.LastEnded(new DateOnly(2026, 11, 23)).ShouldBe((new FiscalYear(2026), ReportPeriod.Q1));
        ReportingCalendar.LastEnded(new DateOnly(2026, 8, 1)).ShouldBe((new FiscalYear(2025), ReportPeriod.Q4));
    }

    [Fact]
    public void The_year_total_adds_counts_and_averages_percentages()
    {
        Scoring.Total(IndicatorUnit.Count, [1, 1, null, 1]).ShouldBe(3);
        Scoring.Total(IndicatorUnit.Percent, [80, null, 100, null]).ShouldBe(90);
        Scoring.Total(IndicatorUnit.Percent, [null, null]).ShouldBeNull();
    }

    [Fact]
    public void What_is_due_by_a_quarter_adds_the_quarterly_targets_and_a_percentage_keeps_its_own()
    {
        var plan = CitizenCharterPlans.Plan2024();
        PlanIndicator I(string code) => plan.Indicators.Single(i => i.Code == code);
        ProgressReports.TargetToDate(I("1.1.1"), ReportPeriod.Q2).ShouldBe(2);   // one reconstitution a quarter
        ProgressReports.TargetToDate(I("2.1.1"), ReportPeriod.Q1).ShouldBe(1);   // the first training is due in Q1
        ProgressReports.TargetToDate(I("2.2.1"), ReportPeriod.Q1).ShouldBe(0);   // the first awareness meeting only in Q2: not scored yet
        ProgressReports.TargetToDate(I("2.2.1"), ReportPeriod.Q4).ShouldBe(2);
        ProgressReports.TargetToDate(I("1.2.1"), ReportPeriod.Q3).ShouldBe(90);
        ProgressReports.TargetToDate(I("1.1.1"), ReportPeriod.Annual).ShouldBe(4);
    }

    [Fact]
    public void A_plan_refuses_bad_indicators_and_keeps_indicators_offices_reported_on()
    {
        var plan = CitizenCharterPlans.Plan2024();
        var d = plan.Indicators[0].Definition();
        Should.Throw<DomainException>(() => plan.Add(d)).Field.ShouldBe("Code"); // duplicate code
        Should.Throw<DomainException>(() => plan.Add(d with { Code = "৯.৯.১", Weight = 0 })).Field.ShouldBe("Weight");
        Should.Throw<DomainException>(() => plan.Add(d with { Code = "9.9.1", Unit = IndicatorUnit.Percent, AnnualTarget = 120, Source = AchievementSource.Manual })).Field.ShouldBe("AnnualTarget");
        Should.Throw<DomainException>(() => plan.Add(d with { Code = "9.9.1", AnnualTarget = 2, QuarterTargets = [1, 1, 1, null] })).Field.ShouldBe("QuarterTargets");
        Should.Throw<DomainException>(() => plan.Add(d with { Code = "abc" })).Field.ShouldBe("Code");
        plan.Add(d with { Code = "৯.৯.১" }).Code.ShouldBe("9.9.1"); // Bengali digits are stored as ASCII
        Should.Throw<DomainException>(() => plan.Remove(plan.Indicators[0], usedByReports: true)).MessageBn.ShouldContain("মুছা যাবে না");
        plan.TotalMarks(hasSubordinates: true).ShouldBe(28);
    }
}
