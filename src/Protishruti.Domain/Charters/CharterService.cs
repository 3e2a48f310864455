namespace Protishruti.Domain.Charters;

/// <summary>
/// One row of the services table. Its <see cref="Key"/> is given when the service is first written and kept in every
/// later version, so versions can be compared and links to a service survive a new version.
/// </summary>
public sealed class CharterService
{
    private readonly List<RequiredDocument> _documents = [];

    private CharterService() { }

    internal CharterService(CharterVersion version, ServiceCategory category, string nameBn, string? nameEn)
    {
        Version = version;
        Key = Guid.NewGuid();
        Category = category;
        (NameBn, NameEn) = ValidName(nameBn, nameEn);
    }

    public int Id { get; private set; }
    public Guid Key { get; private set; }
    public int CharterVersionId { get; private set; }
    public CharterVersion Version { get; private set; } = null!;
    public ServiceCategory Category { get; private set; }
    /// <summary>Position within the category, from 1.</summary>
    public int Order { get; internal set; }
    public string NameBn { get; private set; } = "";
    public string? NameEn { get; private set; }
    public DeliveryMethod? DeliveryMethod { get; private set; }
    public IReadOnlyList<RequiredDocument> Documents => _documents;
    /// <summary>The office says no document is needed, which is different from not having filled the column.</summary>
    public bool NoDocumentsRequired { get; private set; }
    public Fee? Fee { get; private set; }
    public TimeLimit? TimeLimit { get; private set; }
    public int? ResponsibleOfficerPostId { get; private set; }
    public int? SupervisingOfficerPostId { get; private set; }
    /// <summary>The service template this service was adopted from, if any; kept in every later version.</summary>
    public int? TemplateId { get; private set; }
    /// <summary>The template's revision whose content this service last took (on adoption or "take into draft").</summary>
    public int? TemplateRevision { get; private set; }

    public string Name(bool bengali) => bengali || NameEn is null ? NameBn : NameEn;

    public void Rename(string nameBn, string? nameEn)
    {
        Version.EnsureEditable();
        var (bn, en) = ValidName(nameBn, nameEn);
        Version.EnsureUniqueName(Category, bn, en, except: this);
        (NameBn, NameEn) = (bn, en);
        Version.Touch();
    }

    public void SetDeliveryMethod(DeliveryMethod? method) => Edit(() => DeliveryMethod = method);

    public void SetFee(Fee? fee) => Edit(() => Fee = fee);

    public void SetTimeLimit(TimeLimit? limit) => Edit(() => TimeLimit = limit);

    public void SetResponsibleOfficer(int? postId) => Edit(() => ResponsibleOfficerPostId = ValidPostId(postId));

    public void SetSupervisingOfficer(int? postId) => Edit(() => SupervisingOfficerPostId = ValidPostId(postId));

    public RequiredDocument AddDocument(string nameBn, string? nameEn = null, string? whereToGetBn = null, string? whereToGetEn = null)
    {
        Version.EnsureEditable();
        if (_documents.Count >= MaxDocuments)
            throw new DomainException($"A service can list at most {MaxDocuments} documents.", "একটি সেবায় সর্বোচ্চ ৫০টি কাগজপত্র থাকতে পারে।");
        var document = new RequiredDocument(nameBn, nameEn, whereToGetBn, whereToGetEn) { Order = _documents.Count + 1 };
        _documents.Add(document);
        NoDocumentsRequired = false;
        Version.Touch();
        return document;
    }

    public void RemoveDocument(int index) => Edit(() =>
    {
        _documents.RemoveAt(CheckIndex(index));
        Renumber();
    });

    public void MoveDocument(int index, int newIndex) => Edit(() =>
    {
        var document = _documents[CheckIndex(index)];
        _documents.RemoveAt(index);
        _documents.Insert(Math.Clamp(newIndex, 0, _documents.Count), document);
        Renumber();
    });

    public void ClearDocuments() => Edit(() =>
    {
        _documents.Clear();
        NoDocumentsRequired = false;
    });

    /// <summary>States that the service needs no document; removes any listed.</summary>
    public void SetNoDocumentsRequired() => Edit(() =>
    {
        _documents.Clear();
        NoDocumentsRequired = true;
    });

    public const int MaxDocuments = 50;

    internal void LinkTemplate(int templateId, int revision) => Edit(() => (TemplateId, TemplateRevision) = (templateId, revision));

    internal void MoveToCategory(ServiceCategory category) => Category = category;

    internal CharterService CopyTo(CharterVersion version)
    {
        var copy = new CharterService
        {
            Version = version,
            Key = Key,
            Category = Category,
            Order = Order,
            NameBn = NameBn,
            NameEn = NameEn,
            DeliveryMethod = DeliveryMethod,
            NoDocumentsRequired = NoDocumentsRequired,
            Fee = Fee,
            TimeLimit = TimeLimit,
            ResponsibleOfficerPostId = ResponsibleOfficerPostId,
            SupervisingOfficerPostId = SupervisingOfficerPostId,
            TemplateId = TemplateId,
            TemplateRevision = TemplateRevision,
        };
        copy._documents.AddRange(_documents.Select(d => d.Copy()));
        return copy;
    }

    internal static int? ValidPostId(int? postId) =>
        postId is <= 0 ? throw new DomainException("Choose a post from the office's list.", "দপ্তরের তালিকা থেকে একটি পদ নির্বাচন করুন।") : postId;

    private static (string Bn, string? En) ValidName(string nameBn, string? nameEn) =>
        (CharterText.Required(nameBn, "The service name (Bengali)", "সেবার নাম (বাংলা)", CharterText.MaxNameLength),
         CharterText.Optional(nameEn, "The service name (English)", "সেবার নাম (ইংরেজি)", CharterText.MaxNameLength));

    private void Edit(Action change)
    {
        Version.EnsureEditable();
        change();
        Version.Touch();
    }

    private int CheckIndex(int index) =>
        index >= 0 && index < _documents.Count ? index
            : throw new DomainException("That document is not in the list.", "কাগজপত্রটি তালিকায় নেই।");

    private void Renumber()
    {
        for (var i = 0; i < _documents.Count; i++) _documents[i].Order = i + 1;
    }

    public override string ToString() => $"{Category} {Order}: {NameBn}";
}
