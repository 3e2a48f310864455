using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Web.Data;

namespace Protishruti.Web.Infrastructure.Identity;

/// <summary>
/// A login lasts only as long as the user's security stamp: the auth cookie carries the stamp it was issued with, every
/// request compares it with the stored one (one primary-key read), and logging out, a password change and losing a
/// role rotate it, so every cookie issued before — a copied one too — stops working at once, on every instance.
/// Identity's own <see cref="SecurityStampValidator"/> is not used: at a zero interval it rebuilds the principal (user,
/// claims and roles queries) and reissues the cookie on every request, and at any longer one a stolen cookie outlives
/// the logout by that long (ADR 0031).
/// </summary>
public sealed class Sessions(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    /// <summary>The cookie handler's OnValidatePrincipal: refuses a principal whose stamp is not the user's current one.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(stampClaim);
        if (userId is not null && stamp is not null)
        {
            var current = await services.GetRequiredService<AppDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp) return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Ends every session of the user, in every browser: logging out, or a password changed for them.</summary>
    public async Task<AppUser?> EndAllAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return null;
        var rotated = await users.UpdateSecurityStampAsync(user);
        if (!rotated.Succeeded) throw new InvalidOperationException($"The security stamp of {userId} was not rotated: {rotated}");
        return user;
    }

    /// <summary>
    /// Ends the user's sessions after their roles were taken away; when they did it themselves, this browser keeps
    /// working with a cookie of the new stamp.
    /// </summary>
    public async Task EndAllButThisAsync(string userId, ClaimsPrincipal current)
    {
        if (await EndAllAsync(userId) is { } user && users.GetUserId(current) == userId) await signIn.RefreshSignInAsync(user);
    }
}
