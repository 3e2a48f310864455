using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every created, changed or deleted official record, in the same transaction as
/// the change (ADR 0026). New rows get their ids on save, so the entries are written right after the save, before the
/// transaction this interceptor opened (when the caller had none) commits.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time, IAuditActor actor) : SaveChangesInterceptor
{
    public static readonly IReadOnlySet<Type> Audited = new HashSet<Type>
    {
        typeof(Office), typeof(Post), typeof(Person), typeof(Incumbency), typeof(RoleGrant), typeof(Holiday), typeof(Charter), typeof(CharterVersion),
        typeof(ServiceTemplate), typeof(ServiceTemplateRevision), typeof(MemoFile), typeof(IssuedMemo), typeof(Domain.Committees.Committee),
        typeof(Domain.Committees.CommitteeQuarterRecord), typeof(Domain.Meetings.Meeting), typeof(Domain.Meetings.DecisionProgress),
        // A report's steps are its own append-only history (who, when, what was sent), so they are not audited twice.
        typeof(Domain.Monitoring.ActionPlan), typeof(Domain.Monitoring.PlanIndicator), typeof(Domain.Monitoring.ReportingDeadline),
        typeof(Domain.Monitoring.ProgressReport), typeof(Domain.Monitoring.ReportEntry), typeof(Domain.Search.SearchSynonym),
        // Applications: a correction to the register is an official change; ApiKeys: who made and revoked each key.
        typeof(Domain.Delivery.Application), typeof(Domain.Delivery.ApiKey),
        // The original file an imported charter draft or past meeting came from (ADR 0042).
        typeof(Domain.Import.SourceDocument),
    };

    private sealed class Save
    {
        public List<PendingAudit> Pending = [];
        public IDbContextTransaction? OwnTransaction;
        public bool AutoDetect;
        public bool WritingEntries;
    }

    private sealed record PendingAudit(EntityEntry Entry, AuditAction Action, string? Before, int? OfficeId);

    private static readonly ConditionalWeakTable<DbContext, Save> Saves = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db && !WritingEntries(db) && Begin(db) is { Pending.Count: > 0 } save && db.Database.CurrentTransaction is null)
            save.OwnTransaction = db.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && !WritingEntries(db) && Begin(db) is { Pending.Count: > 0 } save && db.Database.CurrentTransaction is null)
            save.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not AppDbContext db || !Saves.TryGetValue(db, out var save) || save.WritingEntries) return result;
        try
        {
            if (save.Pending.Count > 0)
            {
                AddEntries(db, save);
                save.WritingEntries = true;
                db.SaveChanges();
                save.OwnTransaction?.Commit();
            }
        }
        finally
        {
            End(db, save);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || !Saves.TryGetValue(db, out var save) || save.WritingEntries) return result;
        try
        {
            if (save.Pending.Count > 0)
            {
                AddEntries(db, save);
                save.WritingEntries = true;
                await db.SaveChangesAsync(cancellationToken);
                if (save.OwnTransaction is not null) await save.OwnTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await EndAsync(db, save);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db && Saves.TryGetValue(db, out var save) && !save.WritingEntries) End(db, save);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Saves.TryGetValue(db, out var save) && !save.WritingEntries) await EndAsync(db, save);
    }

    /// <summary>The save that writes the entries runs every save hook too; it has nothing to audit and is not yet committed.</summary>
    public static bool WritingEntries(DbContext db) => Saves.TryGetValue(db, out var save) && save.WritingEntries;

    /// <summary>
    /// Detects changes once and collects the audited ones with their values before the save. Detection is then turned
    /// off for the save itself: nothing between here and the end of the save changes a tracked entity.
    /// </summary>
    private static Save Begin(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var save = new Save { AutoDetect = db.ChangeTracker.AutoDetectChangesEnabled };
        foreach (var e in db.ChangeTracker.Entries())
        {
            if (!Audited.Contains(e.Metadata.ClrType)) continue;
            var action = e.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;
            // A list kept as JSON on the row (a meeting's invitees, ADR 0047) is a complex collection, not a property.
            if (action == AuditAction.Updated && !e.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                && !e.ComplexCollections.Any(c => c.IsModified)) continue;
            save.Pending.Add(new PendingAudit(e, action.Value, action == AuditAction.Created ? null : Snapshot(e, current: false), OfficeOf(db, e)));
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        Saves.AddOrUpdate(db, save);
        return save;
    }

    private void AddEntries(AppDbContext db, Save save)
    {
        var (userId, userName) = actor.Current;
        var at = time.GetUtcNow().UtcDateTime;
        foreach (var p in save.Pending)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                UserId = userId,
                UserName = userName,
                OfficeId = p.Action == AuditAction.Deleted ? p.OfficeId : OfficeOf(db, p.Entry) ?? p.OfficeId,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = KeyOf(p.Entry),
                Action = p.Action,
                Before = p.Before,
                After = p.Action == AuditAction.Deleted ? null : Snapshot(p.Entry, current: true),
            });
        }
    }

    private static void End(DbContext db, Save save)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = save.AutoDetect;
        save.OwnTransaction?.Dispose();
        Saves.Remove(db);
    }

    private static async Task EndAsync(DbContext db, Save save)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = save.AutoDetect;
        if (save.OwnTransaction is not null) await save.OwnTransaction.DisposeAsync();
        Saves.Remove(db);
    }

    private static int? OfficeOf(AppDbContext db, EntityEntry e) => e.Entity switch
    {
        Office o => o.Id == 0 ? null : o.Id,
        Post p => p.OfficeId == 0 ? p.Office?.Id : p.OfficeId,
        Incumbency i => i.Post?.OfficeId ?? db.AuditOfficeId,
        RoleGrant g => g.OfficeId,
        Charter c => c.OfficeId,
        CharterVersion v => v.Charter?.OfficeId ?? db.AuditOfficeId,
        ServiceTemplate t => t.OwnerOfficeId ?? db.AuditOfficeId,
        MemoFile f => f.OfficeId,
        IssuedMemo m => m.OfficeId,
        Domain.Committees.Committee c => c.OfficeId,
        Domain.Committees.CommitteeQuarterRecord q => q.Committee?.OfficeId ?? db.AuditOfficeId,
        Domain.Meetings.Meeting m => m.OfficeId,
        Domain.Meetings.DecisionProgress p => p.OfficeId,
        Domain.Monitoring.ProgressReport r => r.OfficeId,
        Domain.Monitoring.ReportEntry re => re.Report?.OfficeId ?? db.AuditOfficeId,
        Domain.Search.SearchSynonym s => s.OfficeId,
        Domain.Delivery.Application a => a.OfficeId,
        Domain.Delivery.ApiKey k => k.OfficeId,
        Domain.Import.SourceDocument d => d.OfficeId,
        _ => db.AuditOfficeId,
    };

    private static string KeyOf(EntityEntry e) =>
        string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue?.ToString()));

    private static string Snapshot(EntityEntry e, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.Properties)
            values[p.Metadata.Name] = current ? p.CurrentValue : p.OriginalValue;
        // The lists as they are now (their earlier state is in the previous entry's After).
        if (current)
            foreach (var c in e.ComplexCollections)
                values[c.Metadata.Name.TrimStart('_')] = c.CurrentValue;
        return JsonSerializer.Serialize(values, SnapshotJson);
    }

    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
