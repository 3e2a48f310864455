using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// Keeps <see cref="ServiceSearchEntry"/> rows equal to the services of each office's current published charter:
/// <see cref="Charters.CharterPublishing"/> rebuilds an office's entries when it publishes, and
/// <see cref="SaveOfficeChangesAsync"/> relabels them when offices are renamed or moved.
/// </summary>
public static class ServiceSearchIndex
{
    /// <summary>Versions this save publishes (inserted as published, or changing to published). Call before saving.</summary>
    public static List<CharterVersion> BeingPublished(DbContext db) =>
        db.ChangeTracker.Entries<CharterVersion>()
            .Where(e => e.Entity.State == CharterVersionState.Published
                        && (e.State == EntityState.Added
                            || (e.State == EntityState.Modified
                                && e.Property(v => v.State).OriginalValue != CharterVersionState.Published)))
            .Select(e => e.Entity)
            .ToList();

    /// <summary>
    /// Offices whose entries go stale with this save: renamed, moved, re-kinded or re-coded (the entries carry the
    /// office's names, kind and district). A district office's new geo code moves its whole subtree's district.
    /// Call before saving.
    /// </summary>
    public static List<(int Id, string? SubtreePrefix)> StaleOffices(DbContext db) =>
        db.ChangeTracker.Entries<Office>()
            .Where(e => e.State == EntityState.Modified
                        && (Changed(e, nameof(Office.NameBn)) || Changed(e, nameof(Office.NameEn)) || Changed(e, nameof(Office.Path))
                            || Changed(e, nameof(Office.Kind)) || Changed(e, nameof(Office.GeoCode))))
            .Select(e => (e.Entity.Id, e.Entity.Kind == OfficeKind.DistrictOffice && Changed(e, nameof(Office.GeoCode))
                ? $"{e.Entity.Path}{e.Entity.Id}/" : null))
            .ToList();

    /// <summary>
    /// Saves office edits (details, a move, an import); the search entries of offices renamed, moved, re-kinded or
    /// re-coded are rebuilt in the same transaction, so search results name the office as it is now.
    /// </summary>
    public static async Task SaveOfficeChangesAsync(AppDbContext db, CancellationToken ct)
    {
        var stale = StaleOffices(db);
        await using var tx = stale.Count > 0 && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        if (stale.Count == 0) return;
        await RefreshAsync(db, stale, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    private static bool Changed(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry e, string property) =>
        e.Property(property) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue);

    /// <summary>Rebuilds the entries of <paramref name="stale"/> offices from their current published versions. Call after saving.</summary>
    private static async Task RefreshAsync(AppDbContext db, List<(int Id, string? SubtreePrefix)> stale, CancellationToken ct)
    {
        if (stale.Count == 0) return;
        var officeIds = stale.Select(s => s.Id).ToHashSet();
        foreach (var prefix in stale.Select(s => s.SubtreePrefix).OfType<string>())
            officeIds.UnionWith(await db.Offices.AsNoTracking().Where(o => o.Path.StartsWith(prefix)).Select(o => o.Id).ToListAsync(ct));
        var indexed = await db.Set<ServiceSearchEntry>().AsNoTracking().Where(e => officeIds.Contains(e.OfficeId))
            .Select(e => e.CharterVersionId).Distinct().ToListAsync(ct);
        if (indexed.Count == 0) return; // nothing published there yet
        var versions = await db.Set<CharterVersion>().AsNoTracking().Include(v => v.Services).ThenInclude(s => s.Documents)
            .Where(v => indexed.Contains(v.Id)).AsSplitQuery().ToListAsync(ct);
        await RebuildAsync(db, versions, ct);
    }

    /// <summary>Replaces the entries of the offices whose versions were published. Call after the save gave them ids.</summary>
    public static async Task RebuildAsync(AppDbContext db, List<CharterVersion> published, CancellationToken ct)
    {
        if (published.Count == 0) return;
        var charterIds = published.Select(v => v.CharterId).Distinct().ToList();
        var officeOfCharter = await db.Charters.AsNoTracking().Where(c => charterIds.Contains(c.Id))
            .Select(c => new { c.Id, c.OfficeId }).ToDictionaryAsync(c => c.Id, c => c.OfficeId, ct);
        var latest = published.GroupBy(v => officeOfCharter[v.CharterId])
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var officeIds = latest.Keys.ToList();

        var offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.Path, o.GeoCode })
            .ToDictionaryAsync(o => o.Id, ct);
        var ancestorIds = offices.Values.SelectMany(o => Ancestors(o.Path)).Distinct().ToList();
        var districtOffices = await db.Offices.AsNoTracking()
            .Where(o => ancestorIds.Contains(o.Id) && o.Kind == OfficeKind.DistrictOffice)
            .Select(o => new { o.Id, o.GeoCode }).ToDictionaryAsync(o => o.Id, o => o.GeoCode, ct);

        // The words the replaced entries held leave the vocabulary's counts; the new entries' words join them.
        var counts = new SearchWordCounts();
        foreach (var terms in await db.Set<ServiceSearchEntry>().AsNoTracking().Where(e => officeIds.Contains(e.OfficeId)).Select(e => e.Terms).ToListAsync(ct))
            counts.Remove(terms);
        await db.Set<ServiceSearchEntry>().Where(e => officeIds.Contains(e.OfficeId)).ExecuteDeleteAsync(ct);

        foreach (var (officeId, version) in latest)
        {
            var office = offices[officeId];
            // The district: this office if it is a district office, else the nearest district office above it.
            var districtGeo = office.Kind == OfficeKind.DistrictOffice
                ? office.GeoCode
                : Ancestors(office.Path).Reverse().Where(districtOffices.ContainsKey).Select(id => districtOffices[id]).FirstOrDefault();
            var districtCode = Districts.CodeOf(districtGeo)
                ?? (office.Kind is OfficeKind.UpazilaOffice or OfficeKind.DistrictOffice ? Districts.CodeOf(office.GeoCode) : null);
            var district = Districts.Find(districtCode);
            foreach (var s in version.Services)
            {
                var (terms, surfaces) = SearchText.Build(
                    [s.NameBn, s.NameEn],
                    [office.NameBn, office.NameEn, district?.NameBn, district?.NameEn],
                    s.Documents.SelectMany(d => new[] { d.NameBn, d.NameEn }).Concat([s.DeliveryMethod?.TextBn, s.DeliveryMethod?.TextEn]));
                counts.Add(terms, surfaces);
                db.Set<ServiceSearchEntry>().Add(new ServiceSearchEntry
                {
                    OfficeId = officeId,
                    CharterVersionId = version.Id,
                    ServiceKey = s.Key,
                    OfficeCode = office.Code,
                    OfficeNameBn = office.NameBn,
                    OfficeNameEn = office.NameEn,
                    OfficeKind = office.Kind,
                    DistrictCode = districtCode,
                    Category = s.Category,
                    Order = s.Order,
                    NameBn = s.NameBn,
                    NameEn = s.NameEn,
                    FeeBn = s.Fee?.Describe(bengali: true),
                    FeeEn = s.Fee?.Describe(bengali: false),
                    TimeLimitBn = s.TimeLimit?.Text,
                    TimeLimitEn = s.TimeLimit is { IsMeasurable: true } t ? t.Describe(bengali: false) : s.TimeLimit?.Text,
                    Terms = terms,
                });
            }
        }
        await counts.SaveAsync(db, ct);
    }

    /// <summary>
    /// Builds the index when the database has none in the current form: a database from before the index's vocabulary
    /// (the migration that changed the indexed text emptied the entries). Every office's current published version
    /// is indexed again, 200 offices at a time. Cheap when there is nothing to do: one lookup.
    /// </summary>
    public static async Task EnsureBuiltAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.Set<SearchWord>().AnyAsync(w => w.Key == SearchWord.TotalKey, ct)) return;
        var published = await db.Set<CharterVersion>().AsNoTracking().Where(v => v.State == CharterVersionState.Published)
            .Select(v => new { v.Id, v.CharterId, v.Number }).ToListAsync(ct);
        var current = published.GroupBy(v => v.CharterId).Select(g => g.MaxBy(v => v.Number)!.Id).Order().ToList();
        await db.Set<ServiceSearchEntry>().ExecuteDeleteAsync(ct);
        await db.Set<SearchWord>().ExecuteDeleteAsync(ct);
        await new SearchWordCounts().SaveAsync(db, ct); // the total row, so this runs once even with nothing published
        foreach (var batch in current.Chunk(200))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var versions = await db.Set<CharterVersion>().AsNoTracking().Include(v => v.Services).ThenInclude(s => s.Documents)
                .Where(v => batch.Contains(v.Id)).AsSplitQuery().ToListAsync(ct);
            await RebuildAsync(db, versions, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        SearchVocabulary.Changed();
    }

    private static IEnumerable<int> Ancestors(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
}
