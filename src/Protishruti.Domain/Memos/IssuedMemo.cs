namespace Protishruti.Domain.Memos;

/// <summary>
/// One memo number given to one document: the register (স্মারক রেজিস্টার) an office keeps of its outgoing letters.
/// (MemoFileId, Serial) is unique in the database, the last guard against two documents sharing a number.
/// </summary>
public sealed class IssuedMemo
{
    public const int MaxTitleLength = 500;

    private IssuedMemo() { }

    /// <summary>
    /// <paramref name="fileNumber"/> is the file's number as the serial was taken (the issuing statement returns both),
    /// so a number changed a moment earlier is never mixed with a serial from before.
    /// </summary>
    public IssuedMemo(int memoFileId, int officeId, MemoNumber fileNumber, int serial, MemoDocumentKind kind, string? title,
        DateTimeOffset issuedAt, string? issuedByUserId, string issuedByName)
        : this(memoFileId, officeId, fileNumber.WithSerial(serial).ToString(), serial, kind, title, issuedAt, issuedByUserId, issuedByName)
    {
    }

    /// <summary>A memo numbered from a file of any style: <paramref name="number"/> is <see cref="MemoFile.NumberFor"/> of the serial taken.</summary>
    public IssuedMemo(int memoFileId, int officeId, string number, int serial, MemoDocumentKind kind, string? title,
        DateTimeOffset issuedAt, string? issuedByUserId, string issuedByName)
    {
        var t = ValidTitle(title);
        MemoFileId = memoFileId;
        OfficeId = officeId;
        Serial = serial;
        Number = number;
        NumberKey = PrintedMemoNumber.Key(Number);
        Kind = kind;
        Title = t;
        IssuedAt = issuedAt.ToUniversalTime();
        IssuedByUserId = issuedByUserId;
        IssuedByName = issuedByName;
    }

    /// <summary>
    /// A past document recorded with the number it was issued with (ADR 0043): no file, no serial, the number as
    /// printed (<see cref="PrintedMemoNumber.Clean"/>), issued at the start of <paramref name="issuedOn"/> in Bangladesh.
    /// The caller checks that the office has no memo with the same <see cref="NumberKey"/> (a unique index is the last guard).
    /// </summary>
    public static IssuedMemo AsPrinted(int officeId, string printedNumber, MemoDocumentKind kind, string? title, DateOnly issuedOn,
        string? issuedByUserId, string issuedByName)
    {
        var number = PrintedMemoNumber.Clean(printedNumber);
        return new IssuedMemo
        {
            OfficeId = officeId,
            Number = number,
            NumberKey = PrintedMemoNumber.Key(number),
            Kind = kind,
            Title = ValidTitle(title),
            IssuedAt = new DateTimeOffset(issuedOn.ToDateTime(TimeOnly.MinValue), Calendar.BangladeshTime.Offset).ToUniversalTime(),
            IssuedByUserId = issuedByUserId,
            IssuedByName = issuedByName,
        };
    }

    /// <summary>
    /// A past document recorded as it was printed: without a memo number at all (ADR 0048 addendum; the cooperative
    /// office's minutes of 2023 carried none). No file, no serial, <see cref="Number"/> empty; <see cref="NumberKey"/> is
    /// <paramref name="key"/>, which names what the document records (<see cref="UnnumberedMinutesKey"/>), so the office's
    /// unique index still allows it once — the last guard behind the exactly-once claim.
    /// </summary>
    public static IssuedMemo Unnumbered(int officeId, string key, MemoDocumentKind kind, string? title, DateOnly issuedOn,
        string? issuedByUserId, string issuedByName)
    {
        if (!key.StartsWith(UnnumberedPrefix, StringComparison.Ordinal) || key.Length > PrintedMemoNumber.MaxLength)
            throw new ArgumentException("An unnumbered memo's key starts with '~' and is at most 100 characters.", nameof(key));
        return new IssuedMemo
        {
            OfficeId = officeId,
            Number = "",
            NumberKey = key,
            Kind = kind,
            Title = ValidTitle(title),
            IssuedAt = new DateTimeOffset(issuedOn.ToDateTime(TimeOnly.MinValue), Calendar.BangladeshTime.Offset).ToUniversalTime(),
            IssuedByUserId = issuedByUserId,
            IssuedByName = issuedByName,
        };
    }

    /// <summary>Keys of unnumbered memos start with this; a printed number never does (<see cref="PrintedMemoNumber.Clean"/> refuses it).</summary>
    public const string UnnumberedPrefix = "~";

    /// <summary>The register key of a meeting's minutes recorded without a number: one such document per meeting.</summary>
    public static string UnnumberedMinutesKey(int meetingId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{UnnumberedPrefix}minutes/meeting-{meetingId}");

    public static string ValidTitle(string? title)
    {
        var t = TypedText.Trim(title);
        if (t.Length == 0) throw new DomainException("A memo needs a title: what the document is about.", "স্মারকের একটি শিরোনাম দিন: নথিটি কী বিষয়ে।") { Field = nameof(Title) };
        return t.Length > MaxTitleLength ? t[..MaxTitleLength] : t; // a meeting's subject can be long; the register needs only its start
    }

    public long Id { get; private set; }
    /// <summary>The file the serial was taken from; null for a past document recorded with its printed number.</summary>
    public int? MemoFileId { get; private set; }
    public MemoFile? MemoFile { get; private set; }

    /// <summary>The issuing office (also the file's); kept here so the register and the audit log need no join.</summary>
    public int OfficeId { get; private set; }

    public int? Serial { get; private set; }

    /// <summary>Recorded with the number a past document printed (ADR 0043), not numbered from a file.</summary>
    public bool IsPrinted => MemoFileId is null;

    /// <summary>Recorded as printed without any memo number (<see cref="Unnumbered"/>): the register shows "নম্বর ছাড়া".</summary>
    public bool IsUnnumbered => Number.Length == 0;

    /// <summary>The full memo number in ASCII digits; documents print <see cref="NumberBn"/>.</summary>
    public string Number { get; private set; } = "";

    public string NumberBn => Calendar.BengaliDigits.ToBengali(Number);

    /// <summary>The number compared for uniqueness in the office (<see cref="PrintedMemoNumber.Key"/>); unique per office.</summary>
    public string NumberKey { get; private set; } = "";

    public MemoDocumentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public string? IssuedByUserId { get; private set; }
    public string IssuedByName { get; private set; } = "";

    /// <summary>
    /// What the document printed when it was issued ("notice", "minutes", "office-order" …), with
    /// <see cref="DocumentJson"/>: the document is frozen, so a later transfer of an officer or an edit of the meeting
    /// never changes an issued memo. Null for a number taken without a document.
    /// </summary>
    public string? DocumentType { get; private set; }

    public string? DocumentJson { get; private set; }

    public const int MaxDocumentTypeLength = 40;

    /// <summary>Keeps the issued document; once only: an issued document is changed by issuing another (a corrigendum).</summary>
    public void Freeze(string documentType, string documentJson)
    {
        if (DocumentJson is not null)
            throw new DomainException("This memo's document was issued already; issue a new memo (a corrigendum) to change it.",
                "এই স্মারকের নথি ইতোমধ্যে জারি হয়েছে; পরিবর্তনের জন্য নতুন স্মারকে (সংশোধনী) জারি করুন।");
        if (TypedText.IsBlank(documentType) || documentType.Length > MaxDocumentTypeLength)
            throw new ArgumentException("A document type name of 1–40 characters is required.", nameof(documentType));
        ArgumentException.ThrowIfNullOrWhiteSpace(documentJson);
        DocumentType = documentType;
        DocumentJson = documentJson;
    }
}
