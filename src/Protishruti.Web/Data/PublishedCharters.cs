using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data;

/// <summary>
/// The database layer's half of "a published version never changes" (ADR 0006, 0008): before any save, a change to a
/// version that was already published when loaded, or to any row under it, stops the save. The domain refuses such
/// changes too; this catches code that goes around it (a raw property write, an import written against the tables).
/// </summary>
public static class PublishedCharters
{
    /// <summary>Throws when a published version or its rows would change.</summary>
    public static void RefuseChanges(ChangeTracker tracker)
    {
        var db = tracker.Context;
        foreach (var e in tracker.Entries())
        {
            if (e.State is not (EntityState.Modified or EntityState.Deleted or EntityState.Added)) continue;
            bool? published = e.Entity switch
            {
                CharterVersion => e.State == EntityState.Added ? null : e.Property(nameof(CharterVersion.State)).OriginalValue is CharterVersionState.Published,
                CharterService => VersionPublished(db, Key(e, nameof(CharterService.CharterVersionId))),
                Expectation or GrievanceLevel or CharterEvent => VersionPublished(db, Key(e, "CharterVersionId")),
                RequiredDocument => ServicePublished(db, Key(e, "CharterServiceId")),
                _ => null,
            };
            if (published == true)
                throw new InvalidOperationException($"A published charter version cannot change ({e.Metadata.ClrType.Name} {e.State}).");
        }
    }

    private static int? Key(EntityEntry e, string foreignKey) =>
        (e.State == EntityState.Added ? e.Property(foreignKey).CurrentValue : e.Property(foreignKey).OriginalValue) as int?;

    /// <summary>Whether the version was published before this save: from the tracked entry, else from the database.</summary>
    private static bool? VersionPublished(DbContext db, int? versionId)
    {
        if (versionId is not int id || id <= 0) return null; // a new version's rows
        var tracked = db.ChangeTracker.Entries<CharterVersion>().FirstOrDefault(v => v.Entity.Id == id);
        if (tracked is not null)
            return tracked.State != EntityState.Added && tracked.Property(v => v.State).OriginalValue == CharterVersionState.Published;
        return db.Set<CharterVersion>().AsNoTracking().Any(v => v.Id == id && v.State == CharterVersionState.Published);
    }

    private static bool? ServicePublished(DbContext db, int? serviceId)
    {
        if (serviceId is not int id || id <= 0) return null;
        var tracked = db.ChangeTracker.Entries<CharterService>().FirstOrDefault(s => s.Entity.Id == id);
        if (tracked is not null) return VersionPublished(db, tracked.Property(s => s.CharterVersionId).OriginalValue);
        return db.Set<CharterService>().AsNoTracking().Any(s => s.Id == id && s.Version.State == CharterVersionState.Published);
    }
}

/// <summary>Applies <see cref="PublishedCharters.RefuseChanges"/> before every save of the app's context, whoever made it.</summary>
public sealed class PublishedChartersGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) PublishedCharters.RefuseChanges(db.ChangeTracker);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) PublishedCharters.RefuseChanges(db.ChangeTracker);
        return ValueTask.FromResult(result);
    }
}
