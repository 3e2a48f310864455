namespace Protishruti.Domain.Committees;

/// <summary>
/// A post's seat on a committee for a period. Bound to the post, not the person: whoever holds the post sits on the
/// committee, so a transfer does not need a new office order.
/// </summary>
public sealed class CommitteeMember
{
    private CommitteeMember() { }

    internal CommitteeMember(Committee committee, int postId, CommitteeRole role, DateOnly from)
    {
        Committee = committee;
        PostId = postId;
        Role = role;
        From = from;
    }

    public int Id { get; private set; }
    public int CommitteeId { get; private set; }
    public Committee Committee { get; private set; } = null!;
    public int PostId { get; private set; }
    public CommitteeRole Role { get; private set; }
    public DateOnly From { get; private set; }
    /// <summary>The last day of the seat; null while it lasts.</summary>
    public DateOnly? To { get; private set; }

    public bool IsOn(DateOnly date) => From <= date && (To is null || To >= date);

    internal void End(DateOnly lastDay) => To = lastDay < From ? From : lastDay;
}
