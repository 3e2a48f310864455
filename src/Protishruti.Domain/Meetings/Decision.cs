namespace Protishruti.Domain.Meetings;

public enum DecisionStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    /// <summary>Given up, with a reason; it no longer counts for or against the office.</summary>
    Dropped = 3,
}

/// <summary>A decision of the minutes (সিদ্ধান্ত): its text, whom it is for, and by when.</summary>
public sealed class Decision
{
    public const int MaxTextLength = 4000;
    private readonly List<Party> _implementers = [];
    private readonly List<DecisionProgress> _progress = [];

    private Decision() { }

    internal Decision(AgendaItem item, int order, string text, IEnumerable<Party> implementers, DateOnly? due)
    {
        Item = item;
        Order = order;
        Edit(text, implementers, due);
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public AgendaItem Item { get; private set; } = null!;
    public int Order { get; internal set; }
    public string Text { get; private set; } = "";
    /// <summary>As the minutes print them: offices, posts or groups of the hierarchy, and free text ("সংশ্লিষ্ট সকল কর্মকর্তা").</summary>
    public IReadOnlyList<Party> Implementers => _implementers;
    /// <summary>Followed up (inbox, progress) only when it names a hierarchy implementer; free text is only printed.</summary>
    public bool IsTracked => _implementers.Any(p => p.Kind != PartyKind.Text);
    public const int MaxPrintedImplementersLength = 1000;
    /// <summary>
    /// The implementer column as the office wrote it ("উপজেলা নির্বাহী অফিসার (সকল), … এবং …"), printed instead of the
    /// numbered <see cref="Implementers"/>; null = those. Only printed: follow-up stays with the implementers (ADR 0048).
    /// </summary>
    public string? PrintedImplementers { get; private set; }

    internal void SetPrintedImplementers(string? text)
    {
        var t = TypedText.TrimToNull(text);
        if (t is { Length: > MaxPrintedImplementersLength })
            throw new DomainException($"The implementers' wording is at most {MaxPrintedImplementersLength} characters.",
                $"বাস্তবায়নকারীর লেখা সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxPrintedImplementersLength)} অক্ষরের।") { Field = nameof(PrintedImplementers) };
        PrintedImplementers = t;
    }
    /// <summary>
    /// Null until the minutes are issued, which sets the default: the end of the next fiscal quarter — except for a
    /// meeting of an earlier quarter (a record), whose decisions keep only a written due date; without one a decision is never overdue.
    /// </summary>
    public DateOnly? Due { get; private set; }
    /// <summary>One row per implementing office, made when the minutes are issued.</summary>
    public IReadOnlyList<DecisionProgress> Progress => _progress;

    internal void Edit(string text, IEnumerable<Party> implementers, DateOnly? due)
    {
        var t = TypedText.Trim(text);
        if (t.Length == 0)
            throw new DomainException("A decision needs its text.", "সিদ্ধান্তের বিবরণ লিখুন।") { Field = nameof(Text) };
        if (t.Length > MaxTextLength)
            throw new DomainException($"A decision is at most {MaxTextLength} characters.",
                $"সিদ্ধান্ত সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxTextLength)} অক্ষরের।") { Field = nameof(Text) };
        var list = implementers.Distinct().ToList();
        if (list.Count == 0)
            throw new DomainException("Name who implements the decision.", "সিদ্ধান্ত কে বাস্তবায়ন করবে তা উল্লেখ করুন।") { Field = nameof(Implementers) };
        Text = t;
        _implementers.Clear();
        _implementers.AddRange(list);
        Due = due;
    }

    /// <summary>At the issue of the minutes: the default due date and one progress row per implementing office.</summary>
    internal void Track(DateOnly? defaultDue, IReadOnlyCollection<int> officeIds)
    {
        Due ??= defaultDue;
        foreach (var id in officeIds.Distinct().Where(id => _progress.All(p => p.OfficeId != id)))
            _progress.Add(new DecisionProgress(this, id));
    }

    /// <summary>Every implementing office that has not dropped it reports done (and at least one does).</summary>
    public bool IsImplemented => _progress.Any(p => p.Status == DecisionStatus.Done)
                                 && _progress.All(p => p.Status is DecisionStatus.Done or DecisionStatus.Dropped);

    /// <summary>Dropped by every implementing office: it leaves the implementation share.</summary>
    public bool IsDropped => _progress.Count > 0 && _progress.All(p => p.Status == DecisionStatus.Dropped);

    public DecisionProgress ProgressOf(int officeId) =>
        _progress.FirstOrDefault(p => p.OfficeId == officeId)
        ?? throw new DomainException("This decision is not assigned to your office.", "এই সিদ্ধান্ত আপনার দপ্তরের জন্য নয়।");

    /// <summary>
    /// The action plan's "decisions implemented" share (target 90%): implemented ÷ decisions not dropped. Null when there
    /// is nothing to count. Computed, never typed in.
    /// </summary>
    public static ImplementationShare ShareOf(IEnumerable<Decision> decisions)
    {
        var counted = decisions.Where(d => d.IsTracked && !d.IsDropped).ToList();
        return new ImplementationShare(counted.Count(d => d.IsImplemented), counted.Count);
    }
}

public readonly record struct ImplementationShare(int Implemented, int Counted)
{
    /// <summary>0–100, or null when no decision counts.</summary>
    public decimal? Percent => Counted == 0 ? null : Math.Round(100m * Implemented / Counted, 1);
}

/// <summary>An implementing office's own account of a decision: status, note, evidence.</summary>
public sealed class DecisionProgress
{
    public const int MaxNoteLength = 2000;
    private readonly List<string> _evidence = [];

    private DecisionProgress() { }

    internal DecisionProgress(Decision decision, int officeId)
    {
        Decision = decision;
        OfficeId = officeId;
    }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public Decision Decision { get; private set; } = null!;
    public int OfficeId { get; private set; }
    public DecisionStatus Status { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Why it was dropped (required then).</summary>
    public string? Reason { get; private set; }
    public DateOnly? UpdatedOn { get; private set; }
    public string? UpdatedBy { get; private set; }
    /// <summary>Stored file keys of the evidence (প্রমাণক).</summary>
    public IReadOnlyList<string> Evidence => _evidence;

    public void Update(DecisionStatus status, string? note, string? reason, DateOnly on, string by)
    {
        if (!Enum.IsDefined(status))
            throw new DomainException("Unknown status.", "অজানা অবস্থা।") { Field = nameof(Status) };
        var r = TypedText.TrimToNull(reason);
        if (status == DecisionStatus.Dropped && string.IsNullOrEmpty(r))
            throw new DomainException("Say why the decision is dropped.", "সিদ্ধান্তটি কেন বাদ দেওয়া হলো তা লিখুন।") { Field = nameof(Reason) };
        var n = TypedText.TrimToNull(note);
        if (n is { Length: > MaxNoteLength } || r is { Length: > MaxNoteLength })
            throw new DomainException($"A note is at most {MaxNoteLength} characters.",
                $"মন্তব্য সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxNoteLength)} অক্ষরের।") { Field = nameof(Note) };
        Status = status;
        Note = string.IsNullOrEmpty(n) ? null : n;
        Reason = status == DecisionStatus.Dropped ? r : null;
        UpdatedOn = on;
        UpdatedBy = by;
    }

    public void AddEvidence(string fileKey)
    {
        if (TypedText.IsBlank(fileKey)) throw new ArgumentException("A stored file's key.", nameof(fileKey));
        if (!_evidence.Contains(fileKey)) _evidence.Add(fileKey);
    }
}
