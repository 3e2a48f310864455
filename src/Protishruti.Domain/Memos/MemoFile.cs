using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Memos;

/// <summary>How a file's memo numbers are written (ADR 0015): the government form, a bare serial, or any prefix and the serial.</summary>
public enum MemoFileStyle
{
    /// <summary>The digital file number of the Secretariat Instructions (2014 or 2024 form) and ".serial".</summary>
    Structured = 0,
    /// <summary>Just the serial of a paper register ("স্মারক নং- ১১৬৪"); one such file an office.</summary>
    Serial = 1,
    /// <summary>Any text the office prints, then the serial ("জেপ্রকা/সাধা/" + "১৬৫").</summary>
    Prefix = 2,
}

/// <summary>
/// A file (নথি) an office issues letters from. Each outgoing letter takes the file's next serial, and its memo number
/// is the file number followed by that serial. The serial is advanced by one database statement when a memo is
/// issued (Features/Memos/MemoNumbers), never through this entity, so two users never share a number.
/// </summary>
public sealed class MemoFile
{
    public const int MaxLabelLength = 200;

    private MemoFile() { }

    public MemoFile(int officeId, string fileNumber, string labelBn, string? labelEn, int firstSerial = 1, MemoFileStyle style = MemoFileStyle.Structured)
    {
        OfficeId = officeId;
        SetNumber(style, fileNumber);
        Relabel(labelBn, labelEn);
        SetFirstSerial(firstSerial);
        IsActive = true;
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public MemoNumberForm Form { get; private set; }

    public MemoFileStyle Style { get; private set; }

    /// <summary>
    /// The file number in ASCII digits ("05.43.6900.006.32.001.21"); for a <see cref="MemoFileStyle.Prefix"/> file the
    /// prefix as written, for a <see cref="MemoFileStyle.Serial"/> file empty.
    /// </summary>
    public string FileNumber { get; private set; } = "";

    public const int MaxPrefixLength = 80;

    public string LabelBn { get; private set; } = "";
    public string? LabelEn { get; private set; }

    /// <summary>The kind of document this file is meant for; issuing that kind uses this file before the default one.</summary>
    public MemoDocumentKind? Purpose { get; private set; }

    public bool IsDefault { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>The serial the file started at here: an office moving from a paper register continues its numbering.</summary>
    public int FirstSerial { get; private set; } = 1;

    public int NextSerial { get; private set; } = 1;

    /// <summary>Once a memo went out with this number, the number is on paper somewhere; a different number is a new file.</summary>
    public bool HasIssued => NextSerial > FirstSerial;

    /// <summary>The parsed file number of a structured file.</summary>
    public MemoNumber Number => Style == MemoFileStyle.Structured ? MemoNumber.Parse(FileNumber)
        : throw new InvalidOperationException("Only a structured file has a digital file number.");

    /// <summary>The memo number the next document from this file gets (ASCII digits).</summary>
    public string NextNumber => NumberFor(Style, FileNumber, NextSerial);

    /// <summary>The memo number <paramref name="serial"/> makes in a file of this style and number (ASCII digits).</summary>
    public static string NumberFor(MemoFileStyle style, string fileNumber, int serial) => style switch
    {
        MemoFileStyle.Serial => serial.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MemoFileStyle.Prefix => fileNumber + serial.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => MemoNumber.Parse(fileNumber).WithSerial(serial).ToString(),
    };

    public string Label(bool bengali) => bengali || TypedText.IsBlank(LabelEn) ? LabelBn : LabelEn;

    /// <summary>Sets how the file writes its numbers and its number or prefix; fixed once a memo went out.</summary>
    public void SetNumber(MemoFileStyle style, string? typed)
    {
        if (!Enum.IsDefined(style))
            throw new DomainException("Choose how the file's numbers are written.", "নথির নম্বর কীভাবে লেখা হয় তা বেছে নিন।") { Field = nameof(Style) };
        if (style == MemoFileStyle.Structured)
        {
            if (Style != style && HasIssued) throw Fixed();
            SetNumber(typed);
            return;
        }
        var number = style == MemoFileStyle.Serial ? "" : Prefix(typed);
        if (style == Style && number == FileNumber) return;
        if (HasIssued) throw Fixed();
        Style = style;
        FileNumber = number;
        Form = default;
    }

    private DomainException Fixed() => new(
        $"Memos have been issued from file {FileNumber}, so its number cannot change. Add a new file and deactivate this one.",
        $"{BengaliDigits.ToBengali(FileNumber)} নথি থেকে স্মারক জারি হয়েছে, তাই এর নম্বর বদলানো যায় না। নতুন নথি যোগ করে এটি নিষ্ক্রিয় করুন।")
    { Field = nameof(FileNumber) };

    /// <summary>A prefix as the office prints it, digits in ASCII; it must not end in a digit, or the serial would run into it.</summary>
    private static string Prefix(string? typed)
    {
        var t = string.Join(' ', BengaliDigits.ToAscii(TypedText.Trim(typed)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length == 0)
            throw new DomainException("Write the text printed before the serial, e.g. 05.44.6970.000.06.001.20-267/.", "ক্রমিকের আগে যা ছাপা হয় তা লিখুন, যেমন ০৫.৪৪.৬৯৭০.০০০.০৬.০০১.২০-২৬৭/।") { Field = nameof(FileNumber) };
        if (t.Length > MaxPrefixLength)
            throw new DomainException($"The prefix is at most {MaxPrefixLength} characters.", $"উপসর্গ সর্বোচ্চ {BengaliDigits.ToBengali(MaxPrefixLength)} অক্ষরের।") { Field = nameof(FileNumber) };
        if (char.IsAsciiDigit(t[^1]))
            throw new DomainException("End the prefix with a separator (/, - or .) so the serial does not run into its last digit.",
                "উপসর্গের শেষে একটি বিভাজক (/, - বা .) দিন, যাতে ক্রমিক শেষ অঙ্কের সঙ্গে মিশে না যায়।") { Field = nameof(FileNumber) };
        return t;
    }

    public void SetNumber(string? typed)
    {
        if (Style != MemoFileStyle.Structured && HasIssued) throw Fixed();
        if (!MemoNumber.TryParseFile(typed, out var number, out var problem))
            throw new DomainException(problem.MessageEn, problem.MessageBn) { Field = nameof(FileNumber) };
        if (number.FileNumber == FileNumber && Style == MemoFileStyle.Structured) return;
        if (HasIssued)
            throw new DomainException(
                $"Memos have been issued from file {FileNumber}, so its number cannot change. Add a new file and deactivate this one.",
                $"{BengaliDigits.ToBengali(FileNumber)} নথি থেকে স্মারক জারি হয়েছে, তাই এর নম্বর বদলানো যায় না। নতুন নথি যোগ করে এটি নিষ্ক্রিয় করুন।")
            { Field = nameof(FileNumber) };
        FileNumber = number.FileNumber;
        Form = number.Form;
        Style = MemoFileStyle.Structured;
    }

    public void Relabel(string? labelBn, string? labelEn)
    {
        var bn = TypedText.Trim(labelBn);
        if (bn.Length == 0)
            throw new DomainException("Give the file a name in Bengali, e.g. the section and subject.", "নথির একটি বাংলা নাম দিন, যেমন শাখা ও বিষয়।") { Field = nameof(LabelBn) };
        if (bn.Length > MaxLabelLength)
            throw new DomainException($"The file's name is longer than {MaxLabelLength} characters.", $"নথির নাম {BengaliDigits.ToBengali(MaxLabelLength)} অক্ষরের বেশি।") { Field = nameof(LabelBn) };
        var en = TypedText.TrimToNull(labelEn);
        if (en?.Length > MaxLabelLength)
            throw new DomainException($"The file's English name is longer than {MaxLabelLength} characters.", $"নথির ইংরেজি নাম {BengaliDigits.ToBengali(MaxLabelLength)} অক্ষরের বেশি।") { Field = nameof(LabelEn) };
        LabelBn = bn;
        LabelEn = en;
    }

    public void SetPurpose(MemoDocumentKind? purpose) => Purpose = purpose;

    /// <summary>Where the numbering starts; only before the first memo, after which the database owns the serial.</summary>
    public void SetFirstSerial(int serial)
    {
        if (serial == FirstSerial && serial == NextSerial) return;
        if (HasIssued)
            throw new DomainException("Memos have been issued from this file, so its serial cannot be reset.",
                "এই নথি থেকে স্মারক জারি হয়েছে, তাই ক্রমিক নতুন করে ঠিক করা যায় না।") { Field = nameof(NextSerial) };
        if (serial is < 1 or > 99_999_999)
            throw new DomainException("The next serial must be a number from 1 up.", "পরবর্তী ক্রমিক ১ বা তার বেশি একটি সংখ্যা হতে হবে।") { Field = nameof(NextSerial) };
        FirstSerial = serial;
        NextSerial = serial;
    }

    /// <summary>Makes this the office's default file; the caller clears the flag on the office's other files.</summary>
    public void MakeDefault()
    {
        if (!IsActive)
            throw new DomainException("An inactive file cannot be the default; activate it first.", "নিষ্ক্রিয় নথি ডিফল্ট হতে পারে না; আগে সক্রিয় করুন।");
        IsDefault = true;
    }

    public void ClearDefault() => IsDefault = false;

    public void Deactivate()
    {
        IsActive = false;
        IsDefault = false;
    }

    public void Activate() => IsActive = true;
}
