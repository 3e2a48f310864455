namespace Protishruti.Domain.Meetings;

/// <summary>How the minutes number their rows: "০১" (today's default), "১." or "১".</summary>
public enum MinutesSerialStyle
{
    TwoDigit = 0,
    Dot = 1,
    Plain = 2,
}

/// <summary>How several decisions of one row are numbered: "১)" (today's default), "ক)" or "১।".</summary>
public enum DecisionNumbering
{
    Parenthesis = 0,
    Letter = 1,
    Dari = 2,
}

/// <summary>How the minutes' header block prints the meeting's date (ADR 0035): both calendars (today's default) or as offices type it, "২০-১২-২০২০ (রবিবার)", with or without the Bangla date after it, or "২৪/১২/২০২৩ খ্রি." (ADR 0048 addendum).</summary>
public enum MinutesDateForm
{
    Dual = 0,
    Numeric = 1,
    NumericWithBangla = 2,
    Slashed = 3,
}

/// <summary>How a signature block prints the holder's name: "(name)" (today's default), name without brackets, or no name.</summary>
public enum SignatureName
{
    Bracketed = 0,
    Plain = 1,
    None = 2,
}

/// <summary>The columns a decision table may have, in print order.</summary>
public enum MinutesColumn
{
    Serial = 0,
    Subject = 1,
    Discussion = 2,
    Decision = 3,
    Implementer = 4,
}

/// <summary>
/// The minutes' decision table as the office writes it (ADR 0035): 3 columns (ক্রঃ নং | আলোচনা | সিদ্ধান্ত), 4 (+
/// বাস্তবায়নকারী, today's default) or 5 (+ a subject column, "আলোচ্য বিষয়"). Headings are kept per column (null = the
/// default), so a heading survives a change in the number of columns.
/// </summary>
/// The rest are the minutes' printed wording around the table (defaults = today's output, so minutes frozen before print
/// as before): the header's date form, whether its labels read "সভার তারিখ"/"সভার সময়", how the chair's and the issuer's
/// signatures print the name, and whether the issuer's signature carries the phone and e-mail.
public sealed record MinutesTable(int Columns, IReadOnlyList<string?>? Headings, MinutesSerialStyle Serial, DecisionNumbering Numbering,
    MinutesDateForm DateForm = MinutesDateForm.Dual, bool MeetingLabels = false,
    SignatureName ChairName = SignatureName.Bracketed, SignatureName IssuerName = SignatureName.Bracketed, bool IssuerContacts = true)
{
    public const int MaxHeadingLength = 60;

    /// <summary>The word before the header's time as written ("বেলা-"); null = the part of the day ("দুপুর"), ADR 0048.</summary>
    public string? TimeWord { get; init; }
    /// <summary>"১২.৩০" rather than "১২:৩০".</summary>
    public bool TimeDot { get; init; }
    /// <summary>"ঘটিকা" rather than "টা".</summary>
    public bool Ghotika { get; init; }
    /// <summary>The header's attendance line: null = "পরিশিষ্ট ‘ক’", "" = none, else as written.</summary>
    public string? AttendanceLine { get; init; }
    /// <summary>Whether the attendance appendix is printed (when attendance is recorded).</summary>
    public bool Appendix { get; init; } = true;
    /// <summary>Whether a title line is printed (the office may leave it empty).</summary>
    public bool PrintsTitle { get; init; } = true;
    /// <summary>The chair's role in the signature, one line each ("সভাপতি", "নৈতিকতা কমিটি"); null = the post.</summary>
    public IReadOnlyList<string>? ChairRole { get; init; }
    /// <summary>The role prints above the post's designation rather than instead of it.</summary>
    public bool ChairRoleWithPost { get; init; }
    /// <summary>The signing post's phone and e-mail print under the chair's signature (ADR 0048 addendum; the issuer's follow <see cref="IssuerContacts"/>).</summary>
    public bool ChairContacts { get; init; }
    public static readonly MinutesTable Default = new(4, null, MinutesSerialStyle.TwoDigit, DecisionNumbering.Parenthesis);

    /// <summary>Checks and normalizes <paramref name="headings"/> (one per <see cref="MinutesColumn"/>; blank = default).</summary>
    public static MinutesTable Of(int columns, IEnumerable<string?>? headings, MinutesSerialStyle serial, DecisionNumbering numbering)
    {
        if (columns is < 3 or > 5)
            throw new DomainException("The decision table has 3, 4 or 5 columns.", "সিদ্ধান্তের ছকে ৩, ৪ বা ৫টি কলাম থাকে।") { Field = nameof(Columns) };
        if (!Enum.IsDefined(serial))
            throw new DomainException("Unknown serial style.", "অজানা ক্রমিক ধরন।") { Field = nameof(Serial) };
        if (!Enum.IsDefined(numbering))
            throw new DomainException("Unknown numbering of decisions.", "সিদ্ধান্তের অজানা নম্বর ধরন।") { Field = nameof(Numbering) };
        var list = (headings ?? []).Take(5).Select(h => TypedText.TrimToNull(h) is { Length: > 0 } t ? t : null).ToList();
        while (list.Count < 5) list.Add(null);
        if (list.Any(h => h is { Length: > MaxHeadingLength } || h?.Contains('\n') == true))
            throw new DomainException($"A column heading is one line of at most {MaxHeadingLength} characters.",
                $"কলামের শিরোনাম এক লাইনের, সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxHeadingLength)} অক্ষরের।") { Field = nameof(Headings) };
        return new MinutesTable(columns, list.All(h => h is null) ? null : list, serial, numbering);
    }

    public IReadOnlyList<MinutesColumn> ColumnsInOrder => Columns switch
    {
        3 => [MinutesColumn.Serial, MinutesColumn.Discussion, MinutesColumn.Decision],
        5 => [MinutesColumn.Serial, MinutesColumn.Subject, MinutesColumn.Discussion, MinutesColumn.Decision, MinutesColumn.Implementer],
        _ => [MinutesColumn.Serial, MinutesColumn.Discussion, MinutesColumn.Decision, MinutesColumn.Implementer],
    };

    /// <summary>The heading written for <paramref name="column"/>, or null.</summary>
    public string? Written(MinutesColumn column) => Headings is { } h && (int)column < h.Count ? h[(int)column] : null;

    /// <summary>What the table prints over <paramref name="column"/>: as written, else the default (today's 4 columns unchanged).</summary>
    public string Heading(MinutesColumn column) => Written(column) ?? DefaultHeading(column, Columns);

    public static string DefaultHeading(MinutesColumn column, int columns) => column switch
    {
        MinutesColumn.Serial => columns == 4 ? "ক্রমিক" : "ক্রঃ নং",
        MinutesColumn.Subject => "আলোচ্য বিষয়",
        MinutesColumn.Discussion => "আলোচনা",
        MinutesColumn.Decision => "সিদ্ধান্ত",
        _ => "বাস্তবায়নকারী",
    };

    public bool HasSubject => Columns == 5;

    /// <summary>Checks the printed wording's choices (the enums come from a form).</summary>
    public static void CheckPrint(MinutesDateForm date, SignatureName chair, SignatureName issuer)
    {
        if (!Enum.IsDefined(date))
            throw new DomainException("Unknown date form.", "তারিখের অজানা ধরন।") { Field = nameof(DateForm) };
        if (!Enum.IsDefined(chair))
            throw new DomainException("Unknown form of the name.", "নামের অজানা ধরন।") { Field = nameof(ChairName) };
        if (!Enum.IsDefined(issuer))
            throw new DomainException("Unknown form of the name.", "নামের অজানা ধরন।") { Field = nameof(IssuerName) };
    }

    public IReadOnlyList<string> PrintedHeadings => ColumnsInOrder.Select(Heading).ToList();
}

/// <summary>The minutes' wording written for one meeting (ADR 0048), checked and trimmed.</summary>
public sealed record MinutesWording(string? Title, string? TimeWord, string? AttendanceLine, string? ChairRole)
{
    public const int MaxTimeWordLength = 20;
    public const int MaxAttendanceLength = 200;
    public const int MaxChairRoleLines = 4;
    public const int MaxChairRoleLength = 300;

    /// <summary>
    /// <paramref name="title"/> and <paramref name="attendanceLine"/>: null = the default, empty = none; the time word and
    /// the chair's role: blank = the default. Each refusal names its field.
    /// </summary>
    public static MinutesWording Of(string? title, string? timeWord, string? attendanceLine, string? chairRole)
    {
        string? Line(string? value, int max, string field, string en, string bn)
        {
            if (value is null) return null;
            var t = TypedText.Trim(value);
            if (t.Length > max || t.Contains('\n'))
                throw new DomainException($"{en} is one line of at most {max} characters.",
                    $"{bn} এক লাইনের, সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(max)} অক্ষরের।") { Field = field };
            return t;
        }
        var t = Line(title, Meeting.MaxTitleLength + 20, "MinutesTitle", "The title", "শিরোনাম");
        var word = Line(timeWord, MaxTimeWordLength, "TimeWord", "The word before the time", "সময়ের আগের শব্দ");
        var attendance = Line(attendanceLine, MaxAttendanceLength, "AttendanceLine", "The attendance line", "উপস্থিতির লাইন");
        var role = TypedText.TrimToNull(chairRole)?.Replace("\r", "").Split('\n').Select(l => TypedText.Trim(l)).Where(l => l.Length > 0).ToList();
        if (role is not null && (role.Count > MaxChairRoleLines || role.Sum(l => l.Length) > MaxChairRoleLength))
            throw new DomainException($"The chair's role is at most {MaxChairRoleLines} lines and {MaxChairRoleLength} characters.",
                $"সভাপতির ভূমিকা সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxChairRoleLines)} লাইন ও {Calendar.BengaliDigits.ToBengali(MaxChairRoleLength)} অক্ষরের।") { Field = "ChairRole" };
        return new MinutesWording(t, word is { Length: > 0 } ? word : null, attendance,
            role is { Count: > 0 } ? string.Join('\n', role) : null);
    }

    /// <summary>What the signature suggests for a committee's meeting ("সভাপতি" over the committee's name), else null.</summary>
    public static string? SuggestedChairRole(MeetingKind kind) => kind switch
    {
        MeetingKind.EthicsCommittee => "সভাপতি\nনৈতিকতা কমিটি",
        MeetingKind.MonitoringCommittee => "সভাপতি\nসেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি",
        _ => null,
    };
}
