using Microsoft.AspNetCore.Http.HttpResults;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>The public CSV and XLSX download of an office's current published charter (docs/charter-format.md).</summary>
public static class CharterExchangeEndpoints
{
    public static void MapCharterExchange(this IEndpointRouteBuilder app)
    {
        app.MapGet("/offices/{code}/charter.csv", (string code, AppDbContext db, CancellationToken ct) => ExportAsync(code, xlsx: false, db, ct))
            .CacheOutput(PublicPages.Policy);
        app.MapGet("/offices/{code}/charter.xlsx", (string code, AppDbContext db, CancellationToken ct) => ExportAsync(code, xlsx: true, db, ct))
            .CacheOutput(PublicPages.Policy);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(string code, bool xlsx, AppDbContext db, CancellationToken ct)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null) return TypedResults.NotFound();
        var version = await db.PublishedVersionAsync(office.Id, ct);
        if (version is null) return TypedResults.NotFound();
        var bytes = await CharterExporter.ExportAsync(db, office, version, xlsx, ct);
        return TypedResults.File(bytes, xlsx ? CharterSheets.XlsxContentType : CharterSheets.CsvContentType,
            CharterExporter.FileName(office, version, xlsx), lastModified: version.PublishedAt);
    }
}
