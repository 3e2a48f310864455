using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Protishruti.Domain.Memos;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Memos;

/// <summary>
/// An issued document as print-ready page, PDF and DOCX: <c>/offices/{code}/documents/{memoId}[.pdf|.docx]</c>.
/// Public — notices, minutes and office orders are public records, and the documents pages of the office link to them.
/// What is served never changes, so the ETag is the memo's id and the files are cached.
/// </summary>
public static class IssuedDocumentEndpoints
{
    public static void MapIssuedDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/offices/{code}/documents");
        group.MapGet("/{id:long}", async (string code, long id, AppDbContext db, DocumentHtml documents, CancellationToken ct) =>
                await FindAsync(db, code, id, ct) is { } memo
                    ? Results.Content(await OfficialDocumentTypes.HtmlAsync(documents, memo), "text/html; charset=utf-8")
                    : NotFound(code))
            .CacheOutput(PublicPages.Policy);
        group.MapGet("/{id:long}.pdf", ServePdfAsync).CacheOutput(PublicPages.Policy);
        group.MapGet("/{id:long}.docx", async (string code, long id, AppDbContext db, CancellationToken ct) =>
                await FindAsync(db, code, id, ct) is { } memo ? Docx(memo) : NotFound(code))
            .CacheOutput(PublicPages.Policy);
    }

    private static async Task<IResult> ServePdfAsync(string code, long id, HttpContext http, AppDbContext db, DocumentHtml documents,
        IssuedPdfFiles files, ILoggerFactory loggers, CancellationToken ct)
    {
        if (await FindAsync(db, code, id, ct) is not { } memo) return NotFound(code);
        return await PdfAsync(memo, code, http, documents, files, loggers, ct);
    }

    /// <summary>The DOCX of an issued document, for any URL that serves one (the meetings' minutes.docx too).</summary>
    public static IResult Docx(IssuedMemo memo) =>
        Results.File(OfficialDocumentTypes.Docx(memo), OfficialDocx.ContentType, OfficialDocumentTypes.FileName(memo, "docx"),
            entityTag: new EntityTagHeaderValue($"\"memo-{memo.Id}-docx\""));

    /// <summary>The PDF of an issued document, made once; a bilingual 503 page when the PDF engine is not available.</summary>
    public static async Task<IResult> PdfAsync(IssuedMemo memo, string code, HttpContext http, DocumentHtml documents, IssuedPdfFiles files,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var id = memo.Id;
        var html = await OfficialDocumentTypes.HtmlAsync(documents, memo);
        try
        {
            var path = await files.GetAsync(memo, html, ct);
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(path, "application/pdf", OfficialDocumentTypes.FileName(memo, "pdf"),
                lastModified: File.GetLastWriteTimeUtc(path), entityTag: new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(path)}\""));
        }
        catch (Exception e) when (e is PdfUnavailableException or PdfTimeoutException)
        {
            loggers.CreateLogger(typeof(IssuedDocumentEndpoints)).LogWarning(e, "PDF of memo {MemoId} not made", id);
            return CharterPrints.PdfUnavailable(http, Links.Memos.Document(code, id), e);
        }
    }

    private static async Task<IssuedMemo?> FindAsync(AppDbContext db, string code, long id, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return null;
        return await db.IssuedMemos.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.OfficeId == office.Id && m.DocumentJson != null, ct);
    }

    private static IResult NotFound(string code) =>
        Results.Content(CharterPrints.Message("নথি পাওয়া যায়নি / Document not found",
                "এই দপ্তরের এই নম্বরে জারি করা কোনো নথি নেই।", "This office has issued no document under this number.",
                $"<p><a href=\"{Links.Office(code)}\">দপ্তরের পাতা / The office's page</a></p>"),
            "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
}
