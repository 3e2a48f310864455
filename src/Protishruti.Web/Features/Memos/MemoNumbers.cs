using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Memos;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Features.Memos;

/// <summary>The office has no file to number a document from; the message says where to configure one.</summary>
public sealed class MemoFileMissingException(string officeCode) : DomainException(
    $"This office has no memo file number to issue from. An office admin adds one (and marks it as default) at {Links.Memos.Files(officeCode)}.",
    $"এই দপ্তরে স্মারক জারির কোনো নথি নম্বর নির্ধারিত নেই। দপ্তরের প্রশাসক {Links.Memos.Files(officeCode)} পাতায় একটি নথি নম্বর যোগ করে ডিফল্ট নির্ধারণ করবেন।")
{
    public string OfficeCode { get; } = officeCode;
}

/// <summary>
/// Issues memo numbers. The serial is taken by one statement that increments the file's counter and returns the
/// value it had (UPDATE … RETURNING; SQLite ≥ 3.35 and PostgreSQL), in the same transaction as the register row, so
/// two users issuing at once get different, consecutive serials, and a failed issue leaves no gap. The unique index
/// on (MemoFileId, Serial) is the last guard. ADR 0015.
/// </summary>
public sealed class MemoNumbers(AppDbContext db, TimeProvider time, IAuditActor actor, ILogger<MemoNumbers> log)
{
    private const int Attempts = 10;

    /// <summary>
    /// Gives the next memo number of <paramref name="memoFileId"/>, or when null of the office's file meant for
    /// <paramref name="kind"/>, else its default file, else its only active file.
    /// Throws <see cref="MemoFileMissingException"/> when there is none, and a <see cref="DomainException"/> when the
    /// chosen file is inactive or belongs to another office.
    /// </summary>
    public async Task<IssuedMemo> IssueAsync(int officeId, int? memoFileId, MemoDocumentKind kind, string title, CancellationToken ct = default)
    {
        IssuedMemo.ValidTitle(title);
        var fileId = memoFileId ?? await DefaultFileIdAsync(officeId, kind, ct) ?? throw new MemoFileMissingException(await OfficeCodeAsync(officeId, ct));

        for (var attempt = 1; ; attempt++)
        {
            var before = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            try
            {
                return await IssueOnceAsync(officeId, fileId, kind, title, ct);
            }
            catch (Exception e) when (attempt < Attempts && IsBusy(e))
            {
                // Another writer held SQLite's lock past the driver's own wait; forget this attempt's rows and try again.
                DetachAddedSince(before);
                var delay = TimeSpan.FromMilliseconds(Math.Min(2000, 20 * (1 << attempt)) * (0.5 + Random.Shared.NextDouble()));
                if (log.IsEnabled(LogLevel.Information))
                    log.LogInformation("Memo issue for file {FileId} found the database busy (attempt {Attempt}); retrying in {Delay} ms", fileId, attempt, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, ct);
            }
            catch
            {
                DetachAddedSince(before);
                throw;
            }
        }
    }

    /// <summary>The file <see cref="IssueAsync"/> would use for <paramref name="kind"/> when none is named; null when there is none.</summary>
    public async Task<int?> DefaultFileIdAsync(int officeId, MemoDocumentKind kind, CancellationToken ct = default)
    {
        var active = await db.MemoFiles.AsNoTracking()
            .Where(f => f.OfficeId == officeId && f.IsActive)
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Purpose, f.IsDefault })
            .ToListAsync(ct);
        return active.FirstOrDefault(f => f.Purpose == kind)?.Id
            ?? active.FirstOrDefault(f => f.IsDefault)?.Id
            ?? (active.Count == 1 ? active[0].Id : null);
    }

    /// <summary>
    /// The number the next document of <paramref name="kind"/> would get, for previews that must not use a serial;
    /// null when the office has no file (show <see cref="MemoFileMissingException"/>'s message).
    /// </summary>
    public async Task<string?> PreviewAsync(int officeId, MemoDocumentKind kind, CancellationToken ct = default)
    {
        if (await DefaultFileIdAsync(officeId, kind, ct) is not { } id) return null;
        var file = await db.MemoFiles.AsNoTracking().SingleAsync(f => f.Id == id, ct);
        return file.NextNumber;
    }

    /// <summary>The office's active files, for a picker on the pages that issue (default for <paramref name="kind"/> first).</summary>
    public async Task<(List<MemoFile> Files, int? DefaultId)> ChoicesAsync(int officeId, MemoDocumentKind kind, CancellationToken ct = default)
    {
        var files = await db.MemoFiles.AsNoTracking().Where(f => f.OfficeId == officeId && f.IsActive).OrderBy(f => f.Id).ToListAsync(ct);
        return (files, await DefaultFileIdAsync(officeId, kind, ct));
    }

    private async Task<IssuedMemo> IssueOnceAsync(int officeId, int fileId, MemoDocumentKind kind, string title, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var (serial, fileNumber, style) = await TakeSerialAsync(officeId, fileId, ct) ?? throw await WhyNotAsync(officeId, fileId, ct);
        var (userId, userName) = actor.Current;
        var memo = new IssuedMemo(fileId, officeId, MemoFile.NumberFor(style, fileNumber, serial), serial, kind, title, time.GetUtcNow(), userId, userName);
        // A past document recorded with its printed number (ADR 0043) may hold the number this serial makes: that
        // number is on paper already, so the serial is passed over (a gap, not a second document with one number).
        for (var skipped = 0; skipped < 1000 && await db.IssuedMemos.AnyAsync(m => m.OfficeId == officeId && m.NumberKey == memo.NumberKey, ct); skipped++)
        {
            (serial, fileNumber, style) = await TakeSerialAsync(officeId, fileId, ct) ?? throw await WhyNotAsync(officeId, fileId, ct);
            memo = new IssuedMemo(fileId, officeId, MemoFile.NumberFor(style, fileNumber, serial), serial, kind, title, time.GetUtcNow(), userId, userName);
        }
        db.IssuedMemos.Add(memo);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return memo;
    }

    private async Task<(int Serial, string FileNumber, MemoFileStyle Style)?> TakeSerialAsync(int officeId, int fileId, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            UPDATE "MemoFiles" SET "NextSerial" = "NextSerial" + 1
            WHERE "Id" = @id AND "OfficeId" = @office AND "IsActive"
            RETURNING "NextSerial" - 1, "FileNumber", "Style"
            """;
        AddParameter(command, "@id", fileId);
        AddParameter(command, "@office", officeId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1),
            (MemoFileStyle)Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void AddParameter(DbCommand command, string name, int value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private async Task<DomainException> WhyNotAsync(int officeId, int fileId, CancellationToken ct)
    {
        var file = await db.MemoFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => new { f.OfficeId, f.FileNumber }).FirstOrDefaultAsync(ct);
        if (file is null || file.OfficeId != officeId) return new MemoFileMissingException(await OfficeCodeAsync(officeId, ct));
        return new DomainException(
            $"Memo file {file.FileNumber} is inactive; activate it or choose another file.",
            $"{BengaliDigits.ToBengali(file.FileNumber)} নথিটি নিষ্ক্রিয়; সক্রিয় করুন অথবা অন্য নথি বেছে নিন।");
    }

    private async Task<string> OfficeCodeAsync(int officeId, CancellationToken ct) =>
        await db.Offices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Code).FirstOrDefaultAsync(ct) ?? officeId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void DetachAddedSince(HashSet<object> before)
    {
        foreach (var e in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !before.Contains(e.Entity)).ToList())
            e.State = EntityState.Detached;
    }

    private static bool IsBusy(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        DbUpdateException { InnerException: { } inner } => IsBusy(inner),
        _ => false,
    };
}
