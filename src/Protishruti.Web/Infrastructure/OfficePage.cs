using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Infrastructure;

/// <summary>
/// The one way to write a page of an office (<c>/offices/{code}/…</c>; ADR 0027): the handler's first line is
/// <c>if (await LoadOfficeAsync(code, OfficeAction.X, ct) is { } denied) return denied;</c> — the office of the route is
/// loaded (tracked, so the page may change it) and the user's right to the action is checked in that office or, for
/// monitoring, an office above it (<see cref="OfficeAccess"/>). An unknown office is a 404, a missing right a 403.
/// Further rights the page shows or hides controls by come from
/// <see cref="CanAsync"/>.
/// </summary>
public abstract class OfficePage(AppDbContext db, OfficeAccess access) : PageModel
{
    protected AppDbContext Db => db;
    protected OfficeAccess Access => access;

    public Office Office { get; private set; } = null!;

    /// <summary>Null when the office exists and the user may do <paramref name="action"/> there; else the response to send.</summary>
    protected Task<IActionResult?> LoadOfficeAsync(string code, OfficeAction action, CancellationToken ct) =>
        LoadOfficeAsync(code, ct, action);

    /// <summary>Null when the office exists and the user may do any of <paramref name="anyOf"/> there; else the response to send.</summary>
    protected async Task<IActionResult?> LoadOfficeAsync(string code, CancellationToken ct, params OfficeAction[] anyOf)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null) return NotFound();
        foreach (var action in anyOf)
        {
            if (!await access.CanAsync(User, action, office, ct)) continue;
            Office = office;
            return null;
        }
        return Forbid();
    }

    /// <summary>
    /// For a page whose rule is more than one action in the office itself (a report its parent's reviewers read, a
    /// decision its meeting's monitors read): null when the office exists and <paramref name="allowed"/> says yes.
    /// </summary>
    protected async Task<IActionResult?> LoadOfficeAsync(string code, Func<Office, Task<bool>> allowed, CancellationToken ct)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null) return NotFound();
        if (!await allowed(office)) return Forbid();
        Office = office;
        return null;
    }

    /// <summary>Whether the user may also do <paramref name="action"/> in the loaded office.</summary>
    protected Task<bool> CanAsync(OfficeAction action, CancellationToken ct) => access.CanAsync(User, action, Office, ct);
}
