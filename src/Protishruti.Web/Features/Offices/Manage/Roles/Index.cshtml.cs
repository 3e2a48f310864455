using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure.Localization;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Offices.Manage.Roles;

/// <summary>Who holds which role in an office: grant to an existing user, create a user with a role, revoke.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, UserManager<AppUser> users,
    IOptions<IdentityOptions> identity, IStringLocalizer<SharedResource> l, Sessions sessions) : OfficePage(db, access)
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
        if (userName.Length == 0) ModelState.AddModelError("Grant.UserName", l["Manage.Roles.UserNameRequired"]);
        else if (user is null) ModelState.AddModelError("Grant.UserName", l["Manage.Roles.NoSuchUser", userName]);
        CheckRole("Grant.Role", Grant.Role);
        if (user is not null && Grant.Role is { } r && await Db.RoleGrants.AnyAsync(g => g.UserId == user.Id && g.OfficeId == Office.Id && g.Role == r, ct))
            ModelState.AddModelError("Grant.Role", l["Manage.Roles.AlreadyHas", user.UserName!, r.Name(Ui.Bn)]);
        if (!ModelState.IsValid) return Page();

        Db.RoleGrants.Add(new RoleGrant(user!.Id, Grant.Role!.Value, Office.Id));
        await Db.SaveChangesAsync(ct);
        Done = l["Manage.Roles.Granted", user.UserName!, Grant.Role.Value.Name(Ui.Bn)];
        return RedirectToPage(new { code = Office.Code });
    }

    public async Task<IActionResult> OnPostCreateAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var n = NewUser;
        var userName = n.UserName?.Trim() ?? "";
        var displayName = n.DisplayName?.Trim() ?? "";
        if (userName.Length == 0) ModelState.AddModelError("NewUser.UserName", l["Manage.Roles.UserNameRequired"]);
        if (displayName.Length == 0) ModelState.AddModelError("NewUser.DisplayName", l["Manage.Roles.DisplayNameRequired"]);
        else if (displayName.Length > 200) ModelState.AddModelError("NewUser.DisplayName", l["Manage.TooLong", Ui.N(200)]);
        if (string.IsNullOrEmpty(n.Password)) ModelState.AddModelError("NewUser.Password", l["Manage.Roles.PasswordRequired"]);
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
        Done = l["Manage.Roles.Created", userName, n.Role.Value.Name(Ui.Bn)];
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
            ModelState.AddModelError("", l["Manage.Roles.CannotRevokeOwnAdmin"]);
            return Page();
        }
        var row = Grants.First(g => g.Id == id);
        Db.RoleGrants.Remove(grant);
        await Db.SaveChangesAsync(ct);
        // Whoever lost the role starts again from the login page, wherever they are logged in.
        await sessions.EndAllButThisAsync(grant.UserId, User);
        Done = l["Manage.Roles.Revoked", row.UserName, row.Role.Name(Ui.Bn)];
        return RedirectToPage(new { code = Office.Code });
    }

    private void CheckRole(string key, OfficeRole? role)
    {
        if (role is null || !Grantable.Contains(role.Value))
            ModelState.AddModelError(key, l["Manage.Roles.ChooseRole"]);
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
            "PasswordTooShort" => l["Manage.Identity.PasswordTooShort", Ui.N(p.RequiredLength)],
            "PasswordRequiresUniqueChars" => l["Manage.Identity.PasswordRequiresUniqueChars", Ui.N(p.RequiredUniqueChars)],
            _ => l[$"Manage.Identity.{e.Code}"],
        };
        return text.ResourceNotFound ? e.Description : text.Value;
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
