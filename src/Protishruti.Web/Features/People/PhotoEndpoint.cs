using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Web.Features.People;

/// <summary>Serves a person's photo (public, like their name on the office page); the file name is its hash, so it never changes.</summary>
public static class PhotoEndpoint
{
    public static void MapPhotoEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/people/{id:int}/photo", async (int id, AppDbContext db, FileStore files, HttpContext http, CancellationToken ct) =>
        {
            var path = await db.People.Where(p => p.Id == id).Select(p => p.PhotoPath).FirstOrDefaultAsync(ct);
            if (path is null || files.OpenRead(path) is not { } stream) return Results.NotFound();
            var kind = FileStore.Sniff(stream) ?? FileKind.Jpeg;
            stream.Position = 0;
            http.Response.Headers.CacheControl = "public, max-age=86400";
            var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(path)}\"");
            return Results.File(stream, FileStore.ContentTypeOf(kind), entityTag: etag); // the result disposes the stream
        });
}
