using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>
/// Adds (key "new") or edits one service with every column of the charter. The documents list works without
/// JavaScript: existing rows plus blank ones, and an "add rows" button that re-renders with everything typed kept.
/// </summary>
public sealed class ServiceModel(AppDbContext db, OfficeAccess access, TimeProvider time) : CharterEditorPage(db, access, time)
{
    public const int RowsPerAdd = 3;

    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    /// <summary>The service being edited; null when adding.</summary>
    public CharterService? Service { get; private set; }
    public bool IsNew { get; private set; }
    public List<PostContact> Posts { get; private set; } = [];
    public Dictionary<int, PostContact> PostsById { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string key, CancellationToken ct)
    {
        if (await LoadAsync(code, key, ct) is { } denied) return denied;
        Input = Service is null ? new ServiceInput().WithSpareRows(ServiceInput.SpareRows) : ServiceInput.From(Service);
        Revision = Version!.Revision;
        return Page();
    }

    /// <summary>Re-renders the form with <see cref="RowsPerAdd"/> more blank document rows; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(string code, string key, CancellationToken ct)
    {
        if (await LoadAsync(code, key, ct) is { } denied) return denied;
        ModelState.Clear();
        Input.WithSpareRows(RowsPerAdd);
        return Page();
    }

    /// <summary>Re-renders to show how the typed time limit is understood; nothing is saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string code, string key, CancellationToken ct)
    {
        if (await LoadAsync(code, key, ct) is { } denied) return denied;
        ModelState.Clear();
        Input.KeepRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string key, CancellationToken ct)
    {
        if (await LoadAsync(code, key, ct) is { } denied) return denied;
        var parsed = Input.Validate(ModelState, nameof(Input), PostsById.Keys.ToHashSet());
        if (parsed is null || !RevisionMatches() || (!IsNew && Service is null)) return Redisplay();

        var i = Input;
        var v = Version!;
        var s = Service;
        if (s is null)
        {
            if (!Try(() => s = v.AddService(i.Category, i.NameBn!, i.NameEn), "Input.NameBn")) return Redisplay();
        }
        else
        {
            if (s.Category != i.Category && !Try(() => v.ChangeServiceCategory(s.Key, i.Category), "Input.NameBn")) return Redisplay();
            if (!Try(() => s.Rename(i.NameBn!, i.NameEn), "Input.NameBn")) return Redisplay();
        }
        var service = s!;
        if (service.DeliveryMethod != parsed.Method) service.SetDeliveryMethod(parsed.Method);
        if (service.Fee != parsed.Fee) service.SetFee(parsed.Fee);
        if (service.TimeLimit != parsed.TimeLimit) service.SetTimeLimit(parsed.TimeLimit);
        if (service.ResponsibleOfficerPostId != i.ResponsiblePostId) service.SetResponsibleOfficer(i.ResponsiblePostId);
        if (service.SupervisingOfficerPostId != i.SupervisingPostId) service.SetSupervisingOfficer(i.SupervisingPostId);
        SetDocuments(service, i.NoDocuments, parsed.Documents);

        if (!await SaveAsync(ct))
        {
            Service = Version?.Services.FirstOrDefault(x => x.Key == service.Key && !IsNew);
            return Redisplay();
        }
        Done = "saved";
        return Redirect($"{DraftUrl}#services-h");
    }

    private static void SetDocuments(CharterService service, bool none, List<DocumentRow> rows)
    {
        if (none)
        {
            if (!service.NoDocumentsRequired || service.Documents.Count > 0) service.SetNoDocumentsRequired();
            return;
        }
        var same = !service.NoDocumentsRequired && service.Documents.Count == rows.Count
            && service.Documents.OrderBy(d => d.Order).Zip(rows).All(p =>
                p.First.NameBn == CharterText.Clean(p.Second.NameBn) && p.First.NameEn == CharterText.Optional(p.Second.NameEn, "", "", int.MaxValue)
                && p.First.WhereToGetBn == CharterText.Optional(p.Second.WhereBn, "", "", int.MaxValue)
                && p.First.WhereToGetEn == CharterText.Optional(p.Second.WhereEn, "", "", int.MaxValue));
        if (same) return;
        service.ClearDocuments();
        foreach (var d in rows) service.AddDocument(d.NameBn!, d.NameEn, d.WhereBn, d.WhereEn);
    }

    private PageResult Redisplay()
    {
        Input.KeepRows();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, string key, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        IsNew = key == "new";
        if (!IsNew)
        {
            if (!Guid.TryParse(key, out var k)) return NotFound();
            Service = Version!.Services.FirstOrDefault(s => s.Key == k);
            // Removed by someone else while this form was open: a stale post shows the conflict, a fresh GET is a 404.
            if (Service is null && !(Request.Method == "POST" && Revision != Version.Revision)) return NotFound();
        }
        Posts = await PostsOfAsync([Office.Id], ct);
        PostsById = Posts.ToDictionary(p => p.PostId);
        return null;
    }
}
