using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Memos;

/// <summary>Which Secretariat Instructions the file number follows.</summary>
public enum MemoNumberForm
{
    /// <summary>নির্দেশমালা ২০১৪: 7 blocks, 18 digits (ministry 2 . office 2 . geo 4 . section 3 . subject 2 . file 3 . year 2).</summary>
    Form2014 = 2014,
    /// <summary>নির্দেশমালা ২০২৪: 8 blocks, 22 digits (ministry 2 . office 2 . geo 4 . subordinate 3 . section 3 . subject 2 . file 4 . year 2).</summary>
    Form2024 = 2024,
    /// <summary>নির্দেশমালা ২০০৮: 7 blocks, 19 digits; still found on old letters, accepted only when reading a typed number.</summary>
    Legacy2008 = 2008,
}

/// <summary>Why a typed memo or file number was refused, in both languages, and which block (1-based) when one is to blame.</summary>
public sealed record MemoNumberProblem(string MessageEn, string MessageBn, int? Block = null)
{
    public string Localized(bool bengali) => bengali ? MessageBn : MessageEn;
}

/// <summary>
/// A digital file number (ডিজিটাল নথি নম্বর), optionally followed by the letter's serial: that is a memo number
/// (স্মারক নম্বর). Typed numbers come with Bengali or ASCII digits and stray spaces around the dots (real letters
/// have "…২১. ৭৬৮"); they are kept here in ASCII and printed in Bengali digits. Known deviations seen on real letters
/// (a 4-digit year, a serial joined by a hyphen, the 2008 19-digit form) are accepted and marked
/// <see cref="IsVariant"/> so a check can warn instead of refusing a number an office really used.
/// </summary>
public sealed class MemoNumber : IEquatable<MemoNumber>
{
    private sealed record Block(int Width, string En, string Bn);

    private static readonly Block[] Blocks2014 =
    [
        new(2, "ministry/division code", "মন্ত্রণালয়/বিভাগ কোড"),
        new(2, "office/directorate code", "দপ্তর/অধিদপ্তর কোড"),
        new(4, "geo code", "জিও কোড"),
        new(3, "section code", "শাখা কোড"),
        new(2, "subject code", "বিষয় কোড"),
        new(3, "file serial", "নথির ক্রমিক"),
        new(2, "year the file was opened", "নথি খোলার সাল"),
    ];

    private static readonly Block[] Blocks2024 =
    [
        new(2, "ministry/division code", "মন্ত্রণালয়/বিভাগ কোড"),
        new(2, "office/directorate code", "দপ্তর/অধিদপ্তর কোড"),
        new(4, "geo code", "জিও কোড"),
        new(3, "subordinate office code", "অধীনস্থ দপ্তর কোড"),
        new(3, "section code", "শাখা কোড"),
        new(2, "subject code", "বিষয় কোড"),
        new(4, "file serial", "নথির ক্রমিক"),
        new(2, "year the file was opened", "নথি খোলার সাল"),
    ];

    private static readonly Block[] Blocks2008 =
    [
        new(2, "ministry/division code", "মন্ত্রণালয়/বিভাগ কোড"),
        new(3, "office code", "দপ্তর কোড"),
        new(3, "geo code", "জিও কোড"),
        new(2, "section code", "শাখা কোড"),
        new(2, "subject code", "বিষয় কোড"),
        new(3, "file serial", "নথির ক্রমিক"),
        new(4, "year the file was opened", "নথি খোলার সাল"),
    ];

    private static readonly string[] OrdinalsBn = ["প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম", "ষষ্ঠ", "সপ্তম", "অষ্টম", "নবম"];

    private readonly string[] _blocks;

    private MemoNumber(MemoNumberForm form, string[] blocks, long? serial, bool isVariant, char serialSeparator)
    {
        Form = form;
        _blocks = blocks;
        Serial = serial;
        IsVariant = isVariant;
        SerialSeparator = serialSeparator;
    }

    public MemoNumberForm Form { get; }

    /// <summary>The file number's blocks in ASCII digits, without the serial.</summary>
    public IReadOnlyList<string> FileBlocks => _blocks;

    /// <summary>The letter's serial; null when only a file number was given.</summary>
    public long? Serial { get; }

    public bool IsVariant { get; }

    private char SerialSeparator { get; }

    /// <summary>The file number in ASCII digits, e.g. "05.43.6900.006.32.001.21".</summary>
    public string FileNumber => string.Join('.', _blocks);

    public bool IsMemo => Serial is not null;

    /// <summary>The number as a person types it into a search box or a database column: ASCII digits, no spaces.</summary>
    public override string ToString() =>
        Serial is { } s ? $"{FileNumber}{SerialSeparator}{s.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : FileNumber;

    /// <summary>As printed on a letter: Bengali digits, e.g. "০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮".</summary>
    public string ToBengali() => BengaliDigits.ToBengali(ToString());

    /// <summary>This file number with a letter serial appended, as issuing a memo from the file does.</summary>
    public MemoNumber WithSerial(long serial)
    {
        if (serial < 1) throw new DomainException("A memo serial starts at 1.", "স্মারকের ক্রমিক ১ থেকে শুরু হয়।");
        return new MemoNumber(Form, _blocks, serial, IsVariant, '.');
    }

    public static MemoNumber Parse(string? text)
    {
        if (TryParse(text, out var number, out var problem)) return number;
        throw new DomainException(problem.MessageEn, problem.MessageBn);
    }

    /// <summary>Reads a typed memo number (a file number with or without the letter serial).</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemoNumber? number,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out MemoNumberProblem? problem) =>
        TryParse(text, lenient: true, out number, out problem);

    /// <summary>
    /// Reads a file number an office configures: only the two official forms (2014 and 2024), no serial. Variants
    /// are read from old letters but not given to new files, so every memo Protishruti issues is in an official form.
    /// </summary>
    public static bool TryParseFile(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemoNumber? number,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out MemoNumberProblem? problem)
    {
        if (!TryParse(text, lenient: false, out number, out problem)) return false;
        if (number.IsMemo)
        {
            var (year, blocks) = ((int)number.Form, number.FileBlocks.Count);
            problem = new MemoNumberProblem(
                $"A file number has {blocks} blocks in the {year} form; this one has a letter serial ({number.Serial}) after it. Enter the file number without the serial.",
                $"{BengaliDigits.ToBengali(year)} সালের রীতিতে নথি নম্বরে {BengaliDigits.ToBengali(blocks)}টি ব্লক থাকে; এখানে শেষে পত্রের ক্রমিক ({BengaliDigits.ToBengali(number.Serial!.Value)}) আছে। ক্রমিক ছাড়া নথি নম্বর লিখুন।", blocks + 1);
            number = null;
            return false;
        }
        return true;
    }

    private static bool TryParse(string? text, bool lenient,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemoNumber? number,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out MemoNumberProblem? problem)
    {
        number = null;
        problem = null;
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            problem = new("Enter the number, e.g. 05.43.6900.006.32.001.21.", "নম্বরটি লিখুন, যেমন ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১।");
            return false;
        }

        var stray = normalized.FirstOrDefault(c => !char.IsAsciiDigit(c) && c != '.' && c != '-');
        if (stray != default)
        {
            problem = new($"'{stray}' is not allowed: a memo number has only digits separated by dots.",
                $"'{stray}' চলবে না: স্মারক নম্বরে শুধু অঙ্ক থাকে, ডট দিয়ে আলাদা করা।");
            return false;
        }

        var parts = normalized.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                problem = new($"Block {i + 1} is empty (two dots together, or a dot at the start or end).",
                    $"{OrdinalsBn[Math.Min(i, OrdinalsBn.Length - 1)]} ব্লকটি খালি (পরপর দুটি ডট, অথবা শুরুতে বা শেষে ডট)।", i + 1);
                return false;
            }
        }

        // DPE writes "…১১৩.২০২৫-৬৩০": a 4-digit year with the serial joined by a hyphen. Split it off before counting.
        var hyphenSerial = false;
        var last = parts[^1];
        if (last.Contains('-'))
        {
            var pieces = last.Split('-');
            if (!lenient || pieces.Length != 2 || pieces[0].Length == 0 || pieces[1].Length == 0 || parts.Take(parts.Length - 1).Any(p => p.Contains('-')))
            {
                problem = MisplacedHyphen(parts.Length);
                return false;
            }
            parts = [.. parts[..^1], pieces[0], pieces[1]];
            hyphenSerial = true;
        }
        else if (parts.Any(p => p.Contains('-')))
        {
            problem = MisplacedHyphen(Array.FindIndex(parts, p => p.Contains('-')) + 1);
            return false;
        }

        var (form, layout) = Guess(parts, lenient);
        var fileLength = layout.Length;
        if (parts.Length < fileLength || parts.Length > fileLength + 1)
        {
            problem = new(
                $"A memo number has 7 blocks (2014 form) or 8 blocks (2024 form), then the letter serial; this one has {parts.Length}.",
                $"স্মারক নম্বরে ৭টি ব্লক (২০১৪ সালের রীতি) বা ৮টি ব্লক (২০২৪ সালের রীতি) থাকে, তারপর পত্রের ক্রমিক; এখানে আছে {BengaliDigits.ToBengali(parts.Length)}টি।");
            return false;
        }
        if (hyphenSerial && parts.Length != fileLength + 1)
        {
            problem = MisplacedHyphen(parts.Length - 1);
            return false;
        }

        var variant = hyphenSerial || form == MemoNumberForm.Legacy2008;
        var wrong = new List<MemoNumberProblem>();
        for (var i = 0; i < fileLength; i++)
        {
            var width = layout[i].Width;
            // Some offices write the year the file was opened with four digits (…১১৩.২০২৫); readable, so a variant.
            if (lenient && form == MemoNumberForm.Form2014 && i == fileLength - 1 && parts[i].Length == 4)
            {
                variant = true;
                continue;
            }
            if (parts[i].Length != width) wrong.Add(WrongWidth(form, i, layout[i], parts[i]));
        }
        if (wrong.Count > 0)
        {
            problem = wrong.Count == 1
                ? wrong[0]
                : new(string.Join(" ", wrong.Select(w => w.MessageEn)), string.Join(" ", wrong.Select(w => w.MessageBn)), wrong[0].Block);
            return false;
        }

        long? serial = null;
        if (parts.Length == fileLength + 1)
        {
            var s = parts[^1];
            if (s.Length > 9 || !long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                problem = new($"The letter serial (block {parts.Length}) must be a number from 1 up, of at most 9 digits.",
                    $"পত্রের ক্রমিক ({OrdinalsBn[Math.Min(parts.Length - 1, OrdinalsBn.Length - 1)]} ব্লক) ১ বা তার বেশি একটি সংখ্যা হতে হবে, অনধিক ৯ অঙ্কের।", parts.Length);
                return false;
            }
            serial = value;
        }

        number = new MemoNumber(form, parts[..fileLength], serial, variant, hyphenSerial ? '-' : '.');
        return true;
    }

    /// <summary>
    /// Which form the blocks were meant to follow. Eight blocks can be a 2014 file number with a serial or a 2024
    /// file number without one; the 2024 form's 3-digit fifth block tells them apart (a 4-digit seventh block is
    /// also the 2014 variant with a 4-digit year, so it decides only when the fifth block is not 2 digits).
    /// </summary>
    private static (MemoNumberForm Form, Block[] Layout) Guess(string[] parts, bool lenient)
    {
        if (lenient && parts.Length >= 7 && parts[1].Length == 3 && parts[2].Length == 3 && parts[6].Length == 4)
            return (MemoNumberForm.Legacy2008, Blocks2008);
        if (parts.Length >= 9) return (MemoNumberForm.Form2024, Blocks2024);
        if (parts.Length == 8 && (parts[4].Length == 3 || (parts[6].Length == 4 && parts[4].Length != 2)))
            return (MemoNumberForm.Form2024, Blocks2024);
        return (MemoNumberForm.Form2014, Blocks2014);
    }

    private static MemoNumberProblem MisplacedHyphen(int block) =>
        new("A hyphen is allowed only between the year and the letter serial (e.g. …113.2025-630).",
            "হাইফেন শুধু সাল ও পত্রের ক্রমিকের মাঝে চলে (যেমন …১১৩.২০২৫-৬৩০)।", block);

    private static MemoNumberProblem WrongWidth(MemoNumberForm form, int index, Block block, string value)
    {
        var year = (int)form;
        return new MemoNumberProblem(
            $"Block {index + 1} ({block.En}) must have {block.Width} digits in the {year} form; '{value}' has {value.Length}.",
            $"{OrdinalsBn[index]} ব্লক ({block.Bn}) {BengaliDigits.ToBengali(year)} সালের রীতিতে {BengaliDigits.ToBengali(block.Width)} অঙ্কের হতে হবে; '{BengaliDigits.ToBengali(value)}' {BengaliDigits.ToBengali(value.Length)} অঙ্কের।",
            index + 1);
    }

    /// <summary>Bengali digits to ASCII, and every kind of space (Word pastes no-break spaces) removed.</summary>
    private static string Normalize(string? text)
    {
        var ascii = BengaliDigits.ToAscii(text ?? "");
        var chars = ascii.Where(c => !char.IsWhiteSpace(c) && c != '\u200B' && c != '\u200C' && c != '\u200D').ToArray();
        var s = new string(chars);
        // Dashes typed by word processors read as the hyphen of the variant form.
        return s.Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-').Replace('\u2212', '-').Replace('।', '.');
    }

    public bool Equals(MemoNumber? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is MemoNumber m && Equals(m);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
