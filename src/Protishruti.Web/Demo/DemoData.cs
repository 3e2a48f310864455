using Protishruti.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Protishruti.Web.Demo;

/// <summary>
/// Fictional people in a realistic structure, loaded with `--demo` (and by the tests) from the data files of
/// Demo/, which the build copies to `demo/` beside the app: nothing of it is read unless the demo is loaded.
/// Loading twice changes nothing: it runs only when the `cabinet` office is absent.
/// </summary>
public static class DemoData
{
    public const string Password = "Protishruti-demo-1";

    private static readonly Lazy<IReadOnlyList<DemoAccount>> LoadedAccounts = new(() => DemoFiles.Read<List<DemoAccount>>("accounts.json"));

    /// <summary>The demo's logins (accounts.json), all with <see cref="Password"/>.</summary>
    public static IReadOnlyList<DemoAccount> Accounts => LoadedAccounts.Value;

    public static async Task<bool> LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Offices.AnyAsync(o => o.Code == "cabinet", ct)) return false;
        var clock = System.Diagnostics.Stopwatch.StartNew(); // the demo loads at every test app's start: keep it fast
        var cpuFrom = Environment.CpuUsage.TotalTime; // wall time swings with the machine's load; processor time less

        var loader = new DemoLoader(services, ct);
        await loader.OfficesAsync();
        await loader.AccountsAsync();
        await loader.ChartersAsync();
        await DemoApplications.KeysAsync(db, services.GetRequiredService<TimeProvider>(), ct);
        await loader.MemoFilesAsync();
        await loader.CommitteesAsync();
        var meetingsFrom = clock.ElapsedMilliseconds;
        var cpu = Environment.CpuUsage.TotalTime;
        await loader.MeetingsAsync();
        cpu = Environment.CpuUsage.TotalTime - cpu;
        var monitoringFrom = clock.ElapsedMilliseconds;
        await loader.MonitoringAsync();
        var monitoring = clock.ElapsedMilliseconds - monitoringFrom;
        await DemoGrievances.GenerateAsync(db, services.GetRequiredService<TimeProvider>(), ct);
        await DemoApplications.GenerateAsync(db, services.GetRequiredService<TimeProvider>(), ct); // last: it clears the tracker
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData));
        if (log.IsEnabled(LogLevel.Information))
            log.LogInformation("Demo data loaded in {Elapsed} ms, {Cpu} ms of processor time (meetings {Meetings} ms, {MeetingsCpu} ms; progress reports {Monitoring} ms)",
                clock.ElapsedMilliseconds, (int)(Environment.CpuUsage.TotalTime - cpuFrom).TotalMilliseconds, monitoringFrom - meetingsFrom, (int)cpu.TotalMilliseconds, monitoring);
        return true;
    }
}

/// <summary>The demo's memo files, as tests name them.</summary>
public static class DemoMemoFiles
{
    /// <summary>dc-natore's real file from its 2022 minutes (memo-files.json opens it at serial ৭৬৯, after the paper register).</summary>
    public const string DcNatoreFile = "05.43.6900.006.32.001.21";
}
