using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Delivery.Performance;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>
/// Into the monitoring cycle (issue 18, ADR 0039): a progress-report indicator measured by the on-time rate is filled
/// in from the office's performance figures for the report's quarter, with the performance page as its evidence.
/// </summary>
public abstract class OnTimeIndicatorTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task The_quarterly_report_fills_in_the_on_time_indicator_from_the_offices_performance_figures()
    {
        var quarter = WorstServices.LastQuarter(Today);
        var year = quarter.FiscalYear;
        var plan = await App.WithDbAsync(async db =>
        {
            var plan = new ActionPlan(year, PlanKind.Grievance, $"পরীক্ষার কর্মপরিকল্পনা, {year.LabelBn}", $"Test plan, {year.LabelEn}");
            plan.Add(new IndicatorDefinition("সেবা", "Services", 10, "1.1", "প্রতিশ্রুত সময়ে সেবা প্রদান", "Deliver within the promise",
                "1.1.1", "নির্ধারিত সময়ে প্রদত্ত সেবা", "Services delivered on time", IndicatorUnit.Percent, 10, 90, [90, 90, 90, 90],
                "প্রতিশ্রুতি রক্ষার পরিসংখ্যান", "Promise figures", Applicability.AllOffices, AchievementSource.ServicesOnTime, false));
            db.ActionPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan;
        });
        var indicator = plan.Indicators.Single().Id;

        var editor = await App.LoggedInAsync("editor.uno-singra");
        var page = await editor.GetStringAsync($"/offices/{Office}/monitoring/{year.LabelEn}/q{quarter.Number}?plan=grs");
        var api = JsonDocument.Parse(await App.CreateClient().GetStringAsync($"/api/v1/offices/{Office}/performance?fy={year.LabelEn}&quarter={quarter.Number}"))
            .RootElement.GetProperty("own");
        var rate = api.GetProperty("onTimeRate").GetDecimal();
        rate.ShouldBeGreaterThan(0);

        var officeId = await App.WithDbAsync(db => db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync());
        var entry = await App.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Entries)
            .SingleAsync(r => r.ActionPlanId == plan.Id && r.OfficeId == officeId && r.Period == (ReportPeriod)quarter.Number));
        entry.EntryFor(indicator)!.Achieved.ShouldBe(rate);
        page.ShouldContain($"href=\"/offices/{Office}/performance?fy={year.LabelEn}&amp;quarter={quarter.Number}\"");
        page.ShouldContain(BengaliDigits.ToBengali(api.GetProperty("deliveredOnTime").GetInt32()) + "টি");
    }
}

public sealed class OnTimeIndicatorTests_Sqlite(SqliteApp app) : OnTimeIndicatorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class OnTimeIndicatorTests_Postgres(PostgresApp app) : OnTimeIndicatorTests<PostgresApp>(app), IClassFixture<PostgresApp>;
