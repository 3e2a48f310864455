using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Search;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Delivery;

/// <summary>One application as typed, pasted, uploaded or posted: text fields, checked by <see cref="ApplicationRecorder"/>.</summary>
public sealed record ApplicationItem(string? Service, string? Reference, string? ReceivedOn, string? Channel,
    string? DeliveredOn = null, string? Outcome = null, string? Reason = null, string? Note = null);

/// <summary>What is wrong with one field of an item, in both languages. <see cref="Field"/> is the API's field name.</summary>
public sealed record ItemError(string Field, string En, string Bn)
{
    public string Message(bool bengali) => bengali ? Bn : En;
}

public enum ItemResultKind { Created, Unchanged, Closed, Conflict, Invalid }

/// <summary>The answer for one item: what happened, and the application's tracking number and due date when there is one.</summary>
public sealed record ItemResult(int Index, string? Reference, ItemResultKind Kind, string? TrackingNumber, DateOnly? DueOn, IReadOnlyList<ItemError> Errors)
{
    public bool Ok => Kind is ItemResultKind.Created or ItemResultKind.Unchanged or ItemResultKind.Closed;
}

/// <summary>
/// The one validation and write path behind the register page, the paste box, the file upload and the API (ADR 0034).
/// Idempotent by (office, reference): the same item again answers as the first time; the same application now closed
/// (an outcome and date added to an open one) closes it; any other difference is a conflict, never an overwrite —
/// corrections are made on the register page, where they are audited as such.
/// </summary>
public sealed class ApplicationRecorder(AppDbContext db, TimeProvider time, Infrastructure.Auditing.IAuditActor actor)
{
    public const int MaxBatch = 1000;

    /// <summary>
    /// From this many new applications in one call (an e-service system's batch) they are written by one INSERT and
    /// audited by one entry for the batch (ADR 0044); fewer (a person typing, pasting or uploading a register) go through
    /// the entities, audited one by one.
    /// </summary>
    public const int BulkFrom = 100;

    private static readonly SemaphoreSlim SqliteBatches = new(1, 1);

    private sealed record VersionServices(int VersionId, DateOnly PublishedOn, Dictionary<Guid, CharterService> Services);

    /// <summary>
    /// Checks and records the items. With <paramref name="allOrNothing"/> one bad item stores nothing (the upload and
    /// the paste box); otherwise each good item is stored and each bad one answered (the API).
    /// </summary>
    public async Task<List<ItemResult>> RecordAsync(int officeId, IReadOnlyList<ApplicationItem> items, bool allOrNothing, CancellationToken ct) =>
        await RecordAsync(officeId, items, allOrNothing, dryRun: false, ct);

    /// <summary>What <see cref="RecordAsync(int, IReadOnlyList{ApplicationItem}, bool, CancellationToken)"/> would answer, storing nothing: the upload's preview.</summary>
    public Task<List<ItemResult>> CheckAsync(int officeId, IReadOnlyList<ApplicationItem> items, CancellationToken ct) =>
        RecordAsync(officeId, items, allOrNothing: true, dryRun: true, ct);

    private async Task<List<ItemResult>> RecordAsync(int officeId, IReadOnlyList<ApplicationItem> items, bool allOrNothing, bool dryRun, CancellationToken ct)
    {
        var today = time.TodayInBangladesh();
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var versions = await PublishedVersionsAsync(officeId, ct);
        var references = items.Select(i => TypedText.Trim(i.Reference)).Where(r => r.Length > 0).Distinct().ToList();
        var existing = references.Count == 0 ? [] : await db.Applications
            .Where(a => a.OfficeId == officeId && references.Contains(a.Reference))
            .ToDictionaryAsync(a => a.Reference, StringComparer.Ordinal, ct);

        var results = new List<ItemResult>(items.Count);
        var added = new List<Application>();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var errors = new List<ItemError>();
            var parsed = Parse(item, versions, errors);
            var reference = TypedText.Trim(item.Reference);
            if (errors.Count > 0 || parsed is null)
            {
                results.Add(new ItemResult(index, reference, ItemResultKind.Invalid, null, null, errors));
                continue;
            }
            var p = parsed.Value;
            if (existing.TryGetValue(reference, out var known))
            {
                results.Add(Compare(index, known, p, today, errors));
                continue;
            }
            try
            {
                var application = new Application(officeId, p.Service, reference, p.ReceivedOn, p.Channel, today, TrackingNumber.New(), calendar);
                application.Close(p.Outcome, p.ClosedOn, p.Reason, today);
                application.SetNote(item.Note);
                added.Add(application);
                existing[reference] = application;
                results.Add(new ItemResult(index, reference, ItemResultKind.Created, application.TrackingNumber, application.DueOn, []));
            }
            catch (DomainException e)
            {
                results.Add(new ItemResult(index, reference, ItemResultKind.Invalid, null, null, [Error(e)]));
            }
        }

        if (dryRun || allOrNothing && results.Any(r => !r.Ok))
        {
            db.ChangeTracker.Clear();
            return results;
        }
        var bulk = added.Count >= BulkFrom;
        if (!bulk) db.Applications.AddRange(added);
        try
        {
            if (bulk) await InsertBatchAsync(officeId, added, calendar, ct);
            else await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException u && Transitions.IsUniqueViolation(u) || IsUniqueViolation(e))
        {
            // Another request recorded one of these references meanwhile: answer again against what is stored now.
            db.ChangeTracker.Clear();
            return await RecordAsync(officeId, items, allOrNothing, dryRun, ct);
        }
        return results;
    }

    /// <summary>A machine batch: one INSERT (PostgreSQL) or one prepared row INSERT per item (SQLite) and one audit entry, in one transaction.</summary>
    private async Task InsertBatchAsync(int officeId, List<Application> added, WorkingDayCalendar calendar, CancellationToken ct)
    {
        // SQLite has one writer: batches wait their turn here, in order, instead of polling the file's lock.
        var gate = db.Database.IsSqlite() ? SqliteBatches : null;
        if (gate is not null) await gate.WaitAsync(ct);
        try
        {
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await InsertAsync(added, calendar, ct);
            db.AuditEntries.Add(BatchAudit(officeId, added));
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
        }
        finally
        {
            gate?.Release();
        }
    }

    private static bool IsUniqueViolation(Exception e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static readonly string[] Columns = ["OfficeId", "CharterVersionId", "CharterServiceId", "ServiceKey", "LimitUnit", "LimitValue", "Reference",
        "ReceivedOn", "Channel", "DueOn", "Outcome", "ClosedOn", "OutcomeReason", "Note", "TrackingNumber", Performance.WorkingDaysTakenStamp.Column];

    /// <summary>
    /// The new applications in the open transaction. PostgreSQL: one multi-row INSERT, so the statement-level fact
    /// triggers run once for the batch. SQLite: one prepared single-row INSERT executed per application (its triggers
    /// are per row anyway), because SQLite looks up each named parameter by a linear scan: 16,000 parameters in one
    /// statement cost about a second to bind, a 16-parameter statement run 1,000 times a few milliseconds.
    /// </summary>
    private async Task InsertAsync(List<Application> added, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var rows = sqlite ? 1 : added.Count;
        var parameters = new System.Data.Common.DbParameter[rows * Columns.Length];
        for (var k = 0; k < parameters.Length; k++)
        {
            parameters[k] = command.CreateParameter();
            parameters[k].ParameterName = $"@p{k}";
            command.Parameters.Add(parameters[k]);
        }
        command.CommandText = $"INSERT INTO \"Applications\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES " + string.Join(", ",
            Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(r * Columns.Length, Columns.Length).Select(k => $"@p{k}")) + ")"));
        for (var i = 0; i < added.Count; i++)
        {
            var a = added[i];
            var n = (sqlite ? 0 : i) * Columns.Length;
            void Set(object? value) => parameters[n++].Value = value ?? DBNull.Value;
            int? days = a.Outcome == ApplicationOutcome.Delivered && a.DueOn is not null && a.ClosedOn is { } closed ? calendar.WorkingDaysBetween(a.ReceivedOn, closed) : null;
            Set(a.OfficeId); Set(a.CharterVersionId); Set(a.CharterServiceId);
            Set(sqlite ? a.ServiceKey.ToString().ToUpperInvariant() : a.ServiceKey);
            Set((int?)a.LimitUnit); Set(a.LimitValue); Set(a.Reference);
            Set(sqlite ? Iso(a.ReceivedOn) : a.ReceivedOn); Set((int)a.Channel);
            Set(a.DueOn is { } due ? sqlite ? Iso(due) : due : null); Set((int?)a.Outcome);
            Set(a.ClosedOn is { } c ? sqlite ? Iso(c) : c : null); Set(a.OutcomeReason); Set(a.Note); Set(a.TrackingNumber); Set(days);
            if (sqlite) await command.ExecuteNonQueryAsync(ct);
        }
        if (!sqlite) await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One audit entry for a machine batch: who (the API key), the office, and every tracking number and reference.</summary>
    private Infrastructure.Auditing.AuditEntry BatchAudit(int officeId, List<Application> added)
    {
        var (userId, userName) = actor.Current;
        return new Infrastructure.Auditing.AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            OfficeId = officeId,
            EntityType = nameof(Application),
            EntityId = $"batch {added[0].TrackingNumber}…{added[^1].TrackingNumber} ({added.Count})",
            Action = Infrastructure.Auditing.AuditAction.Created,
            After = System.Text.Json.JsonSerializer.Serialize(added.Select(a => new { a.TrackingNumber, a.Reference, a.ServiceKey, a.ReceivedOn, a.Outcome, a.ClosedOn })),
        };
    }

    private readonly record struct Parsed(CharterService Service, DateOnly ReceivedOn, ApplicationChannel Channel, ApplicationOutcome? Outcome, DateOnly? ClosedOn, string? Reason);

    private ItemResult Compare(int index, Application known, Parsed p, DateOnly today, List<ItemError> errors)
    {
        var differs = new List<ItemError>();
        if (known.ServiceKey != p.Service.Key)
            differs.Add(new("service", "A different service was recorded under this reference.", "এই নম্বরে অন্য একটি সেবা লিপিবদ্ধ আছে।"));
        if (known.ReceivedOn != p.ReceivedOn)
            differs.Add(new("receivedOn", $"It was recorded as received on {Iso(known.ReceivedOn)}.", $"এটি {Bn(known.ReceivedOn)} তারিখে গৃহীত হিসেবে লিপিবদ্ধ আছে।"));
        if (known.Channel != p.Channel)
            differs.Add(new("channel", $"It was recorded as received by {known.Channel.Name(false)}.", $"এটি {known.Channel.Name(true)} মাধ্যমে গৃহীত হিসেবে লিপিবদ্ধ আছে।"));
        var closing = known.IsOpen && p.Outcome is not null;
        if (!closing && (known.Outcome != p.Outcome || known.ClosedOn != p.ClosedOn))
            differs.Add(new("outcome", "It was recorded with a different outcome or delivered date.", "এটি ভিন্ন ফলাফল বা নিষ্পত্তির তারিখসহ লিপিবদ্ধ আছে।"));
        if (differs.Count > 0)
        {
            differs.Insert(0, new("reference", "This reference is already recorded with different data; nothing was changed. Correct it on the register page.",
                "এই নম্বরে ভিন্ন তথ্যসহ আবেদন আগেই লিপিবদ্ধ আছে; কিছুই বদলানো হয়নি। সংশোধন রেজিস্টার পাতায় করুন।"));
            return new ItemResult(index, known.Reference, ItemResultKind.Conflict, known.TrackingNumber, known.DueOn, differs);
        }
        if (!closing) return new ItemResult(index, known.Reference, ItemResultKind.Unchanged, known.TrackingNumber, known.DueOn, []);
        try
        {
            known.Close(p.Outcome, p.ClosedOn, p.Reason, today);
            return new ItemResult(index, known.Reference, ItemResultKind.Closed, known.TrackingNumber, known.DueOn, []);
        }
        catch (DomainException e)
        {
            errors.Add(Error(e));
            return new ItemResult(index, known.Reference, ItemResultKind.Invalid, null, null, errors);
        }
    }

    /// <summary>Every field checked on its own, so one answer lists every problem of the item.</summary>
    private static Parsed? Parse(ApplicationItem item, List<VersionServices> versions, List<ItemError> errors)
    {
        var reference = TypedText.Trim(item.Reference);
        if (reference.Length == 0)
            errors.Add(new("reference", "Give the application's number in the office's register.", "দপ্তরের রেজিস্টারে আবেদনের নম্বর দিন।"));
        else if (reference.Length > Application.MaxReferenceLength)
            errors.Add(new("reference", $"The reference is longer than {Application.MaxReferenceLength} characters.", $"রেজিস্টার নম্বর {BengaliDigits.ToBengali(Application.MaxReferenceLength)} অক্ষরের বেশি।"));

        var received = Date(item.ReceivedOn, "receivedOn", "received date", "গ্রহণের তারিখ", required: true, errors);

        ApplicationChannel channel = ApplicationChannel.Counter;
        if (TypedText.IsBlank(item.Channel))
            errors.Add(new("channel", "Give the channel: counter, online, post or udc.", "আবেদনের মাধ্যম দিন: কাউন্টার, অনলাইন, ডাক বা ইউডিসি।"));
        else if (!ApplicationNames.TryParseChannel(item.Channel, out channel))
            errors.Add(new("channel", $"'{item.Channel}' is not a channel: counter, online, post or udc.", $"'{item.Channel}' কোনো মাধ্যম নয়: কাউন্টার, অনলাইন, ডাক বা ইউডিসি লিখুন।"));

        ApplicationOutcome? outcome = null;
        if (!TypedText.IsBlank(item.Outcome))
        {
            if (ApplicationNames.TryParseOutcome(item.Outcome, out var o)) outcome = o;
            else errors.Add(new("outcome", $"'{item.Outcome}' is not an outcome: delivered, rejected, withdrawn or transferred.",
                $"'{item.Outcome}' কোনো ফলাফল নয়: প্রদত্ত, নামঞ্জুর, প্রত্যাহৃত বা অন্য দপ্তরে প্রেরিত লিখুন।"));
        }
        var closed = Date(item.DeliveredOn, "deliveredOn", "delivered date", "নিষ্পত্তির তারিখ", required: false, errors);
        if (closed is not null && outcome is null && TypedText.IsBlank(item.Outcome))
            outcome = ApplicationOutcome.Delivered; // a delivered date alone means delivered

        CharterService? service = null;
        if (TypedText.IsBlank(item.Service))
            errors.Add(new("service", "Choose the service.", "সেবা বাছাই করুন।"));
        else if (received is { } r)
        {
            var inForce = versions.Where(v => v.PublishedOn <= r).MaxBy(v => v.PublishedOn);
            if (inForce is null)
                errors.Add(new("service", $"The office had no published charter on {Iso(r)}.", $"{Bn(r)} তারিখে দপ্তরের কোনো প্রকাশিত সিটিজেন চার্টার ছিল না।"));
            else if (Find(inForce, item.Service!) is { } s) service = s;
            else
                errors.Add(new("service", $"'{item.Service}' was not a service of the charter in force on {Iso(r)}.",
                    $"'{item.Service}' {Bn(r)} তারিখে বলবৎ সিটিজেন চার্টারের কোনো সেবা ছিল না।"));
        }
        if (errors.Count > 0 || service is null || received is null) return null;
        return new Parsed(service, received.Value, channel, outcome, closed, TypedText.TrimToNull(item.Reason));
    }

    /// <summary>A service by its key, or by its Bengali or English name as an office's own register writes it.</summary>
    private static CharterService? Find(VersionServices version, string typed)
    {
        var t = TypedText.Trim(typed);
        if (Guid.TryParse(t, out var key)) return version.Services.GetValueOrDefault(key);
        return version.Services.Values.FirstOrDefault(s => s.NameBn == t || string.Equals(s.NameEn, t, StringComparison.OrdinalIgnoreCase))
            ?? FindByKey(version, CharterText.Key(t));
    }

    /// <summary>
    /// A name as an office's register writes it: spacing, joiners, case and a trailing full stop or dari do not matter
    /// (CharterText.Key, as the charter import matches services).
    /// </summary>
    private static CharterService? FindByKey(VersionServices version, string key)
    {
        static string K(string? name) => CharterText.Key(name).TrimEnd('.', '।', ' ');
        key = key.TrimEnd('.', '।', ' ');
        if (key.Length == 0) return null;
        return version.Services.Values.FirstOrDefault(s => K(s.NameBn) == key || K(s.NameEn) == key)
            ?? FindBySpelling(version, key);
    }

    /// <summary>
    /// Last, the spellings people confuse (ী/ি, ণ/ন, punctuation…), folded as the citizen search folds them
    /// (<see cref="BengaliNormalizer"/>) — only when exactly one service of the version fits, never a guess between two.
    /// </summary>
    private static CharterService? FindBySpelling(VersionServices version, string typed)
    {
        static string F(string? name) => string.Join(' ', BengaliNormalizer.FoldedWords(name));
        var folded = F(typed);
        if (folded.Length == 0) return null;
        var fits = version.Services.Values.Where(s => F(s.NameBn) == folded || F(s.NameEn) == folded).Take(2).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static DateOnly? Date(string? text, string field, string en, string bn, bool required, List<ItemError> errors)
    {
        if (TypedText.IsBlank(text))
        {
            if (required) errors.Add(new(field, $"Give the {en} (YYYY-MM-DD).", $"{bn} দিন (বছর-মাস-দিন)।"));
            return null;
        }
        if (FormErrors.TryParseDate(text, out var d)) return d;
        errors.Add(new(field, $"The {en} '{text}' must be written like 2025-01-15.", $"{bn} '{text}' ২০২৫-০১-১৫ আকারে লিখুন।"));
        return null;
    }

    private static ItemError Error(DomainException e) => new(e.Field switch
    {
        nameof(Application.ReceivedOn) => "receivedOn",
        nameof(Application.ClosedOn) => "deliveredOn",
        nameof(Application.Outcome) => "outcome",
        nameof(Application.OutcomeReason) => "reason",
        nameof(Application.Note) => "note",
        nameof(Application.Channel) => "channel",
        _ => "reference",
    }, e.Message, e.MessageBn);

    private async Task<List<VersionServices>> PublishedVersionsAsync(int officeId, CancellationToken ct)
    {
        var versions = await db.Charters.AsNoTracking().Where(c => c.OfficeId == officeId)
            .SelectMany(c => c.Versions).Where(v => v.State == CharterVersionState.Published && v.PublishedOn != null)
            .Include(v => v.Services).AsSplitQuery().ToListAsync(ct);
        return versions.Select(v => new VersionServices(v.Id, v.PublishedOn!.Value, v.Services.ToDictionary(s => s.Key))).ToList();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Bn(DateOnly d) => GregorianNames.Format(d, bengali: true);
}
