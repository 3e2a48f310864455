using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Data.Demo;

/// <summary>
/// Fictional people in a realistic structure, loaded with `--demo` through the same CSV importer offices use.
/// Loading twice changes nothing: it runs only when the `cabinet` office is absent.
/// </summary>
public static class DemoData
{
    public const string Password = "Protishruti-demo-1";

    public static readonly (string UserName, string DisplayName, OfficeRole Role, string? Office)[] Accounts =
    [
        ("admin", "System administrator", OfficeRole.SystemAdmin, null),
        ("officeadmin.dc-natore", "Office admin, DC Natore", OfficeRole.OfficeAdmin, "dc-natore"),
        ("editor.dc-natore", "Focal point, DC Natore", OfficeRole.Editor, "dc-natore"),
        ("head.dc-natore", "Deputy Commissioner, Natore", OfficeRole.Approver, "dc-natore"),
        ("editor.uno-singra", "Focal point, UNO Singra", OfficeRole.Editor, "uno-singra"),
        ("head.uno-singra", "UNO, Singra", OfficeRole.Approver, "uno-singra"),
        ("monitor.mopa", "Monitor, Ministry of Public Administration", OfficeRole.Monitor, "mopa"),
        ("editor.dco-bandarban", "Focal point, DCO Bandarban", OfficeRole.Editor, "dco-bandarban"),
    ];

    public static async Task<bool> LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Offices.AnyAsync(o => o.Code == "cabinet", ct)) return false;
        var clock = System.Diagnostics.Stopwatch.StartNew(); // the demo loads at every test app's start: keep it fast
        var cpuFrom = Environment.CpuUsage.TotalTime; // wall time swings with the machine's load; processor time less

        var importer = services.GetRequiredService<OfficeCsvImporter>();
        foreach (var file in new[] { "offices.csv", "posts.csv" })
        {
            var report = await importer.ImportAsync(await ReadAsync(file), ct);
            if (!report.Succeeded)
                throw new InvalidOperationException($"Demo {file} failed to import: " + string.Join("; ", report.Errors.Select(e => $"line {e.Line}: {e.MessageEn}")));
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        foreach (var (userName, displayName, role, office) in Accounts)
        {
            var user = new AppUser { UserName = userName, DisplayName = displayName, Email = $"{userName}@demo.invalid" };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {userName}: {string.Join(", ", created.Errors.Select(e => e.Description))}");
            db.RoleGrants.Add(new RoleGrant(user.Id, role, office is null ? null : offices[office]));
        }
        await db.SaveChangesAsync(ct);
        await DemoCharters.LoadAsync(services, ct);
        await DemoMemoFiles.LoadAsync(services, ct);
        await DemoCommittees.LoadAsync(services, ct);
        var meetingsFrom = clock.ElapsedMilliseconds;
        var cpu = Environment.CpuUsage.TotalTime;
        await DemoMeetings.LoadAsync(services, ct);
        cpu = Environment.CpuUsage.TotalTime - cpu;
        var monitoringFrom = clock.ElapsedMilliseconds;
        await DemoMonitoring.LoadAsync(services, ct);
        var monitoring = clock.ElapsedMilliseconds - monitoringFrom;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData));
        if (log.IsEnabled(LogLevel.Information))
            log.LogInformation("Demo data loaded in {Elapsed} ms, {Cpu} ms of processor time (meetings {Meetings} ms, {MeetingsCpu} ms; progress reports {Monitoring} ms)",
                clock.ElapsedMilliseconds, (int)(Environment.CpuUsage.TotalTime - cpuFrom).TotalMilliseconds, monitoringFrom - meetingsFrom, (int)cpu.TotalMilliseconds, monitoring);
        return true;
    }

    private static async Task<string> ReadAsync(string file)
    {
        var stream = typeof(DemoData).Assembly.GetManifestResourceStream($"Protishruti.Web.Data.Demo.{file}")
            ?? throw new InvalidOperationException($"Embedded demo file {file} is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
