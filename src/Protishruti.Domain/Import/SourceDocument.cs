namespace Protishruti.Domain.Import;

/// <summary>
/// The original file (or pasted text) a record was imported from, kept as that record's attachment (ADR 0042): a
/// charter draft read from an office's Word file keeps the Word file. The bytes live in the file store, named by their
/// SHA-256; this row says whose they are. Never changed once written.
/// </summary>
public sealed class SourceDocument
{
    public const string CharterVersionRecord = "CharterVersion";
    public const string MeetingRecord = "Meeting";
    public const int MaxFileNameLength = 200;

    private SourceDocument() { }

    public SourceDocument(int officeId, string recordType, long recordId, string kind, string fileName, string storedPath, string sha256, long length, DateTimeOffset importedAt)
    {
        if (recordType is not (CharterVersionRecord or MeetingRecord)) throw new ArgumentOutOfRangeException(nameof(recordType));
        OfficeId = officeId;
        RecordType = recordType;
        RecordId = recordId;
        Kind = kind;
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        StoredPath = storedPath;
        Sha256 = sha256;
        Length = length;
        ImportedAt = importedAt;
    }

    public long Id { get; private set; }
    public int OfficeId { get; private set; }

    /// <summary>What the file is attached to: <see cref="CharterVersionRecord"/> or <see cref="MeetingRecord"/>, with its id.</summary>
    public string RecordType { get; private set; } = "";
    public long RecordId { get; private set; }

    /// <summary>What was read from it: charter, minutes, notice (several joined by "+").</summary>
    public string Kind { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string StoredPath { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public long Length { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
}
