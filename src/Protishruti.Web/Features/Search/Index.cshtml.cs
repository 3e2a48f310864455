using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Search;

/// <summary>`/search`: every service in every office's current published charter, by words and filters (a GET form, no script).</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(ServiceSearch search) : PageModel
{
    public string? Q { get; private set; }
    public string? Category { get; private set; }
    public string? Kind { get; private set; }
    public string? District { get; private set; }
    public ServiceQuery Query { get; private set; } = null!;
    public List<SearchProblem> Problems { get; } = [];
    public ServiceSearchResult Result { get; private set; } = ServiceSearchResult.None;

    public async Task OnGetAsync(string? q, string? category, string? kind, string? district,
        [FromQuery(Name = "page")] string? pageNumber, string? verbatim, CancellationToken ct) // "page" alone would bind the Razor page's route value
    {
        (Q, Category, Kind, District) = (q, category, kind, district);
        Query = ServiceQuery.Parse(q, category, kind, district, pageNumber, Problems, verbatim);
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Result = await search.SearchAsync(Query, ct);
    }

    public SearchProblem? ProblemWith(string parameter) => Problems.FirstOrDefault(p => p.Parameter == parameter);

    /// <summary>A count with thousands separators, in Bengali digits on Bengali pages (১,২৩৪).</summary>
    public static string Count(int n) => Ui.Bn
        ? BengaliDigits.ToBengali(n.ToString("#,0", CultureInfo.InvariantCulture))
        : n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>This search at another page; keeps the words and filters.</summary>
    public string PageUrl(int page) => Link(Q, page, Query.Verbatim);

    /// <summary>A suggested query with the same filters, from its first page.</summary>
    public string SearchUrl(string? q) => Link(q, 1, verbatim: false);

    /// <summary>The words as typed, searched as they are (not replaced by a suggestion's results).</summary>
    public string VerbatimUrl() => Link(Q, 1, verbatim: true);

    private string Link(string? q, int page, bool verbatim)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("q", q);
        Add("category", Category);
        Add("kind", Kind);
        Add("district", District);
        if (verbatim) parts.Add("verbatim=1");
        if (page > 1) parts.Add($"page={page}");
        return Links.Search() + (parts.Count > 0 ? "?" + string.Join("&", parts) : "");
    }
}
