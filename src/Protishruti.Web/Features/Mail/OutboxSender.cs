using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Memos;

namespace Protishruti.Web.Features.Mail;

/// <summary>The <c>Smtp</c> section. Without <see cref="Host"/> nothing is sent: the outbox page lists the messages.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }
    public bool EnableSsl { get; set; }
    /// <summary>How often the sender looks for due messages.</summary>
    public int PollSeconds { get; set; } = 30;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>
/// Sends what is due in the outbox: claims a batch in the database (<see cref="DatabaseClaims"/>), sends each with
/// <see cref="SmtpClient"/> — the issued document attached as PDF when it can be made, else the link the body already
/// has — and records the result. A failure waits <see cref="OutboxMessage.Backoff"/> before the next attempt.
/// </summary>
public sealed class OutboxDelivery(IServiceScopeFactory scopes, TimeProvider time, IOptions<SmtpOptions> options, ILogger<OutboxDelivery> log)
{
    public const int Batch = 20;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Sends one batch; returns how many messages went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var smtp = options.Value;
        if (!smtp.Configured) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await DatabaseClaims.ClaimAsync(db.Outbox,
            m => m.SentAt == null && m.ToAddress != null && m.Attempts < OutboxMessage.MaxAttempts && (m.NextAttemptAt == null || m.NextAttemptAt <= now),
            now, Lease, Batch, ct);
        var sent = 0;
        foreach (var message in claimed)
        {
            try
            {
                var attachment = await PdfAsync(scope.ServiceProvider, db, message, ct);
                await SendAsync(smtp, message, attachment, ct);
                message.MarkSent(time.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Outbox message {Id} to {Address} not sent (attempt {Attempt})", message.Id, message.ToAddress, message.Attempts);
                message.MarkFailed(e.GetBaseException().Message, time.GetUtcNow().UtcDateTime);
            }
            await db.SaveChangesAsync(CancellationToken.None); // the result is recorded even when the app is stopping
        }
        return sent;
    }

    private static async Task SendAsync(SmtpOptions smtp, OutboxMessage message, (byte[] Bytes, string Name)? pdf, CancellationToken ct)
    {
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 60_000,
            Credentials = string.IsNullOrEmpty(smtp.User) ? null : new NetworkCredential(smtp.User, smtp.Password),
        };
        using var mail = new MailMessage
        {
            From = new MailAddress(smtp.From ?? smtp.User ?? "noreply@localhost", "প্রতিশ্রুতি", Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(message.ToAddress!, message.ToName, Encoding.UTF8));
        if (pdf is { } file)
            mail.Attachments.Add(new Attachment(new MemoryStream(file.Bytes), file.Name, "application/pdf"));
        await client.SendMailAsync(mail, ct);
    }

    /// <summary>The issued document's PDF, or null when there is none or it cannot be made now (the body links it).</summary>
    private async Task<(byte[], string)?> PdfAsync(IServiceProvider services, AppDbContext db, OutboxMessage message, CancellationToken ct)
    {
        if (message.MemoId is not { } memoId) return null;
        var memo = await db.IssuedMemos.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memoId && m.DocumentJson != null, ct);
        if (memo is null) return null;
        try
        {
            var html = await OfficialDocumentTypes.HtmlAsync(services.GetRequiredService<DocumentHtml>(), memo);
            var path = await services.GetRequiredService<IssuedPdfFiles>().GetAsync(memo, html, ct);
            return (await File.ReadAllBytesAsync(path, ct), OfficialDocumentTypes.FileName(memo, "pdf"));
        }
        catch (Exception e) when (e is PdfUnavailableException or PdfTimeoutException or IOException)
        {
            if (log.IsEnabled(LogLevel.Information))
                log.LogInformation(e, "No PDF for memo {MemoId}; the e-mail carries the link only", memoId);
            return null;
        }
    }
}

/// <summary>Runs <see cref="OutboxDelivery"/> every <see cref="SmtpOptions.PollSeconds"/>, only when SMTP is configured.</summary>
public sealed class OutboxSender(OutboxDelivery delivery, TimeProvider time, IOptions<SmtpOptions> options, ILogger<OutboxSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Configured) return;
        var seconds = Math.Max(1, options.Value.PollSeconds);
        var interval = TimeSpan.FromSeconds(seconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await delivery.SendDueAsync(stoppingToken) == OutboxDelivery.Batch) { } // a full batch: more may be due
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The outbox sender failed; it tries again in {Seconds} s", seconds);
            }
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
