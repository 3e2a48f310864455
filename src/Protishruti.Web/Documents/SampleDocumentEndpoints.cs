using Microsoft.AspNetCore.Components;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Documents.Templates;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Documents;

/// <summary>
/// The three official documents made from <see cref="Samples"/>, as print-ready page, PDF (from the same HTML) and
/// DOCX: public and harmless (fictitious officers), so that offices can see and try the formats before the meetings
/// feature issues real ones.
/// </summary>
public static class SampleDocumentEndpoints
{
    private const string KindRoute = "{kind:regex(^(notice|minutes|office-order)$)}";
    public static readonly string[] Kinds = ["notice", "minutes", "office-order"];

    public static void MapSampleDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/documents/samples");
        group.MapGet("/" + KindRoute, async (string kind, DocumentHtml documents) =>
                Results.Content(await HtmlAsync(documents, kind), "text/html; charset=utf-8"))
            .CacheOutput(PublicPages.Policy);
        group.MapGet("/" + KindRoute + ".pdf", PdfAsync).CacheOutput(PublicPages.Policy);
        group.MapGet("/" + KindRoute + ".docx", (string kind) =>
                Results.File(Docx(kind), OfficialDocx.ContentType, $"sample-{kind}.docx"))
            .CacheOutput(PublicPages.Policy);
    }

    public static Task<string> HtmlAsync(DocumentHtml documents, string kind) => kind switch
    {
        "notice" => RenderAsync<NoticeDocument>(documents, Samples.Notice()),
        "minutes" => RenderAsync<MinutesDocument>(documents, Samples.Minutes()),
        _ => RenderAsync<OfficeOrderDocument>(documents, Samples.OfficeOrder()),
    };

    public static byte[] Docx(string kind) => kind switch
    {
        "notice" => OfficialDocx.Notice(Samples.Notice()),
        "minutes" => OfficialDocx.Minutes(Samples.Minutes()),
        _ => OfficialDocx.OfficeOrder(Samples.OfficeOrder()),
    };

    private static async Task<IResult> PdfAsync(string kind, HttpContext http, DocumentHtml documents, IPdfRenderer pdf,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var html = await HtmlAsync(documents, kind);
        try
        {
            return Results.File(await pdf.RenderAsync(html, PdfPageSetup.A4Portrait, ct), "application/pdf", $"sample-{kind}.pdf");
        }
        catch (Exception e) when (e is PdfUnavailableException or PdfTimeoutException)
        {
            // The print-ready page is the same document: offer it instead of failing.
            loggers.CreateLogger(typeof(SampleDocumentEndpoints)).LogWarning(e, "Sample {Kind} PDF not made", kind);
            return CharterPrints.PdfUnavailable(http, Links.Samples.Sample(kind), e);
        }
    }

    private static Task<string> RenderAsync<T>(DocumentHtml documents, object model) where T : IComponent =>
        documents.RenderAsync<T>(new Dictionary<string, object?> { ["Model"] = model, ["Sample"] = true });
}
