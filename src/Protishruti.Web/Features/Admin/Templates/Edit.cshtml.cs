using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Admin.Templates;

/// <summary>Create or change a national template (system administrators); every change is a new revision.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, TimeProvider time) : PageModel, ITemplateEditor
{
    public ServiceTemplate? Template { get; private set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public IEnumerable<OfficeKind> Kinds => Enum.GetValues<OfficeKind>();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        if (id is null) { Input = TemplateEditing.NewInput(); return Page(); }
        Template = await TemplateEditing.FindAsync(db, id.Value, owner: null, ct);
        if (Template is null) return NotFound();
        Input = TemplateInput.From(Template.Kind, Template.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (!await access.IsSystemAdminAsync(User, ct)) return Forbid();
        if (id is not null && (Template = await TemplateEditing.FindAsync(db, id.Value, owner: null, ct)) is null) return NotFound();
        var user = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";
        if (await TemplateEditing.SaveAsync(db, time, ModelState, Input, Template, Kinds, owner: null, user, ct) is not { } done) return Page();
        Done = done;
        return Redirect(Links.Admin.Templates());
    }
}
