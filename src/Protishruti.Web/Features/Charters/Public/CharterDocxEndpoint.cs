using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Protishruti.Web.Data;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Localization;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>The current published charter as DOCX (in Bengali, whatever the reader's language), or a 404 in both languages.</summary>
public static class CharterDocxEndpoint
{
    public static void MapCharterDocx(this IEndpointRouteBuilder app) =>
        app.MapGet("/offices/{code}/charter.docx", async (string code, AppDbContext db, TimeProvider time,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var office = await db.PublicOfficeAsync(code, ct);
                var charter = office is null ? null : await db.DocumentAsync(office, number: null, time.TodayInBangladesh(), withSubordinates: true, ct);
                if (charter is null)
                {
                    var bn = office is null ? "এই কোডের কোনো দপ্তর নেই।" : $"{office.NameBn} এখনো কোনো সেবা প্রদান প্রতিশ্রুতি প্রকাশ করেনি।";
                    var en = office is null ? "There is no office with this code." : $"{office.NameEn} has not published a Citizen Charter yet.";
                    return Results.Content(
                        $"<!doctype html><html lang=\"bn\"><meta charset=\"utf-8\"><title>404</title><link rel=\"stylesheet\" href=\"/css/site.css\">" +
                        $"<main class=\"container\"><h1>প্রকাশিত সেবা প্রদান প্রতিশ্রুতি নেই / No published Citizen Charter</h1>" +
                        $"<p lang=\"bn\">{WebUtility.HtmlEncode(bn)}</p><p lang=\"en\">{WebUtility.HtmlEncode(en)}</p><p><a href=\"/offices\">দপ্তরসমূহ / Offices</a></p></main>",
                        "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
                }
                // The official text is Bengali: headings come from the Bengali resources whatever the reader chose.
                var culture = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Ui.Bengali);
                try
                {
                    return Results.File(CharterDocx.Write(charter, l), OfficialDocx.ContentType, CharterDocx.FileName(charter),
                        lastModified: charter.Version.PublishedAt);
                }
                finally
                {
                    CultureInfo.CurrentUICulture = culture;
                }
            })
            .CacheOutput(PublicPages.Policy);
}
