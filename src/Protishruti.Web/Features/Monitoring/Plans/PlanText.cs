using Protishruti.Domain.Monitoring;

namespace Protishruti.Web.Features.Monitoring.Plans;

/// <summary>The names the plan pages show for units, applicability and sources, in the reader's language.</summary>
public static class PlanText
{
    public static string Unit(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => Ui.T("সংখ্যা", "Count"),
        IndicatorUnit.Percent => Ui.T("%", "%"),
        IndicatorUnit.Date => Ui.T("তারিখ", "Date"),
        _ => unit.ToString(),
    };

    public static string Applicability(Applicability a) => a switch
    {
        Domain.Monitoring.Applicability.WithSubordinates => Ui.T("আওতাধীন দপ্তর আছে এমন দপ্তর", "Offices with subordinates"),
        Domain.Monitoring.Applicability.WithoutSubordinates => Ui.T("আওতাধীন দপ্তরবিহীন দপ্তর", "Offices without subordinates"),
        _ => Ui.T("সকল দপ্তর", "All offices"),
    };

    public static string Source(AchievementSource s) => s switch
    {
        AchievementSource.Manual => Ui.T("হাতে লেখা (প্রমাণকসহ)", "Entered (with evidence)"),
        AchievementSource.CommitteeActed => Ui.T("গণনা: কমিটি পুনর্গঠন/অপরিবর্তিত প্রত্যয়ন", "Computed: committee reconstituted or certified"),
        AchievementSource.CharterPublished => Ui.T("গণনা: প্রতিশ্রুতি প্রকাশ", "Computed: charter published"),
        AchievementSource.CoordinationMeetings => Ui.T("গণনা: সমন্বয় সভা", "Computed: coordination meetings"),
        AchievementSource.StakeholderMeetings => Ui.T("গণনা: স্টেকহোল্ডার সভা", "Computed: stakeholder meetings"),
        AchievementSource.Trainings => Ui.T("গণনা: প্রশিক্ষণ/কর্মশালা", "Computed: trainings and workshops"),
        AchievementSource.DecisionsImplemented => Ui.T("গণনা: সিদ্ধান্ত বাস্তবায়নের হার", "Computed: share of decisions implemented"),
        AchievementSource.CommitteeMeetings => Ui.T("গণনা: পরিবীক্ষণ কমিটির সভা", "Computed: monitoring committee meetings"),
        AchievementSource.ServicesOnTime => Ui.T("গণনা: নির্ধারিত সময়ে সেবা প্রদানের হার", "Computed: share of services delivered on time"),
        AchievementSource.GrievancesResolvedInTime => Ui.T("গণনা: নির্ধারিত সময়ে অভিযোগ প্রতিকারের হার", "Computed: share of complaints resolved in time"),
        _ => s.ToString(),
    };
}
