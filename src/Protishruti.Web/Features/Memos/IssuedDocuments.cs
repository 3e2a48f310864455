using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Memos;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Documents.Templates;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Features.Memos;

/// <summary>A memo number with the document it was given to, as issued.</summary>
public sealed record IssuedDocument<T>(IssuedMemo Memo, T Document) where T : class;

/// <summary>
/// Issues official documents: takes the next memo number and keeps the document, built with that number, in the
/// register row (<see cref="IssuedMemo.Freeze"/>). What was issued never changes afterwards — not when an officer is
/// transferred, nor when the meeting is edited — and its print-ready page, PDF and DOCX are made from the frozen copy
/// at <see cref="Links.Memos.Document"/>. ADR 0017.
/// </summary>
public sealed class IssuedDocuments(AppDbContext db, MemoNumbers memos, IAuditActor actor)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), // Bengali stays readable in the database
    };

    /// <summary>
    /// Takes a number for <paramref name="kind"/> from the office's file and freezes the document
    /// <paramref name="build"/> makes with it (the memo line carries the number and <paramref name="dated"/>).
    /// Runs in the caller's transaction when one is open, so a failure after it (a domain rule when the caller records
    /// the issue) rolls the serial back too: open one, issue, change the entity, save, commit.
    /// </summary>
    public Task<IssuedDocument<T>> IssueAsync<T>(int officeId, MemoDocumentKind kind, string title, DateOnly dated,
        Func<MemoLine, T> build, CancellationToken ct = default) where T : class =>
        IssueAsync(officeId, null, kind, title, dated, build, ct);

    /// <summary>As above, from the file <paramref name="memoFileId"/> the user chose (null: the office's file for the kind, else its default).</summary>
    public async Task<IssuedDocument<T>> IssueAsync<T>(int officeId, int? memoFileId, MemoDocumentKind kind, string title, DateOnly dated,
        Func<MemoLine, T> build, CancellationToken ct = default) where T : class
    {
        var memo = await memos.IssueAsync(officeId, memoFileId, kind, title, ct);
        return await FreezeAsync(memo, dated, build, ct);
    }

    /// <summary>
    /// Records a past document under the number it was printed with (ADR 0043): no file, no serial taken; refused
    /// (field "PrintedNumber") when the office already has a memo with that number, however it was typed.
    /// </summary>
    public async Task<IssuedDocument<T>> RecordPrintedAsync<T>(int officeId, MemoDocumentKind kind, string title, string printedNumber, DateOnly dated,
        Func<MemoLine, T> build, CancellationToken ct = default) where T : class
    {
        var (userId, userName) = actor.Current;
        var memo = IssuedMemo.AsPrinted(officeId, printedNumber, kind, title, dated, userId, userName);
        await EnsureFreeAsync(officeId, memo.Number, ct);
        db.IssuedMemos.Add(memo);
        return await FreezeAsync(memo, dated, build, ct);
    }

    /// <summary>
    /// Records a past document as it was printed, without any memo number (ADR 0048 addendum): no file, no serial, a
    /// register row keyed by <paramref name="key"/> (<see cref="IssuedMemo.UnnumberedMinutesKey"/>), unique in the office.
    /// </summary>
    public async Task<IssuedDocument<T>> RecordUnnumberedAsync<T>(int officeId, MemoDocumentKind kind, string title, string key, DateOnly dated,
        Func<MemoLine, T> build, CancellationToken ct = default) where T : class
    {
        var (userId, userName) = actor.Current;
        var memo = IssuedMemo.Unnumbered(officeId, key, kind, title, dated, userId, userName);
        db.IssuedMemos.Add(memo);
        return await FreezeAsync(memo, dated, build, ct);
    }

    /// <summary>
    /// The issued minutes of <paramref name="meeting"/> as first issued: by their memo number, or for minutes recorded
    /// without one by the register key that names the meeting. Null while the minutes are a draft.
    /// </summary>
    public Task<IssuedMemo?> FindMinutesAsync(int officeId, Protishruti.Domain.Meetings.Meeting meeting, CancellationToken ct = default) =>
        meeting.MinutesMemoNumber is { } number ? FindAsync(officeId, number, ct)
        : meeting.MinutesUnnumbered ? FindByKeyAsync(db, officeId, IssuedMemo.UnnumberedMinutesKey(meeting.Id), ct)
        : Task.FromResult<IssuedMemo?>(null);

    internal static Task<IssuedMemo?> FindByKeyAsync(AppDbContext db, int officeId, string key, CancellationToken ct) =>
        db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == officeId && m.NumberKey == key && m.DocumentJson != null).FirstOrDefaultAsync(ct);

    /// <summary>Refuses a printed number the office's register already holds (compared by <see cref="PrintedMemoNumber.Key"/>).</summary>
    public async Task EnsureFreeAsync(int officeId, string printedNumber, CancellationToken ct = default)
    {
        var key = PrintedMemoNumber.Key(PrintedMemoNumber.Clean(printedNumber));
        if (await db.IssuedMemos.AsNoTracking().AnyAsync(m => m.OfficeId == officeId && m.NumberKey == key, ct))
            throw new DomainException($"This office has already issued memo number {printedNumber.Trim()}.",
                $"এই দপ্তরে {BengaliDigits.ToBengali(printedNumber.Trim())} নম্বরের স্মারক আগেই জারি হয়েছে।") { Field = "PrintedNumber" };
    }

    private async Task<IssuedDocument<T>> FreezeAsync<T>(IssuedMemo memo, DateOnly dated, Func<MemoLine, T> build, CancellationToken ct) where T : class
    {
        var type = OfficialDocumentTypes.NameOf(typeof(T));
        var document = build(new MemoLine(memo.Number, dated));
        memo.Freeze(type, JsonSerializer.Serialize(document, Json));
        await db.SaveChangesAsync(ct);
        return new IssuedDocument<T>(memo, document);
    }

    /// <summary>The memo of this office with this number (as the entity that recorded the issue keeps it), or null.</summary>
    public Task<IssuedMemo?> FindAsync(int officeId, string memoNumber, CancellationToken ct = default) =>
        db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == officeId && m.Number == memoNumber && m.DocumentJson != null)
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);

    /// <summary>The print-ready page; add ".pdf" or ".docx" for the files.</summary>

    public static T Read<T>(IssuedMemo memo) where T : class =>
        (T)OfficialDocumentTypes.Read(memo);
}

/// <summary>The documents that can be issued, by the name kept in the register.</summary>
public static class OfficialDocumentTypes
{
    private sealed record Entry(string Name, Type Model, Type Component, Func<object, byte[]> Docx, string FileSlug);

    private static readonly Entry[] Entries =
    [
        new("notice", typeof(MeetingNotice), typeof(NoticeDocument), d => OfficialDocx.Notice((MeetingNotice)d), "notice"),
        new("minutes", typeof(MeetingMinutes), typeof(MinutesDocument), d => OfficialDocx.Minutes((MeetingMinutes)d), "minutes"),
        new("office-order", typeof(OfficeOrder), typeof(OfficeOrderDocument), d => OfficialDocx.OfficeOrder((OfficeOrder)d), "office-order"),
    ];

    public static string NameOf(Type model) => Entries.FirstOrDefault(e => e.Model == model)?.Name
        ?? throw new ArgumentException($"{model.Name} is not an official document type.", nameof(model));

    public static object Read(IssuedMemo memo)
    {
        var entry = Find(memo);
        return JsonSerializer.Deserialize(memo.DocumentJson!, entry.Model, IssuedDocuments.Json)
            ?? throw new InvalidOperationException($"Memo {memo.Id} holds an empty document.");
    }

    public static Task<string> HtmlAsync(DocumentHtml documents, IssuedMemo memo) =>
        documents.RenderAsync(Find(memo).Component, new Dictionary<string, object?> { ["Model"] = Read(memo), ["Sample"] = false });

    public static byte[] Docx(IssuedMemo memo) => Find(memo).Docx(Read(memo));

    /// <summary>"minutes-05.43.6900.006.32.001.21.154.pdf": the kind and the memo number, which offices file by.</summary>
    public static string FileName(IssuedMemo memo, string extension) => memo.IsUnnumbered
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Find(memo).FileSlug}-{BangladeshTime.DateOf(memo.IssuedAt):yyyy-MM-dd}-{memo.Id}.{extension}") // no number to file by: the date
        : $"{Find(memo).FileSlug}-{memo.Number}.{extension}";

    private static Entry Find(IssuedMemo memo) =>
        Entries.FirstOrDefault(e => e.Name == memo.DocumentType)
        ?? throw new InvalidOperationException($"Memo {memo.Id} holds no document of a known type ({memo.DocumentType}).");
}

/// <summary>PDFs of issued documents, made once (their content never changes) and kept under DataDirectory/documents/issued.</summary>
public sealed class IssuedPdfFiles(IConfiguration config, IPdfRenderer renderer)
{
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "documents", "issued");
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _making = new();

    /// <summary>The file for this memo and HTML (the hash covers a changed template); concurrent requests share one render.</summary>
    public async Task<string> GetAsync(IssuedMemo memo, string html, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..24];
        var path = Path.Combine(_root, $"{memo.Id}-{hash}.pdf");
        if (File.Exists(path)) return path;
        var making = _making.GetOrAdd(path, p => new Lazy<Task<string>>(() => MakeAsync(p, html)));
        return await making.Value.WaitAsync(ct);
    }

    private async Task<string> MakeAsync(string path, string html)
    {
        try
        {
            if (File.Exists(path)) return path;
            var pdf = await renderer.RenderAsync(html, PdfPageSetup.A4Portrait);
            Directory.CreateDirectory(_root);
            var temp = path + $".{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temp, pdf);
            File.Move(temp, path, overwrite: true);
            return path;
        }
        finally
        {
            _making.TryRemove(path, out _);
        }
    }
}
