using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Monitoring;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Data;

/// <summary>The seeded plans are there on both databases, and a report with its entries and history comes back as saved.</summary>
public abstract class MonitoringPersistenceTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task The_2023_24_and_2024_25_charter_plans_are_seeded_with_25_marks_for_every_kind_of_office()
    {
        var plans = await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().Include(p => p.Indicators)
            .Where(p => p.Kind == PlanKind.CitizenCharter).OrderBy(p => p.FiscalYearStart).ToListAsync());
        plans.Select(p => p.FiscalYearStart).ShouldBe([2023, 2024]);
        foreach (var p in plans)
        {
            p.TotalMarks(hasSubordinates: true).ShouldBe(25);
            p.TotalMarks(hasSubordinates: false).ShouldBe(p.FiscalYearStart == 2023 ? 25 : 25);
        }
        var y2024 = plans[1];
        y2024.For(hasSubordinates: true).Select(i => i.Code).ShouldContain("1.3.1");
        y2024.For(hasSubordinates: false).Select(i => i.Code).ShouldNotContain("1.3.1");
        y2024.For(hasSubordinates: false).Select(i => i.Code).ShouldContain("1.3.2");
        y2024.Indicators.Single(i => i.Code == "1.1.1").Assumed.ShouldBeFalse();
        y2024.Indicators.Single(i => i.Code == "2.1.1").Assumed.ShouldBeTrue();
    }

    [Fact]
    public async Task A_submitted_returned_report_keeps_its_entries_steps_and_comments()
    {
        var office = await Features.Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var id = await App.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter);
            var report = new ProgressReport(office.Id, plan, ReportPeriod.Q1, new DateOnly(2024, 10, 15));
            var applicable = plan.For(hasSubordinates: false).ToList();
            foreach (var i in applicable)
            {
                if (i.IsComputed) report.Compute(i, i.Unit == IndicatorUnit.Percent ? 75 : 1, "/offices/x/documents/1", "অফিস আদেশ");
                else
                {
                    report.Enter(i, 1, null, "ছবি সংযুক্ত");
                    report.AttachEvidence(i, "files/ab/cd", "photo.jpg", "image/jpeg");
                }
            }
            report.Submit(applicable, new DateTimeOffset(2024, 10, 16, 4, 0, 0, TimeSpan.Zero), "editor", null, "{\"rows\":1}");
            report.Return(new DateTimeOffset(2024, 10, 17, 4, 0, 0, TimeSpan.Zero), "head", null, "প্রমাণক অস্পষ্ট",
                [new IndicatorComment(applicable.First(i => !i.IsComputed).Id, "ছবির তারিখ নেই")]);
            db.ProgressReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

        // Steps in the order they were taken: without an ORDER BY their order is the query plan's, and PostgreSQL's has given them reversed.
        var saved = await App.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Entries).Include(r => r.Steps.OrderBy(s => s.Id)).SingleAsync(r => r.Id == id));
        saved.State.ShouldBe(ReportState.Returned);
        saved.SubmittedLate.ShouldBeTrue();
        saved.FirstSubmittedAt!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        saved.Entries.Count.ShouldBe(6);
        saved.Entries.Single(e => e.EvidenceName == "photo.jpg").Remarks.ShouldBe("ছবি সংযুক্ত");
        saved.Entries.Where(e => e.Computed).ShouldContain(e => e.Achieved == 75m);
        saved.Steps.Select(s => s.Kind).ShouldBe([ReportStepKind.Submitted, ReportStepKind.Returned]);
        saved.Steps[1].IndicatorComments.Single().Comment.ShouldBe("ছবির তারিখ নেই");
        saved.Steps[0].SnapshotJson.ShouldBe("{\"rows\":1}");
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(ProgressReport) && a.EntityId == id.ToString()))).ShouldBeGreaterThan(0);
    }
}

public sealed class MonitoringPersistenceTests_Sqlite(SqliteApp app) : MonitoringPersistenceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MonitoringPersistenceTests_Postgres(PostgresApp app) : MonitoringPersistenceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
