using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure.Security;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Protishruti.Web.Features.Account;

/// <summary>
/// The login form. Failures are counted by <see cref="LoginThrottle"/> (not Identity's lockout), and an unknown name
/// costs one password-hash check like a known one, so neither the message nor the time tells which names exist.
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher,
    LoginThrottle throttle) : PageModel
{
    /// <summary>A hash no password matches, checked against for names with no account (same algorithm and work as a real one).</summary>
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N")));

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        public string UserName { get; set; } = "";

        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
            ModelState.AddModelError("Input.UserName", Ui.T("ব্যবহারকারীর নাম লিখুন।", "Enter your user name."));
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", Ui.T("পাসওয়ার্ড লিখুন।", "Enter your password."));
        if (!ModelState.IsValid) return Page();
        var name = Input.UserName.Trim();
        var address = RateLimits.Address(HttpContext);
        var result = SignInResult.LockedOut;
        if (!throttle.IsLockedOut(name, address))
        {
            if (await users.FindByNameAsync(name) is { } user)
                result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
            else
            {
                hasher.VerifyHashedPassword(new AppUser(), Decoy.Value, Input.Password);
                result = SignInResult.Failed;
            }
            if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Links.Dashboard());
            if (!result.IsLockedOut) throttle.Failed(name, address);
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? Ui.T($"বারবার ভুল পাসওয়ার্ডের কারণে অ্যাকাউন্টটি {BengaliDigits.ToBengali(throttle.Minutes)} মিনিটের জন্য বন্ধ।",
                $"Too many failed attempts: the account is locked for {throttle.Minutes} minutes.")
            : Ui.T("ব্যবহারকারীর নাম বা পাসওয়ার্ড সঠিক নয়।", "The user name or password is not correct."));
        Input.Password = "";
        return Page();
    }
}
