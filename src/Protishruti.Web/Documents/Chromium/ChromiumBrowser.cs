using System.ComponentModel;
using System.Diagnostics;
using PuppeteerSharp;

namespace Protishruti.Web.Documents.Chromium;

/// <summary>One headless Chromium launched by PuppeteerSharp (ADR 0013). Dead once the process exits or the connection drops.</summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly Process _process;
    private readonly string _profile;
    private readonly TaskCompletionSource _died = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumBrowser(IBrowser browser, string profile)
    {
        _browser = browser;
        _process = browser.Process;
        _profile = profile;
        ProcessId = _process.Id;
        _browser.Disconnected += (_, _) => _died.TrySetResult();
        _process.Exited += (_, _) => _died.TrySetResult();
        if (HasExited() || !_browser.IsConnected) _died.TrySetResult();
    }

    public int ProcessId { get; }

    /// <summary>Completed when the browser crashed, was killed or was closed: whatever waits on a page then stops waiting.</summary>
    public Task Died => _died.Task;

    public bool IsAlive => !_died.Task.IsCompleted && _browser.IsConnected && !HasExited();

    private bool HasExited()
    {
        try
        {
            return _process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    public Task<IPage> NewPageAsync() => _browser.NewPageAsync();

    /// <summary>The Chromium to run: the setting, else <c>chromium</c> on PATH, else /usr/bin/chromium; null when none exists.</summary>
    public static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured) ? configured : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "chromium");
            if (File.Exists(candidate)) return candidate;
        }
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public static async Task<ChromiumBrowser> StartAsync(string executable, ILogger logger, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var profile = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "protishruti-chromium-" + Guid.NewGuid().ToString("N"))).FullName;
        var options = new LaunchOptions
        {
            // Debian's chromium, always: PuppeteerSharp never downloads a browser when it is given one.
            ExecutablePath = executable,
            Browser = SupportedBrowser.Chromium,
            Headless = true,
            // Puppeteer's defaults add automation flags, tagged-PDF export and feature switches; the browser gets
            // exactly the flags below and nothing else.
            IgnoreDefaultArgs = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-port=0",
                $"--user-data-dir=\"{profile}\"", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-sync",
                "--mute-audio", "--hide-scrollbars", "--font-render-hinting=none", "about:blank",
            ],
            // No device emulation: a page is laid out as the plain headless window would, only the print settings count.
            DefaultViewport = null,
            Timeout = 20_000,
        };
        IBrowser browser;
        try
        {
            browser = await Puppeteer.LaunchAsync(options);
        }
        catch (Exception e) when (e is PuppeteerException or Win32Exception or TimeoutException or IOException)
        {
            TryDelete(profile);
            throw PdfUnavailableException.Because($"{executable} did not start: {e.Message}", e);
        }

        // The launcher drains stderr for the process's life (a full pipe would block Chromium); its lines are only debug noise.
        browser.Process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("chromium: {Line}", e.Data);
        };
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Chromium {Pid} started for PDFs ({Executable})", browser.Process.Id, executable);
        return new ChromiumBrowser(browser, profile);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Exited meanwhile.
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A crashed renderer may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Browser.close, then the launcher waits for the process and kills it if it lingers.
            await _browser.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // Killed below.
        }
        Kill(_process);
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _process.WaitForExitAsync(quick.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            // Gone, or still going after a kill: nothing more can be done from here.
        }
        TryDelete(_profile);
    }
}
