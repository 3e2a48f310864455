namespace Protishruti.Domain.Meetings;

/// <summary>The meetings the action plans count (domain.md §3.2, §3.5).</summary>
public enum MeetingKind
{
    /// <summary>সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক সভা (offices with subordinates)</summary>
    CharterCoordination = 1,
    /// <summary>সেবা প্রদান প্রতিশ্রুতি বিষয়ে সেবাগ্রহীতা ও অংশীজনের অংশগ্রহণে অবহিতকরণ সভা (offices without subordinates)</summary>
    CharterStakeholder = 2,
    /// <summary>সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির সভা</summary>
    MonitoringCommittee = 3,
    /// <summary>শুদ্ধাচার / সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা</summary>
    GoodGovernanceStakeholder = 4,
    /// <summary>নৈতিকতা কমিটির সভা</summary>
    EthicsCommittee = 5,
    /// <summary>অভিযোগ প্রতিকার ব্যবস্থা (GRS) বিষয়ক সভা</summary>
    Grs = 6,
    /// <summary>কর্মশালা / প্রশিক্ষণ / সেমিনার</summary>
    Training = 7,
}

public static class MeetingKindNames
{
    public static string Bn(this MeetingKind kind) => kind switch
    {
        MeetingKind.CharterCoordination => "সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক সভা",
        MeetingKind.CharterStakeholder => "সেবা প্রদান প্রতিশ্রুতি বিষয়ে সেবাগ্রহীতা ও অংশীজনের অংশগ্রহণে অবহিতকরণ সভা",
        MeetingKind.MonitoringCommittee => "সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির সভা",
        MeetingKind.GoodGovernanceStakeholder => "শুদ্ধাচার/সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা",
        MeetingKind.EthicsCommittee => "নৈতিকতা কমিটির সভা",
        MeetingKind.Grs => "অভিযোগ প্রতিকার ব্যবস্থা বিষয়ক সভা",
        MeetingKind.Training => "কর্মশালা/প্রশিক্ষণ/সেমিনার",
        _ => kind.ToString(),
    };

    public static string En(this MeetingKind kind) => kind switch
    {
        MeetingKind.CharterCoordination => "Citizen Charter coordination meeting with subordinate offices",
        MeetingKind.CharterStakeholder => "Citizen Charter stakeholder awareness meeting",
        MeetingKind.MonitoringCommittee => "Monitoring committee meeting",
        MeetingKind.GoodGovernanceStakeholder => "Good-governance stakeholder meeting",
        MeetingKind.EthicsCommittee => "Ethics committee meeting",
        MeetingKind.Grs => "GRS meeting",
        MeetingKind.Training => "Workshop / training / seminar",
        _ => kind.ToString(),
    };
}
