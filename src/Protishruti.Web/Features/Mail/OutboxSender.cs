using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Memos;

namespace Protishruti.Web.Features.Mail;

/// <summary>
/// The <c>Smtp</c> section. Without <see cref="Host"/> nothing is sent: the outbox page lists the messages.
/// <see cref="EnableSsl"/> is TLS on connect for port 465, required STARTTLS on any other port (see <see cref="OutboxDelivery.Security"/>).
/// </summary>
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
/// MailKit's <see cref="SmtpClient"/> — the issued document attached as PDF when it can be made, else the link the body already
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

    internal static async Task SendAsync(SmtpOptions smtp, OutboxMessage message, (byte[] Bytes, string Name)? pdf, CancellationToken ct)
    {
        var mail = new MimeMessage();
        // MimeKit writes non-ASCII names and subjects as UTF-8 encoded words, and a file name as RFC 2231.
        mail.From.Add(new MailboxAddress("প্রতিশ্রুতি", smtp.From ?? smtp.User ?? "noreply@localhost"));
        mail.To.Add(new MailboxAddress(message.ToName, message.ToAddress!));
        mail.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.Body };
        if (pdf is { } file)
            body.Attachments.Add(file.Name, file.Bytes, new ContentType("application", "pdf"));
        mail.Body = body.ToMessageBody();

        using var client = new SmtpClient { Timeout = 60_000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp), ct);
        // As System.Net.Mail did: credentials are offered only to a server that asks for them.
        if (!string.IsNullOrEmpty(smtp.User) && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException)
        {
            // The server has accepted the message: a lost QUIT must not make it be sent again.
        }
    }

    /// <summary>
    /// EnableSsl means TLS from the first byte on port 465 (SMTPS) and STARTTLS, required, on any other port;
    /// without it the connection stays plain, as a relay inside the office network expects.
    /// </summary>
    internal static SecureSocketOptions Security(SmtpOptions smtp) =>
        !smtp.EnableSsl ? SecureSocketOptions.None
        : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;

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
