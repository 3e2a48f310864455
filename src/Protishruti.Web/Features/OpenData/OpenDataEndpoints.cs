using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.OpenData;

/// <summary>The machine formats of published charters: JSON API, CPSV-AP JSON-LD and Open311. All public and output-cached.</summary>
public static class OpenDataEndpoints
{
    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/offices/{code}/charter", GetCharter).CacheOutput(PublicPages.Policy).WithTags("Open data");
        app.MapGet("/offices/{code}/charter.jsonld", GetJsonLd).CacheOutput(PublicPages.Policy).WithTags("Open data");
        var open311 = app.MapGroup("/open311/v2").CacheOutput(PublicPages.Policy).WithTags("Open311");
        // GeoReport v2 serves every resource as .json and .xml.
        open311.MapGet("/services.{format}", GetServices);
        open311.MapGet("/services/{serviceCode}.{format}", GetDefinition);
    }

    private static string Site(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static async Task<CharterDocument?> CurrentAsync(AppDbContext db, string? code, TimeProvider time, bool withSubordinates, CancellationToken ct) =>
        await db.PublicOfficeAsync(code, ct) is { } office
            ? await db.DocumentAsync(office, number: null, time.TodayInBangladesh(), withSubordinates, ct)
            : null;

    private static async Task<Results<JsonHttpResult<CharterApi.CharterDto>, ProblemHttpResult>> GetCharter(
        string code, AppDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office)
            return TypedResults.Problem(title: "Office not found", detail: $"There is no office with the code '{code}'.", statusCode: 404);
        if (await db.DocumentAsync(office, number: null, time.TodayInBangladesh(), withSubordinates: true, ct) is not { } doc)
            return TypedResults.Problem(title: "No published charter", detail: $"The office '{office.Code}' has not published a Citizen Charter.", statusCode: 404);
        return TypedResults.Json(CharterApi.From(doc, Site(http)), OpenDataJson.Options);
    }

    private static async Task<IResult> GetJsonLd(string code, AppDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (await CurrentAsync(db, code, time, withSubordinates: false, ct) is not { } doc)
            return TypedResults.Problem(title: "No published charter", detail: $"'{code}' is not an office with a published Citizen Charter.", statusCode: 404);
        return TypedResults.Text(OpenDataJson.Serialize(CpsvAp.Build(doc, Site(http))), "application/ld+json; charset=utf-8");
    }

    private static async Task<IResult> GetServices(string format, string? jurisdiction_id, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (Open311.FormatOf(format) is not { } xml)
            return Open311Error(false, 404, $"Unknown format '{format}'; use services.json or services.xml.");
        if (string.IsNullOrWhiteSpace(jurisdiction_id))
            return Open311Error(xml, 400, "jurisdiction_id is required: the code of an office, e.g. dc-natore.");
        if (await CurrentAsync(db, jurisdiction_id, time, withSubordinates: false, ct) is not { } doc)
            return Open311Error(xml, 404, $"'{jurisdiction_id}' is not an office with a published Citizen Charter.");
        var bn = Ui.Bn;
        var entries = doc.Version.ServicesInPrintedOrder().Select(s => Open311.Entry(doc, s, bn)).ToList();
        return xml ? Open311.Xml(Open311.ToXml(entries)) : TypedResults.Json(entries, OpenDataJson.SnakeCase);
    }

    private static async Task<IResult> GetDefinition(string serviceCode, string format, string? jurisdiction_id, AppDbContext db, CancellationToken ct)
    {
        if (Open311.FormatOf(format) is not { } xml)
            return Open311Error(false, 404, $"Unknown format '{format}'; use .json or .xml.");
        if (!Guid.TryParse(serviceCode, out var key))
            return Open311Error(xml, 404, $"No service has the code '{serviceCode}'.");
        // The newest published version that lists the service; it counts only if that version is its charter's current one.
        var found = await db.Set<CharterService>().AsNoTracking()
            .Where(s => s.Key == key && s.Version.State == CharterVersionState.Published)
            .OrderByDescending(s => s.Version.Number)
            .Select(s => new { s.Id, s.Version.CharterId, s.Version.Number, s.Version.Charter.OfficeId })
            .FirstOrDefaultAsync(ct);
        var current = found is null ? null : await db.CurrentNumberAsync(found.OfficeId, ct);
        if (found is null || current != found.Number)
            return Open311Error(xml, 404, $"No published service has the code '{serviceCode}'.");
        if (!string.IsNullOrWhiteSpace(jurisdiction_id)
            && !await db.Offices.AnyAsync(o => o.Id == found.OfficeId && o.Code == jurisdiction_id.Trim().ToLower(), ct))
            return Open311Error(xml, 404, $"The service '{serviceCode}' is not provided in jurisdiction '{jurisdiction_id}'.");
        var service = await db.Set<CharterService>().AsNoTracking().Include(s => s.Documents).SingleAsync(s => s.Id == found.Id, ct);
        var definition = Open311.Definition(service, Ui.Bn);
        return xml ? Open311.Xml(Open311.ToXml(definition)) : TypedResults.Json(definition, OpenDataJson.SnakeCase);
    }

    private static IResult Open311Error(bool xml, int status, string description) =>
        xml ? Open311.Xml(Open311.ToXml(new Open311.Error(status, description)), status)
            : TypedResults.Json(new[] { new Open311.Error(status, description) }, OpenDataJson.SnakeCase, statusCode: status);
}
