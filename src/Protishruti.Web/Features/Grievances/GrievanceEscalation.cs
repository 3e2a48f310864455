using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Monitoring.Reminders;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Grievances;

/// <summary>The <c>Grievances</c> section.</summary>
public sealed class GrievanceOptions
{
    /// <summary>Working days before a deadline when the officer is reminded (তাগিদ).</summary>
    public int ReminderWorkingDays { get; set; } = 3;
    /// <summary>How often the escalation and reminder scan runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The least seconds between opening the public form and sending it: faster is a machine (the time trap).</summary>
    public int MinimumFormSeconds { get; set; } = 3;
}

/// <summary>
/// The ladder enforced by the clock: a complaint not decided by its deadline moves up by itself (office → the appeal
/// officer of the office above → the Cabinet Division's cell), recorded as a step and told to the citizen and the new
/// officer; and each officer is reminded once, a few working days before their deadline. Each move is a claimed
/// transition, so two instances scanning at once move a complaint once.
/// </summary>
public sealed class GrievanceEscalation(AppDbContext db, TimeProvider time, GrievanceHandling handling, GrievanceNotices notices, Outbox outbox,
    IOptions<GrievanceOptions> options)
{
    public const int Batch = 200;

    /// <summary>Escalations and reminders made.</summary>
    public async Task<(int Escalated, int Reminded)> RunAsync(CancellationToken ct = default)
    {
        var today = time.TodayInBangladesh();
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var escalated = 0;
        while (true)
        {
            var ids = await db.Grievances.AsNoTracking()
                .Where(g => g.State != GrievanceState.Closed && g.DueOn < today && g.Level != RedressLevel.Cell)
                .OrderBy(g => g.DueOn).Select(g => g.Id).Take(Batch).ToListAsync(ct);
            if (ids.Count == 0) break;
            foreach (var id in ids)
            {
                db.ChangeTracker.Clear();
                if (await handling.LoadAsync(id, ct) is not { } g) continue;
                var next = await handling.NextOfficeAsync(g, ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (!g.EscalateIfOverdue(next, time.GetUtcNow(), calendar, RedressLimits.Default)) continue;
                try
                {
                    await db.ClaimAsync(g, GrievanceHandling.Moved, ct);
                }
                catch (AlreadyDoneException)
                {
                    continue; // another instance moved it
                }
                await db.SaveChangesAsync(ct);
                var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == g.OfficeId, ct);
                await notices.SendAsync(g, office, GrievanceEvent.Escalated, ct);
                await tx.CommitAsync(ct);
                escalated++;
            }
            if (ids.Count < Batch) break;
        }
        db.ChangeTracker.Clear();
        return (escalated, await RemindAsync(today, calendar, ct));
    }

    private async Task<int> RemindAsync(DateOnly today, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var horizon = calendar.AddWorkingDays(today, Math.Max(0, options.Value.ReminderWorkingDays));
        var due = await db.Grievances.AsNoTracking()
            .Where(g => g.State != GrievanceState.Closed && g.DueOn >= today && g.DueOn <= horizon && g.HandlingOfficeId != null)
            .Select(g => new { g.Id, g.TrackingNumber, g.Level, g.DueOn, Office = g.HandlingOfficeId!.Value, g.ServiceNameBn })
            .ToListAsync(ct);
        if (due.Count == 0) return 0;
        var reminded = 0;
        foreach (var level in due.GroupBy(d => d.Level))
        {
            var role = level.Key == RedressLevel.Office ? OfficeRole.GrievanceOfficer : OfficeRole.AppealOfficer;
            var officers = await ReminderRecipients.GrantedAsync(db, level.Select(d => d.Office).Distinct().ToList(), [role], ct);
            var offices = await db.Offices.AsNoTracking().Where(o => level.Select(d => d.Office).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
            foreach (var d in level)
            {
                var source = $"grievance:{d.Id}:reminder:{(int)d.Level}:{d.DueOn:yyyyMMdd}";
                if (await db.Outbox.AnyAsync(m => m.Source == source, ct)) continue;
                var to = (officers.GetValueOrDefault(d.Office) ?? []).Select(o => new MailRecipient(o.Name, o.Email)).ToList();
                if (to.Count == 0) continue;
                var number = TrackingNumber.Grouped(d.TrackingNumber);
                var days = calendar.WorkingDaysBetween(today, d.DueOn);
                await outbox.EnqueueAsync(d.Office, to, $"তাগিদ: অভিযোগ {number}-এর নিষ্পত্তির শেষ তারিখ {OfficialDate.GregorianLine(d.DueOn)}",
                    $"""
                    অভিযোগ {number} ({d.ServiceNameBn ?? "অন্যান্য"})-এর নিষ্পত্তির শেষ তারিখ {OfficialDate.Line(d.DueOn)}; আর {BengaliDigits.ToBengali(days)} কর্মদিবস বাকি।
                    নির্ধারিত সময়ে নিষ্পত্তি না হলে অভিযোগটি নিজে থেকেই পরবর্তী ধাপে চলে যাবে।

                    অভিযোগটি দেখুন: {Links.Grievances.Handle(offices[d.Office], d.Id)}
                    """, source: source, ct: ct);
                reminded++;
            }
        }
        return reminded;
    }
}

/// <summary>Runs <see cref="GrievanceEscalation"/> at start and then every <see cref="GrievanceOptions.Interval"/> on the app's clock.</summary>
public sealed class GrievanceJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<GrievanceOptions> options, ILogger<GrievanceJob> log) : BackgroundService
{
    private int _completed;

    public int Completed => Volatile.Read(ref _completed);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval > TimeSpan.Zero ? options.Value.Interval : TimeSpan.FromHours(1);
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (escalated, reminded) = await scope.ServiceProvider.GetRequiredService<GrievanceEscalation>().RunAsync(stoppingToken);
                if (escalated + reminded > 0 && log.IsEnabled(LogLevel.Information))
                    log.LogInformation("Grievances: {Escalated} escalated, {Reminded} reminders", escalated, reminded);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The grievance scan failed; it runs again in {Interval}", interval);
            }
            Interlocked.Increment(ref _completed);
            try
            {
                if (!await timer.WaitForNextTickAsync(stoppingToken)) return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (true);
    }
}
