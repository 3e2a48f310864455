using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Charters;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>
/// The printed charter: the print-ready page (<c>/offices/{code}/charter/print?size=</c>) and its PDF
/// (<c>/offices/{code}/charter.pdf?size=</c>), made from the same HTML. A PDF is made once per distinct HTML and kept
/// as a file; the HTML names today's holders of the posts, so a transfer yields a new file without a new version.
/// </summary>
public static class CharterPrints
{
    public static void MapCharterPrints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/offices/{code}/charter/print", PrintAsync).CacheOutput(PublicPages.Policy);
        app.MapGet("/offices/{code}/charter.pdf", PdfAsync).CacheOutput(PublicPages.Policy);
    }

    /// <summary>a4 (the booklet, default), a3 and legal (the landscape boards); null for anything else.</summary>
    public static PdfPageSetup? ParseSize(string? size) => (size ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "a4" => PdfPageSetup.A4Portrait,
        "a3" => new PdfPageSetup(PaperSize.A3, Landscape: true),
        "legal" => new PdfPageSetup(PaperSize.Legal, Landscape: true),
        _ => null,
    };

    public static string SizeName(PdfPageSetup page) => page.Size.ToString().ToLowerInvariant();

    private static async Task<IResult> PrintAsync(string code, string? size, HttpContext http, AppDbContext db, DocumentHtml documents,
        CharterPdfFiles files, TimeProvider time, CancellationToken ct)
    {
        if (ParseSize(size) is not { } page) return BadSize(size);
        var html = await HtmlAsync(code, page, files.BaseUrl(http.Request), db, documents, time, ct);
        return html is null ? Results.NotFound() : Results.Content(html.Value.Html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(string code, string? size, HttpContext http, AppDbContext db, DocumentHtml documents,
        CharterPdfFiles files, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        if (ParseSize(size) is not { } page) return BadSize(size);
        var made = await HtmlAsync(code, page, files.BaseUrl(http.Request), db, documents, time, ct);
        if (made is not { } doc) return Results.NotFound();
        var etag = new EntityTagHeaderValue($"\"{CharterPdfFiles.Hash(doc.Html, page)}\"");
        http.Response.Headers.CacheControl = "public, max-age=60";
        try
        {
            var path = await files.GetAsync(doc.Office.Code, doc.Html, page, ct);
            return Results.File(path, "application/pdf", $"charter-{doc.Office.Code}-v{doc.Version}-{SizeName(page)}.pdf",
                entityTag: etag, lastModified: File.GetLastWriteTimeUtc(path));
        }
        catch (Exception e) when (e is PdfUnavailableException or PdfTimeoutException)
        {
            loggers.CreateLogger(typeof(CharterPrints)).LogWarning(e, "Charter PDF of {Office} not made", doc.Office.Code);
            return PdfUnavailable(http, Links.Charters.Print(doc.Office.Code, SizeName(page)), e);
        }
    }

    public readonly record struct CharterHtml(Office Office, int Version, string Html);

    /// <summary>The board's HTML for the office's current published version, or null when it has none.</summary>
    public static async Task<CharterHtml?> HtmlAsync(string code, PdfPageSetup page, string baseUrl, AppDbContext db, DocumentHtml documents,
        TimeProvider time, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return null;
        if (await db.DocumentAsync(office, number: null, time.TodayInBangladesh(), withSubordinates: true, ct) is not { } charter) return null;
        return await HtmlAsync(charter, page, baseUrl, documents);
    }

    /// <summary>The board's HTML of a charter already loaded.</summary>
    public static async Task<CharterHtml> HtmlAsync(CharterDocument charter, PdfPageSetup page, string baseUrl, DocumentHtml documents)
    {
        var html = await documents.RenderAsync<CharterBoard>(new Dictionary<string, object?>
        {
            [nameof(CharterBoard.Charter)] = charter,
            [nameof(CharterBoard.Page)] = page,
            [nameof(CharterBoard.CharterUrl)] = baseUrl + Links.Charters.Page(charter.Office.Code),
        });
        return new CharterHtml(charter.Office, charter.Version.Number, html);
    }

    private static IResult BadSize(string? size) => Results.Content(
        Message("কাগজের মাপ সঠিক নয় / Unknown paper size",
            $"কাগজের মাপ \"{System.Net.WebUtility.HtmlEncode(size)}\" চেনা যায়নি। a4, a3 বা legal লিখুন (যেমন ?size=a3)।",
            $"The paper size \"{System.Net.WebUtility.HtmlEncode(size)}\" is not known. Use a4, a3 or legal (e.g. ?size=a3).", null),
        "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);

    /// <summary>
    /// A PDF that cannot be made now (no Chromium, or too slow): 503 with a page in both languages that offers the
    /// print-ready page — the same document — instead; not cached, retry in a minute.
    /// </summary>
    public static IResult PdfUnavailable(HttpContext http, string printUrl, Exception e)
    {
        var (bn, en) = (e as PdfTimeoutException)?.Message.Split(" / ", 2) is [var b, var n]
            ? (b, n)
            : (PdfUnavailableException.MessageBn, PdfUnavailableException.MessageEn);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.RetryAfter = "60";
        return Results.Content(Message("পিডিএফ এখন পাওয়া যাচ্ছে না / PDF not available now", bn, en,
                $"<p><a href=\"{printUrl}\">মুদ্রণযোগ্য পাতা খুলুন / Open the print-ready page</a></p>"),
            "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
    }

    internal static string Message(string title, string bn, string en, string? more) =>
        $"""
        <!DOCTYPE html>
        <html lang="bn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="container"><h1>{title}</h1><div class="card"><p lang="bn">{bn}</p><p lang="en">{en}</p>{more}
        <p><a href="{Links.Home()}">প্রথম পাতা / Home</a></p></div></main></body></html>
        """;
}

/// <summary>
/// The charter PDFs kept under DataDirectory/documents/charters, named by office, size and a hash of their HTML.
/// Requests for a PDF being made wait for it (one render, however many ask).
/// </summary>
public sealed class CharterPdfFiles(IConfiguration config, IPdfRenderer renderer, ILogger<CharterPdfFiles> logger)
{
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "documents", "charters");
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _making = new();
    private readonly string? _publicBaseUrl = config["PublicBaseUrl"]?.TrimEnd('/') is { Length: > 0 } b ? b : null;
    private readonly ConcurrentDictionary<string, int> _renders = new();
    private string? _lastBaseUrl;

    /// <summary>PDFs of an office rendered by this instance (tests check that a publish and a request make one, not two).</summary>
    public int RendersOf(string officeCode) => _renders.Where(r => r.Key.StartsWith(officeCode + "-", StringComparison.Ordinal)).Sum(r => r.Value);

    /// <summary>The site's address for the QR code: the PublicBaseUrl setting, else the address the request came to.</summary>
    public string BaseUrl(HttpRequest request)
    {
        var seen = $"{request.Scheme}://{request.Host}{request.PathBase}";
        _lastBaseUrl = seen;
        return _publicBaseUrl ?? seen;
    }

    /// <summary>For renders outside a request: PublicBaseUrl, else the last address a request came to; null if neither is known.</summary>
    public string? BackgroundBaseUrl => _publicBaseUrl ?? _lastBaseUrl;

    public static string Hash(string html, PdfPageSetup page) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{page.CssSize}\n{html}")))[..32];

    public async Task<string> GetAsync(string officeCode, string html, PdfPageSetup page, CancellationToken ct)
    {
        var prefix = $"{officeCode}-{CharterPrints.SizeName(page)}-";
        var path = Path.Combine(_root, $"{prefix}{Hash(html, page)}.pdf");
        if (File.Exists(path)) return path;
        var making = _making.GetOrAdd(path, p => new Lazy<Task<string>>(() => MakeAsync(p, prefix, html, page)));
        // The render is not the caller's: one who gives up must not cancel it for the others waiting.
        return await making.Value.WaitAsync(ct);
    }

    private async Task<string> MakeAsync(string path, string prefix, string html, PdfPageSetup page)
    {
        try
        {
            if (File.Exists(path)) return path; // made by the render that was in progress a moment ago
            var pdf = await renderer.RenderAsync(html, page);
            _renders.AddOrUpdate(prefix, 1, (_, n) => n + 1);
            Directory.CreateDirectory(_root);
            var temp = path + $".{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temp, pdf);
            File.Move(temp, path, overwrite: true);
            Prune(prefix, path);
            return path;
        }
        finally
        {
            // Done either way: a failure (no Chromium yet) is not remembered, the next request tries again.
            _making.TryRemove(path, out _);
        }
    }

    /// <summary>Older files of the same office and size are kept an hour (a download may be reading one), then removed.</summary>
    private void Prune(string prefix, string keep)
    {
        foreach (var old in Directory.EnumerateFiles(_root, prefix + "*.pdf"))
        {
            if (old == keep || File.GetLastWriteTimeUtc(old) > DateTime.UtcNow.AddHours(-1)) continue;
            try
            {
                File.Delete(old);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not prune {File}", old);
            }
        }
    }
}

/// <summary>Makes the DOCX and PDFs of newly published charters in the background, one charter at a time, so a publish is not slowed.</summary>
public sealed class CharterPdfPrerender(IServiceScopeFactory scopes, CharterPdfFiles files, IConfiguration config, IHostEnvironment env,
    ILogger<CharterPdfPrerender> logger) : BackgroundService
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>();

    /// <summary>
    /// Documents:RenderOnPublish, on by default. Off by default under the Testing environment: every feature test
    /// publishes charters, and a browser per test app rendering boards nobody asked for would only slow the suite;
    /// the tests of this behaviour turn it on.
    /// </summary>
    public bool Enabled { get; set; } = config.GetValue("Documents:RenderOnPublish", !env.IsEnvironment("Testing"));

    public void Enqueue(int charterId)
    {
        if (Enabled) _queue.Writer.TryWrite(charterId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var charterId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RenderAsync(charterId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A PDF that cannot be made now is made on the first request instead; the publish itself succeeded.
                logger.LogWarning(e, "Background PDFs of charter {CharterId} not made", charterId);
            }
        }
    }

    private async Task RenderAsync(int charterId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = await db.Charters.AsNoTracking().Where(c => c.Id == charterId)
            .Join(db.Offices, c => c.OfficeId, o => o.Id, (c, o) => o.Code).FirstOrDefaultAsync(ct);
        if (code is null) return;
        var documents = scope.ServiceProvider.GetRequiredService<DocumentHtml>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        // Loaded once for the DOCX and the three PDFs.
        if (await db.PublicOfficeAsync(code, ct) is not { } office
            || await db.DocumentAsync(office, number: null, time.TodayInBangladesh(), withSubordinates: true, ct) is not { } charter)
            return;
        await scope.ServiceProvider.GetRequiredService<CharterDocxFiles>()
            .GetAsync(charter, ct);
        if (files.BackgroundBaseUrl is not { } baseUrl) return; // no address known for the QR code yet: the first request makes the PDFs
        foreach (var size in (string[])["a4", "a3", "legal"])
        {
            var page = CharterPrints.ParseSize(size)!;
            var doc = await CharterPrints.HtmlAsync(charter, page, baseUrl, documents);
            await files.GetAsync(code, doc.Html, page, ct);
        }
    }
}
