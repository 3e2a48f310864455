using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Protishruti.Web.Documents.Chromium;

/// <summary>
/// PDFs by one warm headless Chromium (ADR 0013): started on first use, at most <c>PdfConcurrency</c> tabs at once,
/// a new browser after a crash. Each document is loaded from a private origin whose requests are answered from
/// wwwroot, so /css, /fonts and /img resolve and nothing reaches the network.
/// </summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    /// <summary>The private origin documents are loaded from. ".invalid" can never resolve (RFC 2606).</summary>
    internal const string Origin = "http://document.invalid";

    private readonly DocumentsOptions _options;
    private readonly IFileProvider _webRoot;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly SemaphoreSlim _tabs;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly ConcurrentDictionary<string, (byte[] Body, string Type)?> _assets = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private ChromiumBrowser? _browser;
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
                catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or CdpException && !browser.IsAlive)
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
    /// private origin often another, so each document would pay for two process starts. The tab's subscription reads
    /// the document and load signal of whatever it is rendering now.
    /// </summary>
    private sealed class Tab(ChromiumBrowser browser, string targetId, string sessionId)
    {
        public ChromiumBrowser Browser { get; } = browser;
        public string TargetId { get; } = targetId;
        public string SessionId { get; } = sessionId;
        public byte[] Document { get; set; } = [];
        public CancellationToken Token { get; set; }
        public TaskCompletionSource Loaded { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly ConcurrentQueue<Tab> _idle = new();
    private long _documents;

    private async Task<Tab> TabAsync(ChromiumBrowser browser, CancellationToken token)
    {
        while (_idle.TryDequeue(out var idle))
            if (idle.Browser == browser && browser.IsAlive) return idle; // tabs of a dead browser are simply dropped
        var cdp = browser.Connection;
        var targetId = (await cdp.SendAsync("Target.createTarget", new { url = "about:blank" }, ct: token)).GetProperty("targetId").GetString()!;
        var session = (await cdp.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, ct: token)).GetProperty("sessionId").GetString()!;
        var tab = new Tab(browser, targetId, session);
        cdp.Subscribe(session, (method, p) =>
        {
            if (method == "Page.loadEventFired") tab.Loaded.TrySetResult();
            else if (method == "Fetch.requestPaused") _ = AnswerAsync(cdp, session, p, tab.Document, tab.Token);
        });
        await cdp.SendAsync("Fetch.enable", new { patterns = new[] { new { urlPattern = "*" } } }, session, token);
        await cdp.SendAsync("Page.enable", null, session, token);
        return tab;
    }

    private async Task<byte[]> RenderInAsync(ChromiumBrowser browser, string html, PdfPageSetup page, CancellationToken ct)
    {
        var limit = TimeSpan.FromSeconds(Math.Max(1, _options.PdfTimeoutSeconds));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        var cdp = browser.Connection;
        var token = timeout.Token;
        Tab? tab = null;
        var reusable = false;
        try
        {
            tab = await TabAsync(browser, token);
            tab.Document = Encoding.UTF8.GetBytes(WithPageSize(html, page));
            tab.Token = token;
            tab.Loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // A new query each time: the document is never taken from a cache, whatever the tab loaded before.
            await cdp.SendAsync("Page.navigate", new { url = $"{Origin}/?document={Interlocked.Increment(ref _documents)}" }, tab.SessionId, token);
            // A browser killed now would leave the load event unanswered: watch the socket too.
            if (await Task.WhenAny(tab.Loaded.Task, cdp.Closed).WaitAsync(token) != tab.Loaded.Task)
                throw new System.Net.WebSockets.WebSocketException("Chromium exited while loading the document.");
            // Fonts load lazily; printing before they are ready would embed a fallback face or none.
            await cdp.SendAsync("Runtime.evaluate", new { expression = "document.fonts.ready.then(() => true)", awaitPromise = true }, tab.SessionId, token);
            var (width, height) = page.Millimetres;
            var pdf = await cdp.SendAsync("Page.printToPDF", new
            {
                printBackground = true,
                preferCSSPageSize = true,
                paperWidth = width / 25.4,
                paperHeight = height / 25.4,
                landscape = false,
                generateTaggedPDF = false,
                transferMode = "ReturnAsBase64",
            }, tab.SessionId, token);
            var bytes = Convert.FromBase64String(pdf.GetProperty("data").GetString()!);
            reusable = true;
            return bytes;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            _logger.LogWarning("A PDF took longer than {Seconds} s; its tab is closed", limit.TotalSeconds);
            throw new PdfTimeoutException(limit);
        }
        finally
        {
            if (tab is not null)
            {
                tab.Document = [];
                if (reusable && browser.IsAlive) _idle.Enqueue(tab);
                else await CloseAsync(tab);
            }
        }
    }

    /// <summary>A tab that failed or timed out is closed, not reused: its page may still be busy.</summary>
    private async Task CloseAsync(Tab tab)
    {
        tab.Browser.Connection.Unsubscribe(tab.SessionId);
        if (!tab.Browser.IsAlive) return;
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await tab.Browser.Connection.SendAsync("Target.closeTarget", new { targetId = tab.TargetId }, ct: quick.Token);
        }
        catch (Exception e) when (e is CdpException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
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

    private async Task AnswerAsync(CdpConnection cdp, string session, JsonElement paused, byte[] document, CancellationToken ct)
    {
        var requestId = paused.GetProperty("requestId").GetString()!;
        var url = paused.GetProperty("request").GetProperty("url").GetString()!;
        try
        {
            var answer = Resolve(url, document);
            if (answer is { } found)
            {
                await cdp.SendAsync("Fetch.fulfillRequest", new
                {
                    requestId,
                    responseCode = 200,
                    responseHeaders = new[] { new { name = "Content-Type", value = found.Type } },
                    body = Convert.ToBase64String(found.Body),
                }, session, ct);
            }
            else
            {
                // Anything not in wwwroot fails: a document never reaches the network.
                if (!url.StartsWith(Origin, StringComparison.Ordinal)) _logger.LogWarning("A PDF asked for {Url}; blocked", url);
                await cdp.SendAsync("Fetch.failRequest", new { requestId, errorReason = "BlockedByClient" }, session, ct);
            }
        }
        catch (Exception e) when (e is CdpException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
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
