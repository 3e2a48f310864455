using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Protishruti.Web.Documents.Chromium;

/// <summary>One headless Chromium process and its DevTools connection. Dead once the process exits or the socket drops.</summary>
internal sealed partial class ChromiumBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private ChromiumBrowser(Process process, string profile, CdpConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    public CdpConnection Connection { get; }

    public int ProcessId => _process.Id;

    public bool IsAlive => Connection.IsOpen && !HasExited();

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
        var profile = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "protishruti-chromium-" + Guid.NewGuid().ToString("N"))).FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-sync",
            "--mute-audio", "--hide-scrollbars", "--font-render-hinting=none", "about:blank",
        ])
            start.ArgumentList.Add(arg);

        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        // Chromium writes to stderr for its whole life; the pipe is drained all along or it would block once full.
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            var m = DevToolsLine().Match(e.Data);
            if (m.Success) endpoint.TrySetResult(new Uri(m.Groups[1].Value));
            else if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("chromium: {Line}", e.Data);
        };
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => endpoint.TrySetException(new InvalidOperationException($"Chromium exited at start-up with code {SafeExitCode(process)}"));
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            TryDelete(profile);
            throw PdfUnavailableException.Because($"cannot run {executable}: {e.Message}", e);
        }
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        try
        {
            var uri = await endpoint.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
            var connection = await CdpConnection.ConnectAsync(uri, ct);
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("Chromium {Pid} started for PDFs ({Executable})", process.Id, executable);
            return new ChromiumBrowser(process, profile, connection);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.Net.WebSockets.WebSocketException)
        {
            Kill(process);
            process.Dispose();
            TryDelete(profile);
            throw PdfUnavailableException.Because($"{executable} did not start: {e.Message}", e);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    private static string SafeExitCode(Process p)
    {
        try
        {
            return p.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
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
            if (IsAlive)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Connection.SendAsync("Browser.close", ct: quick.Token);
            }
        }
        catch (Exception e) when (e is CdpException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // Killed below.
        }
        await Connection.DisposeAsync();
        try
        {
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
        }
        catch (OperationCanceledException)
        {
            // Killed below.
        }
        Kill(_process);
        _process.Dispose();
        TryDelete(_profile);
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
