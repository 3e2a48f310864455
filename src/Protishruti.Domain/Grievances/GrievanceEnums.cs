namespace Protishruti.Domain.Grievances;

public enum GrievanceState
{
    /// <summary>Waiting for the officer at its level.</summary>
    Open = 0,
    /// <summary>The officer asked the citizen for more; the clock keeps running (the rules pause nothing).</summary>
    WaitingForCitizen = 1,
    /// <summary>An investigation is open; the deadline was extended once.</summary>
    Investigating = 2,
    Closed = 3,
}

public enum GrievanceOutcome
{
    Resolved = 1,
    Rejected = 2,
    /// <summary>Not a grievance under the rules (sub judice, RTI, a statutory appeal route, …).</summary>
    NotAGrievance = 3,
}

/// <summary>What the citizen said of the answer.</summary>
public enum CitizenVerdict
{
    Satisfied = 1,
    NotResolved = 2,
}

public enum GrievanceAction
{
    Submitted = 0,
    InformationRequested = 1,
    InformationGiven = 2,
    Forwarded = 3,
    InvestigationOpened = 4,
    Closed = 5,
    Rated = 6,
    Appealed = 7,
    /// <summary>Moved up a step by itself because the deadline passed unanswered.</summary>
    Escalated = 8,
}

public static class GrievanceNames
{
    public static string Bn(this GrievanceState s) => s switch
    {
        GrievanceState.Open => "চলমান",
        GrievanceState.WaitingForCitizen => "অভিযোগকারীর তথ্যের অপেক্ষায়",
        GrievanceState.Investigating => "তদন্তাধীন",
        _ => "নিষ্পত্তি হয়েছে",
    };

    public static string En(this GrievanceState s) => s switch
    {
        GrievanceState.Open => "Open",
        GrievanceState.WaitingForCitizen => "Waiting for the complainant",
        GrievanceState.Investigating => "Under investigation",
        _ => "Closed",
    };

    public static string Bn(this GrievanceOutcome o) => o switch
    {
        GrievanceOutcome.Resolved => "প্রতিকার করা হয়েছে",
        GrievanceOutcome.Rejected => "নামঞ্জুর",
        _ => "অভিযোগ হিসেবে গ্রহণযোগ্য নয়",
    };

    public static string En(this GrievanceOutcome o) => o switch
    {
        GrievanceOutcome.Resolved => "Resolved",
        GrievanceOutcome.Rejected => "Rejected",
        _ => "Not a grievance",
    };
}
