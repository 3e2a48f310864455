namespace Protishruti.Domain.Charters;

/// <summary>An office's Citizen Charter (সেবা প্রদান প্রতিশ্রুতি): its versions, at most one of them open at a time.</summary>
public sealed class Charter
{
    private readonly List<CharterVersion> _versions = [];

    private Charter() { }

    /// <summary>Starts an office's charter with an empty first draft that carries the national default GRS ladder.</summary>
    public Charter(int officeId, LayoutProfile layout)
    {
        if (officeId <= 0)
            throw new DomainException("A charter belongs to a saved office.", "প্রতিশ্রুতি একটি সংরক্ষিত দপ্তরের হতে হবে।");
        if (!Enum.IsDefined(layout))
            throw new DomainException("Unknown layout.", "অজানা ছক।");
        OfficeId = officeId;
        var first = new CharterVersion(this, 1, layout);
        first.StartWithDefaultLadder();
        _versions.Add(first);
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public IReadOnlyList<CharterVersion> Versions => _versions;

    /// <summary>The version the public sees: the latest published one.</summary>
    public CharterVersion? Current =>
        _versions.Where(v => v.State == CharterVersionState.Published).MaxBy(v => v.Number);

    /// <summary>The version being written or waiting for approval, if any.</summary>
    public CharterVersion? Open => _versions.FirstOrDefault(v => v.State != CharterVersionState.Published);

    public IEnumerable<CharterVersion> PublishedVersions =>
        _versions.Where(v => v.State == CharterVersionState.Published).OrderByDescending(v => v.Number);

    public CharterVersion Version(int number) =>
        _versions.FirstOrDefault(v => v.Number == number)
        ?? throw new DomainException($"The charter has no version {number}.", $"প্রতিশ্রুতির {Calendar.BengaliDigits.ToBengali(number)} নম্বর সংস্করণ নেই।");

    /// <summary>Starts the next update as a full copy of the published version; service keys are kept.</summary>
    public CharterVersion StartNextDraft()
    {
        if (Open is { } open)
            throw new DomainException(
                $"Version {open.Number} is still {open.State.En().ToLowerInvariant()}; finish it before starting another draft.",
                $"সংস্করণ {Calendar.BengaliDigits.ToBengali(open.Number)} এখনো {open.State.Bn()}; নতুন খসড়ার আগে সেটি শেষ করুন।");
        var current = Current ?? throw new InvalidOperationException("A charter without an open version has a published one.");
        var draft = current.CopyAsDraft(_versions.Max(v => v.Number) + 1);
        _versions.Add(draft);
        return draft;
    }
}
