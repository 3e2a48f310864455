using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Demo;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Monitoring.Reminders;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Tests.Features.Monitoring.Reminders;

/// <summary>
/// Reminders for the 2024-25 first-quarter report of a test office of our own (head and editor, no focal point) under a
/// parent of our own (a monitor): due soon, overdue, the parent's monitor told of the late subordinate, returned —
/// each written once and e-mailed once, whether the scan runs again, runs twice at once, or runs from the job on a clock.
/// </summary>
public abstract class ReminderTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly FiscalYear Year = new(2024);

    private sealed record World(Office Parent, Office Child, string Head, string Editor, string Monitor, DateOnly Due);

    private async Task<World> WorldAsync()
    {
        var u = ManageTestKit.Unique();
        var head = await UserAsync($"head-{u}");
        var editor = await UserAsync($"editor-{u}");
        var monitor = await UserAsync($"monitor-{u}");
        var parent = await App.NewOfficeAsync("dc-natore", (monitor, OfficeRole.Monitor));
        var child = await App.NewOfficeAsync(parent.Code, (head, OfficeRole.Approver), (editor, OfficeRole.Editor));
        var due = await App.WithDbAsync(async db =>
            ReportingCalendar.DueOn(Year, ReportPeriod.Q1, OfficeKind.Other, await db.ReportingDeadlines.AsNoTracking().ToListAsync()));
        return new World(parent, child, head, editor, monitor, due);
    }

    private async Task<string> UserAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.CreateAsync(new AppUser { UserName = name, DisplayName = name, Email = $"{name}@test.invalid" }, DemoData.Password)).Succeeded.ShouldBeTrue();
        return name;
    }

    /// <summary>10:00 in Bangladesh, <paramref name="days"/> from the deadline.</summary>
    private static DateTimeOffset Around(DateOnly due, int days) => new(due.AddDays(days).ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    private async Task<int> ScanAsync(DateTimeOffset at)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = new ManualClock(at);
        return await new ReminderScan(db, new Outbox(db, clock), clock, Options.Create(new ReminderOptions())).RunAsync();
    }

    private Task<List<(ReminderKind Kind, string User)>> RemindersAsync(Office office) =>
        App.WithDbAsync(async db => (await (from r in db.Reminders
                                            join u in db.Users on r.UserId equals u.Id
                                            where r.OfficeId == office.Id
                                            select new { r.Kind, u.UserName }).ToListAsync())
            .Select(r => (r.Kind, r.UserName!)).OrderBy(r => r.Kind).ThenBy(r => r.Item2).ToList());

    private Task<List<string>> MailsAsync(Office office) =>
        App.WithDbAsync(async db => (await db.Outbox.AsNoTracking().Where(m => m.OfficeId == office.Id && m.Source!.StartsWith("reminder"))
            .Select(m => m.ToAddress!).ToListAsync()).Order().ToList());

    [Fact]
    public async Task An_office_is_reminded_once_within_five_days_of_the_deadline_however_often_the_scan_runs()
    {
        var w = await WorldAsync();

        await ScanAsync(Around(w.Due, -6));
        (await RemindersAsync(w.Child)).ShouldBeEmpty();

        await ScanAsync(Around(w.Due, -4));
        await ScanAsync(Around(w.Due, -4).AddHours(1));
        await ScanAsync(Around(w.Due, -3));
        (await RemindersAsync(w.Child)).ShouldBe([(ReminderKind.DueSoon, w.Editor), (ReminderKind.DueSoon, w.Head)]);
        (await MailsAsync(w.Child)).ShouldBe([$"{w.Editor}@test.invalid", $"{w.Head}@test.invalid"]);
        var text = await App.WithDbAsync(db => db.Reminders.AsNoTracking().FirstAsync(r => r.OfficeId == w.Child.Id));
        text.Url.ShouldBe($"/offices/{w.Child.Code}/monitoring/2024-25/q1");
        text.TextBn.ShouldContain(GregorianNames.Format(w.Due, true));
        text.TextBn.ShouldContain("২০২৪-২৫");
        text.TextEn.ShouldContain("FY 2024-25");
    }

    /// <summary>FY 2023-24 has the seeded charter plan and, here, a grievance plan: an office late with both hears of each, once.</summary>
    [Fact]
    public async Task Every_plan_of_the_year_is_reminded_once_each_with_its_name_and_its_own_report_link()
    {
        var w = await WorldAsync();
        var year = new FiscalYear(2023);
        await App.WithDbAsync(async db =>
        {
            if (await db.ActionPlans.AnyAsync(p => p.FiscalYearStart == 2023 && p.Kind == PlanKind.Grievance)) return 0;
            var plan = new ActionPlan(year, PlanKind.Grievance, "অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা, ২০২৩-২৪", "GRS action plan, 2023-24");
            plan.Add(new IndicatorDefinition("প্রাতিষ্ঠানিক", "Institutional", 15, "1.1", "অভিযোগ নিষ্পত্তি", "Settle grievances",
                "1.1.1", "নিষ্পত্তিকৃত অভিযোগ", "Grievances settled", IndicatorUnit.Percent, 4, 90, [90, 90, 90, 90],
                "নিষ্পত্তি প্রতিবেদন", "Settlement report", Applicability.AllOffices, AchievementSource.Manual, false));
            db.ActionPlans.Add(plan);
            return await db.SaveChangesAsync();
        });
        var due = await App.WithDbAsync(async db => ReportingCalendar.DueOn(year, ReportPeriod.Q1, OfficeKind.Other, await db.ReportingDeadlines.AsNoTracking().ToListAsync()));

        await ScanAsync(Around(due, 1));
        await ScanAsync(Around(due, 1).AddHours(1));

        var reminders = await App.WithDbAsync(db => db.Reminders.AsNoTracking().Where(r => r.OfficeId == w.Child.Id).ToListAsync());
        reminders.Count(r => r.Kind == ReminderKind.Overdue).ShouldBe(4); // two plans × the head and the editor
        var grs = reminders.Where(r => r.Kind == ReminderKind.Overdue && r.Url.EndsWith("?plan=grs", StringComparison.Ordinal)).ToList();
        grs.Count.ShouldBe(2);
        grs.ShouldAllBe(r => r.Url == $"/offices/{w.Child.Code}/monitoring/2023-24/q1?plan=grs");
        grs.ShouldAllBe(r => r.TextBn.Contains(PlanKind.Grievance.Bn()) && r.TextEn.Contains(PlanKind.Grievance.En()));
        reminders.Where(r => r.Kind == ReminderKind.Overdue && !r.Url.Contains("plan=")).ShouldAllBe(r => !r.TextBn.Contains(PlanKind.Grievance.Bn()));
        reminders.Where(r => r.Kind == ReminderKind.SubordinateLate).Select(r => r.Url).Order()
            .ShouldBe([$"/offices/{w.Parent.Code}/compliance?fy=2023-24&quarter=1", $"/offices/{w.Parent.Code}/compliance?fy=2023-24&quarter=1&plan=grs"]);
    }

    [Fact]
    public async Task Two_scans_at_once_write_each_overdue_reminder_and_its_e_mail_once_and_the_parents_monitor_hears_of_the_late_office()
    {
        var w = await WorldAsync();
        var at = Around(w.Due, 1);

        await Task.WhenAll(ScanAsync(at), ScanAsync(at), ScanAsync(at));
        await ScanAsync(at.AddHours(1)); // and once more, as after a restart

        (await RemindersAsync(w.Child)).ShouldBe([(ReminderKind.Overdue, w.Editor), (ReminderKind.Overdue, w.Head), (ReminderKind.SubordinateLate, w.Monitor)]);
        (await MailsAsync(w.Child)).ShouldBe(new[] { w.Editor, w.Head, w.Monitor }.Select(n => $"{n}@test.invalid").Order().ToList());
        var late = await App.WithDbAsync(db => db.Reminders.AsNoTracking().SingleAsync(r => r.OfficeId == w.Child.Id && r.Kind == ReminderKind.SubordinateLate));
        late.Url.ShouldBe($"/offices/{w.Parent.Code}/compliance?fy=2024-25&quarter=1");
    }

    [Fact]
    public async Task The_job_on_a_clock_reminds_before_the_deadline_after_it_and_after_a_return_each_once()
    {
        var w = await WorldAsync();
        var clock = new ManualClock(Around(w.Due, -6));
        await using var host = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var job = host.Services.GetServices<IHostedService>().OfType<ReminderJob>().Single();
        await ScansAsync(job, 1);
        (await RemindersAsync(w.Child)).ShouldBeEmpty();

        await TickAsync(clock, job, Around(w.Due, -4));
        (await RemindersAsync(w.Child)).Count(r => r.Kind == ReminderKind.DueSoon).ShouldBe(2);
        await TickAsync(clock, job, Around(w.Due, -4).AddHours(1));
        (await RemindersAsync(w.Child)).Count.ShouldBe(2);
        (await MailsAsync(w.Child)).Count.ShouldBe(2);

        await TickAsync(clock, job, Around(w.Due, 1));
        await TickAsync(clock, job, Around(w.Due, 1).AddHours(1));
        var after = await RemindersAsync(w.Child);
        after.Count(r => r.Kind == ReminderKind.Overdue).ShouldBe(2);
        after.Where(r => r.Kind == ReminderKind.SubordinateLate).ShouldBe([(ReminderKind.SubordinateLate, w.Monitor)]);
        (await MailsAsync(w.Child)).Count.ShouldBe(5);

        await SubmitAndReturnAsync(w.Child, Around(w.Due, 2));
        await TickAsync(clock, job, Around(w.Due, 3));
        await TickAsync(clock, job, Around(w.Due, 3).AddHours(1));
        var returned = (await RemindersAsync(w.Child)).Where(r => r.Kind == ReminderKind.Returned).ToList();
        returned.ShouldBe([(ReminderKind.Returned, w.Editor), (ReminderKind.Returned, w.Head)]);
        (await MailsAsync(w.Child)).Count.ShouldBe(7);
    }

    private static async Task TickAsync(ManualClock clock, ReminderJob job, DateTimeOffset to)
    {
        var before = job.Completed;
        clock.SetTo(to);
        await ScansAsync(job, before + 1);
    }

    private static async Task ScansAsync(ReminderJob job, int count)
    {
        for (var i = 0; i < 600 && job.Completed < count; i++) await Task.Delay(50);
        job.Completed.ShouldBeGreaterThanOrEqualTo(count, "the job did not scan");
    }

    private Task<int> SubmitAndReturnAsync(Office office, DateTimeOffset at) =>
        App.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == Year.StartYear && p.Kind == PlanKind.CitizenCharter);
            var report = new ProgressReport(office.Id, plan, ReportPeriod.Q1, ReportingCalendar.DefaultDue(Year, ReportPeriod.Q1));
            var applicable = plan.For(hasSubordinates: false).ToList();
            foreach (var i in applicable)
            {
                if (i.IsComputed) report.Compute(i, 0, null, null);
                else if (i.Unit == IndicatorUnit.Date) report.Enter(i, null, new DateOnly(2024, 9, 1), null);
                else report.Enter(i, 0, null, null);
            }
            foreach (var i in applicable.Where(i => !i.IsComputed && i.Unit == IndicatorUnit.Date))
                report.AttachEvidence(i, "files/x", "x.pdf", "application/pdf");
            report.Submit(applicable, at, "editor", null, "{}");
            report.Return(at.AddHours(2), "parent", null, "প্রমাণক দিন", []);
            db.ProgressReports.Add(report);
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task A_user_sees_only_their_own_reminders_marks_one_read_and_cannot_touch_anothers()
    {
        var w = await WorldAsync();
        await ScanAsync(Around(w.Due, -2));
        var (mine, theirs) = await App.WithDbAsync(async db =>
        {
            var head = await db.Users.SingleAsync(u => u.UserName == w.Head);
            var list = await db.Reminders.AsNoTracking().Where(r => r.OfficeId == w.Child.Id).ToListAsync();
            return (list.Single(r => r.UserId == head.Id), list.Single(r => r.UserId != head.Id));
        });
        var client = await App.LoggedInAsync(w.Head);

        var page = await client.GetStringAsync("/reminders");
        page.ShouldContain(mine.TextBn);
        page.ShouldContain($"href=\"{mine.Url}\"");
        page.ShouldContain("class=\"badge\""); // the unread count in the navigation
        page.Split($"value=\"{theirs.Id}\"").Length.ShouldBe(1);

        (await ManageTestKit.PostAsync(client, "/reminders?handler=Read", new() { ["id"] = theirs.Id.ToString() }, "/reminders")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.WithDbAsync(db => db.Reminders.SingleAsync(r => r.Id == theirs.Id))).ReadAt.ShouldBeNull();

        (await ManageTestKit.PostAsync(client, "/reminders?handler=Read", new() { ["id"] = mine.Id.ToString() }, "/reminders")).ShouldRedirectTo("/reminders");
        (await App.WithDbAsync(db => db.Reminders.SingleAsync(r => r.Id == mine.Id))).ReadAt.ShouldNotBeNull();

        await ScanAsync(Around(w.Due, 1)); // overdue now: two unread again for the head
        (await ManageTestKit.PostAsync(client, "/reminders?handler=ReadAll", [], "/reminders")).ShouldRedirectTo("/reminders");
        (await App.WithDbAsync(db => db.Reminders.CountAsync(r => r.OfficeId == w.Child.Id && r.ReadAt == null))).ShouldBe(3); // the editor's two and the parent's monitor's
        (await client.GetStringAsync("/reminders")).ShouldNotContain("class=\"badge\"");
    }

    [Fact]
    public async Task The_focal_point_seat_holder_is_reminded_instead_of_the_editors_and_one_without_an_account_still_gets_the_e_mail()
    {
        var w = await WorldAsync();
        var u = ManageTestKit.Unique();
        var focal = await UserAsync($"focal-{u}");
        await SeatFocalPointAsync(w.Child, focal, personEmail: null);
        var w2 = await WorldAsync();
        await SeatFocalPointAsync(w2.Child, userName: null, personEmail: $"person-{u}@test.invalid");

        await ScanAsync(Around(w.Due, -1));

        (await RemindersAsync(w.Child)).ShouldBe([(ReminderKind.DueSoon, focal), (ReminderKind.DueSoon, w.Head)]); // not the editor
        (await RemindersAsync(w2.Child)).ShouldBe([(ReminderKind.DueSoon, w2.Editor), (ReminderKind.DueSoon, w2.Head)]); // no focal user: the editor stands in
        (await MailsAsync(w2.Child)).ShouldBe([$"{w2.Editor}@test.invalid", $"{w2.Head}@test.invalid", $"person-{u}@test.invalid"]);
        await ScanAsync(Around(w.Due, 0));
        (await MailsAsync(w2.Child)).Count.ShouldBe(3);
    }

    /// <summary>A charter monitoring committee whose focal-point post is held by a person (linked to the user, when given).</summary>
    private Task<int> SeatFocalPointAsync(Office office, string? userName, string? personEmail) =>
        App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id);
            var posts = Enumerable.Range(1, 4).Select(n => new Post(o, $"পদ {n}", $"Post {n}")).ToList();
            db.Posts.AddRange(posts);
            var person = new Person("ফোকাল পয়েন্ট", "Focal point");
            person.SetContacts(null, personEmail);
            db.People.Add(person);
            posts[2].AssignHolder(person, new DateOnly(2020, 1, 1));
            await db.SaveChangesAsync();
            if (userName is not null) (await db.Users.SingleAsync(x => x.UserName == userName)).PersonId = person.Id;
            var committee = new Protishruti.Domain.Committees.Committee(office.Id, Protishruti.Domain.Committees.CommitteeKind.CharterMonitoring);
            committee.Reconstitute([
                new(posts[0].Id, Protishruti.Domain.Committees.CommitteeRole.Convener), new(posts[1].Id, Protishruti.Domain.Committees.CommitteeRole.MemberSecretary),
                new(posts[2].Id, Protishruti.Domain.Committees.CommitteeRole.FocalPoint), new(posts[3].Id, Protishruti.Domain.Committees.CommitteeRole.AlternateFocalPoint),
            ], new DateOnly(2024, 7, 1), "০৫.০০.০০০০.১", "test");
            db.Committees.Add(committee);
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Reminders_ask_to_log_in()
    {
        (await App.Browser().GetAsync("/reminders")).ShouldAskToLogIn();
    }
}

public sealed class ReminderTests_Sqlite(SqliteApp app) : ReminderTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ReminderTests_Postgres(PostgresApp app) : ReminderTests<PostgresApp>(app), IClassFixture<PostgresApp>;
