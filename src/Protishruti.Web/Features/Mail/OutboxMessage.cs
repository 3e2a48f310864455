namespace Protishruti.Web.Features.Mail;

public enum OutboxStatus
{
    /// <summary>The recipient has no e-mail address: the office delivers it by hand (or by its own e-mail).</summary>
    ByHand,
    /// <summary>Not sent yet: SMTP is not configured, or the sender has not reached it, or a retry is due later.</summary>
    Waiting,
    Sent,
    /// <summary>Every attempt failed; <see cref="OutboxMessage.LastError"/> says why.</summary>
    Failed,
}

/// <summary>
/// One e-mail to one recipient, written in the same transaction as what caused it (an issued notice, a reminder) and
/// sent later by the outbox sender, which claims it in the database first so that two app instances never send
/// it twice. A recipient without an address is kept too, so the office sees whom it must reach by hand. ADR 0019.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 8;
    public const int MaxSubjectLength = 500;
    public const int MaxBodyLength = 20000;
    public const int MaxAddressLength = 320;
    public const int MaxNameLength = 300;
    public const int MaxSourceLength = 200;
    public const int MaxErrorLength = 2000;

    private OutboxMessage() { }

    public OutboxMessage(int officeId, string? toAddress, string toName, string subject, string body, long? memoId, string? source, DateTime createdAt)
    {
        OfficeId = officeId;
        ToAddress = string.IsNullOrWhiteSpace(toAddress) ? null : toAddress.Trim();
        ToName = Cut(toName.Trim(), MaxNameLength);
        Subject = Cut(subject.Trim(), MaxSubjectLength);
        Body = Cut(body, MaxBodyLength);
        MemoId = memoId;
        Source = source is null ? null : Cut(source, MaxSourceLength);
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    /// <summary>The office that sends it: its outbox page lists it.</summary>
    public int OfficeId { get; private set; }
    public string? ToAddress { get; private set; }
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    /// <summary>Plain text, Bengali.</summary>
    public string Body { get; private set; } = "";
    /// <summary>The issued document (register row) attached as PDF, or linked when the PDF cannot be made.</summary>
    public long? MemoId { get; private set; }
    /// <summary>What caused it, e.g. "meeting:12:notice:1", for pages that list the messages of one thing.</summary>
    public string? Source { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Not before this instant (the backoff after a failure).</summary>
    public DateTime? NextAttemptAt { get; private set; }
    /// <summary>The sender that holds the message, until <see cref="ClaimedUntil"/>; set only by the claiming UPDATE.</summary>
    public Guid? ClaimToken { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }

    public OutboxStatus Status => ToAddress is null ? OutboxStatus.ByHand
        : SentAt is not null ? OutboxStatus.Sent
        : Attempts >= MaxAttempts ? OutboxStatus.Failed
        : OutboxStatus.Waiting;

    /// <summary>1, 2, 4 … minutes after each failure, at most six hours.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(360, 1 << Math.Clamp(attempts - 1, 0, 9)));

    internal void MarkSent(DateTime now)
    {
        SentAt = now;
        LastError = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    internal void MarkFailed(string error, DateTime now)
    {
        LastError = Cut(error, MaxErrorLength);
        NextAttemptAt = now + Backoff(Attempts);
        ClaimToken = null;
        ClaimedUntil = null;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
