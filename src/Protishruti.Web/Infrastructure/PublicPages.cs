using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Infrastructure;

/// <summary>
/// Anonymous public pages (home, directory, office pages) are kept in an output cache: a page costs several
/// database queries, a cached copy none. Any audited change evicts them all on this instance at once; other
/// instances behind the load balancer see the change when their copy expires (PublicCache:Seconds, default 60; 0 turns the cache off).
/// Logged-in requests and responses that set a cookie are never cached; copies differ by query and language.
/// </summary>
public static class PublicPages
{
    public const string Policy = "Public";
    private const string Tag = "public";

    public static void AddPublicPageCache(this IServiceCollection services, IConfiguration config)
    {
        var seconds = config.GetValue("PublicCache:Seconds", 60);
        services.AddOutputCache(o => o.AddPolicy(Policy, b =>
        {
            if (seconds <= 0)
            {
                b.NoCache(); // PublicCache:Seconds=0 turns the cache off (to measure, or to debug)
                return;
            }
            b.Expire(TimeSpan.FromSeconds(seconds))
                .Tag(Tag)
                .SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name));
        }));
    }

    /// <summary>Drops every cached public page on this instance.</summary>
    public static Task EvictAsync(IOutputCacheStore store, CancellationToken ct) => store.EvictByTagAsync(Tag, ct).AsTask();
}

/// <summary>
/// A change to any audited record may show on a public page (an office's name, a post's holder, a published charter),
/// so a save that makes one evicts the cached public pages once it has succeeded (ADR 0026).
/// </summary>
public sealed class PublicPageEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Changing = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && !AuditInterceptor.WritingEntries(db) && Changing.Remove(db))
            await PublicPages.EvictAsync(store, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && !AuditInterceptor.WritingEntries(db) && Changing.Remove(db))
            PublicPages.EvictAsync(store, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db && !AuditInterceptor.WritingEntries(db)) Changing.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && !AuditInterceptor.WritingEntries(db)) Changing.Remove(db);
        return Task.CompletedTask;
    }

    // Runs after the audit interceptor has detected the changes.
    private static void Note(DbContext? db)
    {
        if (db is not null && !AuditInterceptor.WritingEntries(db) && db.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && AuditInterceptor.Audited.Contains(e.Metadata.ClrType)))
            Changing.AddOrUpdate(db, true);
    }
}
