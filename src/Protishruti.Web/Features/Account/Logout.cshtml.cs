using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, Sessions sessions) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Logs out everywhere: the stamp rotates, so a copy of this cookie (or another browser's) is dead too.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (users.GetUserId(User) is { } userId) await sessions.EndAllAsync(userId);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
