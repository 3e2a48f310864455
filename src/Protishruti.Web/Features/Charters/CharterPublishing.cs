using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Search;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters;

/// <summary>
/// What follows when charter versions are published, in the order it happens (ADR 0026). Every path that publishes —
/// the approver's page, the demo, the benchmarks' generators, tests — saves through <see cref="SaveAsync"/>, so the
/// national search, the public pages and the printed charters never lag behind the published charter.
/// </summary>
public sealed class CharterPublishing(AppDbContext db, IOutputCacheStore cache, PublicReadCache reads, CharterPdfPrerender prerender)
{
    /// <summary>
    /// Saves the context's pending changes, among them the versions the domain has just published (found in the
    /// change tracker), then:
    /// 1. replaces those offices' entries in the national search, in the same transaction as the publish;
    /// 2. evicts the cached public pages (the charter, the service pages, the office page);
    /// 3. queues the charters' DOCX and PDFs to be made in the background.
    /// A <see cref="DbUpdateConcurrencyException"/> from the save reaches the caller with nothing else done.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        var published = ServiceSearchIndex.BeingPublished(db);
        await using (var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null)
        {
            await db.SaveChangesAsync(ct);
            await ServiceSearchIndex.RebuildAsync(db, published, ct);
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
        }
        reads.Evict(); // again after the commit: a read between the first save and the commit may have cached the old charter
        await PublicPages.EvictAsync(cache, ct);
        foreach (var charterId in published.Select(v => v.CharterId).Distinct())
            prerender.Enqueue(charterId);
    }
}
