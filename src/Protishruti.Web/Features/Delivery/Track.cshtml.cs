using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// A citizen follows an application without logging in: the service, the office, the dates, the status, and — once
/// the due date has passed undelivered — where to complain. Nothing that names the applicant is stored, so nothing is shown.
/// </summary>
public sealed class TrackModel(AppDbContext db, TimeProvider time) : PageModel
{
    public TrackedApplication? Application { get; private set; }
    public string? Typed { get; private set; }
    public bool Unknown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? trackingNumber, [FromQuery(Name = "n")] string? n, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (trackingNumber is null && n is not null)
        {
            // The form's GET: to the number's own address, so it can be bookmarked and shared.
            if (Domain.Delivery.TrackingNumber.Normalize(n) is { } number) return Redirect(Links.Track(number));
            (Typed, Unknown) = (n, true);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (trackingNumber is null) return Page();
        Typed = trackingNumber;
        Application = await Tracking.FindAsync(db, time, trackingNumber, ct);
        if (Application is null)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
