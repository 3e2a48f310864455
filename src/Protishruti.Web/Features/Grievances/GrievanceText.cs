using Protishruti.Domain.Grievances;

namespace Protishruti.Web.Features.Grievances;

/// <summary>The words the complaint pages use for a complaint's steps and where it stands, in the reader's language.</summary>
public static class GrievanceText
{
    public static string Action(GrievanceAction a) => a switch
    {
        GrievanceAction.Submitted => Ui.T("অভিযোগ দাখিল", "Complaint received"),
        GrievanceAction.InformationRequested => Ui.T("অভিযোগকারীর কাছে তথ্য চাওয়া হয়েছে", "More information asked of the complainant"),
        GrievanceAction.InformationGiven => Ui.T("অভিযোগকারী তথ্য দিয়েছেন", "The complainant answered"),
        GrievanceAction.Forwarded => Ui.T("সংশ্লিষ্ট দপ্তরে প্রেরণ", "Forwarded to the office concerned"),
        GrievanceAction.InvestigationOpened => Ui.T("তদন্ত শুরু (সময় বৃদ্ধি)", "Investigation opened (deadline extended)"),
        GrievanceAction.Closed => Ui.T("নিষ্পত্তি", "Decided"),
        GrievanceAction.Rated => Ui.T("অভিযোগকারীর মতামত", "The complainant's opinion"),
        GrievanceAction.Appealed => Ui.T("আপিল দাখিল", "Appeal made"),
        _ => Ui.T("নির্ধারিত সময়ে নিষ্পত্তি না হওয়ায় পরবর্তী ধাপে", "Moved up: not decided in time"),
    };

    public static string Level(RedressLevel l) => Ui.T(l.Bn(), l.En());
    public static string State(GrievanceState s) => Ui.T(s.Bn(), s.En());
    public static string Outcome(GrievanceOutcome o) => Ui.T(o.Bn(), o.En());

    public static string Verdict(CitizenVerdict v) => v == CitizenVerdict.Satisfied
        ? Ui.T("সন্তুষ্ট", "Satisfied")
        : Ui.T("সমস্যার সমাধান হয়নি", "Not resolved");
}
