using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>An earlier published version as it was printed (officers as of today: posts, not people, are in the text).</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class VersionModel(AppDbContext db, TimeProvider time) : PageModel
{
    public CharterDocument Charter { get; private set; } = null!;
    public int? CurrentNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int n, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        if (await db.DocumentAsync(office, n, time.TodayInBangladesh(), withSubordinates: false, ct) is not { } charter) return NotFound();
        Charter = charter;
        CurrentNumber = await db.CurrentNumberAsync(office.Id, ct);
        return Page();
    }
}
