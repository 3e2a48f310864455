using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Localization;

namespace Protishruti.Web.Features.Templates;

/// <summary>Reads shared by the template pages.</summary>
public static class TemplateQueries
{
    /// <summary>The templates an office defines for its subordinates, or the national ones (owner null), with their revisions.</summary>
    public static async Task<List<ServiceTemplate>> OwnedByAsync(this AppDbContext db, int? ownerOfficeId, CancellationToken ct)
    {
        var list = await db.ServiceTemplates.AsNoTracking().Include(t => t.Revisions).AsSplitQuery()
            .Where(t => t.OwnerOfficeId == ownerOfficeId).ToListAsync(ct);
        return list.OrderBy(t => t.Kind).ThenBy(t => t.Content.Category).ThenBy(t => t.Content.Name.Bn, StringComparer.Ordinal).ToList();
    }

    /// <summary>The templates offered to an office: national ones for its kind and those of any of its ancestors for its kind.</summary>
    public static async Task<List<ServiceTemplate>> ApplicableToAsync(this AppDbContext db, Office office, CancellationToken ct)
    {
        var ancestors = office.AncestorIds().ToList();
        var list = await db.ServiceTemplates.Include(t => t.Revisions).AsSplitQuery()
            .Where(t => t.Kind == office.Kind && (t.OwnerOfficeId == null || ancestors.Contains(t.OwnerOfficeId.Value)))
            .ToListAsync(ct);
        return list.OrderBy(t => t.OwnerOfficeId is null ? -1 : ancestors.IndexOf(t.OwnerOfficeId.Value))
            .ThenBy(t => t.Content.Category).ThenBy(t => t.Content.Name.Bn, StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// The create/edit form of a template, for national templates (system administrator) and an office's templates
/// (its editor or approver); the two pages differ only in who may use them and whose templates they are.
/// </summary>
public abstract class TemplateEditPage(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public ServiceTemplate? Template { get; private set; }

    protected AppDbContext Db => db;

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    /// <summary>The owner office's id (null for national) when the user may edit this scope's templates; otherwise a 403/404.</summary>
    protected abstract Task<(IActionResult? Denied, int? OwnerId)> ScopeAsync(CancellationToken ct);

    protected abstract string ListUrl { get; }

    public virtual IEnumerable<OfficeKind> Kinds => Enum.GetValues<OfficeKind>();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var (denied, owner) = await ScopeAsync(ct);
        if (denied is not null) return denied;
        if (id is not null)
        {
            Template = await FindAsync(id.Value, owner, ct);
            if (Template is null) return NotFound();
            Input = TemplateInput.From(Template.Kind, Template.Content);
        }
        else
        {
            Input.Category = ServiceCategory.Citizen;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var (denied, owner) = await ScopeAsync(ct);
        if (denied is not null) return denied;
        if (id is not null)
        {
            Template = await FindAsync(id.Value, owner, ct);
            if (Template is null) return NotFound();
            Input.Kind = Template.Kind; // the kind of an existing template does not change
        }
        if (Input.Kind is { } k && !Kinds.Contains(k)) ModelState.AddModelError("Input.Kind", l["Templates.ChooseKind"]);
        if (!Input.Validate(ModelState, "Input", l, out var content)) return Page();
        var siblings = await db.ServiceTemplates.Include(t => t.Revisions).AsSplitQuery()
            .Where(t => t.OwnerOfficeId == owner && t.Kind == Input.Kind && (Template == null || t.Id != Template.Id)).ToListAsync(ct);
        var name = CharterText.Key(content!.Name.Bn);
        if (siblings.Any(t => t.Content.Category == content.Category && CharterText.Key(t.Content.Name.Bn) == name))
        {
            ModelState.AddModelError("Input.NameBn", l["Templates.DuplicateName"]);
            return Page();
        }
        var user = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";
        if (Template is null)
        {
            Template = new ServiceTemplate(Input.Kind!.Value, owner, content, user, time.GetUtcNow());
            db.ServiceTemplates.Add(Template);
            Done = l["Templates.Created", content.Name.Bn];
        }
        else
        {
            Done = Template.Change(content, user, time.GetUtcNow())
                ? l["Templates.Revised", Ui.N(Template.Revision)]
                : l["Templates.Unchanged"];
        }
        db.AuditOfficeId = owner;
        await db.SaveChangesAsync(ct);
        return Redirect(ListUrl);
    }

    private Task<ServiceTemplate?> FindAsync(int id, int? owner, CancellationToken ct) =>
        db.ServiceTemplates.Include(t => t.Revisions).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id && t.OwnerOfficeId == owner, ct);
}
