using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Infrastructure.Identity;

/// <summary>
/// The one check every office-scoped page and endpoint makes: may this user do this action in this office?
/// The rule itself is <see cref="OfficePermissions"/>; this class only loads the user's grants (once per request).
/// </summary>
public sealed class OfficeAccess(AppDbContext db)
{
    private List<RoleGrant>? _grants;
    private string? _grantsFor;

    public async Task<bool> CanAsync(ClaimsPrincipal user, OfficeAction action, Office office, CancellationToken ct = default)
    {
        var grants = await GrantsAsync(user, ct);
        if (grants.Count == 0) return false;
        var ancestors = office.AncestorIds().ToHashSet();
        return grants.Any(g =>
            g.Role == OfficeRole.SystemAdmin
            || (g.OfficeId == office.Id && OfficePermissions.Allows(g.Role, action, onAncestor: false))
            || (g.OfficeId is int id && ancestors.Contains(id) && OfficePermissions.Allows(g.Role, action, onAncestor: true)));
    }

    public async Task<bool> IsSystemAdminAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await GrantsAsync(user, ct)).Any(g => g.Role == OfficeRole.SystemAdmin);

    public async Task<IReadOnlyList<RoleGrant>> GrantsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return [];
        if (_grants is null || _grantsFor != userId)
        {
            _grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).ToListAsync(ct);
            _grantsFor = userId;
        }
        return _grants;
    }
}

public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public (string? UserId, string UserName) Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return (null, "system");
            return (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "?");
        }
    }
}
