using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Grievances;

/// <summary>
/// A citizen's complaint that a charter promise was broken (অভিযোগ), and its way up the grievance ladder: the office's
/// grievance officer has <see cref="RedressLimits.OfficeDays"/> working days, the appeal officer
/// <see cref="RedressLimits.AppealDays"/>, the Cabinet Division's cell <see cref="RedressLimits.CellDays"/>; day 1 is the
/// first working day after the step began (ADR 0002). Forwarding restarts the clock at the new office; an
/// investigation extends it once; a missed deadline moves the complaint up by itself (<see cref="EscalateIfOverdue"/>).
/// Every change leaves a step; the complainant's identity is in no step.
/// </summary>
public sealed partial class Grievance
{
    public const int MinTextLength = 10;
    public const int MaxTextLength = 4000;
    public const int MaxWishLength = 2000;
    public const int MaxNoteLength = 2000;

    public const int MaxAttachments = 3;

    private readonly List<GrievanceStep> _steps = [];
    private readonly List<GrievanceAttachment> _attachments = [];

    private Grievance() { }

    /// <summary>A complaint received today at <paramref name="officeId"/>'s grievance officer.</summary>
    public static Grievance Submit(string trackingNumber, int officeId, Guid? serviceKey, string? serviceNameBn, string? applicationTrackingNumber,
        string? whatHappened, string? whatTheyWant, Complainant? complainant, DateTimeOffset at, WorkingDayCalendar calendar, RedressLimits limits)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(limits);
        var text = TypedText.Trim(whatHappened);
        if (text.Length < MinTextLength)
            throw new DomainException($"Say what happened, in at least {MinTextLength} characters: the service, when, and what went wrong.",
                $"কী ঘটেছে লিখুন, অন্তত {BengaliDigits.ToBengali(MinTextLength)} অক্ষরে: কোন সেবা, কবে, কী সমস্যা হয়েছে।") { Field = nameof(WhatHappened) };
        if (text.Length > MaxTextLength)
            throw new DomainException($"What happened can be at most {MaxTextLength} characters; attach a file for more.",
                $"ঘটনার বিবরণ সর্বোচ্চ {BengaliDigits.ToBengali(MaxTextLength)} অক্ষরের হতে পারে; বেশি হলে ফাইল সংযুক্ত করুন।") { Field = nameof(WhatHappened) };
        var wish = TypedText.TrimToNull(whatTheyWant);
        if (wish is { Length: > MaxWishLength })
            throw new DomainException($"What you want can be at most {MaxWishLength} characters.",
                $"প্রত্যাশিত প্রতিকার সর্বোচ্চ {BengaliDigits.ToBengali(MaxWishLength)} অক্ষরের হতে পারে।") { Field = nameof(WhatTheyWant) };

        var today = BangladeshTime.DateOf(at);
        var g = new Grievance
        {
            TrackingNumber = trackingNumber,
            OfficeId = officeId,
            HandlingOfficeId = officeId,
            ServiceKey = serviceKey,
            ServiceNameBn = TypedText.TrimToNull(serviceNameBn),
            ApplicationTrackingNumber = TypedText.TrimToNull(applicationTrackingNumber),
            WhatHappened = text,
            WhatTheyWant = wish,
            Complainant = complainant,
            SubmittedAt = at.ToUniversalTime(),
            SubmittedOn = today,
            Level = RedressLevel.Office,
            State = GrievanceState.Open,
        };
        g.StartLevel(RedressLevel.Office, officeId, today, calendar, limits);
        g.Step(at, GrievanceAction.Submitted, null);
        return g;
    }

    public int Id { get; private set; }
    public string TrackingNumber { get; private set; } = "";
    /// <summary>The office complained about (after a forward, the office it was forwarded to).</summary>
    public int OfficeId { get; private set; }
    /// <summary>The office whose officer acts now: the office itself, its appeal office, or null at the national cell.</summary>
    public int? HandlingOfficeId { get; private set; }
    /// <summary>The charter service complained about (its key, the same in every version), or null for "other".</summary>
    public Guid? ServiceKey { get; private set; }
    public string? ServiceNameBn { get; private set; }
    /// <summary>The application tracking number the citizen gave, which proves (or not) that the time limit passed.</summary>
    public string? ApplicationTrackingNumber { get; private set; }
    public string WhatHappened { get; private set; } = "";
    public string? WhatTheyWant { get; private set; }
    /// <summary>Null for an anonymous complaint.</summary>
    public Complainant? Complainant { get; private set; }
    public bool IsAnonymous => Complainant is null;
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>The day in Bangladesh it was received: statistics count by it.</summary>
    public DateOnly SubmittedOn { get; private set; }
    public RedressLevel Level { get; private set; }
    public GrievanceState State { get; private set; }
    /// <summary>The day the clock started at this level (receipt, forward, appeal or escalation).</summary>
    public DateOnly LevelStartedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public bool Extended { get; private set; }
    public GrievanceOutcome? Outcome { get; private set; }
    /// <summary>The officer's decision and reasons, told to the citizen and shown on the public status page.</summary>
    public string? Decision { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public CitizenVerdict? Verdict { get; private set; }
    public IReadOnlyList<GrievanceStep> Steps => _steps;
    public IReadOnlyList<GrievanceAttachment> Attachments => _attachments;
    /// <summary>The citizen wrote in English: messages to them are in English (Bengali otherwise).</summary>
    public bool RepliesInEnglish { get; private set; }
    /// <summary>The form's one-time key: the same form sent twice makes one complaint. Null from other channels.</summary>
    public string? SubmissionKey { get; private set; }
    /// <summary>An earlier complaint this one repeats, as far as the text tells; null when none.</summary>
    public int? DuplicateOfId { get; private set; }

    /// <summary>
    /// The citizen's text as a monitor above the office may read it (ADR 0041): the complainant's name and each word of
    /// it, e-mail addresses and any run of six or more digits (a mobile, an NID, an account number; in either script) are
    /// replaced by "•••". Dates and short numbers stay, so the complaint still reads.
    /// </summary>
    public static string Anonymised(string? text, Complainant? complainant)
    {
        var t = text ?? "";
        if (complainant is { Name: { Length: > 0 } name })
        {
            t = t.Replace(name, Mask, StringComparison.OrdinalIgnoreCase);
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Length >= 3))
                t = t.Replace(word, Mask, StringComparison.OrdinalIgnoreCase);
        }
        t = EmailPattern().Replace(t, Mask);
        return DigitRunPattern().Replace(t, Mask);
    }

    public const string Mask = "•••";

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\+?[0-9০-৯][\s\-]?){5,}[0-9০-৯]")]
    private static partial System.Text.RegularExpressions.Regex DigitRunPattern();

    public bool IsClosed => State == GrievanceState.Closed;

    public bool IsOverdue(DateOnly today) => !IsClosed && today > DueOn;

    /// <summary>Closed as resolved, by its deadline, and not answered "not resolved" by the citizen.</summary>
    public bool CountsAsResolved => IsClosed && Outcome == GrievanceOutcome.Resolved && Verdict != CitizenVerdict.NotResolved;

    public bool ClosedWithinDeadline => ClosedOn is { } c && c <= DueOn;

    public void RequestInformation(string? question, DateTimeOffset at, string? by = null)
    {
        EnsureOpen();
        var q = Note(question, "Write what you need from the complainant.", "অভিযোগকারীর কাছে কী জানতে চান লিখুন।");
        if (IsAnonymous)
            throw new DomainException("The complaint is anonymous: there is nobody to ask. Decide on what it says.",
                "অভিযোগটি নাম প্রকাশ না করে করা হয়েছে: জিজ্ঞেস করার কেউ নেই। যা লেখা আছে তার ভিত্তিতে সিদ্ধান্ত দিন।");
        State = GrievanceState.WaitingForCitizen;
        Step(at, GrievanceAction.InformationRequested, q, by: by);
    }

    public void GiveInformation(string? answer, DateTimeOffset at)
    {
        if (State != GrievanceState.WaitingForCitizen)
            throw new DomainException("Nothing was asked of you on this complaint.", "এই অভিযোগে আপনার কাছে কিছু জানতে চাওয়া হয়নি।");
        var a = Note(answer, "Write your answer.", "আপনার উত্তর লিখুন।");
        State = Extended ? GrievanceState.Investigating : GrievanceState.Open;
        Step(at, GrievanceAction.InformationGiven, a);
    }

    /// <summary>To the office the complaint is really about; the clock restarts there. Only at the first step.</summary>
    public void Forward(int toOfficeId, string? reason, DateTimeOffset at, WorkingDayCalendar calendar, RedressLimits limits, string? by = null)
    {
        EnsureOpen();
        if (Level != RedressLevel.Office)
            throw new DomainException("An appeal is decided where it is; it cannot be forwarded.", "আপিল যেখানে দাখিল হয়েছে সেখানেই নিষ্পত্তি হয়; অন্য দপ্তরে পাঠানো যায় না।");
        if (toOfficeId == OfficeId)
            throw new DomainException("Choose another office: the complaint is already here.", "অন্য দপ্তর বেছে নিন: অভিযোগটি এই দপ্তরেই আছে।") { Field = "ToOffice" };
        var r = Note(reason, "Say why the complaint belongs to that office.", "কেন অভিযোগটি ওই দপ্তরের, তা লিখুন।");
        OfficeId = toOfficeId;
        Extended = false;
        State = GrievanceState.Open;
        StartLevel(RedressLevel.Office, toOfficeId, BangladeshTime.DateOf(at), calendar, limits);
        Step(at, GrievanceAction.Forwarded, r, toOfficeId, by);
    }

    /// <summary>Opens an investigation: the deadline moves by <see cref="RedressLimits.InvestigationDays"/> working days, once.</summary>
    public void OpenInvestigation(string? note, DateTimeOffset at, WorkingDayCalendar calendar, RedressLimits limits, string? by = null)
    {
        EnsureOpen();
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(limits);
        if (Extended)
            throw new DomainException("An investigation is already open; the deadline was extended once.", "তদন্ত ইতোমধ্যে চলছে; সময়সীমা একবারই বাড়ানো যায়।");
        Extended = true;
        DueOn = calendar.AddWorkingDays(DueOn, limits.InvestigationDays);
        State = GrievanceState.Investigating;
        Step(at, GrievanceAction.InvestigationOpened, TypedText.TrimToNull(note), by: by);
    }

    public void Close(GrievanceOutcome outcome, string? decision, DateTimeOffset at, string? by = null)
    {
        EnsureOpen();
        if (!Enum.IsDefined(outcome))
            throw new DomainException("Choose the outcome.", "ফলাফল বেছে নিন।") { Field = nameof(Outcome) };
        Decision = Note(decision, "Write the decision and its reasons; the complainant is told them.",
            "সিদ্ধান্ত ও তার কারণ লিখুন; অভিযোগকারীকে তা জানানো হবে।", nameof(Decision));
        Outcome = outcome;
        ClosedOn = BangladeshTime.DateOf(at);
        Verdict = null;
        State = GrievanceState.Closed;
        Step(at, GrievanceAction.Closed, Decision, by: by);
    }

    /// <summary>The citizen's word on the answer; "not resolved" keeps it from counting as resolved and opens the appeal.</summary>
    public void Rate(CitizenVerdict verdict, DateTimeOffset at)
    {
        if (!IsClosed)
            throw new DomainException("The complaint has not been answered yet.", "অভিযোগটির এখনও নিষ্পত্তি হয়নি।");
        if (Verdict is not null)
            throw new DomainException("You have already told us what you think of this answer.", "এই উত্তর সম্পর্কে আপনি ইতোমধ্যে মতামত দিয়েছেন।");
        if (!Enum.IsDefined(verdict))
            throw new DomainException("Choose whether the answer resolved your problem.", "উত্তরে আপনার সমস্যার সমাধান হয়েছে কি না বেছে নিন।");
        Verdict = verdict;
        Step(at, GrievanceAction.Rated, null);
    }

    /// <summary>Whether the citizen may appeal today: the answer did not satisfy them, or no answer came in time.</summary>
    public bool MayAppeal(DateOnly today) => Level < RedressLevel.Cell && (IsClosed ? Outcome is not null : today > DueOn);

    /// <summary>The citizen's appeal, to the next step (the appeal officer's office, or the national cell).</summary>
    public void Appeal(string? reason, int? toOfficeId, DateTimeOffset at, WorkingDayCalendar calendar, RedressLimits limits)
    {
        var today = BangladeshTime.DateOf(at);
        if (Level == RedressLevel.Cell)
            throw new DomainException("The cell's decision is the last step of the ladder.", "সেলের সিদ্ধান্তই অভিযোগ প্রতিকারের শেষ ধাপ।");
        if (!MayAppeal(today))
            throw new DomainException($"You may appeal once the complaint is answered, or when it is not answered by {DueOn:yyyy-MM-dd}.",
                $"অভিযোগের নিষ্পত্তি হলে, অথবা {OfficialDate.GregorianLine(DueOn)}-এর মধ্যে নিষ্পত্তি না হলে আপিল করা যাবে।");
        var r = Note(reason, "Say why you appeal.", "কেন আপিল করছেন লিখুন।");
        MoveUp(GrievanceAction.Appealed, r, toOfficeId, at, calendar, limits);
    }

    /// <summary>
    /// When the deadline has passed with no answer, the complaint goes up a step by itself (to
    /// <paramref name="nextOfficeId"/>, or the national cell) and the new officer's clock starts. True when it moved.
    /// </summary>
    public bool EscalateIfOverdue(int? nextOfficeId, DateTimeOffset at, WorkingDayCalendar calendar, RedressLimits limits)
    {
        if (!IsOverdue(BangladeshTime.DateOf(at)) || Level == RedressLevel.Cell) return false;
        MoveUp(GrievanceAction.Escalated, $"{Level.Bn()} নির্ধারিত সময়ের ({OfficialDate.GregorianLine(DueOn)}) মধ্যে নিষ্পত্তি করেননি।", nextOfficeId, at, calendar, limits);
        return true;
    }

    private void MoveUp(GrievanceAction action, string note, int? toOfficeId, DateTimeOffset at, WorkingDayCalendar calendar, RedressLimits limits)
    {
        var next = Level + 1;
        Level = next;
        State = GrievanceState.Open;
        Outcome = null;
        Decision = null;
        ClosedOn = null;
        Verdict = null;
        Extended = false;
        StartLevel(next, next == RedressLevel.Cell ? null : toOfficeId, BangladeshTime.DateOf(at), calendar, limits);
        Step(at, action, note, toOfficeId);
    }

    private void StartLevel(RedressLevel level, int? handlingOfficeId, DateOnly today, WorkingDayCalendar calendar, RedressLimits limits)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(limits);
        Level = level;
        HandlingOfficeId = handlingOfficeId;
        LevelStartedOn = today;
        DueOn = calendar.AddWorkingDays(today, limits.For(level));
    }

    private void EnsureOpen()
    {
        if (IsClosed)
            throw new DomainException("The complaint is already closed.", "অভিযোগটির ইতোমধ্যে নিষ্পত্তি হয়েছে।");
    }

    private static string Note(string? text, string en, string bn, string field = "Note")
    {
        var t = TypedText.Trim(text);
        if (t.Length == 0) throw new DomainException(en, bn) { Field = field };
        if (t.Length > MaxNoteLength)
            throw new DomainException($"At most {MaxNoteLength} characters.", $"সর্বোচ্চ {BengaliDigits.ToBengali(MaxNoteLength)} অক্ষর।") { Field = field };
        return t;
    }

    private void Step(DateTimeOffset at, GrievanceAction action, string? note, int? officeId = null, string? by = null)
    {
        _steps.Add(new GrievanceStep(at, Level, action, officeId ?? HandlingOfficeId, note, by));
    }

    /// <summary>A file the citizen sent with the complaint (checked by content and size where it was received).</summary>
    public void Attach(string path, string sha256, string contentType, long length, string? fileName)
    {
        if (_attachments.Count >= MaxAttachments)
            throw new DomainException($"At most {MaxAttachments} files can be attached.", $"সর্বোচ্চ {BengaliDigits.ToBengali(MaxAttachments)}টি ফাইল সংযুক্ত করা যায়।") { Field = "Files" };
        if (_attachments.Any(a => a.Sha256 == sha256)) return;
        _attachments.Add(new GrievanceAttachment(path, sha256, contentType, length, fileName));
    }

    /// <summary>How it came in: the language of the form and its one-time key (a second send of the same form is the same complaint).</summary>
    public void CameFrom(bool english, string? submissionKey)
    {
        RepliesInEnglish = english;
        SubmissionKey = TypedText.TrimToNull(submissionKey) is { Length: <= 64 } k ? k : null;
    }

    /// <summary>Another complaint with the same text at the same office, recently: shown to the officer, decided by them.</summary>
    public void MarkPossibleDuplicateOf(int otherId) => DuplicateOfId = otherId;
}

/// <summary>One step in a complaint's history: what happened, at which level, at which office. Never who complained.</summary>
public sealed class GrievanceStep
{
    private GrievanceStep() { }

    public GrievanceStep(DateTimeOffset at, RedressLevel level, GrievanceAction action, int? officeId, string? note, string? actor = null)
    {
        At = at.ToUniversalTime(); // PostgreSQL keeps instants in UTC
        Level = level;
        Action = action;
        OfficeId = officeId;
        Note = note;
        Actor = actor;
    }

    public long Id { get; private set; }
    public int GrievanceId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public RedressLevel Level { get; private set; }
    public GrievanceAction Action { get; private set; }
    public int? OfficeId { get; private set; }
    public string? Note { get; private set; }
    /// <summary>The officer who acted (their user name); null for the citizen and for the escalation the clock made.</summary>
    public string? Actor { get; private set; }
}

/// <summary>A file sent with a complaint, stored by the app's file store under its SHA-256.</summary>
public sealed class GrievanceAttachment
{
    private GrievanceAttachment() { }

    public GrievanceAttachment(string path, string sha256, string contentType, long length, string? fileName)
    {
        Path = path;
        Sha256 = sha256;
        ContentType = contentType;
        Length = length;
        FileName = TypedText.TrimToNull(fileName) is { } n ? (n.Length > 200 ? n[..200] : n) : null;
    }

    public long Id { get; private set; }
    public int GrievanceId { get; private set; }
    public string Path { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string? FileName { get; private set; }
}
