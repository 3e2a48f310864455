using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data;

/// <summary>
/// The database layer's half of "a published version never changes" (ADR 0006, 0008): before any save, a change to a
/// version that was already published when loaded, or to any row under it, stops the save. The domain refuses such
/// changes too; this catches code that goes around it.
/// </summary>
public static class PublishedCharters
{
    /// <returns>true, so it can sit in a condition; throws when a published version or its rows would change.</returns>
    public static bool RefuseChanges(ChangeTracker tracker)
    {
        foreach (var e in tracker.Entries())
        {
            if (e.State is not (EntityState.Modified or EntityState.Deleted or EntityState.Added)) continue;
            var version = e.Entity switch
            {
                CharterVersion v => e.State == EntityState.Added ? null : v,
                CharterService s => s.Version,
                Expectation or GrievanceLevel or CharterEvent => Owner(tracker, e, "CharterVersionId"),
                RequiredDocument => (Owner<CharterService>(tracker, e, "CharterServiceId"))?.Version,
                _ => null,
            };
            if (version is null) continue;
            var entry = tracker.Context.Entry(version);
            if (entry.State == EntityState.Added) continue;
            if (entry.Property(v => v.State).OriginalValue == CharterVersionState.Published)
                throw new InvalidOperationException(
                    $"Version {version.Number} of charter {version.CharterId} is published and cannot change ({e.Metadata.ClrType.Name} {e.State}).");
        }
        return true;
    }

    private static CharterVersion? Owner(ChangeTracker tracker, EntityEntry e, string foreignKey) => Owner<CharterVersion>(tracker, e, foreignKey);

    private static T? Owner<T>(ChangeTracker tracker, EntityEntry e, string foreignKey) where T : class
    {
        var id = e.Property(foreignKey).OriginalValue ?? e.Property(foreignKey).CurrentValue;
        return id is int key ? tracker.Entries<T>().FirstOrDefault(o => Equals(o.Property("Id").CurrentValue, key))?.Entity : null;
    }
}
