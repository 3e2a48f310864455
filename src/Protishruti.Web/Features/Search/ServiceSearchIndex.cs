using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// Keeps <see cref="ServiceSearchEntry"/> rows equal to the services of each office's current published charter.
/// <see cref="AppDbContext"/> calls it on every save that publishes a version, inside that save's transaction,
/// so every path that publishes (pages, demo, import, generator) indexes without knowing about it.
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
                    Terms = SearchText.Terms(s.NameBn, s.NameEn, office.NameBn, office.NameEn, district?.NameBn, district?.NameEn),
                });
            }
        }
    }

    private static IEnumerable<int> Ancestors(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
}
