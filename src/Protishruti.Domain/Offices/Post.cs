namespace Protishruti.Domain.Offices;

/// <summary>A post in an office's organogram. Responsibilities attach to posts, so they survive transfers.</summary>
public sealed class Post
{
    private readonly List<Incumbency> _incumbencies = [];

    private Post() { }

    public Post(Office office, string designationBn, string designationEn)
    {
        Office = office;
        OfficeId = office.Id;
        SetDesignation(designationBn, designationEn);
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public Office Office { get; private set; } = null!;
    public string DesignationBn { get; private set; } = "";
    public string DesignationEn { get; private set; } = "";
    public string? UnitBn { get; private set; }
    public string? UnitEn { get; private set; }
    public string? Room { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public int SortOrder { get; private set; }

    public IReadOnlyList<Incumbency> Incumbencies => _incumbencies;

    public string Designation(bool bengali) => bengali || TypedText.IsBlank(DesignationEn) ? DesignationBn : DesignationEn;

    public void SetDesignation(string designationBn, string designationEn)
    {
        DesignationBn = Office.Required(designationBn, nameof(DesignationBn), "Designation in Bengali", "বাংলায় পদবি", 200);
        DesignationEn = Office.Required(designationEn, nameof(DesignationEn), "Designation in English", "ইংরেজিতে পদবি", 200);
    }

    public void SetDetails(string? unitBn, string? unitEn, string? room, string? phone, string? email, int sortOrder)
    {
        UnitBn = Office.Optional(unitBn, nameof(UnitBn), 200);
        UnitEn = Office.Optional(unitEn, nameof(UnitEn), 200);
        Room = Office.Optional(room, nameof(Room), 50);
        Phone = Office.Optional(phone, nameof(Phone), 50);
        Email = Office.ValidEmail(email, nameof(Email));
        SortOrder = sortOrder;
    }

    public Incumbency? HolderOn(DateOnly date) =>
        _incumbencies.FirstOrDefault(i => i.From <= date && (i.To is null || i.To >= date));

    /// <summary>Gives the post to <paramref name="person"/> from <paramref name="from"/>; the current holder's term ends the day before.</summary>
    public Incumbency AssignHolder(Person person, DateOnly from)
    {
        if (_incumbencies.Any(i => i.From >= from))
            throw new DomainException("A later holder is already recorded for this post; the new holder must start after the last one.",
                "এই পদে পরবর্তী তারিখের পদধারী আগেই লিপিবদ্ধ আছে; নতুন পদধারীর যোগদান তার পরে হতে হবে।");
        foreach (var open in _incumbencies.Where(i => i.To is null || i.To >= from))
            open.End(from.AddDays(-1));
        var incumbency = new Incumbency(this, person, from);
        _incumbencies.Add(incumbency);
        return incumbency;
    }

    public void Vacate(DateOnly lastDay)
    {
        foreach (var open in _incumbencies.Where(i => i.To is null || i.To > lastDay))
            open.End(lastDay);
    }
}
