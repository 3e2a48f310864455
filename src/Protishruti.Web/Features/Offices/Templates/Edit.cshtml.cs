using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Offices.Templates;

/// <summary>Create or change one of the office's templates for its subordinates; every change is a new revision.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access), ITemplateEditor
{
    public ServiceTemplate? Template { get; private set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    /// <summary>An office's templates are for offices below it, so never for ministries.</summary>
    public IEnumerable<OfficeKind> Kinds => Enum.GetValues<OfficeKind>().Where(k => k != OfficeKind.MinistryOrDivision);

    public async Task<IActionResult> OnGetAsync(string code, int? id, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        if (id is null) { Input = TemplateEditing.NewInput(); return Page(); }
        Template = await TemplateEditing.FindAsync(Db, id.Value, Office.Id, ct);
        if (Template is null) return NotFound();
        Input = TemplateInput.From(Template.Kind, Template.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int? id, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.EditCharter, ct) is { } denied) return denied;
        if (id is not null && (Template = await TemplateEditing.FindAsync(Db, id.Value, Office.Id, ct)) is null) return NotFound();
        var user = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";
        if (await TemplateEditing.SaveAsync(Db, time, ModelState, Input, Template, Kinds, Office.Id, user, ct) is not { } done) return Page();
        Done = done;
        return Redirect(Links.Manage.Templates(Office.Code));
    }
}
