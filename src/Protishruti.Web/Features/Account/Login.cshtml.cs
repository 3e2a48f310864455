using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
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
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Links.Dashboard());
        ModelState.AddModelError("", result.IsLockedOut ? Ui.T("বারবার ভুল পাসওয়ার্ডের কারণে অ্যাকাউন্টটি ১৫ মিনিটের জন্য বন্ধ।", "Too many failed attempts: the account is locked for 15 minutes.") : Ui.T("ব্যবহারকারীর নাম বা পাসওয়ার্ড সঠিক নয়।", "The user name or password is not correct."));
        Input.Password = "";
        return Page();
    }
}
