using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Features.Grievances;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>
/// The complaint statistics are read from kept facts (ADR 0045). After every kind of change — complaints received,
/// closed, rated, appealed, forwarded, changed and deleted by bulk SQL, an office moved, and days passing with nothing
/// written — the statistics of the country, a district and an upazila equal a fresh count from the complaints.
/// </summary>
public abstract class GrievanceFactsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly RedressLimits Limits = RedressLimits.Default;

    [Fact]
    public async Task The_kept_statistics_follow_every_kind_of_change_and_equal_a_fresh_count()
    {
        var random = new Random(45);
        var today = BangladeshTime.DateOf(DateTimeOffset.UtcNow);
        var year = FiscalYear.Of(today);
        var calendar = new WorkingDayCalendar(FixedHolidays.For(year.Start.Year).Concat(FixedHolidays.For(year.End.Year)));
        var (natore, singra, offices, top) = await App.WithDbAsync(async db =>
        {
            var natore = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == "dc-natore");
            var singra = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == "uno-singra");
            var under = $"{natore.Path}{natore.Id}/";
            var ids = await db.Offices.Where(o => o.Id == natore.Id || o.Path.StartsWith(under)).Select(o => o.Id).ToListAsync();
            var top = await db.Offices.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstAsync();
            return (natore, singra, ids, top);
        });
        Guid?[] services = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null];
        DateTimeOffset At(DateOnly d) => new(d.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);

        // 1. Complaints received across the district's offices on days of this fiscal year up to today.
        var span = today.DayNumber - year.Start.DayNumber;
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 160; i++)
            {
                var day = year.Start.AddDays(random.Next(span + 1));
                var service = services[random.Next(services.Length)];
                db.Grievances.Add(Grievance.Submit(TrackingNumber.New(), offices[random.Next(offices.Count)], service,
                    service is null ? "অন্যান্য" : $"সেবা {service.Value.ToString()[..4]}", null, GrievanceKit.Text(), null, null, At(day), calendar, Limits));
            }
            return await db.SaveChangesAsync();
        });
        await SameAsFreshCountAsync(today, year, top, natore, singra);

        // 2. Officers decide some (on time or late), citizens rate and appeal some, some are forwarded.
        await App.WithDbAsync(async db =>
        {
            var mine = await db.Grievances.Where(g => offices.Contains(g.OfficeId) && g.State != GrievanceState.Closed).ToListAsync();
            foreach (var g in mine)
            {
                var roll = random.Next(10);
                var on = g.SubmittedOn.AddDays(random.Next(1, 80));
                if (on > today) on = today;
                if (roll < 4) g.Close(roll == 0 ? GrievanceOutcome.Rejected : GrievanceOutcome.Resolved, "সিদ্ধান্ত ও কারণ লেখা হলো।", At(on));
                if (roll == 1) g.Rate(CitizenVerdict.NotResolved, At(on));
                if (roll == 2) g.Rate(CitizenVerdict.Satisfied, At(on));
                if (roll == 3 && g.MayAppeal(on)) g.Appeal("উত্তরে সন্তুষ্ট নই।", natore.Id, At(on), calendar, Limits);
                // Only a complaint still at the office is forwarded: the demo's, escalated by the clock as days pass, may be an appeal.
                if (roll == 5 && g.Level == RedressLevel.Office) g.Forward(offices.First(o => o != g.HandlingOfficeId), "সঠিক দপ্তরে পাঠানো হলো।", At(g.SubmittedOn.AddDays(1)), calendar, Limits);
            }
            return await db.SaveChangesAsync();
        });
        await SameAsFreshCountAsync(today, year, top, natore, singra);

        // 3. Bulk SQL: deadlines moved and complaints deleted behind the app's back.
        await App.WithDbAsync(db => db.Grievances.Where(g => offices.Contains(g.OfficeId) && g.Id % 3 == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.DueOn, g => g.DueOn.AddDays(-25))));
        await SameAsFreshCountAsync(today, year, top, natore, singra);
        await App.WithDbAsync(db => db.Grievances.Where(g => g.OfficeId == singra.Id && g.Id % 4 == 0).ExecuteDeleteAsync());
        await SameAsFreshCountAsync(today, year, top, natore, singra);

        // 4. Days pass with nothing written: open complaints become overdue; and a clock set back.
        await SameAsFreshCountAsync(today.AddDays(20), year, top, natore, singra);
        await SameAsFreshCountAsync(today.AddDays(45), year, top, natore, singra);
        await SameAsFreshCountAsync(today.AddDays(-10), year, top, natore, singra);

        // 5. An upazila office moved to another district: both districts' figures follow.
        var other = await App.WithDbAsync(db => db.Offices.AsNoTracking()
            .FirstAsync(o => o.Kind == OfficeKind.DistrictOffice && o.Id != natore.Id));
        var newPath = $"{other.Path}{other.Id}/";
        await App.WithDbAsync(db => db.Offices.Where(o => o.Id == singra.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, other.Id).SetProperty(o => o.Path, newPath)));
        await SameAsFreshCountAsync(today, year, top, natore, singra, other);
    }

    private async Task SameAsFreshCountAsync(DateOnly today, FiscalYear year, params Office[] roots)
    {
        foreach (var quarter in new int?[] { null, 1, 2, 3, 4 })
        {
            var period = new PerformancePeriod(year, quarter);
            foreach (var root in roots)
            {
                await using var scope = App.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == root.Id);
                var kept = await scope.ServiceProvider.GetRequiredService<GrievanceStatistics>().ForAsync(office, period, today);
                var fresh = await new LiveGrievanceStatistics(db).ForAsync(office, period, today);
                var where = $"{root.Code}, {period.Query}, as of {today:yyyy-MM-dd}";
                kept.Root.ShouldBe(fresh.Root, where);
                kept.Children.ShouldBe(fresh.Children, where);
                kept.Services.OrderBy(s => s.Key).ThenBy(s => s.NameBn, StringComparer.Ordinal)
                    .ShouldBe(fresh.Services.OrderBy(s => s.Key).ThenBy(s => s.NameBn, StringComparer.Ordinal), where);
            }
        }
    }
}

public sealed class GrievanceFactsTests_Sqlite(SqliteApp app) : GrievanceFactsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class GrievanceFactsTests_Postgres(PostgresApp app) : GrievanceFactsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
