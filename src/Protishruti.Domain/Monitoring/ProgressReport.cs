using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Monitoring;

public enum ReportState
{
    /// <summary>Being written by the office; nobody above sees it as submitted.</summary>
    Draft = 0,
    /// <summary>Sent to the parent office, waiting for its review.</summary>
    Submitted = 1,
    /// <summary>The parent sent it back with comments; the office fixes and resubmits it.</summary>
    Returned = 2,
    /// <summary>The parent accepted it. Final.</summary>
    Accepted = 3,
}

public enum ReportStepKind
{
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
}

/// <summary>What a dashboard says of one office's report for one period.</summary>
public enum ComplianceStatus
{
    /// <summary>Not yet due and not submitted.</summary>
    NotDue = 0,
    /// <summary>Due date passed and never submitted.</summary>
    Missing = 1,
    /// <summary>Submitted by the deadline (waiting for review, or accepted).</summary>
    OnTime = 2,
    /// <summary>Submitted after the deadline (waiting for review, or accepted).</summary>
    Late = 3,
    /// <summary>Returned by the parent and not yet resubmitted.</summary>
    Returned = 4,
}

/// <summary>
/// An office's progress report on one action plan for one period (issue 6). The office fills achievements — computed
/// ones are recalculated from Protishruti, manual ones typed with evidence — and submits it to its parent; the parent
/// accepts it or returns it with comments (overall and per indicator); a returned report is fixed and resubmitted.
/// Every submission, return and acceptance is a <see cref="ReportStep"/> that is never edited afterwards: each
/// submission keeps a frozen copy of the grid as sent, so the history shows exactly what the reviewer saw.
/// Lateness is decided once, by the first submission: a report sent on time and returned stays on time.
/// </summary>
public sealed class ProgressReport
{
    private readonly List<ReportEntry> _entries = [];
    private readonly List<ReportStep> _steps = [];

    private ProgressReport() { }

    public ProgressReport(int officeId, ActionPlan plan, ReportPeriod period, DateOnly dueOn)
    {
        OfficeId = officeId;
        Plan = plan;
        ActionPlanId = plan.Id;
        FiscalYearStart = plan.FiscalYearStart;
        Period = period;
        DueOn = dueOn;
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public int ActionPlanId { get; private set; }
    public ActionPlan Plan { get; private set; } = null!;
    public int FiscalYearStart { get; private set; }
    public ReportPeriod Period { get; private set; }
    public ReportState State { get; private set; }
    /// <summary>The deadline that applied when the report was started (the office's tier, the year's calendar).</summary>
    public DateOnly DueOn { get; private set; }
    /// <summary>UTC. The first submission decides lateness.</summary>
    public DateTime? FirstSubmittedAt { get; private set; }
    public DateTime? LastSubmittedAt { get; private set; }
    public bool SubmittedLate { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public int Submissions { get; private set; }
    public IReadOnlyList<ReportEntry> Entries => _entries;
    public IReadOnlyList<ReportStep> Steps => _steps;

    public FiscalYear FiscalYear => new(FiscalYearStart);

    public bool IsEditable => State is ReportState.Draft or ReportState.Returned;

    public ReportEntry? EntryFor(int indicatorId) => _entries.FirstOrDefault(e => e.PlanIndicatorId == indicatorId);

    /// <summary>The office types an achievement (and a remark) for a manual indicator.</summary>
    public ReportEntry Enter(PlanIndicator indicator, decimal? achieved, DateOnly? doneOn, string? remarks)
    {
        CheckEditable();
        if (indicator.IsComputed && (achieved is not null || doneOn is not null))
            throw new DomainException("This achievement is counted by Protishruti from what the office did; it cannot be typed.",
                "এই অর্জন প্রতিশ্রুতি সফটওয়্যার দপ্তরের কার্যক্রম থেকে গণনা করে; হাতে লেখা যায় না।") { Field = "Achieved" };
        if (achieved is { } a) Scoring.CheckAchievement(indicator.Unit, a);
        if (indicator.Unit == IndicatorUnit.Date && achieved is not null)
            throw new DomainException("A date indicator takes the date it was done.", "তারিখভিত্তিক সূচকে সম্পন্নের তারিখ দিন।") { Field = "DoneOn" };
        var entry = Entry(indicator);
        entry.Set(achieved, doneOn, remarks);
        return entry;
    }

    /// <summary>Protishruti writes a computed achievement and the link to its evidence (refreshed until submission).</summary>
    public void Compute(PlanIndicator indicator, decimal achieved, string? evidenceUrl, string? evidenceLabel)
    {
        if (!IsEditable) return; // a submitted report keeps the figures it was sent with
        var entry = Entry(indicator);
        entry.SetComputed(achieved, evidenceUrl, evidenceLabel);
    }

    public void AttachEvidence(PlanIndicator indicator, string storedPath, string fileName, string contentType)
    {
        CheckEditable();
        Entry(indicator).Attach(storedPath, fileName, contentType);
    }

    public void RemoveEvidence(PlanIndicator indicator)
    {
        CheckEditable();
        EntryFor(indicator.Id)?.Detach();
    }

    /// <summary>
    /// Sends the report to the parent office. Every manual indicator needs a value (0 is a value), and an achievement
    /// above zero needs its evidence. A report cannot be sent before its period has ended; one sent after the deadline
    /// is accepted and marked late.
    /// </summary>
    public void Submit(IReadOnlyCollection<PlanIndicator> applicable, DateTimeOffset now, string by, string? byUserId, string snapshotJson)
    {
        CheckEditable();
        var today = BangladeshTime.DateOf(now);
        var (_, end) = Period.Span(FiscalYear);
        if (today <= end)
            throw new DomainException($"The report covers a period that ends on {end:d MMMM yyyy}; it can be sent after that.",
                $"প্রতিবেদনের সময়কাল {BengaliDigits.ToBengali(end.Day)} {GregorianNames.MonthBn(end.Month)} {BengaliDigits.ToBengali(end.Year)} শেষ হবে; এরপর দাখিল করা যাবে।");
        var blank = applicable.Where(i => !i.IsComputed && EntryFor(i.Id) is not { HasValue: true }).ToList();
        if (blank.Count > 0)
            throw new DomainException($"Enter the achievement of {string.Join(", ", blank.Select(i => i.Code))} (0 if nothing was done).",
                $"{string.Join(", ", blank.Select(i => BengaliDigits.ToBengali(i.Code)))} সূচকের অর্জন লিখুন (কিছু না হলে ০)।");
        var unproven = applicable.Where(i => !i.IsComputed && EntryFor(i.Id) is { } e && e.Claims && e.EvidencePath is null).ToList();
        if (unproven.Count > 0)
            throw new DomainException($"Attach the evidence of {string.Join(", ", unproven.Select(i => i.Code))}: an achievement needs its proof.",
                $"{string.Join(", ", unproven.Select(i => BengaliDigits.ToBengali(i.Code)))} সূচকের প্রমাণক সংযুক্ত করুন: প্রমাণক ছাড়া অর্জন গ্রহণযোগ্য নয়।");
        var at = now.UtcDateTime;
        if (FirstSubmittedAt is null)
        {
            FirstSubmittedAt = at;
            SubmittedLate = today > DueOn;
        }
        LastSubmittedAt = at;
        Submissions++;
        State = ReportState.Submitted;
        _steps.Add(new ReportStep(this, ReportStepKind.Submitted, at, by, byUserId, null, [], snapshotJson));
    }

    /// <summary>The parent sends the report back. It needs a reason: an overall comment or one on an indicator.</summary>
    public void Return(DateTimeOffset now, string by, string? byUserId, string? comment, IReadOnlyList<IndicatorComment> indicatorComments)
    {
        CheckUnderReview();
        var comments = indicatorComments.Where(c => !TypedText.IsBlank(c.Comment))
            .Select(c => c with { Comment = TypedText.Trim(c.Comment) }).ToList();
        if (TypedText.IsBlank(comment) && comments.Count == 0)
            throw new DomainException("Say why the report is returned: a comment on the report or on an indicator.",
                "প্রতিবেদন ফেরত পাঠানোর কারণ লিখুন: প্রতিবেদনের উপর বা কোনো সূচকের উপর মন্তব্য।") { Field = "Comment" };
        State = ReportState.Returned;
        ReviewedAt = now.UtcDateTime;
        _steps.Add(new ReportStep(this, ReportStepKind.Returned, now.UtcDateTime, by, byUserId, TypedText.TrimToNull(comment), comments, null));
    }

    public void Accept(DateTimeOffset now, string by, string? byUserId, string? comment)
    {
        CheckUnderReview();
        State = ReportState.Accepted;
        ReviewedAt = now.UtcDateTime;
        _steps.Add(new ReportStep(this, ReportStepKind.Accepted, now.UtcDateTime, by, byUserId,
            TypedText.TrimToNull(comment), [], null));
    }

    /// <summary>The comments of the latest return, if the report is returned now.</summary>
    public ReportStep? OpenReturn => State == ReportState.Returned ? _steps.LastOrDefault(s => s.Kind == ReportStepKind.Returned) : null;

    public ComplianceStatus StatusOn(DateOnly today) => Compliance.Of(State, SubmittedLate, FirstSubmittedAt is not null, DueOn, today);

    private ReportEntry Entry(PlanIndicator indicator)
    {
        if (indicator.ActionPlanId != ActionPlanId && indicator.Plan != Plan)
            throw new InvalidOperationException("The indicator belongs to another plan.");
        var entry = EntryFor(indicator.Id) ?? _entries.FirstOrDefault(e => e.Indicator == indicator);
        if (entry is null)
        {
            entry = new ReportEntry(this, indicator);
            _entries.Add(entry);
        }
        return entry;
    }

    private void CheckEditable()
    {
        if (!IsEditable)
            throw new DomainException(State == ReportState.Accepted
                    ? "The report was accepted; it can no longer be changed."
                    : "The report is with the parent office for review; it can be changed only if it is returned.",
                State == ReportState.Accepted
                    ? "প্রতিবেদনটি গৃহীত হয়েছে; আর পরিবর্তন করা যাবে না।"
                    : "প্রতিবেদনটি ঊর্ধ্বতন দপ্তরের পর্যালোচনাধীন; ফেরত এলে তবেই পরিবর্তন করা যাবে।");
    }

    private void CheckUnderReview()
    {
        if (State != ReportState.Submitted)
            throw new DomainException(State switch
                {
                    ReportState.Accepted => "The report was already accepted.",
                    ReportState.Returned => "The report was returned; it can be reviewed again when the office resubmits it.",
                    _ => "The office has not submitted the report yet.",
                },
                State switch
                {
                    ReportState.Accepted => "প্রতিবেদনটি ইতোমধ্যে গৃহীত হয়েছে।",
                    ReportState.Returned => "প্রতিবেদনটি ফেরত পাঠানো হয়েছে; দপ্তর পুনরায় দাখিল করলে আবার পর্যালোচনা করা যাবে।",
                    _ => "দপ্তর এখনও প্রতিবেদন দাখিল করেনি।",
                });
    }
}

public static class Compliance
{
    /// <summary>The dashboard status of a report (or of no report: state Draft, never submitted).</summary>
    public static ComplianceStatus Of(ReportState state, bool late, bool everSubmitted, DateOnly dueOn, DateOnly today) => state switch
    {
        ReportState.Returned => ComplianceStatus.Returned,
        ReportState.Submitted or ReportState.Accepted => late ? ComplianceStatus.Late : ComplianceStatus.OnTime,
        _ when everSubmitted => late ? ComplianceStatus.Late : ComplianceStatus.OnTime,
        _ => today > dueOn ? ComplianceStatus.Missing : ComplianceStatus.NotDue,
    };

    public static string Bn(this ComplianceStatus s) => s switch
    {
        ComplianceStatus.OnTime => "সময়মতো দাখিল",
        ComplianceStatus.Late => "বিলম্বে দাখিল",
        ComplianceStatus.Returned => "ফেরত",
        ComplianceStatus.Missing => "দাখিল হয়নি",
        _ => "সময় বাকি",
    };

    public static string En(this ComplianceStatus s) => s switch
    {
        ComplianceStatus.OnTime => "On time",
        ComplianceStatus.Late => "Late",
        ComplianceStatus.Returned => "Returned",
        ComplianceStatus.Missing => "Missing",
        _ => "Not yet due",
    };

    public static string Name(this ComplianceStatus s, bool bengali) => bengali ? s.Bn() : s.En();
}

/// <summary>One row of a report: the achievement of one indicator in the period, how it was got, and its evidence.</summary>
public sealed class ReportEntry
{
    private ReportEntry() { }

    internal ReportEntry(ProgressReport report, PlanIndicator indicator)
    {
        Report = report;
        Indicator = indicator;
        PlanIndicatorId = indicator.Id;
    }

    public long Id { get; private set; }
    public int ProgressReportId { get; private set; }
    public ProgressReport Report { get; private set; } = null!;
    public int PlanIndicatorId { get; private set; }
    public PlanIndicator Indicator { get; private set; } = null!;
    public decimal? Achieved { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public string? Remarks { get; private set; }
    /// <summary>The value was counted by Protishruti (and is refreshed until the report is submitted).</summary>
    public bool Computed { get; private set; }
    /// <summary>For a computed value: the page of its evidence (office order, minutes, charter version).</summary>
    public string? EvidenceUrl { get; private set; }
    public string? EvidenceLabel { get; private set; }
    /// <summary>For a manual value: the uploaded file (FileStore path), its name and type.</summary>
    public string? EvidencePath { get; private set; }
    public string? EvidenceName { get; private set; }
    public string? EvidenceContentType { get; private set; }

    public bool HasValue => Achieved is not null || DoneOn is not null;

    /// <summary>Whether the row claims something was done (and so needs proof).</summary>
    public bool Claims => Achieved is > 0 || DoneOn is not null;

    internal void Set(decimal? achieved, DateOnly? doneOn, string? remarks)
    {
        (Achieved, DoneOn, Computed) = (achieved, doneOn, false);
        Remarks = TypedText.TrimToNull(remarks);
    }

    internal void SetComputed(decimal achieved, string? url, string? label) =>
        (Achieved, DoneOn, Computed, EvidenceUrl, EvidenceLabel) = (achieved, null, true, url, label);

    internal void Attach(string path, string name, string contentType) =>
        (EvidencePath, EvidenceName, EvidenceContentType) = (path, name, contentType);

    internal void Detach() => (EvidencePath, EvidenceName, EvidenceContentType) = (null, null, null);
}

/// <summary>A reviewer's comment on one indicator of a returned report.</summary>
public sealed record IndicatorComment(int IndicatorId, string Comment);

/// <summary>A step of the report's history. Written once, never changed: a return's comments stay as they were sent.</summary>
public sealed class ReportStep
{
    private readonly List<IndicatorComment> _comments = [];

    private ReportStep() { }

    internal ReportStep(ProgressReport report, ReportStepKind kind, DateTime at, string by, string? byUserId, string? comment,
        IReadOnlyList<IndicatorComment> comments, string? snapshotJson)
    {
        Report = report;
        Kind = kind;
        At = at;
        By = by;
        ByUserId = byUserId;
        Comment = comment;
        _comments.AddRange(comments);
        SnapshotJson = snapshotJson;
    }

    public long Id { get; private set; }
    public int ProgressReportId { get; private set; }
    public ProgressReport Report { get; private set; } = null!;
    public ReportStepKind Kind { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";
    public string? ByUserId { get; private set; }
    public string? Comment { get; private set; }
    public IReadOnlyList<IndicatorComment> IndicatorComments => _comments;
    /// <summary>For a submission: the report grid as sent (JSON of the web layer's report model).</summary>
    public string? SnapshotJson { get; private set; }
}
