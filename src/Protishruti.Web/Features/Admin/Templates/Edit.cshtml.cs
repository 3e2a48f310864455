using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin.Templates;

/// <summary>Create or change a national template; every change is a new revision.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, TimeProvider time, IStringLocalizer<SharedResource> l)
    : TemplateEditPage(db, time, l)
{
    protected override string ListUrl => Links.Admin.Templates();

    protected override async Task<(IActionResult? Denied, int? OwnerId)> ScopeAsync(CancellationToken ct) =>
        await access.IsSystemAdminAsync(User, ct) ? (null, null) : (Forbid(), null);
}
