namespace Protishruti.Domain.Meetings;

/// <summary>An agenda item (আলোচ্য বিষয়) of the notice, and in the minutes its discussion (আলোচনা) and decisions.</summary>
public sealed class AgendaItem
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 8000;
    private readonly List<Decision> _decisions = [];

    private AgendaItem() { }

    internal AgendaItem(Meeting meeting, int order, string title, string? details)
    {
        Meeting = meeting;
        Order = order;
        Set(title, details);
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public Meeting Meeting { get; private set; } = null!;
    public int Order { get; internal set; }
    public string Title { get; private set; } = "";
    /// <summary>What the notice says about the item (e.g. the previous decisions' status table as text).</summary>
    public string? Details { get; private set; }
    /// <summary>The minutes' আলোচনা column.</summary>
    public string? Discussion { get; private set; }
    public IReadOnlyList<Decision> Decisions => _decisions.OrderBy(d => d.Order).ToList();

    internal void Set(string title, string? details)
    {
        var t = TypedText.Trim(title);
        if (t.Length == 0)
            throw new DomainException("An agenda item needs a title.", "আলোচ্য বিষয়ের শিরোনাম লিখুন।") { Field = nameof(Title) };
        if (t.Length > MaxTitleLength)
            throw new DomainException($"An agenda item's title is at most {MaxTitleLength} characters.",
                $"আলোচ্য বিষয়ের শিরোনাম সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxTitleLength)} অক্ষরের।") { Field = nameof(Title) };
        Title = t;
        Details = Long(details, nameof(Details));
    }

    internal void SetDiscussion(string? discussion) => Discussion = Long(discussion, nameof(Discussion));

    internal Decision AddDecision(string text, IEnumerable<Party> implementers, DateOnly? due)
    {
        var d = new Decision(this, _decisions.Count == 0 ? 1 : _decisions.Max(x => x.Order) + 1, text, implementers, due);
        _decisions.Add(d);
        return d;
    }

    internal void RemoveDecision(Decision decision) => _decisions.Remove(decision);

    private static string? Long(string? text, string field)
    {
        var t = TypedText.TrimToNull(text);
        if (string.IsNullOrEmpty(t)) return null;
        if (t.Length > MaxTextLength)
            throw new DomainException($"At most {MaxTextLength} characters.", $"সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxTextLength)} অক্ষর।") { Field = field };
        return t;
    }
}

public enum NoticeIssueKind
{
    Original = 1,
    Amendment = 2,
    Cancellation = 3,
}

/// <summary>Each issued form of the notice — the original, every amendment, a cancellation — with its memo number.</summary>
public sealed record NoticeIssue(int Number, NoticeIssueKind Kind, string MemoNumber, DateOnly IssuedOn, string IssuedBy, string? Reason);

/// <summary>A corrigendum (সংশোধনী) to issued minutes: the only way they change.</summary>
public sealed record Corrigendum(int Number, string MemoNumber, DateOnly IssuedOn, string IssuedBy, string Text);

/// <summary>Who came: an invitee, or someone who walked in (then only a label).</summary>
public sealed record Attendee
{
    private Attendee() { }

    public Attendee(Party who, string? designation, bool walkIn)
    {
        Who = who;
        Designation = TypedText.TrimToNull(designation);
        WalkIn = walkIn;
    }

    public Party Who { get; private init; } = null!;
    public string? Designation { get; private init; }
    public bool WalkIn { get; private init; }
}
