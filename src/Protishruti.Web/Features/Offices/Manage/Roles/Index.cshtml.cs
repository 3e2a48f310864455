using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Offices.Manage.Roles;

/// <summary>Who holds which role in an office: grant to an existing user, create a user with a role, revoke.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, UserManager<AppUser> users,
    IOptions<IdentityOptions> identity, Sessions sessions) : OfficePage(db, access)
{
    /// <summary>Every role but SystemAdmin, which is global and granted only from the command line.</summary>
    public static readonly OfficeRole[] Grantable =
        [OfficeRole.OfficeAdmin, OfficeRole.Editor, OfficeRole.Approver, OfficeRole.Monitor, OfficeRole.GrievanceOfficer, OfficeRole.AppealOfficer];
    public List<GrantRow> Grants { get; private set; } = [];

    public sealed record GrantRow(int Id, string UserName, string DisplayName, OfficeRole Role);

    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    [BindProperty]
    public NewUserInput NewUser { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public sealed class GrantInput
    {
        public string? UserName { get; set; }
        public OfficeRole? Role { get; set; }
    }

    public sealed class NewUserInput
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? Password { get; set; }
        public OfficeRole? Role { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ?? Page();

    public async Task<IActionResult> OnPostGrantAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var userName = Grant.UserName?.Trim() ?? "";
        var user = userName.Length == 0 ? null : await users.FindByNameAsync(userName);
        if (userName.Length == 0) ModelState.AddModelError("Grant.UserName", Ui.T("ব্যবহারকারী নাম লিখুন।", "Enter a user name."));
        else if (user is null) ModelState.AddModelError("Grant.UserName", Ui.T($"'{userName}' নামে কোনো ব্যবহারকারী নেই। নতুন ব্যবহারকারী তৈরি করতে পাশের ফর্মটি ব্যবহার করুন।", $"There is no user named '{userName}'. Use the form beside this one to create a new user."));
        CheckRole("Grant.Role", Grant.Role);
        if (user is not null && Grant.Role is { } r && await Db.RoleGrants.AnyAsync(g => g.UserId == user.Id && g.OfficeId == Office.Id && g.Role == r, ct))
            ModelState.AddModelError("Grant.Role", Ui.T($"{(user.UserName!)} এই দপ্তরে আগে থেকেই '{r.Name(Ui.Bn)}' ভূমিকায় আছেন।", $"{(user.UserName!)} already has the role '{r.Name(Ui.Bn)}' in this office."));
        if (!ModelState.IsValid) return Page();

        Db.RoleGrants.Add(new RoleGrant(user!.Id, Grant.Role!.Value, Office.Id));
        await Db.SaveChangesAsync(ct);
        Done = Ui.T($"{(user.UserName!)} কে '{Grant.Role.Value.Name(Ui.Bn)}' ভূমিকা দেওয়া হয়েছে।", $"{(user.UserName!)} was given the role '{Grant.Role.Value.Name(Ui.Bn)}'.");
        return RedirectToPage(new { code = Office.Code });
    }

    public async Task<IActionResult> OnPostCreateAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var n = NewUser;
        var userName = n.UserName?.Trim() ?? "";
        var displayName = n.DisplayName?.Trim() ?? "";
        if (userName.Length == 0) ModelState.AddModelError("NewUser.UserName", Ui.T("ব্যবহারকারী নাম লিখুন।", "Enter a user name."));
        if (displayName.Length == 0) ModelState.AddModelError("NewUser.DisplayName", Ui.T("পূর্ণ নাম লিখুন।", "Enter the full name."));
        else if (displayName.Length > 200) ModelState.AddModelError("NewUser.DisplayName", Ui.T($"{Ui.N(200)} অক্ষরের বেশি লেখা যাবে না।", $"Must not be longer than {Ui.N(200)} characters."));
        if (string.IsNullOrEmpty(n.Password)) ModelState.AddModelError("NewUser.Password", Ui.T("একটি প্রাথমিক পাসওয়ার্ড লিখুন।", "Enter an initial password."));
        CheckRole("NewUser.Role", n.Role);
        if (!ModelState.IsValid) return Page();

        // CreateAsync stops at the first failing check (password before user name); run them all so one submit shows every problem.
        var user = new AppUser { UserName = userName, DisplayName = displayName };
        var problems = new List<IdentityError>();
        foreach (var v in users.UserValidators) problems.AddRange((await v.ValidateAsync(users, user)).Errors);
        foreach (var v in users.PasswordValidators) problems.AddRange((await v.ValidateAsync(users, user, n.Password!)).Errors);
        if (problems.Count > 0)
        {
            foreach (var e in problems) ModelState.AddModelError(FieldOf(e), Describe(e));
            return Page();
        }

        // The account and its first role are one step: either both exist afterwards or neither does.
        await using var tx = await Db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, n.Password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors) ModelState.AddModelError(FieldOf(e), Describe(e));
            return Page();
        }
        Db.RoleGrants.Add(new RoleGrant(user.Id, n.Role!.Value, Office.Id));
        await Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Done = Ui.T($"ব্যবহারকারী {userName} তৈরি হয়েছে এবং '{n.Role.Value.Name(Ui.Bn)}' ভূমিকা পেয়েছেন।", $"User {userName} was created with the role '{n.Role.Value.Name(Ui.Bn)}'.");
        return RedirectToPage(new { code = Office.Code });
    }

    public async Task<IActionResult> OnPostRevokeAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var grant = await Db.RoleGrants.FirstOrDefaultAsync(g => g.Id == id && g.OfficeId == Office.Id, ct);
        if (grant is null) return NotFound();
        // An office admin who removes their own admin role would lock themselves out mid-task; another admin must do it.
        if (grant.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier) && grant.Role == OfficeRole.OfficeAdmin
            && !await Access.IsSystemAdminAsync(User, ct))
        {
            ModelState.AddModelError("", Ui.T("নিজের দপ্তর প্রশাসক ভূমিকা নিজে প্রত্যাহার করা যায় না; অন্য একজন প্রশাসককে বলুন।", "You cannot revoke your own office admin role; ask another administrator."));
            return Page();
        }
        var row = Grants.First(g => g.Id == id);
        Db.RoleGrants.Remove(grant);
        await Db.SaveChangesAsync(ct);
        // Whoever lost the role starts again from the login page, wherever they are logged in.
        await sessions.EndAllButThisAsync(grant.UserId, User);
        Done = Ui.T($"{row.UserName} এর '{row.Role.Name(Ui.Bn)}' ভূমিকা প্রত্যাহার করা হয়েছে।", $"The role '{row.Role.Name(Ui.Bn)}' was taken from {row.UserName}.");
        return RedirectToPage(new { code = Office.Code });
    }

    private void CheckRole(string key, OfficeRole? role)
    {
        if (role is null || !Grantable.Contains(role.Value))
            ModelState.AddModelError(key, Ui.T("একটি ভূমিকা বাছাই করুন।", "Choose a role."));
    }

    private static string FieldOf(IdentityError e) =>
        e.Code.StartsWith("Password", StringComparison.Ordinal) ? "NewUser.Password"
        : e.Code.Contains("UserName", StringComparison.Ordinal) ? "NewUser.UserName"
        : "";

    /// <summary>Identity's own descriptions are English only; the common ones have a translation.</summary>
    private string Describe(IdentityError e)
    {
        var p = identity.Value.Password;
        var text = e.Code switch
        {
            "PasswordTooShort" => Ui.T($"পাসওয়ার্ড অন্তত {Ui.N(p.RequiredLength)} অক্ষরের হতে হবে।", $"The password must be at least {Ui.N(p.RequiredLength)} characters long."),
            "PasswordRequiresUniqueChars" => Ui.T($"পাসওয়ার্ডে অন্তত {Ui.N(p.RequiredUniqueChars)}টি ভিন্ন অক্ষর থাকতে হবে।", $"The password must use at least {Ui.N(p.RequiredUniqueChars)} different characters."),
            "DuplicateUserName" => Ui.T("এই ব্যবহারকারী নাম আগেই নেওয়া হয়েছে; অন্য একটি নাম বেছে নিন।", "This user name is already taken; choose another."),
            "InvalidUserName" => Ui.T("ব্যবহারকারী নামে কেবল ইংরেজি অক্ষর, অঙ্ক এবং - . _ @ + চিহ্ন থাকতে পারে।", "A user name may contain only English letters, digits and the characters - . _ @ +."),
            "PasswordRequiresDigit" => Ui.T("পাসওয়ার্ডে অন্তত একটি অঙ্ক (০–৯) থাকতে হবে।", "The password must contain a digit (0–9)."),
            "PasswordRequiresLower" => Ui.T("পাসওয়ার্ডে অন্তত একটি ছোট হাতের ইংরেজি অক্ষর (a–z) থাকতে হবে।", "The password must contain a lower-case letter (a–z)."),
            "PasswordRequiresNonAlphanumeric" => Ui.T("পাসওয়ার্ডে অন্তত একটি চিহ্ন (যেমন - বা !) থাকতে হবে।", "The password must contain a symbol (such as - or !)."),
            "PasswordRequiresUpper" => Ui.T("পাসওয়ার্ডে অন্তত একটি বড় হাতের ইংরেজি অক্ষর (A–Z) থাকতে হবে।", "The password must contain an upper-case letter (A–Z)."),
            _ => e.Description,
        };
        return text;
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageRoles, ct) is { } denied) return denied;
        var office = Office;
        Grants = await (from g in Db.RoleGrants
                        join u in Db.Users on g.UserId equals u.Id
                        where g.OfficeId == office.Id
                        orderby g.Role, u.UserName
                        select new GrantRow(g.Id, u.UserName!, u.DisplayName, g.Role)).ToListAsync(ct);
        return null;
    }
}
