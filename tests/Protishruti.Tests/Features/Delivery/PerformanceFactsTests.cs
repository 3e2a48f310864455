using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Delivery;
using Protishruti.Web.Features.Delivery.Performance;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>
/// The performance facts (ADR 0044) stay equal to a recount from the applications after every kind of write: the
/// recorder (register, paste, upload and API share it) creating and closing, a correction on the application's page,
/// a bulk update and delete, a holiday change (due dates and days taken recomputed) and an office moved to another
/// parent — over random applications, on both databases; and the figures read from them equal a recount.
/// </summary>
public abstract class PerformanceFactsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private sealed record Key(int OfficeId, Guid ServiceKey, DateOnly QuarterStart, FactKind Kind, int Bin);

    private static DateOnly QuarterStart(DateOnly d) => new(d.Year, (d.Month - 1) / 3 * 3 + 1, 1);

    /// <summary>What the facts must hold, counted one application at a time in memory (the oracle).</summary>
    private static async Task<(Dictionary<Key, int[]> Own, Dictionary<Key, int[]> Subtree)> RecountAsync(AppDbContext db)
    {
        var calendar = await new WorkingCalendarSource(db).LoadAsync();
        var apps = await db.Applications.AsNoTracking().ToListAsync();
        var paths = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Path);
        var own = new Dictionary<Key, int[]>();
        var subtree = new Dictionary<Key, int[]>();
        void Add(Key k, int count, int onTime, int late, int rejected)
        {
            foreach (var (map, key) in new[] { (own, k) }.Concat(
                         (paths[k.OfficeId] + k.OfficeId).Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)
                         .Select(a => (subtree, k with { OfficeId = a, ServiceKey = Guid.Empty }))))
            {
                var v = map.TryGetValue(key, out var x) ? x : map[key] = new int[4];
                v[0] += count; v[1] += onTime; v[2] += late; v[3] += rejected;
            }
        }
        foreach (var a in apps)
        {
            var q = QuarterStart(a.ReceivedOn);
            var delivered = a.Outcome == ApplicationOutcome.Delivered && a.DueOn is not null;
            Add(new Key(a.OfficeId, a.ServiceKey, q, FactKind.Counts, 0), 1,
                delivered && a.ClosedOn <= a.DueOn ? 1 : 0, delivered && a.ClosedOn > a.DueOn ? 1 : 0, a.Outcome == ApplicationOutcome.Rejected ? 1 : 0);
            if (delivered)
                Add(new Key(a.OfficeId, a.ServiceKey, q, FactKind.DaysTaken, calendar.WorkingDaysBetween(a.ReceivedOn, a.ClosedOn!.Value)), 1, 0, 0, 0);
            if (a.Outcome is null && a.DueOn is { } due)
                Add(new Key(a.OfficeId, a.ServiceKey, q, FactKind.OpenDue, ApplicationFactBase.DayNumber(due)), 1, 0, 0, 0);
        }
        return (own, subtree);
    }

    private static string Show(Dictionary<Key, int[]> facts) => string.Join("\n", facts.Where(f => f.Value.Any(v => v != 0))
        .OrderBy(f => f.Key.OfficeId).ThenBy(f => f.Key.ServiceKey).ThenBy(f => f.Key.QuarterStart).ThenBy(f => f.Key.Kind).ThenBy(f => f.Key.Bin)
        .Select(f => $"{f.Key} = {string.Join(",", f.Value)}"));

    private async Task FactsMatchAsync(string step)
    {
        var (expectedOwn, expectedSubtree, own, subtree) = await App.WithDbAsync(async db =>
        {
            var (o, s) = await RecountAsync(db);
            var actualOwn = await db.Set<ApplicationFact>().AsNoTracking().ToDictionaryAsync(
                f => new Key(f.OfficeId, f.ServiceKey, f.QuarterStart, f.Kind, f.Bin), f => new[] { f.Count, f.OnTime, f.Late, f.Rejected });
            var actualSubtree = await db.Set<ApplicationSubtreeFact>().AsNoTracking().ToDictionaryAsync(
                f => new Key(f.OfficeId, Guid.Empty, f.QuarterStart, f.Kind, f.Bin), f => new[] { f.Count, f.OnTime, f.Late, f.Rejected });
            return (o, s, actualOwn, actualSubtree);
        });
        Show(own).ShouldBe(Show(expectedOwn), $"own facts after {step}");
        Show(subtree).ShouldBe(Show(expectedSubtree), $"subtree facts after {step}");
    }

    private async Task<List<ItemResult>> RecordAsync(int officeId, IReadOnlyList<ApplicationItem> items)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationRecorder>().RecordAsync(officeId, items, allOrNothing: false, default);
    }

    [Fact]
    public async Task The_facts_equal_a_recount_from_the_applications_after_every_kind_of_write()
    {
        var random = new Random(18);
        var today = Today;
        var offices = await App.WithDbAsync(async db =>
        {
            var natore = await db.Offices.Where(o => o.Code.StartsWith("uno-") && o.Parent!.Code == "dc-natore").Select(o => o.Id).ToListAsync();
            var result = new List<(int Office, List<Guid> Services)>();
            foreach (var id in natore)
            {
                var version = await db.Charters.Where(c => c.OfficeId == id).SelectMany(c => c.Versions)
                    .Where(v => v.State == CharterVersionState.Published).OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
                result.Add((id, await db.Set<CharterService>().Where(s => s.CharterVersionId == version).Select(s => s.Key).ToListAsync()));
            }
            return result;
        });
        await FactsMatchAsync("the demo load");

        // 1. The recorder: random applications, open and closed in every way, over the last ten months.
        var run = Guid.NewGuid().ToString("N")[..6];
        var references = new List<(int Office, string Reference, ApplicationItem Item)>();
        foreach (var (office, services) in offices.Take(4))
        {
            var items = Enumerable.Range(0, 120).Select(i =>
            {
                var received = today.AddDays(-random.Next(0, 300));
                var closed = received.AddDays(random.Next(0, 60));
                var outcome = closed > today ? null : random.Next(6) switch { 0 => null, 1 => "rejected", 2 => "withdrawn", 3 => "transferred", _ => "delivered" };
                return new ApplicationItem(services[random.Next(services.Count)].ToString(), $"F-{run}-{office}-{i}", Iso(received), "counter",
                    outcome is null ? null : Iso(closed), outcome, outcome == "rejected" ? "কাগজ অসম্পূর্ণ" : null);
            }).ToList();
            (await RecordAsync(office, items)).Count(r => r.Kind == ItemResultKind.Created).ShouldBeGreaterThan(100);
            references.AddRange(items.Select(i => (office, i.Reference!, i)));
        }
        await FactsMatchAsync("recording");

        // 2. The recorder closing open applications (an e-service system re-sends with the delivery).
        foreach (var group in references.Where(r => r.Item.Outcome is null).Take(40).GroupBy(r => r.Office))
            (await RecordAsync(group.Key, group.Select(r => r.Item with { Outcome = "delivered", DeliveredOn = Iso(today) }).ToList()))
                .ShouldAllBe(r => r.Kind == ItemResultKind.Closed);
        await FactsMatchAsync("closing through the recorder");

        // 3. Corrections as the application's page makes them: received date, outcome, service.
        await App.WithDbAsync(async db =>
        {
            var calendar = await new WorkingCalendarSource(db).LoadAsync();
            var mine = references.Select(r => r.Reference).Take(60).ToList();
            foreach (var a in await db.Applications.Where(a => mine.Contains(a.Reference)).ToListAsync())
            {
                a.Close(null, null, null, today);
                a.SetReceived(a.ReceivedOn.AddDays(-random.Next(1, 40)), today, calendar);
                if (random.Next(2) == 0) a.Close(ApplicationOutcome.Delivered, today.AddDays(-random.Next(0, 5)), null, today);
            }
            return await db.SaveChangesAsync();
        });
        await FactsMatchAsync("corrections");

        // 4. Bulk statements that go around the entities.
        await App.WithDbAsync(async db =>
        {
            var some = references.Select(r => r.Reference).Skip(100).Take(30).ToList();
            await db.Applications.Where(a => some.Contains(a.Reference)).ExecuteDeleteAsync();
            var others = references.Select(r => r.Reference).Skip(200).Take(30).ToList();
            return await db.Applications.Where(a => others.Contains(a.Reference) && a.Outcome == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, ApplicationOutcome.Withdrawn).SetProperty(a => a.ClosedOn, today));
        });
        await FactsMatchAsync("a bulk delete and update");

        // 5. A holiday declared in the past and one ahead: due dates of open applications and days taken of delivered ones move.
        var past = today.AddDays(-20);
        var ahead = today.AddDays(5);
        var moved = await App.WithDbAsync(async db =>
        {
            foreach (var d in new[] { past, ahead }.Where(d => !db.Holidays.Any(h => h.Date == d)))
                db.Holidays.Add(new Holiday(d, HolidayKind.ExecutiveOrder, "নির্বাহী আদেশে ছুটি", "Holiday by executive order"));
            await db.SaveChangesAsync();
            return await DueDates.RecomputeOpenAsync(db, past, ahead, default);
        });
        moved.ShouldBeGreaterThan(0);
        await FactsMatchAsync("a holiday change");

        // 6. An office moved under another district and back: its applications leave and join the ancestors' subtree facts.
        var moving = offices[0].Office;
        await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == moving);
            var elsewhere = await db.Offices.FirstAsync(x => x.Code.StartsWith("dc-") && x.Code != "dc-natore");
            o.MoveUnder(elsewhere);
            return await db.SaveChangesAsync();
        });
        await FactsMatchAsync("an office moved");
        await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == moving);
            o.MoveUnder(await db.Offices.SingleAsync(x => x.Code == "dc-natore"));
            return await db.SaveChangesAsync();
        });
        await FactsMatchAsync("the office moved back");

        // The figures read from the facts equal those counted from the applications: the district over the year.
        await App.WithDbAsync(async db =>
        {
            var calendar = await new WorkingCalendarSource(db).LoadAsync();
            var district = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == "dc-natore");
            var year = FiscalYear.Of(today.AddMonths(-3));
            var report = await new PerformanceQueries(db).ForAsync(district, new PerformancePeriod(year, null), today);
            var ids = offices.Select(o => o.Office).ToList();
            var apps = await db.Applications.AsNoTracking()
                .Where(a => ids.Contains(a.OfficeId) && a.ReceivedOn >= year.Start && a.ReceivedOn <= year.End).ToListAsync();
            int N(ApplicationStatus s) => apps.Count(a => a.StatusOn(today) == s);
            var days = apps.Where(a => a.StatusOn(today) is ApplicationStatus.DeliveredOnTime or ApplicationStatus.DeliveredLate)
                .Select(a => calendar.WorkingDaysBetween(a.ReceivedOn, a.ClosedOn!.Value)).ToList();
            var t = report.Total;
            (t.Received, t.DeliveredOnTime, t.DeliveredLate, t.OpenWithinLimit, t.OpenOverdue, t.Rejected).ShouldBe(
                (apps.Count, N(ApplicationStatus.DeliveredOnTime), N(ApplicationStatus.DeliveredLate), N(ApplicationStatus.OpenWithinLimit),
                    N(ApplicationStatus.OpenOverdue), N(ApplicationStatus.Rejected)));
            t.MedianWorkingDays.ShouldBe(PerformanceQueries.Percentile(days, 50));
            t.P90WorkingDays.ShouldBe(PerformanceQueries.Percentile(days, 90));
            return 0;
        });
    }
}

public sealed class PerformanceFactsTests_Sqlite(SqliteApp app) : PerformanceFactsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PerformanceFactsTests_Postgres(PostgresApp app) : PerformanceFactsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
