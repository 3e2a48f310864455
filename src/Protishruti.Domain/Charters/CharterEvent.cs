namespace Protishruti.Domain.Charters;

public enum CharterEventKind
{
    Submitted = 1,
    Returned = 2,
    Published = 3,
}

/// <summary>One step of a version's approval history; a version may be returned and resubmitted several times.</summary>
public sealed class CharterEvent
{
    private CharterEvent() { }

    internal CharterEvent(CharterEventKind kind, string userId, DateTimeOffset at, string? comment)
    {
        Kind = kind;
        UserId = userId;
        At = at;
        Comment = comment;
    }

    public int Id { get; private set; }
    public CharterEventKind Kind { get; private set; }
    public string UserId { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
}
