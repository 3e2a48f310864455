using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Documents;

// The models of the government's official documents (notice, minutes, office order) and the furniture they share.
// They hold text as it is printed (Bengali, the government's format): the meetings feature fills them from real
// meetings, Samples.cs from a real district's minutes. Every template (HTML/PDF) and the DOCX writer read only these.

/// <summary>
/// The head of an official letter: the office's motto (when it has one), গণপ্রজাতন্ত্রী বাংলাদেশ সরকার, the body the
/// office belongs to (when it prints one), the office, its branch, address and website.
/// </summary>
public sealed record Letterhead(
    string OfficeName,
    string? Section = null,
    string? Address = null,
    string? Website = null,
    string? LogoPath = null,
    string? ParentBody = null,
    string? Motto = null)
{
    public const string Government = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার";

    /// <summary>The office's name as printed: one line, or two when the office writes its place under it ("…কার্যালয়" / "সাতক্ষীরা").</summary>
    public IReadOnlyList<string> OfficeLines => OfficeName.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The office's own letterhead with the lines it keeps (ADR 0035) and the document's branch line
    /// (<paramref name="section"/>); the address is left out when it only repeats the office's name.
    /// </summary>
    public static Letterhead For(Office office, string? section = null) => new(
        office.LetterheadName ?? office.NameBn,
        string.IsNullOrWhiteSpace(section) ? null : section.Trim(),
        office.AddressBn is { } a && a.Trim() != office.NameBn.Trim() ? a : null,
        office.LetterheadHidesWebsite ? null : WebsiteText(office.Website),
        null,
        office.LetterheadParentLine,
        office.LetterheadMotto);

    /// <summary>Letterheads print the host only ("www.natore.gov.bd"), not the scheme.</summary>
    public static string? WebsiteText(string? website) =>
        string.IsNullOrWhiteSpace(website) ? null
        : Uri.TryCreate(website, UriKind.Absolute, out var uri) ? uri.Host + uri.PathAndQuery.TrimEnd('/')
        : website.Trim();
}

/// <summary>
/// The memo number (স্মারক নম্বর, already formatted by the memo register) and the date of issue. A document without a
/// number prints a blank for it, as offices leave one to be written by hand, and its page says what to configure.
/// </summary>
public sealed record MemoLine(string? Number, DateOnly Date)
{
    public const string Label = "স্মারক নম্বর";

    /// <summary>The number in Bengali digits; spaces a typist left around the dots are dropped.</summary>
    public string? NumberText => string.IsNullOrWhiteSpace(Number) ? null
        : BengaliDigits.ToBengali(string.Join('.', Number.Split('.').Select(b => b.Trim())));

    public string BanglaDate => OfficialDate.BanglaLine(Date);
    public string GregorianDate => OfficialDate.GregorianLine(Date);
}

/// <summary>
/// Who signs: name, designation, lines such as "ও ফোকাল পয়েন্ট কর্মকর্তা", office, phone, e-mail.
/// </summary>
public sealed record SignatureBlock(
    string Name,
    string Designation,
    IReadOnlyList<string>? ExtraLines = null,
    string? Office = null,
    string? Phone = null,
    string? Email = null,
    SignatureName NameForm = SignatureName.Bracketed)
{
    /// <summary>Every line under the (blank) signature space, in print order, Bengali digits in the phone number.</summary>
    public IEnumerable<string> Lines()
    {
        if (NameForm == SignatureName.Bracketed) yield return $"({Name})";
        else if (NameForm == SignatureName.Plain && !string.IsNullOrWhiteSpace(Name)) yield return Name;
        yield return Designation;
        foreach (var line in ExtraLines ?? []) yield return line;
        if (!string.IsNullOrWhiteSpace(Office)) yield return Office;
        if (!string.IsNullOrWhiteSpace(Phone)) yield return $"ফোন: {BengaliDigits.ToBengali(Phone)}";
        if (!string.IsNullOrWhiteSpace(Email)) yield return $"ই-মেইল: {Email}";
    }
}

public enum DistributionKind
{
    /// <summary>বিতরণ: those the document is addressed to (invitees of a notice, members of a committee).</summary>
    Distribution,
    /// <summary>অনুলিপি: copies for information or action.</summary>
    Copy,
}

/// <summary>Why a recipient gets the document, printed after the recipient's line.</summary>
public enum DistributionPurpose
{
    None,
    KindInformation,
    Action,
    InformationAndAction,
    Information,
    KindInformationAndAction,
}

/// <summary>
/// A recipient's line. Documents issued before offices wrote their lists carry a fixed <see cref="Purpose"/>; a line the
/// office wrote carries its own <see cref="Note"/>, printed in brackets after the recipient.
/// </summary>
public sealed record Recipient(string Name, DistributionPurpose Purpose = DistributionPurpose.None, string? Note = null)
{
    public string? PurposeText => Note ?? Purpose switch
    {
        DistributionPurpose.KindInformation => "সদয় অবগতির জন্য",
        DistributionPurpose.Action => "কার্যার্থে",
        DistributionPurpose.InformationAndAction => "অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য",
        DistributionPurpose.Information => "অবগতির জন্য",
        DistributionPurpose.KindInformationAndAction => "সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য",
        _ => null,
    };

    public string Line => Note is { } note
        ? note.StartsWith('(') ? $"{Name} {note}" : $"{Name} ({note})"
        : PurposeText is { } purpose ? $"{Name}: {purpose}।" : Name;
}

/// <summary>
/// বিতরণ / অনুলিপি: a numbered list of recipients, "জ্যেষ্ঠতার ক্রমানুসারে নয়" unless ordered by seniority, numbered
/// "১।" or "১)"; a heading the office wrote ("অনুলিপি: সদয় জ্ঞাতার্থে/ কার্যার্থে") is printed as written.
/// </summary>
public sealed record Distribution(DistributionKind Kind, IReadOnlyList<Recipient> Recipients, bool BySeniority = false,
    ListNumbering Numbering = ListNumbering.Dari, string? Heading = null)
{
    public const string NotBySeniority = "জ্যেষ্ঠতার ক্রমানুসারে নয়";

    public string DefaultHeading => Kind == DistributionKind.Copy ? "অনুলিপি" : "বিতরণ";

    public string HeadingLine => Heading ?? (BySeniority ? $"{DefaultHeading}:" : $"{DefaultHeading} ({NotBySeniority}):");

    /// <summary>"১।" and so on, the serial as memos print it.</summary>
    public static string Serial(int index) => $"{BengaliDigits.ToBengali(index + 1)}।";

    /// <summary>This list's serial of line <paramref name="index"/>: "১।" or "১)".</summary>
    public string SerialOf(int index) => Numbering == ListNumbering.Parenthesis ? $"{BengaliDigits.ToBengali(index + 1)})" : Serial(index);

    public string Line(int index) => Recipients[index].Line;

    /// <summary>The blocks a kept list prints: বিতরণ with the lines outside the অনুলিপি block, then অনুলিপি; an empty block is left out.</summary>
    public static List<Distribution> From(DistributionList list)
    {
        var blocks = new List<Distribution>();
        foreach (var (kind, copy, heading) in new[] { (DistributionKind.Distribution, false, list.Heading), (DistributionKind.Copy, true, list.CopyHeading) })
        {
            var lines = list.Lines.Where(l => l.Copy == copy).Select(l => new Recipient(l.Text, Note: l.Note)).ToList();
            if (lines.Count > 0) blocks.Add(new Distribution(kind, lines, false, list.Numbering, heading));
        }
        return blocks;
    }
}

/// <summary>A meeting's time as notices print it: "দুপুর ১২:৩০ টা", "সকাল ১০:০০ টা".</summary>
public static class BanglaTime
{
    public static string Text(TimeOnly time) => Text(time, null, false, false);

    /// <summary>
    /// The time in an office's words (ADR 0048): <paramref name="word"/> before it (null = the part of the day; "বেলা-"
    /// as typed), "১২.৩০" with <paramref name="dot"/>, "ঘটিকা" for "টা" with <paramref name="ghotika"/>.
    /// </summary>
    public static string Text(TimeOnly time, string? word, bool dot, bool ghotika)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        return $"{word ?? PartOfDay(time)} {BengaliDigits.ToBengali($"{hour}{(dot ? '.' : ':')}{time.Minute:00}")} {(ghotika ? "ঘটিকা" : "টা")}";
    }

    private static string PartOfDay(TimeOnly time)
    {
        return time.Hour switch
        {
            < 4 => "রাত",
            < 12 => "সকাল",
            < 15 => "দুপুর",
            < 18 => "বিকাল",
            < 20 => "সন্ধ্যা",
            _ => "রাত",
        };
    }

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => "রবিবার",
        DayOfWeek.Monday => "সোমবার",
        DayOfWeek.Tuesday => "মঙ্গলবার",
        DayOfWeek.Wednesday => "বুধবার",
        DayOfWeek.Thursday => "বৃহস্পতিবার",
        DayOfWeek.Friday => "শুক্রবার",
        _ => "শনিবার",
    };
}

/// <summary>সভার নোটিশ: calls a meeting at a date, time and venue (or online), with its agenda and invitees.</summary>
public sealed record MeetingNotice(
    Letterhead Letterhead,
    MemoLine Memo,
    string Title,
    string Body,
    DateOnly MeetingDate,
    TimeOnly MeetingTime,
    string? Venue,
    string? OnlineLink,
    string? Chair,
    IReadOnlyList<string> Agenda,
    SignatureBlock Signature,
    IReadOnlyList<Distribution> Distributions,
    bool ShowsDetails = true); // the date/time/venue lines; off when the office's text says them (ADR 0035)

/// <summary>One row of the decisions table: a discussion with one or more decisions and implementers.</summary>
public sealed record MinutesItem(
    string? Subject,
    string Discussion,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<string> Implementers)
{
    /// <summary>"০১", "০২" …: minutes number their items with two digits.</summary>
    public static string Serial(int index) => BengaliDigits.ToBengali((index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Several decisions or implementers are numbered "১)", "২)"; a single one is printed as it is.</summary>
    public static IReadOnlyList<string> Numbered(IReadOnlyList<string> lines) =>
        lines.Count <= 1 ? lines : lines.Select((l, i) => $"{BengaliDigits.ToBengali(i + 1)}) {l}").ToList();
}

/// <summary>
/// One cell of the decision table: entries (decisions, implementers; a discussion is one) of lines as typed, and an
/// optional bold lead ("subject:") before the first line. A line starting "ক)", "১.", "২।" or "-" prints as a list item.
/// </summary>
public sealed record MinutesCell(IReadOnlyList<IReadOnlyList<string>> Entries, string? Lead = null, bool Center = false)
{
    private static readonly System.Text.RegularExpressions.Regex ListLine = new(
        @"^\s*(?:[\u0995-\u09B9\u09DC-\u09DF][\)।.]|[০-৯0-9]{1,3}[\)।.]|\([\u0995-\u09B9০-৯0-9]{1,3}\)|[-–•])\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static bool IsListLine(string line) => ListLine.IsMatch(line);

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0).ToList();

    /// <summary>"০১" (two digits, today's default), "১." or "১".</summary>
    public static string Serial(MinutesSerialStyle style, int index) => style switch
    {
        MinutesSerialStyle.Dot => $"{BengaliDigits.ToBengali(index + 1)}.",
        MinutesSerialStyle.Plain => BengaliDigits.ToBengali(index + 1),
        _ => MinutesItem.Serial(index),
    };

    private static readonly string[] Letters =
        ["ক", "খ", "গ", "ঘ", "ঙ", "চ", "ছ", "জ", "ঝ", "ঞ", "ট", "ঠ", "ড", "ঢ", "ণ", "ত", "থ", "দ", "ধ", "ন", "প", "ফ", "ব", "ভ", "ম", "য", "র", "ল", "শ", "ষ", "স", "হ"];

    /// <summary>"১)", "ক)" or "১।" for sub-entry <paramref name="index"/>.</summary>
    public static string SubNumber(DecisionNumbering numbering, int index) => numbering switch
    {
        DecisionNumbering.Letter => $"{Letters[index % Letters.Length]})",
        DecisionNumbering.Dari => $"{BengaliDigits.ToBengali(index + 1)}।",
        _ => $"{BengaliDigits.ToBengali(index + 1)})",
    };

    /// <summary>Several entries are numbered on their first line; a single one prints as it is.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Numbered(IReadOnlyList<string> entries, DecisionNumbering numbering) =>
        entries.Select((e, i) =>
        {
            var lines = Lines(e).ToList();
            if (entries.Count > 1 && lines.Count > 0) lines[0] = $"{SubNumber(numbering, i)} {lines[0].TrimStart()}";
            return (IReadOnlyList<string>)lines;
        }).ToList();
}

/// <summary>A person present, for the attendance appendix (পরিশিষ্ট ‘ক’).</summary>
public sealed record Attendee(string Name, string Designation, string? Office = null);

/// <summary>কার্যবিবরণী: the record of a meeting, issued under a memo with its distribution and attendance appendix.</summary>
public sealed record MeetingMinutes(
    Letterhead Letterhead,
    string Title,
    string Chair,
    DateOnly MeetingDate,
    TimeOnly MeetingTime,
    string Venue,
    IReadOnlyList<string> Opening,
    IReadOnlyList<MinutesItem> Items,
    IReadOnlyList<string> Closing,
    SignatureBlock ChairSignature,
    MemoLine Memo,
    IReadOnlyList<Distribution> Distributions,
    SignatureBlock IssuerSignature,
    IReadOnlyList<Attendee> Attendance,
    MinutesTable? Table = null, // null in minutes issued before the table was written: today's 4 columns (ADR 0035)
    bool Unnumbered = false) // minutes of the past recorded as printed without a memo number: no memo line, no signature under it (ADR 0048 addendum)
{
    public const string AttendanceAppendix = "পরিশিষ্ট ‘ক’";

    /// <summary>
    /// The header block's rows (label, value), as HTML, PDF and DOCX print them: "তারিখ : dual date" by default, or as
    /// the office chose ("সভার তারিখ : ২০-১২-২০২০ (রবিবার)", optionally with the Bangla date after it).
    /// </summary>
    public IReadOnlyList<(string Label, string Value)> HeaderRows()
    {
        var t = Layout;
        var prefix = t.MeetingLabels ? "সভার " : "";
        var numeric = $"{BengaliDigits.ToBengali(MeetingDate.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture))} ({BanglaTime.Weekday(MeetingDate.DayOfWeek)})";
        var date = t.DateForm switch
        {
            MinutesDateForm.Numeric => numeric,
            MinutesDateForm.NumericWithBangla => $"{numeric} / {OfficialDate.BanglaLine(MeetingDate)}",
            MinutesDateForm.Slashed => $"{BengaliDigits.ToBengali(MeetingDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))} খ্রি.",
            _ => OfficialDate.Line(MeetingDate),
        };
        return
        [
            ("সভাপতি", Chair),
            ($"{prefix}তারিখ", date),
            ($"{prefix}সময়", BanglaTime.Text(MeetingTime, t.TimeWord, t.TimeDot, t.Ghotika)),
            ("স্থান", Venue),
            .. t.AttendanceLine is "" ? Array.Empty<(string, string)>() : [("উপস্থিতি", t.AttendanceLine ?? AttendanceAppendix)],
        ];
    }

    /// <summary>The memo line with its date and the issuer's signature under the distribution; none on minutes recorded without a number.</summary>
    public bool PrintsMemo => !Unnumbered;

    /// <summary>The attendance appendix is printed when attendance is recorded and the office did not leave it out.</summary>
    public bool PrintsAppendix => Attendance.Count > 0 && Layout.Appendix;

    public MinutesTable Layout => Table ?? MinutesTable.Default;

    /// <summary>Row <paramref name="index"/>'s cells in the table's column order; HTML, PDF and DOCX print these.</summary>
    public IReadOnlyList<MinutesCell> Cells(int index)
    {
        var t = Layout;
        var item = Items[index];
        return t.ColumnsInOrder.Select(c => c switch
        {
            MinutesColumn.Serial => new MinutesCell([[MinutesCell.Serial(t.Serial, index)]], Center: true),
            MinutesColumn.Subject => new MinutesCell([MinutesCell.Lines(item.Subject)]),
            MinutesColumn.Discussion => new MinutesCell([MinutesCell.Lines(item.Discussion)],
                t.HasSubject || string.IsNullOrWhiteSpace(item.Subject) ? null : item.Subject!.Trim()),
            MinutesColumn.Decision => new MinutesCell(MinutesCell.Numbered(item.Decisions, t.Numbering)),
            _ => new MinutesCell(MinutesCell.Numbered(item.Implementers, DecisionNumbering.Parenthesis)),
        }).ToList();
    }

    public static readonly string[] DecisionColumns = ["ক্রমিক", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নকারী"];
    public static readonly string[] AttendanceColumns = ["ক্রমিক", "নাম", "পদবি", "দপ্তর"];
}

/// <summary>A member of a committee an office order forms or reconstitutes.</summary>
public sealed record CommitteeMember(string Name, string Designation, string Role);

/// <summary>অফিস আদেশ: memo and date, the order's paragraphs, optionally a committee's members, effect, signature, distribution.</summary>
public sealed record OfficeOrder(
    Letterhead Letterhead,
    MemoLine Memo,
    string Title,
    IReadOnlyList<string> Body,
    IReadOnlyList<CommitteeMember> Members,
    IReadOnlyList<string> Duties,
    DateOnly? EffectiveFrom,
    SignatureBlock Signature,
    IReadOnlyList<Distribution> Distributions)
{
    public static readonly string[] MemberColumns = ["ক্রমিক", "নাম", "পদবি", "কমিটিতে পদ"];

    /// <summary>The sentence that closes an order: from a given date, or at once.</summary>
    public string EffectText => EffectiveFrom is { } d
        ? $"এ আদেশ {OfficialDate.GregorianLine(d)} তারিখ হতে কার্যকর হবে।"
        : "জনস্বার্থে জারিকৃত এ আদেশ অবিলম্বে কার্যকর হবে।";
}
