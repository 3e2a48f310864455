namespace Protishruti.Domain.Committees;

public enum CommitteeKind
{
    /// <summary>সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি</summary>
    CharterMonitoring = 1,
    /// <summary>নৈতিকতা কমিটি (National Integrity Strategy)</summary>
    Ethics = 2,
}

/// <summary>A member's place in a committee. A committee has one of each except <see cref="Member"/>.</summary>
public enum CommitteeRole
{
    /// <summary>আহ্বায়ক / সভাপতি</summary>
    Convener = 1,
    /// <summary>সদস্য সচিব</summary>
    MemberSecretary = 2,
    /// <summary>ফোকাল পয়েন্ট</summary>
    FocalPoint = 3,
    /// <summary>বিকল্প ফোকাল পয়েন্ট</summary>
    AlternateFocalPoint = 4,
    /// <summary>সদস্য</summary>
    Member = 5,
}

public static class CommitteeNames
{
    public static string Bn(this CommitteeKind kind) => kind switch
    {
        CommitteeKind.CharterMonitoring => "সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি",
        CommitteeKind.Ethics => "নৈতিকতা কমিটি",
        _ => kind.ToString(),
    };

    public static string En(this CommitteeKind kind) => kind switch
    {
        CommitteeKind.CharterMonitoring => "Citizen Charter monitoring committee",
        CommitteeKind.Ethics => "Ethics committee",
        _ => kind.ToString(),
    };

    public static string Bn(this CommitteeRole role) => role switch
    {
        CommitteeRole.Convener => "আহ্বায়ক",
        CommitteeRole.MemberSecretary => "সদস্য সচিব",
        CommitteeRole.FocalPoint => "ফোকাল পয়েন্ট",
        CommitteeRole.AlternateFocalPoint => "বিকল্প ফোকাল পয়েন্ট",
        CommitteeRole.Member => "সদস্য",
        _ => role.ToString(),
    };

    public static string En(this CommitteeRole role) => role switch
    {
        CommitteeRole.Convener => "Convener",
        CommitteeRole.MemberSecretary => "Member-secretary",
        CommitteeRole.FocalPoint => "Focal point",
        CommitteeRole.AlternateFocalPoint => "Alternate focal point",
        CommitteeRole.Member => "Member",
        _ => role.ToString(),
    };
}
