using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Infrastructure.Security;

/// <summary>One fixed-window limit: so many requests per window, per client address.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;

    public FixedWindowRateLimiterOptions Options() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
        QueueLimit = 0, // refused at once, never held
        AutoReplenishment = true,
    };
}

/// <summary>
/// The <c>RateLimits</c> section. Per-address limits are generous on purpose: a district office sits behind one NAT
/// address and citizens on mobile data share carrier-grade NAT, so an address is many people. Each app instance counts
/// for itself (ADR 0031).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Login form submissions per client address.</summary>
    public WindowLimit Login { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>The public API (<c>/api/…</c>) and Open311 (<c>/open311/…</c>) per client address.</summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 240, WindowSeconds = 60 };

    /// <summary>Complaints sent through the public form per client address (a union digital centre sends many: generous).</summary>
    public WindowLimit Complaint { get; set; } = new() { PermitLimit = 30, WindowSeconds = 600 };

    /// <summary>The national service search page per client address.</summary>
    public WindowLimit Search { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>Requests per API key (<c>Authorization: Bearer</c>), whatever address they come from; a batch holds up to 1,000 applications.</summary>
    public WindowLimit ApiKey { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    public LockoutLimits Lockout { get; set; } = new();
}

/// <summary>
/// Failed logins: an address that fails this often on one account name is refused for that name (others are not), and
/// a name failed this often from anywhere is refused everywhere — a number one address alone cannot reach.
/// </summary>
public sealed class LockoutLimits
{
    public int FailuresPerAccountAndAddress { get; set; } = 5;
    public int FailuresPerAccount { get; set; } = 20;
    public int Minutes { get; set; } = 15;
}

/// <summary>ASP.NET Core's rate limiter with the app's limits: which requests are counted, per what, and the 429 answer.</summary>
public static class RateLimits
{
    public static void AddRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<RateLimitOptions>(config.GetSection(RateLimitOptions.Section));
        services.AddSingleton<LoginThrottle>();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = RejectedAsync;
        });
    }

    /// <summary>The client address the limits count by (the proxy's client when it is a configured proxy; see ForwardedHeaders).</summary>
    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase);

    /// <summary>The public complaint form, <c>/offices/{code}/grievances/new</c>.</summary>
    public static bool IsComplaintForm(PathString path) =>
        path.Value is { } p && p.StartsWith("/offices/", StringComparison.OrdinalIgnoreCase) && p.EndsWith("/grievances/new", StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var path = http.Request.Path;
        var (kind, limit) =
            HttpMethods.IsPost(http.Request.Method) && path.Equals("/account/login", StringComparison.OrdinalIgnoreCase) ? ("login", limits.Login)
            : HttpMethods.IsPost(http.Request.Method) && IsComplaintForm(path) ? ("complaint", limits.Complaint)
            : IsApi(path) ? ("api", limits.Api)
            : path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase) ? ("search", limits.Search)
            : (null, null);
        if (kind is null) return RateLimitPartition.GetNoLimiter("");
        // A keyed client is counted per key (its hash: the key itself is not kept in memory), not per address.
        if (kind == "api" && Features.Delivery.BearerKeyEndpoint.Bearer(http.Request) is { } key)
        {
            var perKey = limits.ApiKey.Options();
            return RateLimitPartition.GetFixedWindowLimiter($"key:{Domain.Delivery.ApiKey.HashOf(key)}", _ => perKey);
        }
        var options = limit!.Options();
        return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{Address(http)}", _ => options);
    }

    /// <summary>429 with Retry-After: ProblemDetails for the API, a page in both languages for the rest.</summary>
    private static async ValueTask RejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        const string titleBn = "অনেক বেশি অনুরোধ", titleEn = "Too many requests";
        var bn = $"এই ঠিকানা বা চাবি থেকে অল্প সময়ে অনেক বেশি অনুরোধ এসেছে। {BengaliDigits.ToBengali(seconds)} সেকেন্ড পরে আবার চেষ্টা করুন।";
        var en = $"Too many requests came from this address or key in a short time. Try again in {seconds} seconds.";
        if (IsApi(http.Request.Path))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = $"{titleEn} / {titleBn}",
                    Detail = $"{en} / {bn}",
                    Extensions = { ["retryAfterSeconds"] = seconds },
                },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="bn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{titleBn} / {titleEn}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container"><h1>{titleBn} / {titleEn}</h1><div class="card"><p lang="bn">{WebUtility.HtmlEncode(bn)}</p>
            <p lang="en">{WebUtility.HtmlEncode(en)}</p><p><a href="{Links.Home()}">প্রথম পাতা / Home</a></p></div></main></body></html>
            """, ct);
    }
}
