using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Meetings.Public;

/// <summary>An office's meetings with issued minutes: kind, title, date, quarter and the share of decisions implemented.</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public Office Office { get; private set; } = null!;
    public List<Meeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        Office = office;
        Meetings = await db.IssuedAsync(office.Id, ct);
        return Page();
    }
}
