using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Domain.Charters;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>One service of the current published charter, with its schema.org GovernmentService JSON-LD.</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class ServiceModel(PublicReadCache reads, TimeProvider time, Delivery.Performance.PerformanceQueries performance) : PageModel
{
    public CharterDocument Charter { get; private set; } = null!;
    public CharterService Service { get; private set; } = null!;
    /// <summary>Safe to write raw inside &lt;script&gt;: <see cref="OpenDataJson"/> escapes &lt;, &gt; and &amp;.</summary>
    public string JsonLd { get; private set; } = "";
    /// <summary>The service's own on-time rate over the last twelve months (ADR 0037); null when nothing was counted.</summary>
    public decimal? OnTimeRate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid key, CancellationToken ct)
    {
        if (await reads.CurrentCharterAsync(HttpContext.RequestServices, code, time.TodayInBangladesh(), withSubordinates: false, ct) is not { } current) return NotFound();
        var charter = current.Document;
        if (charter?.Version.Services.FirstOrDefault(s => s.Key == key) is not { } service) return NotFound();
        (Charter, Service) = (charter, service);
        var today = time.TodayInBangladesh();
        var officeId = charter.Office.Id;
        var rate = await reads.GetAsync("service-on-time", (officeId, key, today), async c => (Delivery.Performance.ServiceRate?)await performance.ServiceRateAsync(officeId, key, today, c), ct);
        OnTimeRate = rate?.Rate;
        JsonLd = OpenDataJson.Serialize(SchemaOrgService.Build(charter, service, $"{Request.Scheme}://{Request.Host}"));
        return Page();
    }
}
