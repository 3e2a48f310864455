using Protishruti.Domain.Offices;

namespace Protishruti.Domain.Meetings;

public enum PartyKind
{
    Office = 1,
    Post = 2,
    /// <summary>Every office of a kind under an office: "উপজেলা নির্বাহী অফিসার (সকল), নাটোর".</summary>
    Group = 3,
    /// <summary>Anyone else, by name (a citizen, a journalist): may be invited or attend, never implements.</summary>
    Text = 4,
}

/// <summary>
/// Someone a meeting involves — an invitee, an attendee, an implementer of a decision — as the minutes print it
/// (<see cref="LabelBn"/>) and as the system tracks it (office, post, or a group of offices).
/// </summary>
public sealed record Party
{
    public const int MaxLabelLength = 300;

    private Party() { }

    public PartyKind Kind { get; private init; }
    /// <summary>The office itself; for a post its office; for a group the office the group is under.</summary>
    public int? OfficeId { get; private init; }
    public int? PostId { get; private init; }
    public OfficeKind? GroupKind { get; private init; }
    public string LabelBn { get; private init; } = "";
    public string? LabelEn { get; private init; }

    public static Party Office(int officeId, string labelBn, string? labelEn = null) =>
        new() { Kind = PartyKind.Office, OfficeId = Positive(officeId), LabelBn = Label(labelBn), LabelEn = Optional(labelEn) };

    public static Party Post(int postId, int officeId, string labelBn, string? labelEn = null) =>
        new() { Kind = PartyKind.Post, PostId = Positive(postId), OfficeId = Positive(officeId), LabelBn = Label(labelBn), LabelEn = Optional(labelEn) };

    public static Party Group(OfficeKind kind, int underOfficeId, string labelBn, string? labelEn = null) =>
        new() { Kind = PartyKind.Group, GroupKind = kind, OfficeId = Positive(underOfficeId), LabelBn = Label(labelBn), LabelEn = Optional(labelEn) };

    public static Party Text(string labelBn, string? labelEn = null) =>
        new() { Kind = PartyKind.Text, LabelBn = Label(labelBn), LabelEn = Optional(labelEn) };

    public string Label(bool bengali) => bengali || TypedText.IsBlank(LabelEn) ? LabelBn : LabelEn;

    private static int Positive(int id) => id > 0 ? id
        : throw new DomainException("Choose an office or post from the hierarchy.", "দপ্তর কাঠামো থেকে একটি দপ্তর বা পদ বেছে নিন।");

    private static string Label(string? text)
    {
        var t = TypedText.Trim(text);
        if (t.Length == 0)
            throw new DomainException("Name whom you mean.", "কাকে বোঝাচ্ছেন তা লিখুন।");
        if (t.Length > MaxLabelLength)
            throw new DomainException($"A name is at most {MaxLabelLength} characters.", $"নাম সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxLabelLength)} অক্ষরের।");
        return t;
    }

    private static string? Optional(string? text) => TypedText.IsBlank(text) ? null : Label(text);
}
