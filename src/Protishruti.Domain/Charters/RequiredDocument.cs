namespace Protishruti.Domain.Charters;

/// <summary>প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান: one row of a service's document list.</summary>
public sealed class RequiredDocument
{
    private RequiredDocument() { }

    internal RequiredDocument(string nameBn, string? nameEn, string? whereToGetBn, string? whereToGetEn)
    {
        NameBn = CharterText.Required(nameBn, "The document's name (Bengali)", "কাগজপত্রের নাম (বাংলা)", CharterText.MaxNameLength);
        NameEn = CharterText.Optional(nameEn, "The document's name (English)", "কাগজপত্রের নাম (ইংরেজি)", CharterText.MaxNameLength);
        WhereToGetBn = CharterText.Optional(whereToGetBn, "Where to get the document (Bengali)", "কাগজপত্রের প্রাপ্তিস্থান (বাংলা)");
        WhereToGetEn = CharterText.Optional(whereToGetEn, "Where to get the document (English)", "কাগজপত্রের প্রাপ্তিস্থান (ইংরেজি)");
    }

    public int Id { get; private set; }
    public int Order { get; internal set; }
    public string NameBn { get; private set; } = "";
    public string? NameEn { get; private set; }
    public string? WhereToGetBn { get; private set; }
    public string? WhereToGetEn { get; private set; }

    public string Name(bool bengali) => bengali || NameEn is null ? NameBn : NameEn;
    public string? WhereToGet(bool bengali) => bengali || WhereToGetEn is null ? WhereToGetBn : WhereToGetEn;

    internal RequiredDocument Copy() => new() { Order = Order, NameBn = NameBn, NameEn = NameEn, WhereToGetBn = WhereToGetBn, WhereToGetEn = WhereToGetEn };

    public override string ToString() => WhereToGetBn is null ? NameBn : $"{NameBn} — {WhereToGetBn}";
}
