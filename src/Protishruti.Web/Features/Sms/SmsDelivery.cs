using Microsoft.Extensions.Options;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Mail;

namespace Protishruti.Web.Features.Sms;

/// <summary>
/// The <c>Sms</c> section: one HTTP gateway, as Bangladesh's bulk-SMS providers take it — a URL with the key, the number,
/// the text and the type: <c>{key}</c>, <c>{number}</c> (8801…), <c>{text}</c>, <c>{type}</c> ("unicode" for Bengali,
/// "text" otherwise) and <c>{sender}</c> are filled in, URL-encoded. Without <see cref="GatewayUrl"/> nothing is sent:
/// the messages wait in the outbox.
/// </summary>
public sealed class SmsOptions
{
    public string? GatewayUrl { get; set; }
    public string? ApiKey { get; set; }
    public string? SenderId { get; set; }
    /// <summary>GET (most gateways) or POST (the same values as a form).</summary>
    public string Method { get; set; } = "GET";
    public int PollSeconds { get; set; } = 30;

    public bool Configured => !string.IsNullOrWhiteSpace(GatewayUrl);
}

/// <summary>Sends one text; throws when the gateway did not take it.</summary>
public interface ISmsGateway
{
    Task SendAsync(string mobile, string text, CancellationToken ct);
}

/// <summary>The gateway adapter: one HTTP request per message; a non-2xx answer is a failure (retried later).</summary>
public sealed class HttpSmsGateway(HttpClient client, IOptions<SmsOptions> options) : ISmsGateway
{
    public async Task SendAsync(string mobile, string text, CancellationToken ct)
    {
        var o = options.Value;
        var values = new Dictionary<string, string>
        {
            ["key"] = o.ApiKey ?? "",
            ["number"] = "88" + mobile,
            ["text"] = text,
            ["type"] = text.All(c => c < 128) ? "text" : "unicode",
            ["sender"] = o.SenderId ?? "",
        };
        var url = o.GatewayUrl!;
        foreach (var (k, v) in values) url = url.Replace("{" + k + "}", Uri.EscapeDataString(v), StringComparison.Ordinal);
        using var request = string.Equals(o.Method, "POST", StringComparison.OrdinalIgnoreCase)
            ? new HttpRequestMessage(HttpMethod.Post, url.Split('?')[0]) { Content = new FormUrlEncodedContent(Query(url)) }
            : new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode}: {(body.Length > 200 ? body[..200] : body)}");
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Query(string url) =>
        url.Contains('?', StringComparison.Ordinal)
            ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            : [];
}

/// <summary>Sends what is due in the SMS outbox, claimed in the database first so that two instances never send one twice.</summary>
public sealed class SmsDelivery(IServiceScopeFactory scopes, TimeProvider time, IOptions<SmsOptions> options, ILogger<SmsDelivery> log)
{
    public const int Batch = 50;

    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        if (!options.Value.Configured) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var gateway = scope.ServiceProvider.GetRequiredService<ISmsGateway>();
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await DatabaseClaims.ClaimAsync(db.SmsOutbox,
            m => m.SentAt == null && m.Attempts < SmsMessage.MaxAttempts && (m.NextAttemptAt == null || m.NextAttemptAt <= now),
            now, OutboxDelivery.Lease, Batch, ct);
        var sent = 0;
        foreach (var m in claimed)
        {
            try
            {
                await gateway.SendAsync(m.ToNumber, m.Text, ct);
                m.MarkSent(time.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "SMS {Id} not sent (attempt {Attempt})", m.Id, m.Attempts);
                m.MarkFailed(e.GetBaseException().Message, time.GetUtcNow().UtcDateTime);
            }
        }
        if (claimed.Count > 0) await db.SaveChangesAsync(CancellationToken.None);
        return sent;
    }
}

public sealed class SmsSender(SmsDelivery delivery, TimeProvider time, IOptions<SmsOptions> options, ILogger<SmsSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Configured) return;
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await delivery.SendDueAsync(stoppingToken) == SmsDelivery.Batch) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The SMS sender failed; it tries again in {Interval}", interval);
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
