using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Home;

[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public int OfficeCount { get; private set; }
    public List<OfficeLink> Ministries { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public FiscalQuarter Quarter { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.TodayInBangladesh();
        Quarter = FiscalQuarter.Of(Today);
        OfficeCount = await db.Offices.CountAsync(ct);
        Ministries = await db.Offices.AsNoTracking()
            .Where(o => o.ParentId == null && o.Kind == OfficeKind.MinistryOrDivision)
            .OrderBy(o => o.NameEn).Take(50).AsLinks().ToListAsync(ct);
    }
}
