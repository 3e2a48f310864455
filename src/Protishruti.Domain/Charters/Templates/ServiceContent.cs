namespace Protishruti.Domain.Charters.Templates;

/// <summary>The fields a template defines and an adopting office may override, in printed-column order.</summary>
public enum TemplateField
{
    Name = 1,
    Category,
    DeliveryMethod,
    Documents,
    Fee,
    TimeLimit,
}

/// <summary>A service's documents column: an ordered list, or an explicit "none required"; compared by content.</summary>
public sealed record ServiceDocuments(bool NoneRequired, IReadOnlyList<DocumentLine> Lines)
{
    public static ServiceDocuments Empty { get; } = new(false, []);

    public bool Equals(ServiceDocuments? other) =>
        other is not null && NoneRequired == other.NoneRequired && Lines.SequenceEqual(other.Lines);

    public override int GetHashCode() => HashCode.Combine(NoneRequired, Lines.Count);
}

/// <summary>A service's name in both languages, as one field.</summary>
public sealed record ServiceName(string Bn, string? En);

/// <summary>
/// The content of a service without its officers (those are the adopting office's posts): what a template revision
/// holds and what an office's service is compared with. Values are the charter's own value objects.
/// </summary>
public sealed record ServiceContent(
    ServiceCategory Category,
    ServiceName Name,
    DeliveryMethod? DeliveryMethod,
    ServiceDocuments Documents,
    Fee? Fee,
    TimeLimit? TimeLimit)
{
    /// <summary>Checks the parts the value objects do not check themselves (category, name, documents) and cleans the text.</summary>
    public static ServiceContent Create(ServiceCategory category, string nameBn, string? nameEn, DeliveryMethod? deliveryMethod,
        ServiceDocuments documents, Fee? fee, TimeLimit? timeLimit)
    {
        if (!Enum.IsDefined(category))
            throw new DomainException("Unknown service category.", "অজানা সেবার ধরন।") { Field = nameof(Category) };
        var bn = Field(() => CharterText.Required(nameBn, "The service name (Bengali)", "সেবার নাম (বাংলা)", CharterText.MaxNameLength), "NameBn");
        var en = Field(() => CharterText.Optional(nameEn, "The service name (English)", "সেবার নাম (ইংরেজি)", CharterText.MaxNameLength), "NameEn");
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Lines.Count > CharterService.MaxDocuments)
            throw new DomainException($"A service can list at most {CharterService.MaxDocuments} documents.", "একটি সেবায় সর্বোচ্চ ৫০টি কাগজপত্র থাকতে পারে।") { Field = nameof(Documents) };
        if (documents.NoneRequired && documents.Lines.Count > 0)
            throw new DomainException("Either list the documents or say that none are needed, not both.",
                "হয় কাগজপত্রের তালিকা দিন, নয়তো উল্লেখ করুন যে কোনো কাগজপত্র লাগবে না; দুটো একসঙ্গে নয়।") { Field = nameof(Documents) };
        // The same rules as a charter's document rows, so whatever a template holds can be adopted.
        var lines = documents.Lines.Select(d =>
        {
            var r = Field(() => new RequiredDocument(d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn), nameof(Documents));
            return new DocumentLine(r.NameBn, r.NameEn, r.WhereToGetBn, r.WhereToGetEn);
        }).ToList();
        return new ServiceContent(category, new ServiceName(bn, en), deliveryMethod, new ServiceDocuments(documents.NoneRequired, lines), fee, timeLimit);
    }

    public static ServiceContent Of(CharterService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var lines = s.Documents.OrderBy(d => d.Order).Select(d => new DocumentLine(d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn)).ToList();
        return new ServiceContent(s.Category, new ServiceName(s.NameBn, s.NameEn), s.DeliveryMethod,
            new ServiceDocuments(s.NoDocumentsRequired, lines), s.Fee, s.TimeLimit);
    }

    public object? Value(TemplateField field) => field switch
    {
        TemplateField.Name => Name,
        TemplateField.Category => Category,
        TemplateField.DeliveryMethod => DeliveryMethod,
        TemplateField.Documents => Documents,
        TemplateField.Fee => Fee,
        TemplateField.TimeLimit => TimeLimit,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The fields whose values differ, in printed-column order.</summary>
    public static IReadOnlyList<TemplateField> ChangedFields(ServiceContent older, ServiceContent newer) =>
        Enum.GetValues<TemplateField>().Where(f => !Equals(older.Value(f), newer.Value(f))).ToList();

    private static T Field<T>(Func<T> rule, string field)
    {
        try
        {
            return rule();
        }
        catch (DomainException e) when (e.Field is null)
        {
            throw new DomainException(e.Message, e.MessageBn, e) { Field = field };
        }
    }
}
