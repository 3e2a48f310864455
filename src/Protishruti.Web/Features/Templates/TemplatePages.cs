using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

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

/// <summary>What the shared template form (<c>_TemplateForm.cshtml</c>) shows: the national and the office template pages.</summary>
public interface ITemplateEditor
{
    ServiceTemplate? Template { get; }
    TemplateInput Input { get; }
    IEnumerable<OfficeKind> Kinds { get; }
}

/// <summary>
/// Creating and changing a template, for national templates (system administrator; owner null) and an office's
/// templates for its subordinates (its editor or approver). The two pages differ only in who may use them and whose
/// templates they are; each checks that first, then calls this.
/// </summary>
public static class TemplateEditing
{
    public static Task<ServiceTemplate?> FindAsync(AppDbContext db, int id, int? owner, CancellationToken ct) =>
        db.ServiceTemplates.Include(t => t.Revisions).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id && t.OwnerOfficeId == owner, ct);

    /// <summary>
    /// Validates <paramref name="input"/> into <paramref name="state"/> and saves a new template (when
    /// <paramref name="template"/> is null) or a new revision; the message to show afterwards, or null when the form
    /// has errors to show.
    /// </summary>
    public static async Task<string?> SaveAsync(AppDbContext db, TimeProvider time, ModelStateDictionary state, TemplateInput input,
        ServiceTemplate? template, IEnumerable<OfficeKind> kinds, int? owner, string user, CancellationToken ct)
    {
        if (template is not null) input.Kind = template.Kind; // the kind of an existing template does not change
        if (input.Kind is { } k && !kinds.Contains(k)) state.AddModelError("Input.Kind", Ui.T("দপ্তরের ধরন নির্বাচন করুন।", "Choose the kind of office."));
        if (!input.Validate(state, "Input", out var content)) return null;
        var siblings = await db.ServiceTemplates.Include(t => t.Revisions).AsSplitQuery()
            .Where(t => t.OwnerOfficeId == owner && t.Kind == input.Kind && (template == null || t.Id != template.Id)).ToListAsync(ct);
        var name = CharterText.Key(content!.Name.Bn);
        if (siblings.Any(t => t.Content.Category == content.Category && CharterText.Key(t.Content.Name.Bn) == name))
        {
            state.AddModelError("Input.NameBn", Ui.T("একই ধরনের দপ্তরের জন্য এই নামে এই শ্রেণির একটি টেমপ্লেট আগেই আছে।", "A template with this name and category already exists for this kind of office."));
            return null;
        }
        string done;
        if (template is null)
        {
            db.ServiceTemplates.Add(new ServiceTemplate(input.Kind!.Value, owner, content, user, time.GetUtcNow()));
            done = Ui.T($"'{content.Name.Bn}' টেমপ্লেট তৈরি হয়েছে।", $"Template '{content.Name.Bn}' was created.");
        }
        else
        {
            done = template.Change(content, user, time.GetUtcNow())
                ? Ui.T($"পরিবর্তন সংরক্ষিত হয়েছে: সংস্করণ {Ui.N(template.Revision)}।", $"Saved as revision {Ui.N(template.Revision)}.")
                : Ui.T("কিছু বদলায়নি; নতুন সংস্করণ হয়নি।", "Nothing changed; no new revision.");
        }
        db.AuditOfficeId = owner;
        await db.SaveChangesAsync(ct);
        return done;
    }

    public static TemplateInput NewInput() => new() { Category = ServiceCategory.Citizen };
}
