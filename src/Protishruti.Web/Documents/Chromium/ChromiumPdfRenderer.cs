using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Protishruti.Web.Documents.Chromium;

/// <summary>
/// PDFs by one warm headless Chromium driven through PuppeteerSharp (ADR 0013): started on first use, at most
/// <c>PdfConcurrency</c> tabs at once, a new browser after a crash. Each document is loaded from a private origin whose
/// requests are answered from wwwroot, so /css, /fonts and /img resolve and nothing reaches the network.
/// </summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    /// <summary>The private origin documents are loaded from. ".invalid" can never resolve (RFC 2606).</summary>
    internal const string Origin = "http://document.invalid";

    /// <summary>Chromium's own default print margin (1 cm), in CSS pixels: what a document without @page margins gets.</summary>
    private const decimal DefaultMarginPx = 96m / 2.54m;

    private readonly DocumentsOptions _options;
    private readonly IFileProvider _webRoot;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly SemaphoreSlim _tabs;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly ConcurrentDictionary<string, (byte[] Body, string Type)?> _assets = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly ConcurrentQueue<Tab> _idle = new();
    private ChromiumBrowser? _browser;
    private long _documents;
    private int _rendering;
    private int _peak;
    private bool _disposed;

    public ChromiumPdfRenderer(IOptions<DocumentsOptions> options, IWebHostEnvironment env, ILogger<ChromiumPdfRenderer> logger)
    {
        _options = options.Value;
        _webRoot = env.WebRootFileProvider;
        _logger = logger;
        _tabs = new SemaphoreSlim(Math.Max(1, _options.PdfConcurrency));
    }

    /// <summary>The most documents ever rendered at once (tests check the pool bound).</summary>
    public int PeakConcurrency => Volatile.Read(ref _peak);

    /// <summary>The running browser's process id, or null before the first document (tests kill it).</summary>
    public int? BrowserProcessId => _browser is { IsAlive: true } b ? b.ProcessId : null;

    public async Task<byte[]> RenderAsync(string html, PdfPageSetup page, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _tabs.WaitAsync(ct);
        var now = Interlocked.Increment(ref _rendering);
        InterlockedMax(ref _peak, now);
        try
        {
            // A browser that dies mid-document is replaced and the document tried once more; twice means it keeps failing.
            for (var attempt = 1; ; attempt++)
            {
                var browser = await BrowserAsync(ct);
                try
                {
                    return await RenderInAsync(browser, html, page, ct);
                }
                // Whatever a dying browser's connection throws (target closed, socket gone, disposed): the cause is the crash.
                catch (Exception e) when (e is not OperationCanceledException and not TimeoutException && !browser.IsAlive)
                {
                    _logger.LogWarning(e, "Chromium {Pid} died while rendering a PDF (attempt {Attempt})", browser.ProcessId, attempt);
                    if (attempt >= 2) throw PdfUnavailableException.Because("Chromium keeps crashing", e);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _rendering);
            _tabs.Release();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    private async Task<ChromiumBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsAlive: true } alive) return alive;
        await _starting.WaitAsync(ct);
        try
        {
            if (_browser is { IsAlive: true } started) return started;
            if (_browser is { } dead)
            {
                _logger.LogWarning("Chromium {Pid} is gone; starting a new one", dead.ProcessId);
                _browser = null;
                await dead.DisposeAsync();
            }
            var executable = ChromiumBrowser.Locate(_options.Chromium)
                ?? throw PdfUnavailableException.Because($"Chromium not found ({_options.Chromium ?? "chromium on PATH, /usr/bin/chromium"}); install it with: sudo apt-get install chromium");
            _browser = await ChromiumBrowser.StartAsync(executable, _logger, ct);
            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>
    /// A tab kept open between documents: a new tab costs a renderer process, and a navigation from about:blank to the
    /// private origin often another, so each document would pay for two process starts. The tab's request handler
    /// answers with the document it is rendering now.
    /// </summary>
    private sealed class Tab(ChromiumBrowser browser, IPage page)
    {
        public ChromiumBrowser Browser { get; } = browser;
        public IPage Page { get; } = page;
        public byte[] Document { get; set; } = [];
        public int Closed;
    }

    /// <summary>One document's claim on a tab, so a document given up on (timeout, crash) closes the tab even when it arrives late.</summary>
    private sealed class Claim
    {
        public Tab? Tab;
        public int Abandoned;
    }

    private sealed class BrowserDiedException() : Exception("Chromium exited while rendering the document.");

    private async Task<Tab> TabAsync(ChromiumBrowser browser)
    {
        while (_idle.TryDequeue(out var idle))
            if (idle.Browser == browser && browser.IsAlive) return idle; // tabs of a dead browser are simply dropped
        var page = await browser.NewPageAsync();
        // Our own timeout (PdfTimeoutSeconds) bounds the whole document; Puppeteer's per-step ones would only race it.
        page.DefaultTimeout = 0;
        page.DefaultNavigationTimeout = 0;
        var tab = new Tab(browser, page);
        page.Request += (_, e) => _ = AnswerAsync(e.Request, tab);
        // Every request the tab makes waits for AnswerAsync: the document and wwwroot are served, the rest fails.
        await page.SetRequestInterceptionAsync(true);
        return tab;
    }

    private async Task<byte[]> RenderInAsync(ChromiumBrowser browser, string html, PdfPageSetup page, CancellationToken ct)
    {
        var limit = TimeSpan.FromSeconds(Math.Max(1, _options.PdfTimeoutSeconds));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        var claim = new Claim();
        var document = Encoding.UTF8.GetBytes(WithPageSize(html, page));
        var work = PrintAsync(browser, claim, document, page);
        var done = false;
        try
        {
            // A browser killed now would leave a navigation or print unanswered: watch the process too.
            if (await Task.WhenAny(work, browser.Died).WaitAsync(timeout.Token) != work)
                throw new BrowserDiedException();
            var bytes = await work;
            done = true;
            return bytes;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            _logger.LogWarning("A PDF took longer than {Seconds} s; its tab is closed", limit.TotalSeconds);
            throw new PdfTimeoutException(limit);
        }
        finally
        {
            if (done && claim.Tab is { } tab && browser.IsAlive)
            {
                tab.Document = [];
                _idle.Enqueue(tab);
            }
            else
            {
                await AbandonAsync(claim, work);
            }
        }
    }

    private async Task<byte[]> PrintAsync(ChromiumBrowser browser, Claim claim, byte[] document, PdfPageSetup page)
    {
        var tab = await TabAsync(browser);
        claim.Tab = tab;
        if (Volatile.Read(ref claim.Abandoned) == 1) throw new OperationCanceledException();
        tab.Document = document;
        // A new query each time: the document is never taken from a cache, whatever the tab loaded before.
        await tab.Page.GoToAsync($"{Origin}/?document={Interlocked.Increment(ref _documents)}",
            new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 0 });
        var (width, height) = page.Millimetres;
        return await tab.Page.PdfDataAsync(new PdfOptions
        {
            // Fonts load lazily; printing before document.fonts.ready would embed a fallback face or none.
            WaitForFonts = true,
            PrintBackground = true,
            PreferCSSPageSize = true,
            Width = (decimal)width * 96m / 25.4m,
            Height = (decimal)height * 96m / 25.4m,
            Landscape = false,
            MarginOptions = new MarginOptions { Top = DefaultMarginPx, Right = DefaultMarginPx, Bottom = DefaultMarginPx, Left = DefaultMarginPx },
            Tagged = false,
            Outline = false,
            Timeout = 0,
        });
    }

    /// <summary>
    /// A tab that failed or timed out is closed, not reused: its page may still be busy. Closing it also ends the
    /// work still waiting on it, whose failure nobody reads any more.
    /// </summary>
    private async Task AbandonAsync(Claim claim, Task work)
    {
        Volatile.Write(ref claim.Abandoned, 1);
        if (claim.Tab is { } tab) await CloseAsync(tab);
        _ = work.ContinueWith(async t =>
        {
            _ = t.Exception;
            if (claim.Tab is { } late) await CloseAsync(late);
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private async Task CloseAsync(Tab tab)
    {
        if (Interlocked.Exchange(ref tab.Closed, 1) == 1) return;
        tab.Document = [];
        if (!tab.Browser.IsAlive) return;
        try
        {
            await tab.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or IOException or ObjectDisposedException)
        {
            // The browser is closing or gone; nothing holds the tab any more.
        }
    }

    /// <summary>
    /// The page setup is authoritative: a last @page rule wins over the template's, so a template that forgot its
    /// size, or the print-ready page of another size, still prints on the sheet asked for.
    /// </summary>
    internal static string WithPageSize(string html, PdfPageSetup page)
    {
        var rule = $"<style>@page {{ size: {page.CssSize}; }}</style>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? html.Insert(head, rule) : rule + html;
    }

    private async Task AnswerAsync(IRequest request, Tab tab)
    {
        var url = request.Url;
        try
        {
            var answer = Resolve(url, tab.Document);
            if (answer is { } found)
            {
                await request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = found.Type, BodyData = found.Body });
            }
            else
            {
                // Anything not in wwwroot fails: a document never reaches the network.
                if (!url.StartsWith(Origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
                    _logger.LogWarning("A PDF asked for {Url}; blocked", url);
                await request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
            }
        }
        catch (Exception e) when (e is PuppeteerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The tab was closed (timeout, crash) while its request was answered: nothing is waiting for it.
        }
    }

    private (byte[] Body, string Type)? Resolve(string url, byte[] document)
    {
        if (!url.StartsWith(Origin + "/", StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath);
        if (path == "/") return (document, "text/html; charset=utf-8");
        return _assets.GetOrAdd(path, p =>
        {
            var file = _webRoot.GetFileInfo(p);
            if (!file.Exists || file.IsDirectory) return null;
            using var stream = file.CreateReadStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (copy.ToArray(), _types.TryGetContentType(p, out var type) ? type : "application/octet-stream");
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (_browser is { } b) await b.DisposeAsync();
        _starting.Dispose();
        _tabs.Dispose();
    }
}
