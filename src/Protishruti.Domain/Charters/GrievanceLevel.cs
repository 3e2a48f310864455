namespace Protishruti.Domain.Charters;

/// <summary>One row of the GRS table (domain.md §2.1): when to contact, whom, where, and how long they take.</summary>
public sealed class GrievanceLevel
{
    private GrievanceLevel() { }

    internal GrievanceLevel(string whenBn, string? whenEn, int? whomPostId, string? whomBn, string? whomEn,
        string? addressBn, string? addressEn, TimeLimit? resolutionLimit) =>
        Set(whenBn, whenEn, whomPostId, whomBn, whomEn, addressBn, addressEn, resolutionLimit);

    public int Id { get; private set; }
    public int Order { get; internal set; }
    public string WhenBn { get; private set; } = "";
    public string? WhenEn { get; private set; }
    /// <summary>The post whose holder handles this level (the office's GRO, appeal officer); display reads the holder.</summary>
    public int? WhomPostId { get; private set; }
    /// <summary>Whom, as text: needed when the level is outside the office (the Cabinet Division's cell).</summary>
    public string? WhomBn { get; private set; }
    public string? WhomEn { get; private set; }
    public string? AddressBn { get; private set; }
    public string? AddressEn { get; private set; }
    public TimeLimit? ResolutionLimit { get; private set; }

    public bool HasWhom => WhomPostId is not null || WhomBn is not null;

    internal void Set(string whenBn, string? whenEn, int? whomPostId, string? whomBn, string? whomEn,
        string? addressBn, string? addressEn, TimeLimit? resolutionLimit)
    {
        WhenBn = CharterText.Required(whenBn, "When to contact (Bengali)", "কখন যোগাযোগ করবেন (বাংলা)");
        WhenEn = CharterText.Optional(whenEn, "When to contact (English)", "কখন যোগাযোগ করবেন (ইংরেজি)");
        WhomPostId = CharterService.ValidPostId(whomPostId);
        WhomBn = CharterText.Optional(whomBn, "Whom to contact (Bengali)", "কার সঙ্গে যোগাযোগ করবেন (বাংলা)", CharterText.MaxNameLength);
        WhomEn = CharterText.Optional(whomEn, "Whom to contact (English)", "কার সঙ্গে যোগাযোগ করবেন (ইংরেজি)", CharterText.MaxNameLength);
        AddressBn = CharterText.Optional(addressBn, "The address (Bengali)", "যোগাযোগের ঠিকানা (বাংলা)");
        AddressEn = CharterText.Optional(addressEn, "The address (English)", "যোগাযোগের ঠিকানা (ইংরেজি)");
        ResolutionLimit = resolutionLimit;
    }

    internal GrievanceLevel Copy() => new()
    {
        Order = Order, WhenBn = WhenBn, WhenEn = WhenEn, WhomPostId = WhomPostId, WhomBn = WhomBn, WhomEn = WhomEn,
        AddressBn = AddressBn, AddressEn = AddressEn, ResolutionLimit = ResolutionLimit,
    };

    /// <summary>The ladder printed in most charters: GRO 30, appeal officer 20, Cabinet Division cell 60 working days.</summary>
    internal static IEnumerable<GrievanceLevel> DefaultLadder()
    {
        yield return new GrievanceLevel(
            "দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে", "If the responsible officer cannot resolve the problem",
            null, "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)", "Grievance Redress Officer (GRO)", null, null,
            TimeLimit.Of(30, TimeLimitUnit.WorkingDays, "৩০ কার্যদিবস"));
        yield return new GrievanceLevel(
            "অভিযোগ নিষ্পত্তি কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে", "If the GRO cannot resolve it within the time limit",
            null, "আপিল কর্মকর্তা", "Appeal officer", null, null,
            TimeLimit.Of(20, TimeLimitUnit.WorkingDays, "২০ কার্যদিবস"));
        yield return new GrievanceLevel(
            "আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে", "If the appeal officer cannot resolve it within the time limit",
            null, "মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল", "Grievance Management Cell, Cabinet Division",
            "অভিযোগ গ্রহণ কেন্দ্র, ৫ নম্বর গেইট, বাংলাদেশ সচিবালয়, ঢাকা; ওয়েব: www.grs.gov.bd",
            "Complaint Receiving Centre, Gate 5, Bangladesh Secretariat, Dhaka; web: www.grs.gov.bd",
            TimeLimit.Of(60, TimeLimitUnit.WorkingDays, "৬০ কার্যদিবস"));
    }
}
