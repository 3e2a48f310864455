using System.Text.Json;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Monitoring.Review;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Monitoring;

/// <summary>
/// The same deadlines everywhere (issue 16): a report the office never wrote is late by the same date on the
/// reporter's own page, in the parent's review queue and in the compliance data — also when the Cabinet Division moved
/// the deadline for the office's tier.
/// </summary>
public abstract class ReportDeadlineAgreementTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task A_report_never_written_is_late_by_the_configured_deadline_on_every_page_that_shows_it()
    {
        var moved = new DateOnly(2024, 10, 22);
        await App.WithDbAsync(async db =>
        {
            db.ReportingDeadlines.Add(new ReportingDeadline(ReviewKit.Year, ReportPeriod.Q1, OfficeKind.Other, moved));
            await db.SaveChangesAsync();
            return 0;
        });
        var parent = await Protishruti.Tests.Features.Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var child = await Protishruti.Tests.Features.Manage.ManageTestKit.NewOfficeAsync(App, parent.Code);
        var reporter = await App.LoggedInAsync(await ReviewKit.NewUserAsync(App, child, Protishruti.Domain.Access.OfficeRole.Editor));
        var reviewer = await App.LoggedInAsync(await ReviewKit.NewUserAsync(App, parent, Protishruti.Domain.Access.OfficeRole.Approver));
        var movedBn = OfficialDate.GregorianLine(moved).Replace(" খ্রিষ্টাব্দ", "", StringComparison.Ordinal);

        var own = await reporter.GetStringAsync($"/offices/{child.Code}/monitoring?fy=2024-25");
        own.ShouldContain(movedBn);
        own.ShouldContain(ComplianceStatus.Missing.Name(true));

        var queue = await reviewer.GetStringAsync(ReviewKit.QueueUrl(parent));
        queue.ShouldContain(child.NameBn);
        queue.ShouldContain(movedBn);

        using var api = JsonDocument.Parse(await reviewer.GetStringAsync($"/api/v1/offices/{parent.Code}/compliance?fy=2024-25&period=q1"));
        var childOwn = api.RootElement.GetProperty("children").EnumerateArray().Single().GetProperty("own");
        childOwn.GetProperty("dueOn").GetString().ShouldBe("2024-10-22");
        childOwn.GetProperty("status").GetString().ShouldBe("missing");
    }
}

public sealed class ReportDeadlineAgreementTests_Sqlite(SqliteApp app) : ReportDeadlineAgreementTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class ReportDeadlineAgreementTests_Postgres(PostgresApp app) : ReportDeadlineAgreementTests<PostgresApp>(app), IClassFixture<PostgresApp>;
