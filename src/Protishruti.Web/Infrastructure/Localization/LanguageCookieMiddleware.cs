using Microsoft.AspNetCore.Localization;

namespace Protishruti.Web.Infrastructure.Localization;

/// <summary>Remembers a `?lang=` choice in a cookie, so the rest of the visit stays in that language.</summary>
public sealed class LanguageCookieMiddleware(RequestDelegate next)
{
    /// <summary>The culture a `?lang=` asks for: `bn`/`bn-BD` or `en`/`en-*`; null when absent or unknown.</summary>
    public static string? FromQuery(HttpContext context) =>
        context.Request.Query["lang"].ToString().ToLowerInvariant() switch
        {
            "bn" or "bn-bd" => Ui.Bengali,
            var l when l == Ui.English || l.StartsWith("en-", StringComparison.Ordinal) => Ui.English,
            _ => null,
        };

    public Task InvokeAsync(HttpContext context)
    {
        if (FromQuery(context) is { } culture)
        {
            context.Response.Cookies.Append(Ui.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }
        return next(context);
    }
}
