using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Charters;

/// <summary>"Start this quarter's update", wherever the button is (the draft overview, the template adoption page).</summary>
public static class CharterDrafts
{
    /// <summary>
    /// Starts the office's next draft: a copy of the latest published version (which must be loaded, with the charter's
    /// versions up to it), or the empty first draft of a new charter when <paramref name="charter"/> is null.
    /// </summary>
    public static async Task StartAsync(AppDbContext db, Office office, Charter? charter, CancellationToken ct)
    {
        if (charter is null)
        {
            db.Charters.Add(new Charter(office.Id, LayoutProfiles.DefaultFor(office.Kind)));
        }
        else
        {
            // The copy takes every row of the published version.
            var current = db.Entry(charter.Current!);
            await current.Collection(v => v.Services).Query().Include(s => s.Documents).LoadAsync(ct);
            await current.Collection(v => v.Expectations).LoadAsync(ct);
            await current.Collection(v => v.GrievanceLevels).LoadAsync(ct);
            charter.StartNextDraft();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people pressed "start" at once: the unique indexes (one charter per office, one version number per
            // charter) let one through; the other simply sees the draft that was started.
        }
    }
}
