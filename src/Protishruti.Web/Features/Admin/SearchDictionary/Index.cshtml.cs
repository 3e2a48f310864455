using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Search;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Search;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin.SearchDictionary;

/// <summary>
/// The search dictionary (ADR 0010): the repository's lines, read-only, and the lines offices added, which a system
/// administrator (for the whole country) or an office's admin, editor or head (for their office) adds and removes.
/// Every change is audited and takes effect in the search at once.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, SearchLexiconStore lexicon, IOutputCacheStore cache, TimeProvider time)
    : PageModel
{
    /// <summary>The roles in an office that may add the office's lines.</summary>
    public static readonly OfficeRole[] EditingRoles = [OfficeRole.OfficeAdmin, OfficeRole.Editor, OfficeRole.Approver];

    public sealed record OfficeChoice(int Id, string Code, string NameBn, string NameEn);
    public sealed record AddedLine(SearchSynonym Line, OfficeChoice? Office, bool MayRemove);

    public sealed class LineInput
    {
        public string? Terms { get; set; }
        public string? Variants { get; set; }
        public string? Note { get; set; }
        /// <summary>The office the line is for; empty for the whole country (system administrators only).</summary>
        public string? Office { get; set; }
    }

    public bool IsSystemAdmin { get; private set; }
    public List<OfficeChoice> Offices { get; private set; } = [];
    public List<AddedLine> Added { get; private set; } = [];
    public IReadOnlyList<DictionaryLine> FileLines => Search.SearchLexicon.BundledLines.Value;

    [BindProperty]
    public LineInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadScopeAsync(ct)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadScopeAsync(ct)) return Forbid();
        int? officeId = null;
        if (string.IsNullOrWhiteSpace(Input.Office))
        {
            if (!IsSystemAdmin)
                ModelState.AddModelError("Input.Office", Ui.T("কোন দপ্তরের পক্ষ থেকে যোগ করছেন তা বাছাই করুন।", "Choose the office you are adding the line for."));
        }
        else if (Offices.FirstOrDefault(o => o.Code == Input.Office) is { } office) officeId = office.Id;
        else return Forbid(); // an office this user holds no editing role in

        ModelState.Check("Input.Terms", () => SearchSynonym.ValidTerms(Input.Terms));
        ModelState.Check("Input.Variants", () => SearchSynonym.ValidVariants(Input.Variants));
        ModelState.Check("Input.Note", () => SearchSynonym.ValidNote(Input.Note));
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var line = new SearchSynonym(Input.Terms!, Input.Variants, Input.Note, officeId, User.Identity?.Name ?? "", time.GetUtcNow());
        db.Set<SearchSynonym>().Add(line);
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        Done = Ui.T($"যোগ হয়েছে: {line.Terms}। অনুসন্ধানে এখনই কাজ করবে।", $"Added: {line.Terms}. The search uses it now.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await LoadScopeAsync(ct)) return Forbid();
        var line = await db.Set<SearchSynonym>().FindAsync([id], ct);
        if (line is null) return NotFound();
        if (!MayRemove(line)) return Forbid();
        db.Set<SearchSynonym>().Remove(line);
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        Done = Ui.T($"মুছে ফেলা হয়েছে: {line.Terms}", $"Removed: {line.Terms}");
        return RedirectToPage();
    }

    private bool MayRemove(SearchSynonym line) => IsSystemAdmin || (line.OfficeId is { } o && Offices.Any(x => x.Id == o));

    /// <summary>The search reads the dictionary again, and cached search pages go.</summary>
    private async Task ChangedAsync(CancellationToken ct)
    {
        lexicon.Invalidate();
        await PublicPages.EvictAsync(cache, ct);
    }

    /// <summary>Whether the user may use the page at all, and the offices whose lines they may add.</summary>
    private async Task<bool> LoadScopeAsync(CancellationToken ct)
    {
        var grants = await access.GrantsAsync(User, ct);
        IsSystemAdmin = grants.Any(g => g.Role == OfficeRole.SystemAdmin);
        var officeIds = grants.Where(g => g.OfficeId is not null && (IsSystemAdmin || EditingRoles.Contains(g.Role))).Select(g => g.OfficeId!.Value).Distinct().ToList();
        Offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).OrderBy(o => o.Code)
            .Select(o => new OfficeChoice(o.Id, o.Code, o.NameBn, o.NameEn)).ToListAsync(ct);
        return IsSystemAdmin || Offices.Count > 0;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var lines = await db.Set<SearchSynonym>().AsNoTracking().OrderByDescending(s => s.Id).ToListAsync(ct);
        var officeIds = lines.Select(s => s.OfficeId).OfType<int>().Distinct().ToList();
        var offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id))
            .Select(o => new OfficeChoice(o.Id, o.Code, o.NameBn, o.NameEn)).ToDictionaryAsync(o => o.Id, ct);
        Added = [.. lines.Select(s => new AddedLine(s, s.OfficeId is { } id ? offices.GetValueOrDefault(id) : null, MayRemove(s)))];
        if (!IsSystemAdmin && string.IsNullOrEmpty(Input.Office) && Offices.Count == 1) Input.Office = Offices[0].Code;
    }
}
