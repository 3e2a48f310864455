using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Domain.Offices;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>The office's current published charter, in its layout; a 404 page in both languages when none is published.</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(PublicReadCache reads, TimeProvider time) : PageModel
{
    public Office Office { get; private set; } = null!;
    public CharterDocument? Charter { get; private set; }
    public RenderedHtml Rendered { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await reads.CurrentCharterAsync(HttpContext.RequestServices, code, time.TodayInBangladesh(), withSubordinates: true, ct) is not { } current) return NotFound();
        (Office, Charter, Rendered) = (current.Office, current.Document, current.Html);
        if (Charter is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
