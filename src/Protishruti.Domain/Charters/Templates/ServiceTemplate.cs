using Protishruti.Domain.Offices;

namespace Protishruti.Domain.Charters.Templates;

/// <summary>
/// A service every office of one kind provides ("every UNO office provides …"), defined nationally (owner null, by a
/// system administrator) or by an office for its descendants of that kind. Every change is a new revision and every
/// revision is kept, so an office that adopted revision 2 can be shown what changed up to revision 5.
/// </summary>
public sealed class ServiceTemplate
{
    public const int MaxNoteLength = 1000;

    private readonly List<ServiceTemplateRevision> _revisions = [];

    private ServiceTemplate() { }

    /// <param name="ownerOfficeId">The office that defines it for its subordinates, or null for a national template.</param>
    public ServiceTemplate(OfficeKind kind, int? ownerOfficeId, ServiceContent content, string userId, DateTimeOffset at)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException("Unknown office kind.", "অজানা দপ্তরের ধরন।") { Field = nameof(Kind) };
        if (ownerOfficeId is <= 0)
            throw new DomainException("A template belongs to a saved office.", "টেমপ্লেট একটি সংরক্ষিত দপ্তরের হতে হবে।");
        ArgumentNullException.ThrowIfNull(content);
        Kind = kind;
        OwnerOfficeId = ownerOfficeId;
        Revision = 1;
        _revisions.Add(new ServiceTemplateRevision(1, content, ValidUser(userId), at));
    }

    public int Id { get; private set; }
    /// <summary>The kind of office the template is for.</summary>
    public OfficeKind Kind { get; private set; }
    public int? OwnerOfficeId { get; private set; }
    public bool IsNational => OwnerOfficeId is null;
    /// <summary>The number of the latest revision; 1 when created, one more on every change.</summary>
    public int Revision { get; private set; }
    public IReadOnlyList<ServiceTemplateRevision> Revisions => _revisions;

    public ServiceTemplateRevision Current => RevisionNumber(Revision);

    public ServiceContent Content => Current.Content;

    public ServiceTemplateRevision RevisionNumber(int number) =>
        _revisions.FirstOrDefault(r => r.Number == number)
        ?? throw new DomainException($"The template has no revision {number}.", $"টেমপ্লেটের {Calendar.BengaliDigits.ToBengali(number)} নম্বর সংস্করণ নেই।");

    /// <summary>Records a new revision when the content differs from the latest; returns whether it did.</summary>
    public bool Change(ServiceContent content, string userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        var user = ValidUser(userId);
        if (content == Content) return false;
        Revision++;
        _revisions.Add(new ServiceTemplateRevision(Revision, content, user, at));
        return true;
    }

    /// <summary>Whether the template is offered to <paramref name="office"/>: national or owned by an ancestor, and for its kind.</summary>
    public bool AppliesTo(Office office)
    {
        ArgumentNullException.ThrowIfNull(office);
        return Kind == office.Kind && (OwnerOfficeId is null || office.AncestorIds().Contains(OwnerOfficeId.Value));
    }

    private static string ValidUser(string userId) =>
        TypedText.IsBlank(userId) ? throw new DomainException("The user is not known.", "ব্যবহারকারী অজ্ঞাত।") : TypedText.Trim(userId);

    public override string ToString() => $"{Kind} template r{Revision}: {Content.Name.Bn}";
}

/// <summary>One revision of a template's content; never changes once written.</summary>
public sealed class ServiceTemplateRevision
{
    private ServiceTemplateRevision() { }

    internal ServiceTemplateRevision(int number, ServiceContent content, string changedBy, DateTimeOffset changedAt)
    {
        Number = number;
        Category = content.Category;
        NameBn = content.Name.Bn;
        NameEn = content.Name.En;
        DeliveryMethod = content.DeliveryMethod;
        NoDocumentsRequired = content.Documents.NoneRequired;
        Documents = [.. content.Documents.Lines];
        Fee = content.Fee;
        TimeLimit = content.TimeLimit;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }
    public int ServiceTemplateId { get; private set; }
    public int Number { get; private set; }
    public ServiceCategory Category { get; private set; }
    public string NameBn { get; private set; } = "";
    public string? NameEn { get; private set; }
    public DeliveryMethod? DeliveryMethod { get; private set; }
    public bool NoDocumentsRequired { get; private set; }
    public List<DocumentLine> Documents { get; private set; } = [];
    public Fee? Fee { get; private set; }
    public TimeLimit? TimeLimit { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }

    public ServiceContent Content => new(Category, new ServiceName(NameBn, NameEn), DeliveryMethod,
        new ServiceDocuments(NoDocumentsRequired, Documents), Fee, TimeLimit);

    public string Name(bool bengali) => bengali || NameEn is null ? NameBn : NameEn;
}
