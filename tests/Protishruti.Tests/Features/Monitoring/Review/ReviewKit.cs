using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Demo;
using Protishruti.Web.Features.Monitoring.Reports;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Tests.Features.Monitoring.Review;

/// <summary>A clock stopped at one instant, so a report can be submitted "on 10 October 2024" (on time) or later (late).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Builds the review tests' world: a parent office of their own under a demo office, its children, users, and real submitted reports.</summary>
public static class ReviewKit
{
    public static readonly FiscalYear Year = new(2024);
    public const string Q1 = "2024-25/q1";
    /// <summary>The deadline the tests' reports are opened with (the default for Q1, whatever the demo configures).</summary>
    public static readonly DateOnly DueOn = new(2024, 10, 15);
    public static readonly DateTimeOffset OnTime = new(2024, 10, 10, 5, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Late = new(2024, 10, 20, 5, 0, 0, TimeSpan.Zero);

    public static string ReviewUrl(Office office) => $"/offices/{office.Code}/monitoring/{Q1}/review";
    public static string QueueUrl(Office parent) => $"/offices/{parent.Code}/monitoring/reviews?fy=2024-25&period=q1&plan=cc";

    /// <summary>A fresh user with one role in one office; returns the user name (password: the demo password).</summary>
    public static async Task<string> NewUserAsync(TestApp app, Office office, OfficeRole role)
    {
        var name = $"u{ManageTestKit.Unique()}";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = name, DisplayName = $"Reviewer {name}", Email = $"{name}@test.invalid" };
        (await users.CreateAsync(user, DemoData.Password)).Succeeded.ShouldBeTrue();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.RoleGrants.Add(new RoleGrant(user.Id, role, office.Id));
        await db.SaveChangesAsync();
        return name;
    }

    /// <summary>
    /// Opens the office's 2024-25 Q1 charter report, enters every manual row (1, or a date) with an evidence file, and
    /// submits it through <see cref="ProgressReports.SubmitAsync"/> at <paramref name="at"/>, so the snapshot is the real grid.
    /// </summary>
    public static Task<int> SubmitAsync(TestApp app, Office office, DateTimeOffset at, string remark = "সভার ছবি সংযুক্ত", decimal achieved = 1,
        string evidence = "files/ab/cdef") =>
        InScopeAsync(app, at, async (db, service) =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id);
            var plan = (await service.PlanAsync(Year, PlanKind.CitizenCharter))!;
            var report = await service.FindAsync(o.Id, plan.Id, ReportPeriod.Q1);
            if (report is null)
            {
                report = new ProgressReport(o.Id, plan, ReportPeriod.Q1, DueOn);
                db.ProgressReports.Add(report);
            }
            foreach (var i in plan.For(hasSubordinates: false).Where(i => !i.IsComputed))
            {
                if (i.Unit == IndicatorUnit.Date) report.Enter(i, null, new DateOnly(2024, 9, 1), remark);
                else report.Enter(i, achieved, null, remark);
                report.AttachEvidence(i, evidence, "photo.jpg", "image/jpeg");
            }
            await service.SubmitAsync(report, o, "Focal point (editor)", null);
            await db.SaveChangesAsync();
            return report.Id;
        });

    /// <summary>The office types into its returned report (the live draft) without resubmitting.</summary>
    public static Task EditDraftAsync(TestApp app, Office office, string remark, decimal achieved) =>
        InScopeAsync(app, DateTimeOffset.UtcNow, async (db, service) =>
        {
            var plan = (await service.PlanAsync(Year, PlanKind.CitizenCharter))!;
            var report = (await service.FindAsync(office.Id, plan.Id, ReportPeriod.Q1))!;
            foreach (var i in plan.For(hasSubordinates: false).Where(i => !i.IsComputed && i.Unit != IndicatorUnit.Date))
                report.Enter(i, achieved, null, remark);
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>A report reviewed straight through the domain (for the queue's states).</summary>
    public static Task DecideAsync(TestApp app, Office office, bool accept) =>
        InScopeAsync(app, DateTimeOffset.UtcNow, async (db, service) =>
        {
            var plan = (await service.PlanAsync(Year, PlanKind.CitizenCharter))!;
            var report = (await service.FindAsync(office.Id, plan.Id, ReportPeriod.Q1))!;
            var now = new DateTimeOffset(2024, 10, 22, 5, 0, 0, TimeSpan.Zero);
            if (accept) report.Accept(now, "Head (head)", null, null);
            else report.Return(now, "Head (head)", null, "প্রমাণক অস্পষ্ট", []);
            await db.SaveChangesAsync();
            return true;
        });

    public static Task<ProgressReport> StoredAsync(TestApp app, int reportId) =>
        app.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Steps).SingleAsync(r => r.Id == reportId));

    /// <summary>The first manual indicator of the 2024-25 charter plan for an office without subordinates.</summary>
    public static Task<PlanIndicator> ManualIndicatorAsync(TestApp app) =>
        app.WithDbAsync(async db => (await db.ActionPlans.AsNoTracking().Include(p => p.Indicators)
                .SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter))
            .For(hasSubordinates: false).First(i => !i.IsComputed && i.Unit != IndicatorUnit.Date));

    private static async Task<T> InScopeAsync<T>(TestApp app, DateTimeOffset at, Func<AppDbContext, ProgressReports, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = new ProgressReports(db, scope.ServiceProvider.GetRequiredService<Achievements>(), new FixedClock(at));
        return await work(db, service);
    }
}
