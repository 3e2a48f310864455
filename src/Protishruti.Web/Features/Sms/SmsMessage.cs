namespace Protishruti.Web.Features.Sms;

/// <summary>
/// One text message to one mobile number, written in the transaction of what caused it (a complaint received, answered)
/// and sent later through the configured gateway, claimed first like the e-mail outbox (ADR 0019, ADR 0041).
/// </summary>
public sealed class SmsMessage
{
    public const int MaxAttempts = 6;
    public const int MaxTextLength = 1000;
    public const int MaxSourceLength = 200;
    public const int MaxErrorLength = 1000;

    private SmsMessage() { }

    public SmsMessage(int officeId, string toNumber, string text, string? source, DateTime createdAt)
    {
        OfficeId = officeId;
        ToNumber = toNumber;
        Text = text.Length <= MaxTextLength ? text : text[..MaxTextLength];
        Source = source is { Length: > MaxSourceLength } ? source[..MaxSourceLength] : source;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public int OfficeId { get; private set; }
    /// <summary>"01712345678".</summary>
    public string ToNumber { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? Source { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? NextAttemptAt { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>How many SMS parts the text takes: Bengali is UCS-2, 70 characters in one part, 67 each when split.</summary>
    public int Parts => SmsText.Parts(Text);

    internal void MarkSent(DateTime now)
    {
        SentAt = now;
        LastError = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    internal void MarkFailed(string error, DateTime now)
    {
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        NextAttemptAt = now + Mail.OutboxMessage.Backoff(Attempts);
        ClaimToken = null;
        ClaimedUntil = null;
    }
}

public static class SmsText
{
    /// <summary>GSM-7 texts take 160 characters a part (153 when split); anything else (Bengali) is UCS-2: 70, then 67.</summary>
    public static int Parts(string text)
    {
        var gsm = text.All(c => c < 128);
        var (single, multi) = gsm ? (160, 153) : (70, 67);
        // UTF-16 code units, as UCS-2 counts them.
        return text.Length <= single ? 1 : (text.Length + multi - 1) / multi;
    }
}
