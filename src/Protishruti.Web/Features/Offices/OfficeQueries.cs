using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Offices;

/// <summary>Reads shared by the directory, office page and dashboards.</summary>
public static class OfficeQueries
{
    public sealed record OfficeLink(int Id, string Code, string NameBn, string NameEn, OfficeKind Kind)
    {
        public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
    }

    public static IQueryable<OfficeLink> AsLinks(this IQueryable<Office> offices) =>
        offices.Select(o => new OfficeLink(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind));

    /// <summary>The ancestors of an office, top first, in one query.</summary>
    public static async Task<List<OfficeLink>> AncestorsAsync(this AppDbContext db, Office office, CancellationToken ct = default)
    {
        var ids = office.AncestorIds().ToList();
        if (ids.Count == 0) return [];
        var found = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).AsLinks().ToListAsync(ct);
        return ids.Select(id => found.First(f => f.Id == id)).ToList();
    }

    public static Task<Office?> FindByCodeAsync(this AppDbContext db, string? code, CancellationToken ct = default)
    {
        var c = (code ?? "").Trim().ToLowerInvariant();
        return db.Offices.FirstOrDefaultAsync(o => o.Code == c, ct);
    }
}
