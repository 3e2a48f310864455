using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Sms;

/// <summary>Puts text messages in the SMS outbox, in the caller's transaction; <see cref="SmsDelivery"/> sends them.</summary>
public sealed class SmsOutbox(AppDbContext db, TimeProvider time)
{
    public async Task<SmsMessage> EnqueueAsync(int officeId, string mobile, string text, string? source, CancellationToken ct)
    {
        var m = new SmsMessage(officeId, mobile, text, source, time.GetUtcNow().UtcDateTime);
        db.SmsOutbox.Add(m);
        await db.SaveChangesAsync(ct);
        return m;
    }
}
