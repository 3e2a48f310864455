using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace Protishruti.Web.Infrastructure.Security;

/// <summary>
/// The headers every response carries — pages, files, photos, API answers, errors — set as the response starts, so
/// nothing on the way (an endpoint, the error page, the output cache) can leave them out:
/// <list type="bullet">
/// <item>a Content-Security-Policy the pages satisfy: everything from this site only, no inline script (the pages have
/// none; a JSON-LD block is data, not script), inline styles allowed until the views' style="" attributes are gone;
/// no framing by anyone (also X-Frame-Options DENY) except the same-origin previews that ask (<see cref="AllowSameOriginFraming"/>);</item>
/// <item>X-Content-Type-Options nosniff (an upload is served as the type found in it, never guessed), a Referrer-Policy,
/// a Permissions-Policy turning off what the site never uses;</item>
/// <item>Strict-Transport-Security when the request came over HTTPS (directly or from a configured proxy).</item>
/// </list>
/// See docs/security.md and ADR 0031.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IConfiguration config)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'";

    private const string SameOriginFraming = "protishruti.frame-same-origin";

    private readonly string? _hsts = config.GetValue("Security:HstsMaxAgeDays", 365) is > 0 and var days
        ? $"max-age={(days * 86400L).ToString(CultureInfo.InvariantCulture)}"
        : null;

    /// <summary>Lets this response be shown in a frame of a page of this site (a document preview), and nowhere else.</summary>
    public static void AllowSameOriginFraming(HttpContext http) => http.Items[SameOriginFraming] = true;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var framed = context.Items.ContainsKey(SameOriginFraming);
            headers.ContentSecurityPolicy = framed ? ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'") : ContentSecurityPolicy;
            headers.XFrameOptions = framed ? "SAMEORIGIN" : "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            if (_hsts is not null && context.Request.IsHttps) headers.StrictTransportSecurity = _hsts;
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>Where the app sits behind a proxy, and what its cookies say about HTTPS.</summary>
public static class Transport
{
    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies (<c>ForwardedHeaders:KnownProxies</c>,
    /// addresses) and networks (<c>ForwardedHeaders:KnownNetworks</c>, CIDR) configured — none by default, not even
    /// loopback — so a client cannot choose the address its limits count by, nor claim HTTPS. Cookies are Secure
    /// whenever the request is HTTPS (then also as the proxy says it was), HttpOnly (no script reads them) and SameSite=Lax.
    /// </summary>
    public static void AddTransport(this IServiceCollection services, IConfiguration config)
    {
        var proxies = config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(IPAddress.Parse(p.Trim()));
            foreach (var n in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n.Trim()));
        });
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    /// <summary>First in the pipeline: the forwarded headers (only when a proxy is configured: with none, the middleware would trust anyone), then the headers, then the cookie policy.</summary>
    public static void UseTransport(this WebApplication app)
    {
        var config = app.Configuration;
        if (config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() is { Length: > 0 }
            || config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() is { Length: > 0 })
            app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseCookiePolicy();
    }
}
