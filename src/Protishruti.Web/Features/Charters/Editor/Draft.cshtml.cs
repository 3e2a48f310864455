using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>
/// The office's open charter version at a glance, with its quality findings and the workflow buttons. Editors and
/// approvers act here; monitors (also of an ancestor office) read it without any control.
/// </summary>
public sealed class DraftModel(AppDbContext db, OfficeAccess access, TimeProvider time, CharterPublishing publishing)
    : CharterEditorPage(db, access, time)
{
    public Dictionary<int, PostContact> Contacts { get; private set; } = [];
    public QualityReport? Report { get; private set; }
    /// <summary>Set when a submit or publish was refused: the blocking findings that stopped it.</summary>
    public bool Refused { get; private set; }

    /// <summary>What the open version changes against the published one (null when nothing is published yet).</summary>
    public ChangeList? Changes { get; private set; }

    [BindProperty]
    public string? ReturnComment { get; set; }

    [BindProperty]
    public Guid ServiceKey { get; set; }

    /// <summary>The documents this draft was imported from (ADR 0042).</summary>
    public List<Domain.Import.SourceDocument> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, OfficeAction.Monitor, ct) is { } denied) return denied;
        await CheckAsync(ct);
        if (Version is not null)
        {
            Revision = Version.Revision;
            Sources = await Db.SourceDocuments.AsNoTracking()
                .Where(d => d.OfficeId == Office.Id && d.RecordType == Domain.Import.SourceDocument.CharterVersionRecord && d.RecordId == Version.Id)
                .OrderBy(d => d.Id).ToListAsync(ct);
            if (await Db.PublishedVersionAsync(Office.Id, null, ct) is { } published)
                Changes = new(CharterDiff.Between(published, Version),
                    await Db.PostContactsAsync(PostContacts.ReferencedPosts(published).Concat(PostContacts.ReferencedPosts(Version)), Today, ct),
                    Office.Code, LinkServices: false);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        if (Version is not null) return Redirect(DraftUrl); // someone started it already: show it
        await CharterDrafts.StartAsync(Db, Office, Charter, ct);
        Done = "started";
        return Redirect(DraftUrl);
    }

    public Task<IActionResult> OnPostSubmitAsync(string code, CancellationToken ct) =>
        ActAsync(code, OfficeAction.EditCharter, "submitted", (v, lookup) => v.Submit(UserId!, Time.GetUtcNow(), lookup), ct);

    public Task<IActionResult> OnPostPublishAsync(string code, CancellationToken ct) =>
        ActAsync(code, OfficeAction.ApproveCharter, "published", (v, lookup) => v.Publish(UserId!, Time.GetUtcNow(), lookup), ct,
            save: publishing.SaveAsync); // the search index, public pages and PDFs follow the publish

    public Task<IActionResult> OnPostReturnAsync(string code, CancellationToken ct) =>
        ActAsync(code, OfficeAction.ApproveCharter, "returned", (v, _) => v.Return(UserId!, Time.GetUtcNow(), ReturnComment ?? ""), ct,
            field: nameof(ReturnComment));

    public Task<IActionResult> OnPostMoveUpAsync(string code, CancellationToken ct) =>
        ActAsync(code, OfficeAction.EditCharter, "moved", (v, _) => v.MoveServiceUp(ServiceKey), ct);

    public Task<IActionResult> OnPostMoveDownAsync(string code, CancellationToken ct) =>
        ActAsync(code, OfficeAction.EditCharter, "moved", (v, _) => v.MoveServiceDown(ServiceKey), ct);

    public Task<IActionResult> OnPostRemoveAsync(string code, CancellationToken ct) =>
        ActAsync(code, OfficeAction.EditCharter, "removed", (v, _) => v.RemoveService(ServiceKey), ct);

    private async Task<IActionResult> ActAsync(string code, OfficeAction need, string done, Action<CharterVersion, Func<int, PostInfo?>> act,
        CancellationToken ct, string field = "", Func<CancellationToken, Task>? save = null)
    {
        if (await LoadAsync(code, need, ct) is { } denied) return denied;
        if (Version is null)
        {
            // Nothing open: the draft was published by another request (a second click on "publish", two approvers).
            if (done == "published") ModelState.AddDomainError("", new AlreadyDoneException(AlreadyDone.Published));
            else return Redirect(DraftUrl);
            return Page();
        }
        if (done == "submitted" && Version.State == CharterVersionState.Submitted)
        {
            ModelState.AddDomainError("", new AlreadyDoneException(AlreadyDone.Submitted));
            await CheckAsync(ct);
            return Page();
        }
        if (!RevisionMatches())
        {
            await CheckAsync(ct);
            return Page();
        }
        Contacts = await Db.ForVersionAsync(Version, Today, ct);
        try
        {
            act(Version, Contacts.AsLookup());
        }
        catch (CharterQualityException e)
        {
            Refused = true;
            Report = e.Report;
            ModelState.AddModelError("", e.LocalizedMessage(Infrastructure.Localization.Ui.Bn));
            return Page();
        }
        catch (Domain.DomainException e)
        {
            FormErrors.AddDomainError(ModelState, field, e);
            await CheckAsync(ct);
            return Page();
        }
        if (!await SaveAsync(ct, save))
        {
            await CheckAsync(ct);
            return Page();
        }
        Done = done;
        return Redirect(DraftUrl);
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        if (Version is null) return;
        Contacts = await Db.ForVersionAsync(Version, Today, ct);
        Report = CharterQuality.Check(Version, Contacts.AsLookup());
    }

    /// <summary>The form where a finding is fixed, with the field's anchor.</summary>
    public string FixUrl(QualityFinding f)
    {
        var anchor = f.Field is null ? "" : "#" + f.Field.Split('[', '.')[0];
        if (f.ServiceKey is { } key) return Links.Charters.DraftService(Office.Code, key) + anchor;
        var field = f.Field ?? "";
        if (field is "Vision" or "Mission") return Links.Charters.DraftVision(Office.Code) + anchor;
        if (field == "Services") return Links.Charters.DraftService(Office.Code, "new");
        if (field == "Expectations") return Links.Charters.DraftExpectations(Office.Code);
        if (field.StartsWith("GrievanceLevels", StringComparison.Ordinal)) return Links.Charters.DraftGrievance(Office.Code);
        return DraftUrl;
    }
}
