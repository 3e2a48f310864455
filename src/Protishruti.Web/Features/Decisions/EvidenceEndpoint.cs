using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// An evidence file: <c>/offices/{implementer}/decisions/{progressId}/evidence/{index}</c> (index from 0). Not public:
/// the implementing office, the convening office and the monitors above either read it. Served under a name made
/// here (the stored key is a hash), with the type the content was found to be, and never cached by shared caches.
/// </summary>
public static class EvidenceEndpoint
{
    public static void MapDecisionEvidence(this IEndpointRouteBuilder app) =>
        app.MapGet("/offices/{code}/decisions/{progressId:int}/evidence/{index:int}", GetAsync).RequireAuthorization();

    private static async Task<IResult> GetAsync(string code, int progressId, int index, HttpContext http, AppDbContext db,
        OfficeAccess access, FileStore files, CancellationToken ct)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null) return Results.NotFound();
        var row = await db.Set<DecisionProgress>().AsNoTracking()
            .Where(p => p.Id == progressId && p.OfficeId == office.Id)
            .Select(p => new { p.Evidence, MeetingOfficeId = p.Decision.Item.Meeting.OfficeId })
            .SingleOrDefaultAsync(ct);
        if (row is null) return Results.NotFound();
        if (!await access.CanAsync(http.User, OfficeAction.Monitor, office, ct))
        {
            var convening = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == row.MeetingOfficeId, ct);
            if (!await access.CanAsync(http.User, OfficeAction.Monitor, convening, ct)) return Results.Forbid();
        }
        if (index < 0 || index >= row.Evidence.Count) return Results.NotFound();
        var key = row.Evidence[index];
        var stream = files.OpenRead(key);
        if (stream is null) return Results.NotFound();
        var extension = Path.GetExtension(key).TrimStart('.').ToLowerInvariant();
        var kind = extension switch
        {
            "pdf" => FileKind.Pdf,
            "jpg" => FileKind.Jpeg,
            "png" => FileKind.Png,
            "docx" => FileKind.Docx,
            _ => FileKind.Xlsx,
        };
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(stream, FileStore.ContentTypeOf(kind), $"{office.Code}-decision-{progressId}-evidence-{index + 1}.{extension}");
    }
}
