using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Memos;

/// <summary>
/// A file (নথি) an office issues letters from. Each outgoing letter takes the file's next serial, and its memo number
/// is the file number followed by that serial. The serial is advanced by one database statement when a memo is
/// issued (Features/Memos/MemoNumbers), never through this entity, so two users never share a number.
/// </summary>
public sealed class MemoFile
{
    public const int MaxLabelLength = 200;

    private MemoFile() { }

    public MemoFile(int officeId, string fileNumber, string labelBn, string? labelEn, int firstSerial = 1)
    {
        OfficeId = officeId;
        SetNumber(fileNumber);
        Relabel(labelBn, labelEn);
        SetFirstSerial(firstSerial);
        IsActive = true;
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public MemoNumberForm Form { get; private set; }

    /// <summary>The file number in ASCII digits ("05.43.6900.006.32.001.21"); printed with <see cref="Number"/>.</summary>
    public string FileNumber { get; private set; } = "";

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

    public MemoNumber Number => MemoNumber.Parse(FileNumber);

    public MemoNumber NextMemoNumber => Number.WithSerial(NextSerial);

    public string Label(bool bengali) => bengali || TypedText.IsBlank(LabelEn) ? LabelBn : LabelEn;

    public void SetNumber(string? typed)
    {
        if (!MemoNumber.TryParseFile(typed, out var number, out var problem))
            throw new DomainException(problem.MessageEn, problem.MessageBn) { Field = nameof(FileNumber) };
        if (number.FileNumber == FileNumber) return;
        if (HasIssued)
            throw new DomainException(
                $"Memos have been issued from file {FileNumber}, so its number cannot change. Add a new file and deactivate this one.",
                $"{BengaliDigits.ToBengali(FileNumber)} নথি থেকে স্মারক জারি হয়েছে, তাই এর নম্বর বদলানো যায় না। নতুন নথি যোগ করে এটি নিষ্ক্রিয় করুন।")
            { Field = nameof(FileNumber) };
        FileNumber = number.FileNumber;
        Form = number.Form;
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
