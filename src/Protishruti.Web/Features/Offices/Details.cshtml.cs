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
public sealed class DetailsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Office Office { get; private set; } = null!;
    public List<OfficeLink> Ancestors { get; private set; } = [];
    public List<OfficeLink> Subordinates { get; private set; } = [];
    public List<(Post Post, Person? Holder, DateOnly? Since)> Posts { get; } = [];
    public Features.Committees.CommitteeBox? Committees { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking()
            .Include(o => o.Posts).ThenInclude(p => p.Incumbencies).ThenInclude(i => i.Person)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Code == code.ToLower(), ct);
        if (office is null) return NotFound();
        Office = office;
        Ancestors = await db.AncestorsAsync(office, ct);
        Subordinates = await db.Offices.AsNoTracking().Where(o => o.ParentId == office.Id)
            .OrderBy(o => o.Kind).ThenBy(o => o.NameEn).AsLinks().ToListAsync(ct);
        var today = time.TodayInBangladesh();
        foreach (var post in office.Posts.OrderBy(p => p.SortOrder).ThenBy(p => p.Id))
        {
            var holder = post.HolderOn(today);
            Posts.Add((post, holder?.Person, holder?.From));
        }
        Committees = await Features.Committees.CommitteeQueries.BoxAsync(db, office.Id, office.Code, today, ct);
        return Page();
    }
}
