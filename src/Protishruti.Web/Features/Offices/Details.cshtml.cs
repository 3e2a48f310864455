using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Offices;

[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class DetailsModel(PublicReadCache reads, TimeProvider time) : PageModel
{
    /// <summary>Everything the page shows, the same for every reader on a given day: kept in <see cref="PublicReadCache"/>.</summary>
    public sealed record Data(
        Office Office,
        List<OfficeLink> Ancestors,
        List<OfficeLink> Subordinates,
        List<(Post Post, Person? Holder, DateOnly? Since)> Posts,
        Features.Committees.CommitteeBox? Committees)
    {
        public RenderedHtml Html { get; } = new();
    }

    public Data Shown { get; private set; } = null!;

    public Office Office => Shown.Office;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var today = time.TodayInBangladesh();
        var c = code.ToLowerInvariant();
        if (await reads.GetAsync("office-page", (c, today), t => LoadAsync(HttpContext.RequestServices.GetRequiredService<AppDbContext>(), c, today, t), ct) is not { } data) return NotFound();
        Shown = data;
        return Page();
    }

    private static async Task<Data?> LoadAsync(AppDbContext db, string code, DateOnly today, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking()
            .Include(o => o.Posts).ThenInclude(p => p.Incumbencies).ThenInclude(i => i.Person)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Code == code, ct);
        if (office is null) return null;
        var ancestors = await db.AncestorsAsync(office, ct);
        var subordinates = await db.Offices.AsNoTracking().Where(o => o.ParentId == office.Id)
            .OrderBy(o => o.Kind).ThenBy(o => o.NameEn).AsLinks().ToListAsync(ct);
        var posts = new List<(Post, Person?, DateOnly?)>();
        foreach (var post in office.Posts.OrderBy(p => p.SortOrder).ThenBy(p => p.Id))
        {
            var holder = post.HolderOn(today);
            posts.Add((post, holder?.Person, holder?.From));
        }
        var committees = await Features.Committees.CommitteeQueries.BoxAsync(db, office.Id, office.Code, today, ct);
        return new Data(office, ancestors, subordinates, posts, committees);
    }
}
