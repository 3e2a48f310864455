namespace Protishruti.Domain.Offices;

/// <summary>A post in an office's organogram. Responsibilities attach to posts, so they survive transfers.</summary>
public sealed class Post
{
    private readonly List<Incumbency> _incumbencies = [];

    private Post() { }

    public Post(Office office, string designationBn, string? designationEn)
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

    /// <summary>
    /// The office head's post (ADR 0043): who signs by default, whose name the minutes' chair takes, whom copies and
    /// unaddressed mail reach. One per office, set explicitly; an office without one falls back to the lowest sort order.
    /// </summary>
    public bool IsHead { get; private set; }

    /// <summary>Makes <paramref name="head"/> its office's head post and clears the flag on the office's other posts (the flag moves).</summary>
    public static void MakeHead(Post head, IEnumerable<Post> postsOfOffice)
    {
        foreach (var p in postsOfOffice)
        {
            if (p.OfficeId != head.OfficeId || ReferenceEquals(p, head)) continue;
            p.IsHead = false;
        }
        head.IsHead = true;
    }

    /// <summary>The office has no head post flagged any more (the office says so, or the head post is now another's).</summary>
    public void ClearHead() => IsHead = false;

    /// <summary>An office whose posts name no head gets the one with the lowest sort order, as before heads were explicit.</summary>
    public static void EnsureHead(IEnumerable<Post> postsOfOffice)
    {
        var posts = postsOfOffice.ToList();
        if (posts.Count == 0 || posts.Any(p => p.IsHead)) return;
        posts.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).First().IsHead = true;
    }

    public IReadOnlyList<Incumbency> Incumbencies => _incumbencies;

    public string Designation(bool bengali) => bengali || TypedText.IsBlank(DesignationEn) ? DesignationBn : DesignationEn;

    /// <summary>The Bengali designation is required; the English one is optional (documents are in Bengali; English pages then show the Bengali).</summary>
    public void SetDesignation(string designationBn, string? designationEn)
    {
        DesignationBn = Office.Required(designationBn, nameof(DesignationBn), "Designation in Bengali", "বাংলায় পদবি", 200);
        DesignationEn = Office.Optional(designationEn, nameof(DesignationEn), 200) ?? "";
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
            throw new DomainException("A later holder is already recorded for this post; a new holder starts after the last one, and an earlier term is recorded with its last day.",
                "এই পদে পরবর্তী তারিখের পদধারী আগেই লিপিবদ্ধ আছে; নতুন পদধারীর যোগদান তার পরে হতে হবে, আর আগের কোনো মেয়াদ শেষ কর্মদিবসসহ লিপিবদ্ধ করুন।") { Field = "From" };
        foreach (var open in _incumbencies.Where(i => i.To is null || i.To >= from))
            open.End(from.AddDays(-1));
        var incumbency = new Incumbency(this, person, from);
        _incumbencies.Add(incumbency);
        return incumbency;
    }

    /// <summary>
    /// Records a term of the post as it was (ADR 0043): <paramref name="person"/> held it from <paramref name="from"/> to
    /// <paramref name="to"/> (null: still holds it), even when later holders are recorded. Only a term overlapping
    /// another is refused; documents dated in it print this holder.
    /// </summary>
    public Incumbency RecordHolder(Person person, DateOnly from, DateOnly? to)
    {
        if (to is { } end && end < from)
            throw new DomainException("The term cannot end before it starts.", "দায়িত্বের শেষ তারিখ শুরুর তারিখের আগে হতে পারে না।") { Field = "To" };
        var last = to ?? DateOnly.MaxValue;
        if (_incumbencies.FirstOrDefault(i => i.From <= last && (i.To ?? DateOnly.MaxValue) >= from) is { } clash)
        {
            var (f, t) = (Iso(clash.From), clash.To is { } ct ? Iso(ct) : null);
            throw new DomainException(
                $"The term overlaps {clash.Person.Name(false)}'s ({f} to {t ?? "now"}); a post has one holder at a time.",
                $"এই মেয়াদ {clash.Person.NameBn}-এর মেয়াদের ({Calendar.BengaliDigits.ToBengali(f)} থেকে {(t is null ? "বর্তমান" : Calendar.BengaliDigits.ToBengali(t))}) সঙ্গে মিলে যায়; একটি পদে একসময় একজনই থাকেন।") { Field = "From" };
        }
        var incumbency = new Incumbency(this, person, from);
        if (to is { } e) incumbency.End(e);
        _incumbencies.Add(incumbency);
        return incumbency;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public void Vacate(DateOnly lastDay)
    {
        foreach (var open in _incumbencies.Where(i => i.To is null || i.To > lastDay))
            open.End(lastDay);
    }
}
