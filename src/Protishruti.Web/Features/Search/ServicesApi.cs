using Microsoft.AspNetCore.Http.HttpResults;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// `GET /api/v1/services?q=&amp;category=&amp;kind=&amp;district=&amp;page=&amp;verbatim=`: the national service search as JSON,
/// ranked as the /search page ranks it (best first). `verbatim=1` keeps a suggestion's results from replacing the query's.
/// </summary>
public static class ServicesApi
{
    public static void MapServicesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/services", GetServices).WithTags("Search").CacheOutput(PublicPages.Policy);

    public sealed record TextDto(string Bn, string En);
    public sealed record OfficeDto(string Code, string NameBn, string NameEn, string Kind, string Url);
    public sealed record ServiceDto(Guid Key, string NameBn, string? NameEn, string Category, OfficeDto Office, string? District,
        TextDto? Fee, TextDto? TimeLimit, string Url);
    /// <param name="DidYouMean">The query with a word that matched nothing replaced by the nearest known word, if any.</param>
    /// <param name="ShowingDidYouMean">The results are those of <paramref name="DidYouMean"/> (the query as typed found less).</param>
    public sealed record ResultDto(string Q, IReadOnlyList<string> Terms, string? Category, string? Kind, string? District,
        int Page, int PageSize, int PageCount, int Total, bool TotalIsCapped, IReadOnlyList<ServiceDto> Results,
        string? DidYouMean, bool ShowingDidYouMean);

    private static async Task<Results<Ok<ResultDto>, ProblemHttpResult>> GetServices(
        string? q, string? category, string? kind, string? district, string? page, string? verbatim, ServiceSearch search, CancellationToken ct)
    {
        var problems = new List<SearchProblem>();
        var query = ServiceQuery.Parse(q, category, kind, district, page, problems, verbatim);
        if (problems.Count == 0 && query.IsEmpty)
            problems.Add(new("q", "Give 'q' (words to search for) or at least one filter: category, kind or district.",
                "অনুসন্ধানের শব্দ (q) বা অন্তত একটি ছাঁকনি দিন: category, kind বা district।"));
        if (problems.Count > 0)
        {
            var p = problems[0];
            return TypedResults.Problem(detail: p.MessageEn, statusCode: 400, title: "Invalid parameter: " + p.Parameter,
                extensions: new Dictionary<string, object?>
                {
                    ["parameter"] = p.Parameter,
                    ["detailBn"] = p.MessageBn,
                    ["errors"] = problems.Select(x => new { x.Parameter, x.MessageEn, x.MessageBn }).ToList(),
                });
        }

        var result = await search.SearchAsync(query, ct);
        return TypedResults.Ok(new ResultDto(query.Text, result.Terms ?? query.Terms, CategoryName(query.Category), KindName(query.Kind), query.District,
            query.Page, ServiceQuery.PageSize, result.PageCount, result.Total, result.MoreThanCap,
            result.Hits.Select(h => new ServiceDto(h.ServiceKey, h.NameBn, h.NameEn, CategoryName(h.Category)!,
                new OfficeDto(h.OfficeCode, h.OfficeNameBn, h.OfficeNameEn, KindName(h.OfficeKind)!, Links.Office(h.OfficeCode)),
                h.DistrictCode,
                h.FeeBn is null ? null : new TextDto(h.FeeBn, h.FeeEn ?? h.FeeBn),
                h.TimeLimitBn is null ? null : new TextDto(h.TimeLimitBn, h.TimeLimitEn ?? h.TimeLimitBn),
                Links.Charters.Service(h.OfficeCode, h.ServiceKey))).ToList(),
            result.Suggestion, result.SuggestionApplied));
    }

    public static string? CategoryName(ServiceCategory? c) => c?.ToString().ToLowerInvariant();

    public static string? KindName(OfficeKind? k) => k switch
    {
        null => null,
        OfficeKind.MinistryOrDivision => "ministry",
        OfficeKind.DepartmentOrAgency => "department",
        OfficeKind.DivisionalOffice => "divisional",
        OfficeKind.DistrictOffice => "district",
        OfficeKind.UpazilaOffice => "upazila",
        _ => "other",
    };
}
