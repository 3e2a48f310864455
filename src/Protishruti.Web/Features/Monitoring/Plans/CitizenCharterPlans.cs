using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Plans;

/// <summary>
/// The citizen-charter action plans of FY 2023-24 and 2024-25 (domain.md §3.2), seeded on every start when the year has
/// none, so a new installation can report at once; the SystemAdmin edits them (and adds later years) as data.
/// Rows 1.1 and 1.2 are confirmed verbatim (DC Manikganj 2023-24); everything marked <c>Assumed</c> is domain.md's [I]:
/// the weights of 1.3–2.2, the split of targets over quarters, and the 2024-25 split between offices with and without
/// subordinates (an office without subordinates holds a stakeholder meeting where others hold a coordination meeting).
/// </summary>
public static class CitizenCharterPlans
{
    private const string AreaInstitutionalBn = "প্রাতিষ্ঠানিক";
    private const string AreaInstitutionalEn = "Institutional";
    private const string AreaCapacityBn = "সক্ষমতা অর্জন ও পরিবীক্ষণ";
    private const string AreaCapacityEn = "Capacity building and monitoring";

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        foreach (var plan in new[] { Plan2023(), Plan2024() })
        {
            if (await db.ActionPlans.AnyAsync(p => p.FiscalYearStart == plan.FiscalYearStart && p.Kind == plan.Kind, ct)) continue;
            db.ActionPlans.Add(plan);
        }
        await db.SaveChangesAsync(ct);
    }

    public static ActionPlan Plan2023()
    {
        var plan = new ActionPlan(new FiscalYear(2023), PlanKind.CitizenCharter,
            "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা, ২০২৩-২০২৪", "Citizen Charter action plan, 2023-24");
        plan.SetSourceNote("[১.১] ও [১.২] জেলা প্রশাসকের কার্যালয়, মানিকগঞ্জ ২০২৩-২৪ পরিবীক্ষণ প্রতিবেদন থেকে হুবহু; অন্যান্য সারির মান ও ত্রৈমাসিক বিভাজন অনুমিত [I]। " +
            "Rows 1.1 and 1.2 verbatim from the DC Manikganj 2023-24 monitoring report; other weights and the quarterly split are assumptions [I].");
        AddCommon(plan, Applicability.AllOffices, stakeholderForLeaves: false);
        return plan;
    }

    public static ActionPlan Plan2024()
    {
        var plan = new ActionPlan(new FiscalYear(2024), PlanKind.CitizenCharter,
            "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা, ২০২৪-২০২৫", "Citizen Charter action plan, 2024-25");
        plan.SetSourceNote("২০২৩-২৪ এর কাঠামো অনুসরণে; আওতাধীন দপ্তরবিহীন কার্যালয়ের জন্য সমন্বয় সভার পরিবর্তে স্টেকহোল্ডার সভা অনুমিত [I]। " +
            "Follows the 2023-24 structure; offices without subordinates hold a stakeholder meeting instead of the coordination meeting [I].");
        AddCommon(plan, Applicability.WithSubordinates, stakeholderForLeaves: true);
        return plan;
    }

    private static void AddCommon(ActionPlan plan, Applicability coordination, bool stakeholderForLeaves)
    {
        decimal?[] each(decimal v) => [v, v, v, v];
        plan.Add(new IndicatorDefinition(AreaInstitutionalBn, AreaInstitutionalEn, 10,
            "1.1", "ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত পরিবীক্ষণ কমিটি পুনর্গঠন",
            "Reconstitute the Citizen Charter monitoring committee every quarter",
            "1.1.1", "কমিটি পুনর্গঠিত", "Committee reconstituted",
            IndicatorUnit.Count, 3, 4, each(1),
            "প্রতি ত্রৈমাসিকে কমিটি পুনর্গঠনের অফিস আদেশ", "The office order of each quarter's reconstitution",
            Applicability.AllOffices, AchievementSource.CommitteeActed, Assumed: false));
        plan.Add(new IndicatorDefinition(AreaInstitutionalBn, AreaInstitutionalEn, 10,
            "1.2", "ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত পরিবীক্ষণ কমিটির সভার সিদ্ধান্ত বাস্তবায়ন",
            "Implement the decisions of the monitoring committee's quarterly meetings",
            "1.2.1", "সিদ্ধান্ত বাস্তবায়ন এবং প্রতিবেদন প্রেরিত", "Decisions implemented and reported",
            IndicatorUnit.Percent, 4, 90, each(90),
            "প্রতি ত্রৈমাসিকের বাস্তবায়ন প্রতিবেদন", "The implementation report of each quarter",
            Applicability.AllOffices, AchievementSource.DecisionsImplemented, Assumed: false));
        plan.Add(new IndicatorDefinition(AreaInstitutionalBn, AreaInstitutionalEn, 10,
            "1.3", "সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক ভিত্তিতে সভা আয়োজন",
            "Hold a quarterly meeting on the Citizen Charter with subordinate offices",
            "1.3.1", "সভা আয়োজিত", "Meetings held",
            IndicatorUnit.Count, 2, 4, each(1),
            "সভার কার্যবিবরণী", "The minutes",
            coordination, AchievementSource.CoordinationMeetings, Assumed: true));
        if (stakeholderForLeaves)
            plan.Add(new IndicatorDefinition(AreaInstitutionalBn, AreaInstitutionalEn, 10,
                "1.3", "সেবা প্রদান প্রতিশ্রুতি বিষয়ে সেবাগ্রহীতা ও অংশীজনের সমন্বয়ে ত্রৈমাসিক ভিত্তিতে সভা আয়োজন (আওতাধীন দপ্তর না থাকলে)",
                "Hold a quarterly meeting on the Citizen Charter with service recipients and stakeholders (offices without subordinates)",
                "1.3.2", "স্টেকহোল্ডার সভা আয়োজিত", "Stakeholder meetings held",
                IndicatorUnit.Count, 2, 4, each(1),
                "সভার কার্যবিবরণী ও হাজিরা", "The minutes and attendance",
                Applicability.WithoutSubordinates, AchievementSource.StakeholderMeetings, Assumed: true));
        plan.Add(new IndicatorDefinition(AreaInstitutionalBn, AreaInstitutionalEn, 10,
            "1.4", "ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ (আওতাধীন দপ্তর/সংস্থাসহ)",
            "Update the Citizen Charter every quarter (with subordinate offices)",
            "1.4.1", "হালনাগাদকৃত", "Updated",
            IndicatorUnit.Count, 1, 4, each(1),
            "ওয়েবসাইটে প্রকাশিত হালনাগাদ সেবা প্রদান প্রতিশ্রুতি", "The updated charter published on the website",
            Applicability.AllOffices, AchievementSource.CharterPublished, Assumed: true));
        plan.Add(new IndicatorDefinition(AreaCapacityBn, AreaCapacityEn, 15,
            "2.1", "সেবা প্রদান প্রতিশ্রুতি বিষয়ক কর্মশালা/প্রশিক্ষণ/সেমিনার আয়োজন",
            "Hold workshops, trainings or seminars on the Citizen Charter",
            "2.1.1", "প্রশিক্ষণ/কর্মশালা আয়োজিত", "Trainings or workshops held",
            IndicatorUnit.Count, 8, 2, [1, null, 1, null],
            "অফিস আদেশ, হাজিরা, ছবি", "Office order, attendance, photographs",
            Applicability.AllOffices, AchievementSource.Trainings, Assumed: true));
        plan.Add(new IndicatorDefinition(AreaCapacityBn, AreaCapacityEn, 15,
            "2.2", "সেবা প্রদান প্রতিশ্রুতি বিষয়ে স্টেকহোল্ডারগণের সমন্বয়ে অবহিতকরণ সভা আয়োজন",
            "Hold awareness meetings on the Citizen Charter with stakeholders",
            "2.2.1", "অবহিতকরণ সভা অনুষ্ঠিত", "Awareness meetings held",
            IndicatorUnit.Count, 7, 2, [null, 1, null, 1],
            "সভার কার্যবিবরণী, হাজিরা", "Minutes, attendance",
            Applicability.AllOffices, AchievementSource.Manual, Assumed: true));
    }

    /// <summary>The staggered 4th-quarter upload windows of FY 2023-24 on APAMS (domain.md §3.4), by tier.</summary>
    public static IEnumerable<ReportingDeadline> Windows2023()
    {
        var fy = new FiscalYear(2023);
        yield return new ReportingDeadline(fy, ReportPeriod.Q4, Domain.Offices.OfficeKind.UpazilaOffice, new DateOnly(2024, 7, 6), new DateOnly(2024, 7, 1));
        yield return new ReportingDeadline(fy, ReportPeriod.Q4, Domain.Offices.OfficeKind.DistrictOffice, new DateOnly(2024, 7, 9), new DateOnly(2024, 7, 7));
        yield return new ReportingDeadline(fy, ReportPeriod.Q4, Domain.Offices.OfficeKind.DivisionalOffice, new DateOnly(2024, 7, 13), new DateOnly(2024, 7, 10));
        yield return new ReportingDeadline(fy, ReportPeriod.Q4, Domain.Offices.OfficeKind.DepartmentOrAgency, new DateOnly(2024, 7, 15), new DateOnly(2024, 7, 14));
        yield return new ReportingDeadline(fy, ReportPeriod.Q4, Domain.Offices.OfficeKind.MinistryOrDivision, new DateOnly(2024, 7, 18), new DateOnly(2024, 7, 16));
    }

    public static async Task SeedDeadlinesAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.ReportingDeadlines.AnyAsync(d => d.FiscalYearStart == 2023, ct)) return;
        db.ReportingDeadlines.AddRange(Windows2023());
        await db.SaveChangesAsync(ct);
    }
}
