using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Meetings;

public enum NoticeState
{
    Draft = 0,
    Issued = 1,
    Cancelled = 2,
}

public enum MinutesState
{
    Draft = 0,
    Issued = 1,
}

/// <summary>
/// A meeting of an office, from notice to minutes: its fiscal quarter comes from its date. The notice is written, then
/// issued with a memo number; after that it changes only by an issued amendment, or ends by an issued cancellation.
/// The minutes are written, then issued — never before the meeting, never dated before it — and after that change
/// only by an issued corrigendum. Issuing the minutes turns every decision into a tracked action.
/// </summary>
public sealed class Meeting
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 8000;
    /// <summary>The title of the agenda item <see cref="AddReviewOf"/> writes, by which it is found again.</summary>
    public const string ReviewTitle = "বিগত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা";
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Party> _invitees = [];
    private readonly List<Attendee> _attendees = [];
    private readonly List<NoticeIssue> _noticeIssues = [];
    private readonly List<Corrigendum> _corrigenda = [];
    private readonly List<DistributionLine> _noticeDistribution = [];
    private readonly List<DistributionLine> _minutesDistribution = [];
    private bool _amending;

    private Meeting() { }

    public Meeting(int officeId, MeetingKind kind, string title, DateOnly date, TimeOnly time, string? venue, string? onlineLink)
    {
        if (officeId <= 0)
            throw new DomainException("A meeting belongs to a saved office.", "সভা একটি সংরক্ষিত দপ্তরের হতে হবে।");
        OfficeId = officeId;
        SetKind(kind);
        SetDetails(title, date, time, venue, onlineLink);
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public TimeOnly Time { get; private set; }
    public string? Venue { get; private set; }
    public string? OnlineLink { get; private set; }
    /// <summary>The branch line the meeting's documents print under the office's name ("সিপি-৩ শাখা", "(সাধারণ শাখা)").</summary>
    public string? Section { get; private set; }
    public const int MaxSectionLength = 200;
    /// <summary>The decision table's columns (3, 4 or 5; 0 for meetings before this was asked = 4), ADR 0035.</summary>
    public int MinutesColumns { get; private set; }
    /// <summary>The table's headings as written, one line per <see cref="MinutesColumn"/> (empty = default); null = all defaults.</summary>
    public string? MinutesHeadings { get; private set; }
    public MinutesSerialStyle MinutesSerial { get; private set; }
    public DecisionNumbering MinutesDecisionNumbering { get; private set; }

    /// <summary>The minutes' printed wording around the table (ADR 0035); the defaults print as before.</summary>
    public MinutesDateForm MinutesDateForm { get; private set; }
    public bool MinutesMeetingLabels { get; private set; }
    public SignatureName MinutesChairName { get; private set; }
    public SignatureName MinutesIssuerName { get; private set; }
    public bool MinutesHidesContacts { get; private set; }
    /// <summary>The signing post's phone and e-mail print under the chair's signature (ADR 0048 addendum).</summary>
    public bool MinutesContactsUnderChair { get; private set; }

    /// <summary>The minutes' title as written: null = the suggestion ("…সভার কার্যবিবরণী"), "" = no title line (ADR 0048).</summary>
    public string? MinutesTitle { get; private set; }
    /// <summary>The header's time in the office's words (ADR 0048): the word before it (null = the part of the day, "দুপুর"; or typed, "বেলা-"), "১২.৩০" or "১২:৩০", "টা" or "ঘটিকা".</summary>
    public string? MinutesTimeWord { get; private set; }
    public bool MinutesTimeDot { get; private set; }
    public bool MinutesTimeGhotika { get; private set; }
    /// <summary>The header's attendance line: null = "পরিশিষ্ট ‘ক’", "" = none, else as written ("হাজিরা শীট সংযুক্ত").</summary>
    public string? MinutesAttendanceLine { get; private set; }
    /// <summary>The attendance appendix (পরিশিষ্ট ‘ক’) is left out of the minutes.</summary>
    public bool MinutesHidesAppendix { get; private set; }
    /// <summary>The chair's role for this meeting as the signature prints it, one line each ("সভাপতি\nনৈতিকতা কমিটি"); null = the post.</summary>
    public string? MinutesChairRole { get; private set; }
    /// <summary>The role prints above the post's designation rather than instead of it.</summary>
    public bool MinutesChairRoleWithPost { get; private set; }

    public MinutesTable MinutesTable => new(MinutesColumns == 0 ? 4 : MinutesColumns,
        MinutesHeadings?.Split('\n').Select(h => h.Length == 0 ? null : h).ToList(), MinutesSerial, MinutesDecisionNumbering,
        MinutesDateForm, MinutesMeetingLabels, MinutesChairName, MinutesIssuerName, !MinutesHidesContacts)
    {
        TimeWord = MinutesTimeWord,
        TimeDot = MinutesTimeDot,
        Ghotika = MinutesTimeGhotika,
        AttendanceLine = MinutesAttendanceLine,
        Appendix = !MinutesHidesAppendix,
        PrintsTitle = MinutesTitle is not "",
        ChairRole = MinutesChairRole?.Split('\n'),
        ChairRoleWithPost = MinutesChairRoleWithPost,
        ChairContacts = MinutesContactsUnderChair,
    };

    /// <summary>
    /// Sets the minutes' title (null = the suggestion, "" = none), the header's time form and attendance line, whether
    /// the appendix is printed, and the chair's role in the signature (ADR 0048); frozen once the minutes are issued.
    /// </summary>
    public void SetMinutesWording(string? title, string? timeWord, bool timeDot, bool ghotika, string? attendanceLine, bool appendix,
        string? chairRole, bool roleWithPost)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        var w = MinutesWording.Of(title, timeWord, attendanceLine, chairRole);
        MinutesTitle = w.Title;
        MinutesTimeWord = w.TimeWord;
        MinutesTimeDot = timeDot;
        MinutesTimeGhotika = ghotika;
        MinutesAttendanceLine = w.AttendanceLine;
        MinutesHidesAppendix = !appendix;
        MinutesChairRole = w.ChairRole;
        MinutesChairRoleWithPost = w.ChairRole is not null && roleWithPost;
    }

    /// <summary>
    /// Sets the header's date form and labels and the signatures' names and where the signing post's phone and e-mail
    /// print (under the issuer's signature, under the chair's, or, both false, nowhere); frozen once the minutes are issued.
    /// </summary>
    public void SetMinutesPrint(MinutesDateForm dateForm, bool meetingLabels, SignatureName chairName, SignatureName issuerName, bool issuerContacts,
        bool chairContacts = false)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        MinutesTable.CheckPrint(dateForm, chairName, issuerName);
        MinutesDateForm = dateForm;
        MinutesMeetingLabels = meetingLabels;
        MinutesChairName = chairName;
        MinutesIssuerName = issuerName;
        MinutesHidesContacts = !issuerContacts;
        MinutesContactsUnderChair = chairContacts;
    }

    /// <summary>Sets the decision table's layout; frozen once the minutes are issued (a corrigendum keeps it).</summary>
    public void SetMinutesTable(int columns, IEnumerable<string?>? headings, MinutesSerialStyle serial, DecisionNumbering numbering)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        var t = MinutesTable.Of(columns, headings, serial, numbering);
        MinutesColumns = t.Columns;
        MinutesHeadings = t.Headings is null ? null : string.Join('\n', t.Headings.Select(h => h ?? ""));
        MinutesSerial = t.Serial;
        MinutesDecisionNumbering = t.Numbering;
    }
    public FiscalQuarter Quarter => FiscalQuarter.Of(Date);

    /// <summary>
    /// A meeting dated in a fiscal quarter before <paramref name="today"/>'s is a record of the past (ADR 0043): its
    /// documents are issued without e-mails, its decisions get no default due date, and they may carry the memo number
    /// they were printed with.
    /// </summary>
    public bool IsRecordOfPast(DateOnly today) => Date < FiscalQuarter.Of(today).Start;

    /// <summary>Only a record of the past is issued with the memo number it was printed with; a current document takes the file's next serial.</summary>
    public void CheckMayCarryPrintedNumber(DateOnly today)
    {
        if (!IsRecordOfPast(today))
            throw new DomainException(
                "Only a meeting of an earlier quarter is recorded with the memo number it was issued with; this one takes the next number of a memo file.",
                "শুধু আগের কোনো প্রান্তিকের সভার দলিল ছাপা স্মারক নম্বরসহ লিপিবদ্ধ করা যায়; এই সভার দলিল স্মারক নথির পরবর্তী নম্বর পাবে।") { Field = "PrintedNumber" };
    }

    /// <summary>
    /// Only a record of the past may be recorded as printed without a memo number (ADR 0048 addendum: some offices'
    /// minutes carried none); a current document takes a number.
    /// </summary>
    public void CheckMayGoWithoutNumber(DateOnly today)
    {
        if (!IsRecordOfPast(today))
            throw new DomainException(
                "Only the minutes of a meeting of an earlier quarter are recorded without a memo number; these take the next number of a memo file.",
                "শুধু আগের কোনো প্রান্তিকের সভার কার্যবিবরণী স্মারক নম্বর ছাড়া লিপিবদ্ধ করা যায়; এই কার্যবিবরণী স্মারক নথির পরবর্তী নম্বর পাবে।") { Field = "WithoutNumber" };
    }

    public NoticeState NoticeState { get; private set; }
    public IReadOnlyList<NoticeIssue> NoticeIssues => _noticeIssues;
    public IReadOnlyList<AgendaItem> Agenda => _agenda.OrderBy(a => a.Order).ToList();
    public IReadOnlyList<Party> Invitees => _invitees;
    public IReadOnlyList<Attendee> Attendees => _attendees;

    public MinutesState MinutesState { get; private set; }
    /// <summary>সভাপতি as the minutes print the chair: "name, designation".</summary>
    public string? Chair { get; private set; }
    public string? Opening { get; private set; }
    public string? Closing { get; private set; }
    /// <summary>The post that signs the minutes.</summary>
    public int? SignatoryPostId { get; private set; }
    /// <summary>The minutes' memo number; null while a draft, and for minutes recorded as printed without one (<see cref="MinutesUnnumbered"/>).</summary>
    public string? MinutesMemoNumber { get; private set; }
    /// <summary>Issued minutes of the past recorded as printed, without a memo number (ADR 0048 addendum).</summary>
    public bool MinutesUnnumbered => MinutesState == MinutesState.Issued && MinutesMemoNumber is null;
    public DateOnly? MinutesDate { get; private set; }
    public string? MinutesIssuedBy { get; private set; }
    public IReadOnlyList<Corrigendum> Corrigenda => _corrigenda;

    /// <summary>The notice's distribution as the office wrote it; until <see cref="NoticeDistributionWritten"/> the page suggests one.</summary>
    public DistributionList NoticeDistribution => new(NoticeDistributionWritten, _noticeDistribution, NoticeNumbering, NoticeDistributionHeading, NoticeCopyHeading);
    public bool NoticeDistributionWritten { get; private set; }
    public ListNumbering NoticeNumbering { get; private set; }
    public string? NoticeDistributionHeading { get; private set; }
    public string? NoticeCopyHeading { get; private set; }

    /// <summary>The minutes' distribution as the office wrote it; until <see cref="MinutesDistributionWritten"/> the page suggests one.</summary>
    public DistributionList MinutesDistribution => new(MinutesDistributionWritten, _minutesDistribution, MinutesNumbering, MinutesDistributionHeading, MinutesCopyHeading);
    public bool MinutesDistributionWritten { get; private set; }
    public ListNumbering MinutesNumbering { get; private set; }
    public string? MinutesDistributionHeading { get; private set; }
    public string? MinutesCopyHeading { get; private set; }

    public IEnumerable<Decision> Decisions => Agenda.SelectMany(a => a.Decisions);

    public ImplementationShare ImplementationShare => Decision.ShareOf(Decisions);

    // ---- the notice ------------------------------------------------------------------------------------------------

    public void SetKind(MeetingKind kind)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException("Unknown meeting kind.", "অজানা সভার ধরন।") { Field = nameof(Kind) };
        EnsureNoticeEditable();
        Kind = kind;
    }

    public void SetDetails(string title, DateOnly date, TimeOnly time, string? venue, string? onlineLink)
    {
        EnsureNoticeEditable();
        var t = TypedText.Trim(title);
        if (t.Length == 0)
            throw new DomainException("The meeting needs a title.", "সভার শিরোনাম লিখুন।") { Field = nameof(Title) };
        if (t.Length > MaxTitleLength)
            throw new DomainException($"The title is at most {MaxTitleLength} characters.",
                $"শিরোনাম সর্বোচ্চ {BengaliDigits.ToBengali(MaxTitleLength)} অক্ষরের।") { Field = nameof(Title) };
        var v = TypedText.TrimToNull(venue);
        var link = TypedText.TrimToNull(onlineLink);
        if (string.IsNullOrEmpty(v) && string.IsNullOrEmpty(link))
            throw new DomainException("Give the venue or the online link.", "সভার স্থান অথবা অনলাইন লিংক দিন।") { Field = nameof(Venue) };
        if (v is { Length: > MaxTitleLength })
            throw new DomainException($"The venue is at most {MaxTitleLength} characters.",
                $"স্থান সর্বোচ্চ {BengaliDigits.ToBengali(MaxTitleLength)} অক্ষরের।") { Field = nameof(Venue) };
        if (!string.IsNullOrEmpty(link)
            && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new DomainException("The online link must be a web address (https://…).", "অনলাইন লিংক একটি ওয়েব ঠিকানা হতে হবে (https://…)।") { Field = nameof(OnlineLink) };
        if (MinutesState == MinutesState.Issued || _attendees.Count > 0)
        {
            if (date != Date)
                throw new DomainException("The meeting has been held; its date no longer changes.", "সভা অনুষ্ঠিত হয়েছে; এর তারিখ আর বদলানো যায় না।") { Field = nameof(Date) };
        }
        Title = t;
        Date = date;
        Time = time;
        Venue = string.IsNullOrEmpty(v) ? null : v;
        OnlineLink = string.IsNullOrEmpty(link) ? null : link;
    }

    /// <summary>The branch line of the letterhead; until the minutes are issued (issued documents keep the one they printed).</summary>
    /// <summary>The notice's call as the office writes it; null prints the text the page suggests.</summary>
    public string? NoticeBody { get; private set; }
    /// <summary>The notice's text says when and where; the date/time/venue lines are not printed.</summary>
    public bool NoticeOmitsDetails { get; private set; }
    /// <summary>The notice prints no agenda list.</summary>
    public bool NoticeOmitsAgenda { get; private set; }

    /// <summary>The notice's prose and which of its standard parts it prints (ADR 0035); frozen once the notice is issued.</summary>
    public void WriteNoticeText(string? body, bool omitDetails, bool omitAgenda)
    {
        EnsureNoticeEditable();
        NoticeBody = Text(body, nameof(NoticeBody), MaxTextLength);
        NoticeOmitsDetails = omitDetails;
        NoticeOmitsAgenda = omitAgenda;
    }

    public void SetSection(string? section)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        Section = Text(section, nameof(Section), MaxSectionLength);
    }

    public AgendaItem AddAgendaItem(string title, string? details = null)
    {
        EnsureNoticeEditable();
        var item = new AgendaItem(this, _agenda.Count == 0 ? 1 : _agenda.Max(a => a.Order) + 1, title, details);
        _agenda.Add(item);
        return item;
    }

    public void EditAgendaItem(AgendaItem item, string title, string? details)
    {
        EnsureNoticeEditable();
        Own(item).Set(title, details);
    }

    public void RemoveAgendaItem(AgendaItem item)
    {
        EnsureNoticeEditable();
        if (Own(item).Decisions.Count > 0 || item.Discussion is not null)
            throw new DomainException("This item has minutes; remove its discussion and decisions first.", "এই বিষয়ের কার্যবিবরণী লেখা হয়েছে; আগে আলোচনা ও সিদ্ধান্ত মুছুন।");
        _agenda.Remove(item);
        Renumber();
    }

    public void MoveAgendaItem(AgendaItem item, int offset)
    {
        EnsureNoticeEditable();
        var list = Agenda.ToList();
        var from = list.IndexOf(Own(item));
        var to = Math.Clamp(from + offset, 0, list.Count - 1);
        list.RemoveAt(from);
        list.Insert(to, item);
        for (var i = 0; i < list.Count; i++) list[i].Order = i + 1;
    }

    public void Invite(Party who)
    {
        EnsureNoticeEditable();
        if (!_invitees.Contains(who)) _invitees.Add(who);
    }

    public void Uninvite(Party who)
    {
        EnsureNoticeEditable();
        _invitees.Remove(who);
    }

    /// <summary>Keeps the notice's বিতরণ/অনুলিপি lines as written, in order; frozen once the notice is issued (changed by an amendment).</summary>
    public void WriteNoticeDistribution(IEnumerable<DistributionLine> lines, ListNumbering numbering, string? heading = null, string? copyHeading = null)
    {
        EnsureNoticeEditable();
        var list = Lines(lines);
        _noticeDistribution.Clear();
        _noticeDistribution.AddRange(list);
        NoticeNumbering = Numbering(numbering);
        NoticeDistributionHeading = Text(heading, "DistributionHeading", DistributionLine.MaxNoteLength);
        NoticeCopyHeading = Text(copyHeading, "CopyHeading", DistributionLine.MaxNoteLength);
        NoticeDistributionWritten = true;
    }

    /// <summary>Keeps the minutes' বিতরণ/অনুলিপি lines as written, in order; frozen once the minutes are issued (changed by a corrigendum).</summary>
    public void WriteMinutesDistribution(IEnumerable<DistributionLine> lines, ListNumbering numbering, string? heading = null, string? copyHeading = null)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        var list = Lines(lines);
        _minutesDistribution.Clear();
        _minutesDistribution.AddRange(list);
        MinutesNumbering = Numbering(numbering);
        MinutesDistributionHeading = Text(heading, "DistributionHeading", DistributionLine.MaxNoteLength);
        MinutesCopyHeading = Text(copyHeading, "CopyHeading", DistributionLine.MaxNoteLength);
        MinutesDistributionWritten = true;
    }

    private static List<DistributionLine> Lines(IEnumerable<DistributionLine> lines)
    {
        var list = lines.ToList();
        if (list.Count > DistributionLine.MaxLines)
            throw new DomainException($"A distribution list has at most {DistributionLine.MaxLines} lines.",
                $"বিতরণ তালিকায় সর্বোচ্চ {BengaliDigits.ToBengali(DistributionLine.MaxLines)}টি লাইন।") { Field = "Distribution" };
        return list;
    }

    private static ListNumbering Numbering(ListNumbering numbering) => Enum.IsDefined(numbering) ? numbering
        : throw new DomainException("Unknown numbering.", "অজানা ক্রমিক ধরন।") { Field = "Numbering" };

    public NoticeIssue IssueNotice(string memoNumber, DateOnly issuedOn, string by, DateOnly? today = null)
    {
        CheckNoticeCanBeIssued(issuedOn, today);
        var issue = new NoticeIssue(1, NoticeIssueKind.Original, Memo(memoNumber), issuedOn, by, null);
        _noticeIssues.Add(issue);
        NoticeState = NoticeState.Issued;
        return issue;
    }

    /// <summary>The rules of <see cref="IssueNotice"/> without a memo number: checked before one is taken, so a refused notice uses none.</summary>
    /// <remarks>
    /// A record of the past (<paramref name="today"/> given) needs no invitee: its distribution list, as printed, says
    /// whom it went to. Nor does it need an agenda item when its text as printed is kept (<see cref="NoticeBody"/>) and
    /// no agenda list is printed (<see cref="NoticeOmitsAgenda"/>): many notices only say "the meeting will be held"
    /// (ADR 0042), and inventing an agenda for one would be inventing what the paper did not say.
    /// </remarks>
    public void CheckNoticeCanBeIssued(DateOnly issuedOn, DateOnly? today = null)
    {
        if (NoticeState != NoticeState.Draft)
            throw new DomainException("The notice has already been issued; amend or cancel it instead.", "নোটিশ আগেই জারি হয়েছে; সংশোধন বা বাতিল করুন।");
        var printedAsIs = today is { } past && IsRecordOfPast(past) && NoticeBody is not null && NoticeOmitsAgenda;
        if (_agenda.Count == 0 && !printedAsIs)
            throw new DomainException("The notice needs at least one agenda item.", "নোটিশে অন্তত একটি আলোচ্য বিষয় দিন।") { Field = nameof(Agenda) };
        if (_invitees.Count == 0 && !(today is { } t && IsRecordOfPast(t)))
            throw new DomainException("The notice needs at least one invitee.", "নোটিশে অন্তত একজন আমন্ত্রিত দিন।") { Field = nameof(Invitees) };
        if (issuedOn > Date)
            throw new DomainException("A notice is issued before the meeting, not after it.", "নোটিশ সভার আগে জারি হয়, পরে নয়।") { Field = "IssuedOn" };
    }

    /// <summary>Changes an issued notice — details, agenda, invitees, inside <paramref name="changes"/> — and issues the amendment.</summary>
    public NoticeIssue AmendNotice(string memoNumber, DateOnly issuedOn, string by, string reason, Action<Meeting> changes)
    {
        if (NoticeState != NoticeState.Issued)
            throw new DomainException("Only an issued notice is amended.", "শুধু জারি করা নোটিশ সংশোধন করা যায়।");
        if (MinutesState == MinutesState.Issued)
            throw new DomainException("The minutes are issued; the notice no longer changes.", "কার্যবিবরণী জারি হয়েছে; নোটিশ আর বদলায় না।");
        var why = Required(reason, "Say what the amendment changes.", "সংশোধনীতে কী বদলাল তা লিখুন।", "Reason");
        _amending = true;
        try { changes(this); }
        finally { _amending = false; }
        var issue = new NoticeIssue(_noticeIssues.Count + 1, NoticeIssueKind.Amendment, Memo(memoNumber), issuedOn, by, why);
        _noticeIssues.Add(issue);
        return issue;
    }

    public NoticeIssue Cancel(string memoNumber, DateOnly issuedOn, string by, string reason)
    {
        if (NoticeState != NoticeState.Issued)
            throw new DomainException("Only an issued notice is cancelled; a draft is simply deleted.", "শুধু জারি করা নোটিশ বাতিল হয়; খসড়া মুছে ফেলা যায়।");
        if (MinutesState == MinutesState.Issued || _attendees.Count > 0)
            throw new DomainException("The meeting has been held; it can no longer be cancelled.", "সভা অনুষ্ঠিত হয়েছে; আর বাতিল করা যায় না।");
        var why = Required(reason, "Say why the meeting is cancelled.", "সভা বাতিলের কারণ লিখুন।", "Reason");
        var issue = new NoticeIssue(_noticeIssues.Count + 1, NoticeIssueKind.Cancellation, Memo(memoNumber), issuedOn, by, why);
        _noticeIssues.Add(issue);
        NoticeState = NoticeState.Cancelled;
        return issue;
    }

    // ---- attendance ------------------------------------------------------------------------------------------------

    /// <summary>
    /// Replaces the attendance (পরিশিষ্ট ক). Taken on the day of the meeting or after. An invitee's attendee is the
    /// invited office, post or group by identity, whatever its label (the attendance prints the name of the person who
    /// came there); someone from one office of an invited group is an invitee too, which <paramref name="officesOf"/>
    /// (the groups' offices) decides.
    /// </summary>
    public void RecordAttendance(IEnumerable<Attendee> attendees, DateOnly today, Func<Party, IReadOnlyCollection<int>>? officesOf = null)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        if (today < Date)
            throw new DomainException("Attendance is taken on the day of the meeting, not before.", "উপস্থিতি সভার দিনে বা পরে নেওয়া হয়, আগে নয়।");
        var list = attendees.Distinct().ToList();
        if (list.Any(a => !a.WalkIn && !IsInvited(a.Who, officesOf)))
            throw new DomainException("Someone who was not invited is a walk-in.", "আমন্ত্রিত নন এমন কেউ থাকলে তাঁকে সরাসরি উপস্থিত হিসেবে যোগ করুন।") { Field = nameof(Attendees) };
        _attendees.Clear();
        _attendees.AddRange(list);
    }

    private bool IsInvited(Party who, Func<Party, IReadOnlyCollection<int>>? officesOf) =>
        _invitees.Any(i => i.Kind == who.Kind && i.OfficeId == who.OfficeId && i.PostId == who.PostId && i.GroupKind == who.GroupKind
                           && (i.Kind != PartyKind.Text || i.LabelBn == who.LabelBn))
        || (who is { Kind: PartyKind.Office, OfficeId: { } office } && officesOf is not null
            && _invitees.Any(i => i.Kind == PartyKind.Group && officesOf(i).Contains(office)));

    // ---- the minutes -----------------------------------------------------------------------------------------------

    public void SetMinutesFrame(string? chair, string? opening, string? closing, int? signatoryPostId)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        Chair = Text(chair, nameof(Chair), MaxTitleLength);
        Opening = Text(opening, nameof(Opening), MaxTextLength);
        Closing = Text(closing, nameof(Closing), MaxTextLength);
        SignatoryPostId = signatoryPostId is > 0 ? signatoryPostId : null;
    }

    public void SetDiscussion(AgendaItem item, string? discussion)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        Own(item).SetDiscussion(discussion);
    }

    /// <summary>An item raised at the meeting that was not on the notice's agenda (বিবিধ).</summary>
    public AgendaItem AddItemAtMeeting(string title)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        var item = new AgendaItem(this, _agenda.Count == 0 ? 1 : _agenda.Max(a => a.Order) + 1, title, null);
        _agenda.Add(item);
        return item;
    }

    public Decision AddDecision(AgendaItem item, string text, IEnumerable<Party> implementers, DateOnly? due = null)
    {
        EnsureNotCancelled();
        EnsureMinutesEditable();
        CheckDue(due);
        return Own(item).AddDecision(text, implementers, due);
    }

    public void EditDecision(Decision decision, string text, IEnumerable<Party> implementers, DateOnly? due)
    {
        EnsureMinutesEditable();
        CheckDue(due);
        OwnDecision(decision).Edit(text, implementers, due);
    }

    /// <summary>The implementer column's wording for <paramref name="decision"/> as the office writes it (null = its implementers, numbered); tracking is unchanged (ADR 0048).</summary>
    public void SetPrintedImplementers(Decision decision, string? text)
    {
        EnsureMinutesEditable();
        OwnDecision(decision).SetPrintedImplementers(text);
    }

    public void RemoveDecision(Decision decision)
    {
        if (MinutesState == MinutesState.Issued)
            throw new DomainException("An issued decision is not removed; drop it with a reason instead.", "জারি হওয়া সিদ্ধান্ত মুছে ফেলা যায় না; কারণসহ বাদ দিন।");
        OwnDecision(decision).Item.RemoveDecision(decision);
    }

    /// <summary>
    /// Issues the minutes with a memo number and date: never before the meeting has started (<paramref name="now"/> is
    /// Bangladesh time), never dated before the meeting or after today. A null <paramref name="memoNumber"/> records
    /// minutes of the past printed without one (<see cref="CheckMayGoWithoutNumber"/>). Every decision gets its due date (default: the
    /// end of the next fiscal quarter; none for a record of the past, <see cref="IsRecordOfPast"/>, whose due dates are
    /// only those written) and a progress row for each implementing office, which
    /// <paramref name="officesOf"/> finds in the hierarchy (an implementer it cannot place is refused).
    /// </summary>
    public void IssueMinutes(string? memoNumber, DateOnly dated, DateTime now, string by, Func<Party, IReadOnlyCollection<int>> officesOf)
    {
        EnsureNotCancelled();
        if (MinutesState == MinutesState.Issued)
            throw new DomainException("The minutes are already issued; correct them with a corrigendum.", "কার্যবিবরণী আগেই জারি হয়েছে; সংশোধনী জারি করুন।");
        var today = DateOnly.FromDateTime(now);
        if (memoNumber is null) CheckMayGoWithoutNumber(today);
        if (now < Date.ToDateTime(Time))
            throw new DomainException("The minutes cannot be issued before the meeting has taken place.", "সভা অনুষ্ঠিত হওয়ার আগে কার্যবিবরণী জারি করা যায় না।");
        if (dated < Date)
            throw new DomainException("The minutes cannot be dated before the meeting.", "কার্যবিবরণীর তারিখ সভার তারিখের আগে হতে পারে না।") { Field = nameof(MinutesDate) };
        if (dated > today)
            throw new DomainException("The minutes cannot be dated in the future.", "কার্যবিবরণীর তারিখ ভবিষ্যতের হতে পারে না।") { Field = nameof(MinutesDate) };
        if (Chair is null)
            throw new DomainException("Name the chair (সভাপতি).", "সভাপতির নাম ও পদবি লিখুন।") { Field = nameof(Chair) };
        if (SignatoryPostId is null)
            throw new DomainException("Choose who signs the minutes.", "কার্যবিবরণীতে কে স্বাক্ষর করবেন তা বেছে নিন।") { Field = nameof(SignatoryPostId) };
        if (!_agenda.Any(a => a.Discussion is not null || a.Decisions.Count > 0))
            throw new DomainException("The minutes record at least one item's discussion or decision.", "কার্যবিবরণীতে অন্তত একটি বিষয়ের আলোচনা বা সিদ্ধান্ত থাকবে।");
        DateOnly? defaultDue = IsRecordOfPast(today) ? null : Next(Quarter).End;
        var placed = new Dictionary<Decision, IReadOnlyCollection<int>>();
        foreach (var d in Decisions)
        {
            if (!d.IsTracked) continue; // only free-text implementers: printed, not followed up
            var offices = d.Implementers.SelectMany(officesOf).Distinct().ToList();
            if (offices.Count == 0)
                throw new DomainException(
                    $"No office of the hierarchy implements decision {d.Item.Order}.{d.Order}; choose offices, posts or groups under this office.",
                    $"সিদ্ধান্ত {BengaliDigits.ToBengali($"{d.Item.Order}.{d.Order}")}-এর বাস্তবায়নকারী এই দপ্তরের কাঠামোর মধ্যে নেই; এই দপ্তর বা অধীন দপ্তর, পদ বা দপ্তরসমূহ বেছে নিন।");
            placed[d] = offices;
        }
        foreach (var (d, offices) in placed) d.Track(defaultDue, offices);
        MinutesMemoNumber = memoNumber is null ? null : Memo(memoNumber);
        MinutesDate = dated;
        MinutesIssuedBy = by;
        MinutesState = MinutesState.Issued;
    }

    /// <summary>
    /// The only way issued minutes change: <paramref name="changes"/> edits them, and the corrigendum is issued with
    /// its memo number. New decisions are tracked like the others.
    /// </summary>
    public Corrigendum IssueCorrigendum(string memoNumber, DateOnly issuedOn, string by, string text, Action<Meeting> changes,
        Func<Party, IReadOnlyCollection<int>> officesOf)
    {
        if (MinutesState != MinutesState.Issued)
            throw new DomainException("Only issued minutes get a corrigendum; edit the draft instead.", "শুধু জারি করা কার্যবিবরণীর সংশোধনী হয়; খসড়া সরাসরি সম্পাদনা করুন।");
        if (issuedOn < MinutesDate)
            throw new DomainException("A corrigendum cannot be dated before the minutes.", "সংশোধনীর তারিখ কার্যবিবরণীর আগে হতে পারে না।");
        var what = Required(text, "Say what the corrigendum corrects.", "সংশোধনীতে কী সংশোধন হলো তা লিখুন।", "Text");
        _amending = true;
        try { changes(this); }
        finally { _amending = false; }
        DateOnly? defaultDue = IsRecordOfPast(issuedOn) ? null : Next(Quarter).End;
        foreach (var d in Decisions.Where(d => d.IsTracked)) // new decisions, and new implementers of old ones, are tracked from now on
        {
            var offices = d.Implementers.SelectMany(officesOf).Distinct().ToList();
            if (offices.Count == 0)
                throw new DomainException("A decision's implementer is not in this office's hierarchy.", "সিদ্ধান্তের বাস্তবায়নকারী এই দপ্তরের কাঠামোর মধ্যে নেই।");
            d.Track(defaultDue, offices);
        }
        var c = new Corrigendum(_corrigenda.Count + 1, Memo(memoNumber), issuedOn, by, what);
        _corrigenda.Add(c);
        return c;
    }

    /// <summary>
    /// A new meeting's first agenda item: the previous meeting's decisions and how far each implementing office got.
    /// Added once: when the meeting already has it, that item is returned unchanged.
    /// </summary>
    public AgendaItem AddReviewOf(Meeting previous, Func<int, string> officeName)
    {
        if (_agenda.FirstOrDefault(a => a.Title == ReviewTitle) is { } existing) return existing;
        var lines = previous.Decisions.Select(d =>
            $"{BengaliDigits.ToBengali($"{d.Item.Order}.{d.Order}")} {d.Text} — " +
            string.Join("; ", d.Progress.Select(p => $"{officeName(p.OfficeId)}: {StatusBn(p.Status)}")));
        var share = previous.ImplementationShare;
        var summary = share.Percent is { } pct
            ? $"বাস্তবায়নের হার: {BengaliDigits.ToBengali(share.Implemented)}/{BengaliDigits.ToBengali(share.Counted)} ({BengaliDigits.ToBengali(pct.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))}%)"
            : "বাস্তবায়নের হার: প্রযোজ্য নয়";
        var item = AddAgendaItem(ReviewTitle, string.Join("\n", lines.Append(summary)));
        MoveAgendaItem(item, -_agenda.Count); // first, before the items already written
        return item;
    }

    public static string StatusBn(DecisionStatus status) => status switch
    {
        DecisionStatus.NotStarted => "শুরু হয়নি",
        DecisionStatus.InProgress => "চলমান",
        DecisionStatus.Done => "বাস্তবায়িত",
        DecisionStatus.Dropped => "বাদ দেওয়া হয়েছে",
        _ => status.ToString(),
    };

    public static string StatusEn(DecisionStatus status) => status switch
    {
        DecisionStatus.NotStarted => "Not started",
        DecisionStatus.InProgress => "In progress",
        DecisionStatus.Done => "Done",
        DecisionStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    // ---- guards ----------------------------------------------------------------------------------------------------

    private static FiscalQuarter Next(FiscalQuarter q) =>
        q.Number < 4 ? q.FiscalYear.Quarter(q.Number + 1) : new FiscalYear(q.FiscalYear.StartYear + 1).Quarter(1);

    private void CheckDue(DateOnly? due)
    {
        if (due is { } d && d < Date)
            throw new DomainException("A decision cannot be due before the meeting.", "সিদ্ধান্ত বাস্তবায়নের শেষ তারিখ সভার আগে হতে পারে না।") { Field = "Due" };
    }

    private void EnsureNoticeEditable()
    {
        if (NoticeState == NoticeState.Cancelled)
            throw new DomainException("The meeting is cancelled.", "সভাটি বাতিল হয়েছে।");
        if (NoticeState == NoticeState.Issued && !_amending)
            throw new DomainException("The notice has been issued; change it by issuing an amendment.", "নোটিশ জারি হয়েছে; সংশোধনী জারি করে বদলান।");
    }

    private void EnsureMinutesEditable()
    {
        if (MinutesState == MinutesState.Issued && !_amending)
            throw new DomainException("The minutes have been issued; change them by issuing a corrigendum.", "কার্যবিবরণী জারি হয়েছে; সংশোধনী জারি করে বদলান।");
    }

    private void EnsureNotCancelled()
    {
        if (NoticeState == NoticeState.Cancelled)
            throw new DomainException("The meeting is cancelled.", "সভাটি বাতিল হয়েছে।");
    }

    private AgendaItem Own(AgendaItem item) => _agenda.Contains(item) ? item
        : throw new InvalidOperationException("The agenda item belongs to another meeting.");

    private Decision OwnDecision(Decision decision) => Decisions.Contains(decision) ? decision
        : throw new InvalidOperationException("The decision belongs to another meeting.");

    private void Renumber()
    {
        var i = 1;
        foreach (var a in _agenda.OrderBy(a => a.Order)) a.Order = i++;
    }

    private static string Memo(string memoNumber) =>
        TypedText.IsBlank(memoNumber)
            ? throw new DomainException("An issued document needs its memo number.", "জারি করা দলিলের স্মারক নম্বর দিন।") { Field = "MemoNumber" }
            : TypedText.Trim(memoNumber);

    private static string Required(string? text, string en, string bn, string field) =>
        TypedText.IsBlank(text) ? throw new DomainException(en, bn) { Field = field } : TypedText.Trim(text);

    private static string? Text(string? text, string field, int max)
    {
        var t = TypedText.TrimToNull(text);
        if (string.IsNullOrEmpty(t)) return null;
        if (t.Length > max)
            throw new DomainException($"At most {max} characters.", $"সর্বোচ্চ {BengaliDigits.ToBengali(max)} অক্ষর।") { Field = field };
        return t;
    }
}
