using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Offices;

/// <summary>Moving an office changes the stored path of everything under it; both the edit page and the importer need that.</summary>
public static class OfficeHierarchy
{
    /// <summary>Re-parents <paramref name="office"/> (already saved) and rewrites its descendants' paths. Caller saves.</summary>
    public static async Task MoveAsync(AppDbContext db, Office office, Office? newParent, CancellationToken ct = default)
    {
        var oldPrefix = $"{office.Path}{office.Id}/";
        office.MoveUnder(newParent);
        var newPrefix = $"{office.Path}{office.Id}/";
        if (oldPrefix == newPrefix) return;
        var descendants = await db.Offices.Where(o => o.Path.StartsWith(oldPrefix)).OrderBy(o => o.Depth).ToListAsync(ct);
        foreach (var d in descendants)
            d.RecomputePath(); // parents come first (ordered by depth) and are tracked, so their new paths are already set
    }
}
