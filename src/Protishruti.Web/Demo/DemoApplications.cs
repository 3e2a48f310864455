using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Demo;

/// <summary>
/// The demo's applications (applications.json) and its API key: with <c>--demo</c> (and in the tests), <see cref="Key"/>
/// records applications for uno-singra.
/// </summary>
public static class DemoApplications
{
    public const string Key = "Protishruti-demo-api-uno-singra";
    public const string KeyOffice = "uno-singra";

    public static async Task KeysAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == KeyOffice, ct);
        db.ApiKeys.Add(ApiKey.FromSecret(office.Id, "ডেমো ই-সেবা সিস্টেম (demo e-service system)", Key, time.GetUtcNow(), "demo"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A year of applications per office of the spec, each against the charter version in force on its day.</summary>
    public static async Task GenerateAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var spec = await DemoFiles.ReadAsync<ApplicationsSpec>("applications.json", ct);
        var today = time.TodayInBangladesh();
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        foreach (var code in spec.Offices)
        {
            var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == code, ct);
            var versions = await db.Charters.AsNoTracking().Where(c => c.OfficeId == office.Id).SelectMany(c => c.Versions)
                .Where(v => v.State == CharterVersionState.Published).Include(v => v.Services).OrderBy(v => v.PublishedOn).ToListAsync(ct);
            if (versions.Count == 0) continue;
            var random = new Random(code.Aggregate(17, (h, c) => h * 31 + c)); // the same year every time for the same office
            var from = new[] { versions[0].PublishedOn!.Value.AddDays(1), today.AddDays(-spec.Days) }.Max();
            var serial = 0;
            var batch = new List<Application>();
            for (var day = from; day <= today; day = day.AddDays(1))
            {
                if (!calendar.IsWorkingDay(day)) continue;
                var version = versions.Last(v => v.PublishedOn <= day);
                var services = version.ServicesInPrintedOrder().Where(s => s.Category == ServiceCategory.Citizen).ToList();
                if (services.Count == 0) continue;
                var weights = services.Select((_, i) => 1 / Math.Pow(i + 1, spec.Skew)).ToArray();
                var count = random.Next(spec.MinPerDay, spec.MaxPerDay + 1);
                for (var n = 0; n < count; n++)
                {
                    var service = services[Pick(random, weights)];
                    var channel = (ApplicationChannel)(1 + Pick(random, [5, 3, 1, 2]));
                    var a = new Application(office.Id, service, $"{day.Year}/{++serial:D5}", day, channel, today, TrackingNumber.New(), calendar);
                    Close(a, random, spec, today, calendar);
                    batch.Add(a);
                }
            }
            db.Applications.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static void Close(Application a, Random random, ApplicationsSpec spec, DateOnly today, Domain.Calendar.WorkingDayCalendar calendar)
    {
        var roll = random.NextDouble();
        if (a.DueOn is not { } due)
        {
            // Not measurable: delivered after a few working days, or still open when recent.
            var on = calendar.AddWorkingDays(a.ReceivedOn, random.Next(1, 15));
            if (on <= today) a.Close(ApplicationOutcome.Delivered, on, null, today);
            return;
        }
        if (due >= today)
        {
            if (roll < spec.DeliveredEarly)
            {
                var on = calendar.AddWorkingDays(a.ReceivedOn, Math.Max(0, calendar.WorkingDaysBetween(a.ReceivedOn, due) / 2));
                if (on <= today) a.Close(ApplicationOutcome.Delivered, on, null, today);
            }
            return;
        }
        if ((roll -= spec.OpenOverdue) < 0) return;
        if ((roll -= spec.Rejected) < 0)
        {
            var reason = spec.RejectionReasons.Count > 0 ? spec.RejectionReasons[random.Next(spec.RejectionReasons.Count)] : "অসম্পূর্ণ আবেদন";
            a.Close(ApplicationOutcome.Rejected, Min(calendar.AddWorkingDays(a.ReceivedOn, 2), today), reason, today);
            return;
        }
        if ((roll -= spec.Withdrawn) < 0)
        {
            a.Close(ApplicationOutcome.Withdrawn, Min(calendar.AddWorkingDays(a.ReceivedOn, 1), today), null, today);
            return;
        }
        if ((roll -= spec.Late) < 0)
        {
            a.Close(ApplicationOutcome.Delivered, Min(calendar.AddWorkingDays(due, random.Next(1, 20)), today), null, today);
            return;
        }
        // On time: anywhere from the first working day to the due date, most near the end.
        var span = calendar.WorkingDaysBetween(a.ReceivedOn, due);
        var taken = span == 0 ? 0 : Math.Max(1, (int)Math.Round(span * Math.Sqrt(random.NextDouble())));
        a.Close(ApplicationOutcome.Delivered, calendar.AddWorkingDays(a.ReceivedOn, taken), null, today);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
            if ((x -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }
}
