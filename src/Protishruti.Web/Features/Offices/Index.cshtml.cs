using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Offices;

/// <summary>
/// The office directory as a tree that opens along one path (no JavaScript): the top-level offices,
/// and under each office on the path to `open` its subordinate offices. Search flattens it to matches.
/// </summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int MaxResults = 100;

    public string? Q { get; private set; }
    public OfficeLink? Open { get; private set; }
    public List<OfficeLink> Roots { get; private set; } = [];
    public Dictionary<int, List<OfficeLink>> ChildrenOf { get; } = [];
    public HashSet<int> HasChildren { get; private set; } = [];
    public HashSet<int> OnPath { get; } = [];
    public List<(OfficeLink Office, List<OfficeLink> Path)> Results { get; } = [];
    public bool MoreResults { get; private set; }

    public async Task OnGetAsync(string? q, string? open, CancellationToken ct)
    {
        Q = q?.Trim();
        if (!string.IsNullOrEmpty(Q))
        {
            await SearchAsync(Q, ct);
            return;
        }

        Roots = await db.Offices.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Kind).ThenBy(o => o.NameEn).AsLinks().ToListAsync(ct);
        var expand = Roots.Select(r => r.Id).ToList();
        if (!string.IsNullOrEmpty(open) && await db.FindByCodeAsync(open, ct) is { } target)
        {
            Open = new OfficeLink(target.Id, target.Code, target.NameBn, target.NameEn, target.Kind);
            OnPath.UnionWith(target.AncestorIds());
            OnPath.Add(target.Id);
            expand = [.. OnPath];
        }
        else if (Roots.Count > 8)
        {
            expand = []; // at national scale the top level alone is long enough
        }

        var children = await db.Offices.AsNoTracking()
            .Where(o => o.ParentId != null && expand.Contains(o.ParentId.Value))
            .OrderBy(o => o.Kind).ThenBy(o => o.NameEn)
            .Select(o => new { o.ParentId, Link = new OfficeLink(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind) })
            .ToListAsync(ct);
        foreach (var group in children.GroupBy(c => c.ParentId!.Value))
            ChildrenOf[group.Key] = group.Select(g => g.Link).ToList();

        var shown = Roots.Select(r => r.Id).Concat(children.Select(c => c.Link.Id)).ToList();
        HasChildren = (await db.Offices.AsNoTracking()
            .Where(o => o.ParentId != null && shown.Contains(o.ParentId.Value))
            .Select(o => o.ParentId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
    }

    private async Task SearchAsync(string q, CancellationToken ct)
    {
        var lower = q.ToLowerInvariant();
        var matches = await db.Offices.AsNoTracking()
            .Where(o => o.NameBn.Contains(q) || o.NameEn.ToLower().Contains(lower) || o.Code.Contains(lower))
            .OrderBy(o => o.Depth).ThenBy(o => o.NameEn)
            .Take(MaxResults + 1)
            .Select(o => new { o.Path, Link = new OfficeLink(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind) })
            .ToListAsync(ct);
        MoreResults = matches.Count > MaxResults;
        matches = matches.Take(MaxResults).ToList();

        var ancestorIds = matches.SelectMany(m => m.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Distinct().ToList();
        var ancestors = await db.Offices.AsNoTracking().Where(o => ancestorIds.Contains(o.Id)).AsLinks().ToDictionaryAsync(o => o.Id, ct);
        foreach (var m in matches)
        {
            var path = m.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Select(id => ancestors[id]).ToList();
            Results.Add((m.Link, path));
        }
    }
}
