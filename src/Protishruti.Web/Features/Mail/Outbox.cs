using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Mail;

/// <summary>Someone to write to; without an address the message is kept for delivery by hand.</summary>
public sealed record MailRecipient(string Name, string? Address);

/// <summary>
/// Puts e-mails in the outbox. Call it inside the transaction that records what the mail announces (an issued notice),
/// so that a rolled-back issue sends nothing and an issued one is never forgotten; the sender delivers later. ADR 0019.
/// </summary>
public sealed class Outbox(AppDbContext db, TimeProvider time)
{
    /// <summary>
    /// One message per recipient (the same address once), saved at once — in the caller's transaction when one is open.
    /// <paramref name="memoId"/> names an issued document to attach as PDF; <paramref name="source"/> what caused the mail.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> EnqueueAsync(int officeId, IEnumerable<MailRecipient> recipients, string subject, string body,
        long? memoId = null, string? source = null, CancellationToken ct = default)
    {
        var messages = Add(officeId, recipients, subject, body, memoId, source);
        await db.SaveChangesAsync(ct);
        return messages;
    }

    /// <summary>As <see cref="EnqueueAsync"/>, but saved with the caller's next <c>SaveChanges</c> (several messages in one round trip).</summary>
    public IReadOnlyList<OutboxMessage> Add(int officeId, IEnumerable<MailRecipient> recipients, string subject, string body,
        long? memoId = null, string? source = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var messages = new List<OutboxMessage>();
        foreach (var r in recipients)
        {
            var address = Valid(r.Address);
            if (address is not null && !seen.Add(address)) continue;
            if (address is null && !seen.Add("name:" + r.Name)) continue;
            messages.Add(new OutboxMessage(officeId, address, r.Name, subject, body, memoId, source, now));
        }
        db.Outbox.AddRange(messages);
        return messages;
    }

    /// <summary>An address the SMTP client accepts, else null (kept as "deliver by hand").</summary>
    public static string? Valid(string? address)
    {
        var a = address?.Trim();
        if (string.IsNullOrEmpty(a) || a.Length > OutboxMessage.MaxAddressLength) return null;
        return System.Net.Mail.MailAddress.TryCreate(a, out var parsed) ? parsed.Address : null;
    }

    public static IQueryable<OutboxMessage> OfOffice(AppDbContext db, int officeId) =>
        db.Outbox.AsNoTracking().Where(m => m.OfficeId == officeId);
}
