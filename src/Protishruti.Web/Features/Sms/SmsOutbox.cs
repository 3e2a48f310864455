using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Sms;

/// <summary>Puts text messages in the SMS outbox, in the caller's transaction; <see cref="SmsDelivery"/> sends them.</summary>
public sealed class SmsOutbox(AppDbContext db, TimeProvider time)
{
    public async Task<SmsMessage> EnqueueAsync(int officeId, string mobile, string text, string? source, CancellationToken ct)
    {
        var m = Add(officeId, mobile, text, source);
        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>As <see cref="EnqueueAsync"/>, but saved with the caller's next <c>SaveChanges</c>.</summary>
    public SmsMessage Add(int officeId, string mobile, string text, string? source)
    {
        var m = new SmsMessage(officeId, mobile, text, source, time.GetUtcNow().UtcDateTime);
        db.SmsOutbox.Add(m);
        return m;
    }
}
