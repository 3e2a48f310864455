namespace Protishruti.Domain.Charters.Templates;

/// <summary>One field of a template change as an adopting office sees it.</summary>
/// <param name="Adopted">The value in the template revision the office adopted.</param>
/// <param name="Latest">The value in the template's latest revision.</param>
/// <param name="Office">The office's current value in its draft.</param>
public sealed record TemplateFieldUpdate(TemplateField Field, object? Adopted, object? Latest, object? Office)
{
    /// <summary>The office changed this field after adopting (and not already to the template's new value).</summary>
    public bool Overridden => !Equals(Office, Adopted) && !Equals(Office, Latest);

    /// <summary>The office's value already equals the template's new one: nothing to take.</summary>
    public bool AlreadyTaken => Equals(Office, Latest);
}

/// <summary>What changed in a template since the revision a service adopted.</summary>
public sealed record TemplateUpdate(CharterService Service, ServiceTemplate Template, int FromRevision, IReadOnlyList<TemplateFieldUpdate> Fields)
{
    public int ToRevision => Template.Revision;
}

/// <summary>
/// Adopting a template into a draft, and later taking a template's changes. The rule for a changed field: one the
/// office has not overridden (its value is still the adopted revision's) takes the template's new value; one it has
/// overridden keeps the office's value unless the user asks to replace it. Unchanged template fields are never touched.
/// </summary>
public static class TemplateAdoption
{
    /// <summary>Adds a service with the template's latest content to the draft, linked to the template and revision.</summary>
    public static CharterService AdoptTemplate(this CharterVersion version, ServiceTemplate template)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(template);
        version.EnsureEditable();
        if (AdoptedService(version, template) is { } existing)
            throw new DomainException($"The template is already adopted as '{existing.Name(bengali: false)}'.",
                $"টেমপ্লেটটি আগেই '{existing.NameBn}' নামে গ্রহণ করা হয়েছে।");
        var content = template.Content;
        var service = version.AddService(content.Category, content.Name.Bn, content.Name.En);
        foreach (var field in Enum.GetValues<TemplateField>().Where(f => f is not (TemplateField.Name or TemplateField.Category)))
            Apply(service, field, content);
        service.LinkTemplate(template.Id, template.Revision);
        return service;
    }

    /// <summary>The service in the version that was adopted from the template, if any.</summary>
    public static CharterService? AdoptedService(CharterVersion version, ServiceTemplate template)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(template);
        return version.Services.FirstOrDefault(s => s.TemplateId == template.Id && s.TemplateRevision is not null);
    }

    /// <summary>The template's changes since the service's adopted revision, or null when it is up to date.</summary>
    public static TemplateUpdate? PendingUpdate(this CharterService service, ServiceTemplate template)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(template);
        if (service.TemplateId != template.Id || service.TemplateRevision is not { } adopted || adopted >= template.Revision)
            return null;
        var (old, latest, mine) = (template.RevisionNumber(adopted).Content, template.Content, ServiceContent.Of(service));
        var fields = ServiceContent.ChangedFields(old, latest)
            .Select(f => new TemplateFieldUpdate(f, old.Value(f), latest.Value(f), mine.Value(f)))
            .ToList();
        return new TemplateUpdate(service, template, adopted, fields);
    }

    /// <summary>
    /// Takes the template's changes into the draft: changed fields the office did not override get the new value;
    /// overridden ones only when listed in <paramref name="replaceOverridden"/>. Records the latest revision as adopted.
    /// Returns the fields that changed in the draft.
    /// </summary>
    public static IReadOnlyList<TemplateField> TakeTemplateChanges(this CharterService service, ServiceTemplate template,
        IReadOnlySet<TemplateField>? replaceOverridden = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(template);
        service.Version.EnsureEditable();
        if (service.TemplateId != template.Id)
            throw new DomainException("The service was not adopted from this template.", "সেবাটি এই টেমপ্লেট থেকে গ্রহণ করা হয়নি।");
        var update = service.PendingUpdate(template);
        if (update is null) return [];
        var applied = new List<TemplateField>();
        foreach (var f in update.Fields.Where(f => !f.AlreadyTaken && (!f.Overridden || replaceOverridden?.Contains(f.Field) == true)))
        {
            Apply(service, f.Field, template.Content);
            applied.Add(f.Field);
        }
        service.LinkTemplate(template.Id, template.Revision);
        return applied;
    }

    private static void Apply(CharterService service, TemplateField field, ServiceContent content)
    {
        switch (field)
        {
            case TemplateField.Name:
                service.Rename(content.Name.Bn, content.Name.En);
                break;
            case TemplateField.Category:
                service.Version.ChangeServiceCategory(service.Key, content.Category);
                break;
            case TemplateField.DeliveryMethod:
                service.SetDeliveryMethod(content.DeliveryMethod);
                break;
            case TemplateField.Documents:
                if (content.Documents.NoneRequired)
                {
                    service.SetNoDocumentsRequired();
                    break;
                }
                service.ClearDocuments();
                foreach (var d in content.Documents.Lines) service.AddDocument(d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn);
                break;
            case TemplateField.Fee:
                service.SetFee(content.Fee);
                break;
            case TemplateField.TimeLimit:
                service.SetTimeLimit(content.TimeLimit);
                break;
        }
    }
}
