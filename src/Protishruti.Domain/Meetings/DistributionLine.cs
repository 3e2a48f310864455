using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Meetings;

/// <summary>How a document numbers its distribution lines: "১।" (the memo style) or "১)".</summary>
public enum ListNumbering
{
    Dari = 0,
    Parenthesis = 1,
}

/// <summary>
/// One line of a document's বিতরণ (or, when <see cref="Copy"/>, its অনুলিপি block) as the office writes it:
/// the recipient with designation and place, and an optional purpose note ("সদয় অবগতির জন্য",
/// "ওয়েবসাইটে প্রকাশের অনুরোধসহ") printed after it. Lines are kept in print order.
/// </summary>
public sealed record DistributionLine
{
    public const int MaxTextLength = 500;
    public const int MaxNoteLength = 300;
    /// <summary>A document lists at most this many lines (real ones stop well short of it).</summary>
    public const int MaxLines = 200;

    private DistributionLine() { }

    public string Text { get; private init; } = "";
    public string? Note { get; private init; }
    /// <summary>In the অনুলিপি block rather than বিতরণ.</summary>
    public bool Copy { get; private init; }

    public static DistributionLine Of(string text, string? note = null, bool copy = false)
    {
        var t = TypedText.Trim(text);
        if (t.Length == 0)
            throw new DomainException("A distribution line names its recipient.", "বিতরণের লাইনে প্রাপকের নাম/পদবি লিখুন।") { Field = nameof(Text) };
        if (t.Length > MaxTextLength)
            throw new DomainException($"A distribution line is at most {MaxTextLength} characters.",
                $"বিতরণের লাইন সর্বোচ্চ {BengaliDigits.ToBengali(MaxTextLength)} অক্ষরের।") { Field = nameof(Text) };
        var n = TypedText.TrimToNull(note);
        if (n is { Length: > MaxNoteLength })
            throw new DomainException($"A purpose note is at most {MaxNoteLength} characters.",
                $"উদ্দেশ্যের নোট সর্বোচ্চ {BengaliDigits.ToBengali(MaxNoteLength)} অক্ষরের।") { Field = nameof(Note) };
        return new DistributionLine { Text = t, Note = n, Copy = copy };
    }

    /// <summary>
    /// Lines pasted from another document, one recipient a line: the serials they carried ("১।", "২)", "3.", "- ৪।")
    /// are dropped, since the document numbers its lines itself; blank lines are skipped.
    /// </summary>
    public static IEnumerable<DistributionLine> Paste(string? text, bool copy)
    {
        foreach (var raw in (text ?? "").Replace("\r", "").Split('\n'))
        {
            var line = StripSerial(TypedText.Trim(raw));
            if (line.Length > 0) yield return Of(line, null, copy);
        }
    }

    /// <summary>"১। x", "২) x", "- ৩. x" → "x": a pasted list's own serial or bullet is dropped.</summary>
    public static string StripSerial(string line)
    {
        var i = 0;
        if (i < line.Length && line[i] is '-' or '•' or '*' or '–') i++;
        while (i < line.Length && line[i] == ' ') i++;
        var digits = i;
        var open = i < line.Length && line[i] == '(';
        if (open) i++;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] is >= '০' and <= '৯')) i++;
        if (i == digits + (open ? 1 : 0)) return line[digits..].Trim(); // no serial, only a bullet
        if (i < line.Length && line[i] is '।' or ')' or '.' or ':')
            return TypedText.Trim(line[(i + 1)..]);
        return line[digits..].Trim();
    }
}

/// <summary>
/// A document's distribution as kept on the meeting: whether the office has written it yet (before that, pages show a
/// suggestion), its lines in print order, the numbering style and the headings the office chose ("অনুলিপি: সদয়
/// জ্ঞাতার্থে/ কার্যার্থে"); a heading left empty prints the usual one.
/// </summary>
public sealed record DistributionList(bool Written, IReadOnlyList<DistributionLine> Lines, ListNumbering Numbering, string? Heading, string? CopyHeading);
