using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>The GRS action plan's indicator "complaints resolved in time" is filled from the office's complaint statistics (issue 19).</summary>
public abstract class ResolvedInTimeIndicatorTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task The_quarterly_report_fills_in_the_resolved_in_time_indicator_from_the_complaint_statistics()
    {
        var today = BangladeshTime.DateOf(DateTimeOffset.UtcNow);
        var quarter = FiscalQuarter.Of(today);
        var year = quarter.FiscalYear;
        // The demo's Singra complaints of this quarter, plus one decided now: the rate cannot be empty.
        var (_, body) = await PostOpen311Async();
        var plan = await App.WithDbAsync(async db =>
        {
            var plan = new ActionPlan(year, PlanKind.Grievance, $"অভিযোগ পরীক্ষার কর্মপরিকল্পনা, {year.LabelBn}", $"Complaint test plan, {year.LabelEn}");
            plan.Add(new IndicatorDefinition("অভিযোগ", "Complaints", 10, "2.1", "নির্ধারিত সময়ে অভিযোগ নিষ্পত্তি", "Resolve complaints in time",
                "2.1.1", "নির্ধারিত সময়ে প্রতিকার করা অভিযোগ", "Complaints resolved in time", IndicatorUnit.Percent, 10, 90, [90, 90, 90, 90],
                "অভিযোগ নিষ্পত্তির পরিসংখ্যান", "Complaint statistics", Applicability.AllOffices, AchievementSource.GrievancesResolvedInTime, false));
            db.ActionPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan;
        });
        var indicator = plan.Indicators.Single().Id;
        var tracking = body[0].GetProperty("service_request_id").GetString()!;
        var g = await App.GrievanceAsync(tracking);
        var gro = await App.LoggedInAsync("gro.uno-singra");
        var handle = $"/offices/{GrievanceKit.Office}/grievances/{g.Id}";
        await TestApp.PostFormAsync(gro, handle + "?handler=Close", new() { ["Input.Outcome"] = "Resolved", ["Input.Decision"] = "সেবা দেওয়া হয়েছে।" }, handle);

        var editor = await App.LoggedInAsync("editor.uno-singra");
        var page = await editor.GetStringAsync($"/offices/{GrievanceKit.Office}/monitoring/{year.LabelEn}/q{quarter.Number}?plan=grs");
        var own = JsonDocument.Parse(await App.CreateClient().GetStringAsync(
            $"/api/v1/offices/{GrievanceKit.Office}/grievances/statistics?fy={year.LabelEn}&quarter={quarter.Number}")).RootElement.GetProperty("own");
        var rate = own.GetProperty("resolvedWithinDeadlineRate").GetDecimal();
        rate.ShouldBeGreaterThan(0);
        var officeId = await App.WithDbAsync(db => db.Offices.Where(o => o.Code == GrievanceKit.Office).Select(o => o.Id).SingleAsync());
        var report = await App.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Entries)
            .SingleAsync(r => r.ActionPlanId == plan.Id && r.OfficeId == officeId && r.Period == (ReportPeriod)quarter.Number));
        report.EntryFor(indicator)!.Achieved.ShouldBe(rate);
        page.ShouldContain($"href=\"/offices/{GrievanceKit.Office}/grievances/statistics?fy={year.LabelEn}&amp;quarter={quarter.Number}\"");
        page.ShouldContain($"দাখিল {BengaliDigits.ToBengali(own.GetProperty("received").GetInt32())}টি অভিযোগ");
    }

    private async Task<(HttpResponseMessage, JsonElement)> PostOpen311Async()
    {
        var response = await App.CreateClient().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jurisdiction_id"] = GrievanceKit.Office, ["service_code"] = "other", ["description"] = GrievanceKit.Text(),
        }));
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}

public sealed class ResolvedInTimeIndicatorTests_Sqlite(SqliteApp app) : ResolvedInTimeIndicatorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ResolvedInTimeIndicatorTests_Postgres(PostgresApp app) : ResolvedInTimeIndicatorTests<PostgresApp>(app), IClassFixture<PostgresApp>;
