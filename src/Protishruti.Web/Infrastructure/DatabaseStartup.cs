using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;
using Protishruti.Web.Demo;

namespace Protishruti.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations (EF Core takes a database lock, so several instances starting at once is safe),
    /// seeds the fixed-date holidays, and loads the demo when asked.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool loadDemo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await Features.Search.ServiceSearchIndex.EnsureBuiltAsync(db);
        await SeedFixedHolidaysAsync(db);
        // Delivered applications recorded before the performance facts (ADR 0044) get their working days taken once.
        await Features.Delivery.DueDates.RestampDaysTakenAsync(db, await new Features.Calendar.WorkingCalendarSource(db).LoadAsync(), null, null, default);
        await Features.Monitoring.Plans.CitizenCharterPlans.SeedAsync(db);
        await Features.Monitoring.Plans.CitizenCharterPlans.SeedDeadlinesAsync(db);

        if (loadDemo && await DemoData.LoadAsync(scope.ServiceProvider))
        {
            var urls = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : app.Configuration["urls"] ?? "http://127.0.0.1:5080";
            Console.WriteLine($"""

                Protishruti demo data loaded. Log in at {urls}/account/login with password {DemoData.Password} as:
                {string.Join(Environment.NewLine, DemoData.Accounts.Select(a => $"  {a.UserName,-24} {a.Role}{(a.Office is null ? "" : " of " + a.Office)}"))}
                API key for {DemoApplications.KeyOffice}'s applications (POST /api/v1/offices/{DemoApplications.KeyOffice}/applications): {DemoApplications.Key}

                """);
        }
        else if (loadDemo)
        {
            Console.WriteLine($"Demo data already present. Demo logins (password {DemoData.Password}): {string.Join(", ", DemoData.Accounts.Select(a => a.UserName))}");
        }
    }

    /// <summary>Seeds the fixed-date general holidays of each year the domain knows, unless that year already has holidays.</summary>
    public static async Task SeedFixedHolidaysAsync(AppDbContext db)
    {
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            if (await db.Holidays.AnyAsync(h => h.Date >= start && h.Date <= end)) continue;
            db.Holidays.AddRange(FixedHolidays.For(year));
        }
        await db.SaveChangesAsync();
    }
}
