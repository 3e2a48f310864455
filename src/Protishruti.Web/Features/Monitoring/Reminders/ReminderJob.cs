using Microsoft.Extensions.Options;

namespace Protishruti.Web.Features.Monitoring.Reminders;

/// <summary>
/// Runs <see cref="ReminderScan"/> at start and then every <see cref="ReminderOptions.Interval"/> on the app's
/// <see cref="TimeProvider"/>, so a fake clock drives it in tests. It keeps no state: what was sent is in the
/// database, so a restart — or a second instance — sends nothing twice.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderJob> log) : BackgroundService
{
    private int _completed;

    /// <summary>How many scans have finished (failed ones included) since start: lets a test wait for a tick's scan.</summary>
    public int Completed => Volatile.Read(ref _completed);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval > TimeSpan.Zero ? options.Value.Interval : TimeSpan.FromHours(1);
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(stoppingToken);
                if (written > 0 && log.IsEnabled(LogLevel.Information))
                    log.LogInformation("Wrote {Count} reminders", written);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The reminder scan failed; it runs again in {Interval}", interval);
            }
            Interlocked.Increment(ref _completed);
        }
        while (await Next(timer, stoppingToken));
    }

    private static async Task<bool> Next(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
