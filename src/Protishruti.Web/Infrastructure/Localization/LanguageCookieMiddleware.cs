using Microsoft.AspNetCore.Localization;

namespace Protishruti.Web.Infrastructure.Localization;

/// <summary>Remembers a `?lang=` choice in a cookie, so the rest of the visit stays in that language.</summary>
public sealed class LanguageCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.TryGetValue("lang", out var lang) && lang.ToString() is Ui.English or Ui.Bengali or "bn")
        {
            var culture = lang.ToString() == Ui.English ? Ui.English : Ui.Bengali;
            context.Response.Cookies.Append(Ui.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }
        return next(context);
    }
}
