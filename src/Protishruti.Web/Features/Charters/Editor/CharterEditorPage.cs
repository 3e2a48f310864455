using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>
/// What every page of the charter editor shares: the office and its open version loaded with all its rows, the
/// reader's rights (Monitor reads, Editor/Approver change, Approver returns and publishes), and the revision check
/// that turns a save on a stale form into a conflict shown beside what the user typed (ADR 0008).
/// </summary>
[Authorize]
public abstract class CharterEditorPage(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    protected TimeProvider Time => time;
    public Charter? Charter { get; private set; }
    /// <summary>The draft, submitted or returned version, with its services, documents, expectations, ladder and history.</summary>
    public CharterVersion? Version { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanApprove { get; private set; }
    /// <summary>Someone else saved the draft after this form was loaded; the page shows their values beside the typed ones.</summary>
    public bool Conflict { get; private set; }

    /// <summary>The <see cref="CharterVersion.Revision"/> the form was loaded at.</summary>
    [BindProperty]
    public int Revision { get; set; }

    [TempData]
    public string? Done { get; set; }

    public string DraftUrl => Links.Charters.Draft(Office.Code);

    public DateOnly Today => time.TodayInBangladesh();

    /// <summary>Loads the office and charter; null when the user may do <paramref name="need"/>, else the response to send.</summary>
    protected async Task<IActionResult?> LoadAsync(string code, OfficeAction need, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, need, ct) is { } denied) return denied;
        var office = Office;
        CanEdit = await CanAsync(OfficeAction.EditCharter, ct);
        CanApprove = await CanAsync(OfficeAction.ApproveCharter, ct);
        await LoadCharterAsync(ct);
        return null;
    }

    /// <summary>For the forms: the user may edit and there is an editable draft; otherwise back to the overview.</summary>
    protected async Task<IActionResult?> LoadEditableAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        if (Version is not { IsEditable: true })
        {
            Done = "not-editable";
            return Redirect(DraftUrl);
        }
        return null;
    }

    private async Task LoadCharterAsync(CancellationToken ct)
    {
        Charter = await Db.Charters.Include(c => c.Versions).FirstOrDefaultAsync(c => c.OfficeId == Office.Id, ct);
        Version = Charter?.Open;
        if (Version is not null) await LoadRowsAsync(Version, ct);
    }

    protected async Task LoadRowsAsync(CharterVersion version, CancellationToken ct)
    {
        var entry = Db.Entry(version);
        await entry.Collection(v => v.Services).Query().Include(s => s.Documents).LoadAsync(ct);
        await entry.Collection(v => v.Expectations).LoadAsync(ct);
        await entry.Collection(v => v.GrievanceLevels).LoadAsync(ct);
        await entry.Collection(v => v.History).LoadAsync(ct);
    }

    /// <summary>
    /// Is the posted form based on the version as it is now? If not, marks the conflict, moves the form's revision to
    /// the current one (so a deliberate second save goes through) and returns false.
    /// </summary>
    protected bool RevisionMatches()
    {
        if (Version is null || Version.Revision == Revision) return true;
        MarkConflict();
        return false;
    }

    private void MarkConflict()
    {
        Conflict = true;
        ModelState.Remove(nameof(Revision));
        Revision = Version?.Revision ?? 0;
        ModelState.AddModelError("", Ui.T("আপনি ফর্মটি খোলার পর অন্য কেউ খসড়াটি পরিবর্তন করে সংরক্ষণ করেছেন। তাঁর সংরক্ষিত মান নিচে দেখানো হলো; আপনার লেখা রাখা আছে। মিলিয়ে দেখে আবার সংরক্ষণ করুন।", "Someone else saved this draft after you opened the form. Their saved values are shown below and what you typed is kept; compare them and save again."));
    }

    /// <summary>
    /// Saves with the form's revision as the expected one, so a change saved between this request's load and its save
    /// is refused by the database too. On a conflict reloads the current draft and returns false.
    /// </summary>
    /// <param name="save">How to save, when more than a save follows (publishing); a plain save otherwise.</param>
    protected async Task<bool> SaveAsync(CancellationToken ct, Func<CancellationToken, Task>? save = null)
    {
        if (Version is not null && Db.Entry(Version).State != EntityState.Added)
            Db.Entry(Version).Property(v => v.Revision).OriginalValue = Revision;
        if (Version is { IsEditable: true })
        {
            // The stored score is what the parent office's monitoring view shows (ADR 0012): keep it as of this save.
            var contacts = await Db.ForVersionAsync(Version, Today, ct);
            Version.CheckQuality(contacts.AsLookup());
        }
        try
        {
            await (save ?? Db.SaveChangesAsync)(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadCharterAsync(ct);
            MarkConflict();
            return false;
        }
    }

    /// <summary>Runs a domain change; a refused one goes beside <paramref name="field"/> (or the rule's own field under <paramref name="prefix"/>).</summary>
    protected bool Try(Action change, string field, string? prefix = null)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field is { } f && prefix is not null ? $"{prefix}.{f}" : field, e);
            return false;
        }
    }

    /// <summary>The office's posts with today's holder, for the officer pickers.</summary>
    protected async Task<List<PostContact>> PostsOfAsync(IEnumerable<int> officeIds, CancellationToken ct)
    {
        var ids = officeIds.ToList();
        var postIds = await Db.Posts.AsNoTracking().Where(p => ids.Contains(p.OfficeId))
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var contacts = await Db.PostContactsAsync(postIds, Today, ct);
        return postIds.Where(contacts.ContainsKey).Select(id => contacts[id]).ToList();
    }

    /// <summary>A throw-away draft to run one field's rule on, so every field's problem shows on one submit.</summary>
    protected static CharterVersion Scratch() => new Charter(1, LayoutProfile.Field8).Open!;

    protected string? UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
}

/// <summary>The model of _EditorHeader.cshtml: the page and its heading.</summary>
public sealed record EditorHeader(CharterEditorPage Page, string Title);
