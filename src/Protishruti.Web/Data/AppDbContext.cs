using System.Text.Json;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Data;

/// <summary>
/// The one context the app uses. Each database provider has a subclass only so that it can own its own
/// migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, IAuditActor? actor = null) : IdentityDbContext<AppUser>(options),
    Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Incumbency> Incumbencies => Set<Incumbency>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<Charter> Charters => Set<Charter>();
    public DbSet<ServiceTemplate> ServiceTemplates => Set<ServiceTemplate>();
    public DbSet<MemoFile> MemoFiles => Set<MemoFile>();
    public DbSet<IssuedMemo> IssuedMemos => Set<IssuedMemo>();
    public DbSet<Domain.Committees.Committee> Committees => Set<Domain.Committees.Committee>();
    public DbSet<Domain.Meetings.Meeting> Meetings => Set<Domain.Meetings.Meeting>();
    public DbSet<Features.Mail.OutboxMessage> Outbox => Set<Features.Mail.OutboxMessage>();
    public DbSet<Domain.Monitoring.ActionPlan> ActionPlans => Set<Domain.Monitoring.ActionPlan>();
    public DbSet<Domain.Monitoring.ReportingDeadline> ReportingDeadlines => Set<Domain.Monitoring.ReportingDeadline>();
    public DbSet<Domain.Monitoring.ProgressReport> ProgressReports => Set<Domain.Monitoring.ProgressReport>();
    public DbSet<Features.Monitoring.Reminders.Reminder> Reminders => Set<Features.Monitoring.Reminders.Reminder>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>The office a change is made for, when the changed record has none of its own (a person, say).</summary>
    public int? AuditOfficeId { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>Only the data-protection key store saves synchronously, and it saves nothing audited.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        CollectAudits().Count == 0 && PublishedCharters.RefuseChanges(ChangeTracker)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = CollectAudits(); // detects changes once; nothing below changes a tracked entity, so EF need not again
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(pending, acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedAsync(List<PendingAudit> pending, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        PublishedCharters.RefuseChanges(ChangeTracker);
        var published = Features.Search.ServiceSearchIndex.BeingPublished(this); // publishing is audited, so it takes the branch below
        var staleOffices = Features.Search.ServiceSearchIndex.StaleOffices(this); // so is an office's rename or move
        if (pending.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // New rows get their ids on save, so the audit rows are written right after, in the same transaction.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await Features.Search.ServiceSearchIndex.RebuildAsync(this, published, cancellationToken);
            await Features.Search.ServiceSearchIndex.RefreshAsync(this, staleOffices, cancellationToken);
            var (userId, userName) = actor?.Current ?? (null, "system");
            foreach (var p in pending)
            {
                AuditEntries.Add(new AuditEntry
                {
                    At = DateTime.UtcNow,
                    UserId = userId,
                    UserName = userName,
                    OfficeId = p.Action == AuditAction.Deleted ? p.OfficeId : OfficeOf(p.Entry) ?? p.OfficeId,
                    EntityType = p.Entry.Metadata.ClrType.Name,
                    EntityId = KeyOf(p.Entry),
                    Action = p.Action,
                    Before = p.Before,
                    After = p.Action == AuditAction.Deleted ? null : Snapshot(p.Entry, current: true),
                });
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            await PublicPages.EvictAsync(this, cancellationToken);
            Features.Charters.Public.CharterPrints.Published(this, published);
            return result;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private sealed record PendingAudit(EntityEntry Entry, AuditAction Action, string? Before, int? OfficeId);

    private static readonly HashSet<Type> Audited =
        [typeof(Office), typeof(Post), typeof(Person), typeof(Incumbency), typeof(RoleGrant), typeof(Holiday), typeof(Charter), typeof(CharterVersion), typeof(ServiceTemplate), typeof(ServiceTemplateRevision),
         typeof(MemoFile), typeof(IssuedMemo), typeof(Domain.Committees.Committee), typeof(Domain.Committees.CommitteeQuarterRecord),
         typeof(Domain.Meetings.Meeting), typeof(Domain.Meetings.DecisionProgress),
         // A report's steps are its own append-only history (who, when, what was sent), so they are not audited twice.
         typeof(Domain.Monitoring.ActionPlan), typeof(Domain.Monitoring.PlanIndicator), typeof(Domain.Monitoring.ReportingDeadline),
         typeof(Domain.Monitoring.ProgressReport), typeof(Domain.Monitoring.ReportEntry)];

    private List<PendingAudit> CollectAudits()
    {
        ChangeTracker.DetectChanges();
        var list = new List<PendingAudit>();
        foreach (var e in ChangeTracker.Entries())
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
            if (action == AuditAction.Updated && !e.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))) continue;
            list.Add(new PendingAudit(e, action.Value, action == AuditAction.Created ? null : Snapshot(e, current: false), OfficeOf(e)));
        }
        return list;
    }

    private int? OfficeOf(EntityEntry e) => e.Entity switch
    {
        Office o => o.Id == 0 ? null : o.Id,
        Post p => p.OfficeId == 0 ? p.Office?.Id : p.OfficeId,
        Incumbency i => i.Post?.OfficeId ?? AuditOfficeId,
        RoleGrant g => g.OfficeId,
        Charter c => c.OfficeId,
        CharterVersion v => v.Charter?.OfficeId ?? AuditOfficeId,
        ServiceTemplate t => t.OwnerOfficeId ?? AuditOfficeId,
        MemoFile f => f.OfficeId,
        IssuedMemo m => m.OfficeId,
        Domain.Committees.Committee c => c.OfficeId,
        Domain.Committees.CommitteeQuarterRecord q => q.Committee?.OfficeId ?? AuditOfficeId,
        Domain.Meetings.Meeting m => m.OfficeId,
        Domain.Meetings.DecisionProgress p => p.OfficeId,
        Domain.Monitoring.ProgressReport r => r.OfficeId,
        Domain.Monitoring.ReportEntry re => re.Report?.OfficeId ?? AuditOfficeId,
        _ => AuditOfficeId,
    };

    private static string KeyOf(EntityEntry e) =>
        string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue?.ToString()));

    private static string Snapshot(EntityEntry e, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.Properties)
            values[p.Metadata.Name] = current ? p.CurrentValue : p.OriginalValue;
        return JsonSerializer.Serialize(values, SnapshotJson);
    }

    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IAuditActor? actor = null) : AppDbContext(options, actor);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IAuditActor? actor = null) : AppDbContext(options, actor);
