using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Templates;

/// <summary>
/// The templates that apply to an office (national ones for its kind and its ancestors'), which of them its open draft
/// has adopted, and what changed in a template since: adopt one, or take its changes into the draft.
/// </summary>
[Authorize]
public sealed class AdoptModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public Charter? Charter { get; private set; }
    public CharterVersion? Open => Charter?.Open;
    public List<Row> Rows { get; private set; } = [];
    public Dictionary<int, string> Owners { get; private set; } = [];
    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public sealed record Row(ServiceTemplate Template, CharterService? Service, TemplateUpdate? Update);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ?? Page();

    public async Task<IActionResult> OnPostAdoptAsync(string code, int templateId, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var template = Rows.FirstOrDefault(r => r.Template.Id == templateId)?.Template;
        if (template is null) return NotFound();
        return await ChangeDraftAsync(draft =>
        {
            var service = draft.AdoptTemplate(template);
            return Ui.T($"'{service.Name(Ui.Bn)}' সেবাটি খসড়ায় যোগ হয়েছে।", $"'{service.Name(Ui.Bn)}' was added to the draft.");
        }, ct);
    }

    public async Task<IActionResult> OnPostTakeAsync(string code, int templateId, List<TemplateField> replace, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var row = Rows.FirstOrDefault(r => r.Template.Id == templateId);
        if (row?.Service is null) return NotFound();
        return await ChangeDraftAsync(_ =>
        {
            var applied = row.Service.TakeTemplateChanges(row.Template, replace.ToHashSet());
            return Ui.T($"টেমপ্লেটের সংস্করণ {Ui.N(row.Template.Revision)} গৃহীত; খসড়ায় {Ui.N(applied.Count)}টি ঘর বদলেছে।", $"Revision {Ui.N(row.Template.Revision)} of the template taken; {Ui.N(applied.Count)} field(s) changed in the draft.");
        }, ct);
    }

    /// <summary>Starts the next draft as a copy of the published charter (or the first one) so templates can be adopted.</summary>
    public async Task<IActionResult> OnPostStartAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (Open is not null) return Redirect(Request.Path); // someone started one meanwhile
        await CharterDrafts.StartAsync(Db, Office, Charter, ct);
        Done = Ui.T("নতুন খসড়া শুরু হয়েছে।", "A new draft was started.");
        return Redirect(Request.Path);
    }

    private async Task<IActionResult> ChangeDraftAsync(Func<CharterVersion, string> change, CancellationToken ct)
    {
        if (Open is not { IsEditable: true } draft)
        {
            Error = Ui.T("সম্পাদনাযোগ্য কোনো খসড়া নেই।", "There is no editable draft.");
            return Page();
        }
        try
        {
            Done = change(draft);
        }
        catch (DomainException e)
        {
            Error = e.LocalizedMessage(Ui.Bn);
            await LoadAsync(Office.Code, ct, reload: true);
            return Page();
        }
        var contacts = await Db.ForVersionAsync(draft, time.TodayInBangladesh(), ct);
        draft.CheckQuality(contacts.AsLookup()); // the stored score is "as of the last save"
        await Db.SaveChangesAsync(ct);
        return Redirect(Request.Path);
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct, bool reload = false)
    {
        if (!reload)
        {
            if (await LoadOfficeAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        }
        else
        {
            Db.ChangeTracker.Clear();
        }
        // Only the open version is needed here, with what the quality check reads.
        Charter = await Db.Charters
            .Include(c => c.Versions.Where(v => v.State != CharterVersionState.Published)).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
            .Include(c => c.Versions.Where(v => v.State != CharterVersionState.Published)).ThenInclude(v => v.Expectations)
            .Include(c => c.Versions.Where(v => v.State != CharterVersionState.Published)).ThenInclude(v => v.GrievanceLevels)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.OfficeId == Office.Id, ct);
        if (Charter is not null && Open is null)
            await Db.Entry(Charter).Collection(c => c.Versions).Query().Where(v => v.State == CharterVersionState.Published)
                .OrderByDescending(v => v.Number).Take(1).LoadAsync(ct); // "update the published version" needs to know there is one
        var templates = await Db.ApplicableToAsync(Office, ct);
        Rows = templates.Select(t =>
        {
            var service = Open is null ? null : TemplateAdoption.AdoptedService(Open, t);
            return new Row(t, service, service?.PendingUpdate(t));
        }).ToList();
        Owners = (await Db.AncestorsAsync(Office, ct)).ToDictionary(a => a.Id, a => a.Name(Ui.Bn));
        return null;
    }
}
