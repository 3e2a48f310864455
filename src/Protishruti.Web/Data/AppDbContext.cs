using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Infrastructure.Auditing;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Data;

/// <summary>
/// The one context the app uses. Each database provider has a subclass only so that it can own its own
/// migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>). Saving does only what EF does
/// plus the interceptors <see cref="DatabaseSetup"/> registers (auditing, the published-charter guard, public page
/// eviction); the work that follows a transition (search index, PDFs) is called by the handler that makes it (ADR 0026).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options),
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
    public DbSet<Domain.Delivery.Application> Applications => Set<Domain.Delivery.Application>();
    public DbSet<Domain.Delivery.ApiKey> ApiKeys => Set<Domain.Delivery.ApiKey>();
    public DbSet<Domain.Grievances.Grievance> Grievances => Set<Domain.Grievances.Grievance>();
    public DbSet<Features.Sms.SmsMessage> SmsOutbox => Set<Features.Sms.SmsMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Domain.Import.SourceDocument> SourceDocuments => Set<Domain.Import.SourceDocument>();
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>The office a change is made for, when the changed record has none of its own (a person, say).</summary>
    public int? AuditOfficeId { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // One rule for table names: the plural, as the DbSets give theirs. EF would name a table without a DbSet
        // (a charter's services, a meeting's agenda items) after its class, in the singular.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() == e.ClrType.Name))
            entity.SetTableName(Plural(entity.ClrType.Name));
    }

    private static string Plural(string name) => name switch
    {
        _ when name.EndsWith("Progress", StringComparison.Ordinal) => name,
        _ when name.EndsWith('y') => name[..^1] + "ies",
        _ => name + "s",
    };
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
