using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// The office's API keys for e-service systems: an office admin makes one (shown once, stored hashed) and revokes it
/// (refused from the next request). Both are audited.
/// </summary>
[Authorize]
public sealed class ApiKeysModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public List<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Label { get; set; }

    [TempData]
    public string? NewKey { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        try
        {
            var (key, secret) = ApiKey.Create(Office.Id, Label, time.GetUtcNow(), User.Identity?.Name);
            Db.ApiKeys.Add(key);
            await Db.SaveChangesAsync(ct);
            NewKey = secret;
            Done = Ui.T($"'{key.Label}' চাবি তৈরি হয়েছে। চাবিটি এখনই কপি করুন; এটি আর দেখানো হবে না।",
                $"The key '{key.Label}' was made. Copy it now; it will not be shown again.");
            return RedirectToPage(new { code = Office.Code });
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(nameof(Label), e);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRevokeAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var key = await Db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.OfficeId == Office.Id, ct);
        if (key is null) return NotFound();
        if (key.IsActive)
        {
            key.Revoke(time.GetUtcNow(), User.Identity?.Name);
            await Db.SaveChangesAsync(ct);
        }
        Done = Ui.T($"'{key.Label}' চাবি বাতিল করা হয়েছে; এটি দিয়ে আর কোনো অনুরোধ গৃহীত হবে না।", $"The key '{key.Label}' was revoked; no request with it is accepted any more.");
        return RedirectToPage(new { code = Office.Code });
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        Keys = await Db.ApiKeys.AsNoTracking().Where(k => k.OfficeId == Office.Id).OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.Id).ToListAsync(ct);
        return null;
    }
}
