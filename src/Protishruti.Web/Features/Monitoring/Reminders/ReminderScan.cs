using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Monitoring.Compliance;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Monitoring.Reminders;

/// <summary>The <c>Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    /// <summary>How many days before a deadline the office is reminded.</summary>
    public int DaysBefore { get; set; } = 5;
    /// <summary>How often the job scans.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Finds what is due at this instant and writes each reminder once (ADR 0023). It looks only at the periods that
/// matter now — the last quarter that ended and, once the year has ended, the annual evaluation — for every action
/// plan of that year (the citizen-charter plan's report is <c>/offices/{code}/monitoring/{fy}/{period}</c>, another
/// plan's adds <c>?plan=grs</c> and so on; its reminders name the plan). Offices are
/// selected in SQL (offices that report: with a role grant or a charter, not yet submitted, of a tier whose deadline
/// is near or past); reminders already written are skipped before any insert, and the unique key decides the rest.
/// </summary>
public sealed class ReminderScan(AppDbContext db, Outbox outbox, TimeProvider time, IOptions<ReminderOptions> options)
{
    private const int Chunk = 1000;
    private const int WriteBatch = 50;

    /// <summary>One scan; returns how many reminders this call wrote.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = time.TodayInBangladesh();
        var (lastYear, lastPeriod) = ReportingCalendar.LastEnded(today);
        List<(FiscalYear Year, ReportPeriod Period)> periods = [(lastYear, lastPeriod)];
        if (lastPeriod == ReportPeriod.Q4) periods.Add((lastYear, ReportPeriod.Annual));

        var written = 0;
        var years = periods.Select(p => p.Year.StartYear).Distinct().ToList();
        var configured = await db.ReportingDeadlines.AsNoTracking().Where(d => years.Contains(d.FiscalYearStart)).ToListAsync(ct);
        foreach (var (year, period) in periods)
            foreach (var plan in await db.ActionPlans.AsNoTracking().Where(p => p.FiscalYearStart == year.StartYear).OrderBy(p => p.Kind)
                         .Select(p => new PlanRow(p.Id, p.Kind)).ToListAsync(ct))
                written += await Write(await LateOrDueAsync(year, period, plan, configured, today, ct), ct);
        written += await Write(await ReturnedAsync(lastYear, ct), ct);
        return written;
    }

    private sealed record Candidate(Reminder Reminder, MailRecipient? Mail, string Subject, string Body);

    private sealed record PlanRow(int Id, PlanKind Kind)
    {
        private bool Charter => Kind == PlanKind.CitizenCharter;
        /// <summary>The citizen-charter plan's keys and texts are as they always were; another plan's carry its name.</summary>
        public string KeySuffix => Charter ? "" : $":{Kind.Slug()}";
        public string Bn => Charter ? "" : $"{Kind.Bn()}, ";
        public string En => Charter ? "" : $"{Kind.En()}, ";
    }

    private async Task<List<Candidate>> LateOrDueAsync(FiscalYear year, ReportPeriod period, PlanRow plan, List<ReportingDeadline> configured, DateOnly today,
        CancellationToken ct)
    {
        var fy = year.StartYear;
        var planId = plan.Id;
        var dueByTier = Enum.GetValues<OfficeKind>().ToDictionary(k => k, k => ReportingCalendar.DueOn(year, period, k, configured));
        var days = Math.Max(0, options.Value.DaysBefore);
        var soon = dueByTier.Where(d => d.Value >= today && d.Value.DayNumber - today.DayNumber <= days).Select(d => d.Key).ToList();
        var late = dueByTier.Where(d => d.Value < today).Select(d => d.Key).ToList();
        var tiers = soon.Concat(late).ToList();
        if (tiers.Count == 0) return [];

        var offices = await db.Offices.AsNoTracking()
            .Where(o => tiers.Contains(o.Kind)
                && (db.RoleGrants.Any(g => g.OfficeId == o.Id) || db.Charters.Any(c => c.OfficeId == o.Id))
                && !db.ProgressReports.Any(r => r.OfficeId == o.Id && r.ActionPlanId == planId && r.Period == period && r.FirstSubmittedAt != null))
            .Select(o => new OfficeRow(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.ParentId))
            .ToListAsync(ct);
        if (offices.Count == 0) return [];

        var done = (await db.Reminders.AsNoTracking()
            .Where(r => r.FiscalYearStart == fy && r.Period == period && r.Kind != ReminderKind.Returned)
            .Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var recipients = await ReminderRecipients.OfOfficesAsync(db, offices.Select(o => o.Id).ToList(), today, ct);
        var candidates = new List<Candidate>();
        foreach (var office in offices)
        {
            var due = dueByTier[office.Kind];
            var overdue = due < today;
            var kind = overdue ? ReminderKind.Overdue : ReminderKind.DueSoon;
            var url = Links.Monitoring.Report(office.Code, year, period, plan.Kind);
            var (bn, en) = overdue
                ? ($"{office.NameBn}: {plan.Bn}{period.Bn()}, অর্থবছর {year.LabelBn} — অগ্রগতি প্রতিবেদন দাখিলের শেষ তারিখ {GregorianNames.Format(due, true)} পার হয়েছে, প্রতিবেদন দাখিল হয়নি।",
                   $"{Name(office)}: {plan.En}the progress report for {period.En()}, FY {year.LabelEn} was due on {GregorianNames.Format(due, false)} and has not been submitted.")
                : ($"{office.NameBn}: {plan.Bn}{period.Bn()}, অর্থবছর {year.LabelBn} — অগ্রগতি প্রতিবেদন দাখিলের শেষ তারিখ {GregorianNames.Format(due, true)}; এখনও দাখিল করা হয়নি।",
                   $"{Name(office)}: {plan.En}the progress report for {period.En()}, FY {year.LabelEn} is due on {GregorianNames.Format(due, false)} and has not been submitted yet.");
            foreach (var to in recipients.GetValueOrDefault(office.Id, []))
                Add(candidates, done, $"{Prefix(kind)}:{office.Id}:{fy}:{period.Slug()}:{to.Key}{plan.KeySuffix}", kind, office.Id, to, null, fy, period, bn, en, url);
        }

        // The parent's monitor: Monitors and heads of the parent office hear of each subordinate that missed the deadline.
        var lateOffices = offices.Where(o => dueByTier[o.Kind] < today && o.ParentId is not null).ToList();
        if (lateOffices.Count > 0)
        {
            var parentIds = lateOffices.Select(o => o.ParentId!.Value).Distinct().ToList();
            var parents = new Dictionary<int, string>();
            foreach (var chunk in parentIds.Chunk(Chunk))
                foreach (var p in await db.Offices.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.Code }).ToListAsync(ct))
                    parents[p.Id] = p.Code;
            var monitors = await ReminderRecipients.GrantedAsync(db, parentIds, [OfficeRole.Monitor, OfficeRole.Approver], ct);
            foreach (var office in lateOffices)
            {
                var parent = office.ParentId!.Value;
                var due = dueByTier[office.Kind];
                var url = Links.Monitoring.Compliance(parents[parent], year, ComplianceArgs.QuarterValue(period), plan.Kind);
                var bn = $"আওতাধীন দপ্তর {office.NameBn}: {plan.Bn}{period.Bn()}, অর্থবছর {year.LabelBn} — অগ্রগতি প্রতিবেদন {GregorianNames.Format(due, true)} তারিখের মধ্যে দাখিল করেনি।";
                var en = $"Subordinate office {Name(office)} has not submitted its {plan.En}progress report for {period.En()}, FY {year.LabelEn}, due on {GregorianNames.Format(due, false)}.";
                foreach (var to in monitors.GetValueOrDefault(parent, []))
                    Add(candidates, done, $"{Prefix(ReminderKind.SubordinateLate)}:{office.Id}:{fy}:{period.Slug()}:{to.Key}{plan.KeySuffix}",
                        ReminderKind.SubordinateLate, office.Id, to, null, fy, period, bn, en, url);
            }
        }
        return candidates;
    }

    /// <summary>Reports returned by the parent and not yet resubmitted: one reminder per return step and recipient.</summary>
    private async Task<List<Candidate>> ReturnedAsync(FiscalYear lastYear, CancellationToken ct)
    {
        var fromYear = lastYear.StartYear - 1; // a fresh install does not remind about returns of long-closed years
        var returned = await (from r in db.ProgressReports.AsNoTracking()
                              join o in db.Offices on r.OfficeId equals o.Id
                              join p in db.ActionPlans on r.ActionPlanId equals p.Id
                              where r.State == ReportState.Returned && r.FiscalYearStart >= fromYear
                              select new
                              {
                                  ReportId = r.Id, o.Id, o.Code, o.NameBn, o.NameEn, r.FiscalYearStart, r.Period, Plan = new PlanRow(p.Id, p.Kind),
                                  StepId = r.Steps.Where(s => s.Kind == ReportStepKind.Returned).Max(s => (long?)s.Id),
                              }).ToListAsync(ct);
        returned.RemoveAll(r => r.StepId is null);
        if (returned.Count == 0) return [];
        var reportIds = returned.Select(r => (int?)r.ReportId).ToList();
        var done = (await db.Reminders.AsNoTracking().Where(r => r.Kind == ReminderKind.Returned && reportIds.Contains(r.ProgressReportId))
            .Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var today = time.TodayInBangladesh();
        var recipients = await ReminderRecipients.OfOfficesAsync(db, returned.Select(r => r.Id).Distinct().ToList(), today, ct);
        var candidates = new List<Candidate>();
        foreach (var r in returned)
        {
            var year = new FiscalYear(r.FiscalYearStart);
            var url = Links.Monitoring.Report(r.Code, year, r.Period, r.Plan.Kind);
            var bn = $"{r.NameBn}: {r.Plan.Bn}{r.Period.Bn()}, অর্থবছর {year.LabelBn} — ঊর্ধ্বতন দপ্তর অগ্রগতি প্রতিবেদনটি মন্তব্যসহ ফেরত পাঠিয়েছে; সংশোধন করে পুনরায় দাখিল করুন।";
            var en = $"{(string.IsNullOrWhiteSpace(r.NameEn) ? r.NameBn : r.NameEn)}: {r.Plan.En}the parent office returned the progress report for {r.Period.En()}, FY {year.LabelEn} with comments; correct it and submit it again.";
            foreach (var to in recipients.GetValueOrDefault(r.Id, []))
                Add(candidates, done, $"{Prefix(ReminderKind.Returned)}:{r.StepId}:{to.Key}", ReminderKind.Returned, r.Id, to, r.ReportId,
                    r.FiscalYearStart, r.Period, bn, en, url);
        }
        return candidates;
    }

    private void Add(List<Candidate> into, HashSet<string> done, string key, ReminderKind kind, int officeId, Recipient to, int? reportId,
        int fy, ReportPeriod period, string bn, string en, string url)
    {
        if (!done.Add(key)) return; // written before, or already listed in this scan
        var reminder = new Reminder
        {
            Key = key, Kind = kind, OfficeId = officeId, UserId = to.UserId ?? "", ProgressReportId = reportId,
            FiscalYearStart = fy, Period = period, TextBn = Cut(bn), TextEn = Cut(en), Url = url,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var mail = Outbox.Valid(to.Email) is null ? null : new MailRecipient(to.Name, to.Email);
        var subject = $"প্রতিশ্রুতি: {Subject(kind)}";
        var body = $"{bn}\n\n{en}\n\n{url}";
        into.Add(new Candidate(reminder, mail, subject, body));
    }

    private static string Subject(ReminderKind kind) => kind switch
    {
        ReminderKind.DueSoon => "অগ্রগতি প্রতিবেদন দাখিলের সময় শেষ হয়ে আসছে / Progress report due soon",
        ReminderKind.Overdue => "অগ্রগতি প্রতিবেদন দাখিল হয়নি / Progress report overdue",
        ReminderKind.Returned => "অগ্রগতি প্রতিবেদন ফেরত এসেছে / Progress report returned",
        _ => "আওতাধীন দপ্তরের প্রতিবেদন বাকি / A subordinate office's report is late",
    };

    public static string Prefix(ReminderKind kind) => kind switch
    {
        ReminderKind.DueSoon => "due-soon",
        ReminderKind.Overdue => "overdue",
        ReminderKind.Returned => "returned",
        _ => "subordinate-late",
    };

    private static string Name(OfficeRow o) => string.IsNullOrWhiteSpace(o.NameEn) ? o.NameBn : o.NameEn;

    private static string Cut(string s) => s.Length <= 1000 ? s : s[..1000];

    /// <summary>Writes in small batches, each reminder with its e-mail in one transaction; a batch that meets a key another
    /// instance wrote meanwhile is retried one by one, and the reminder already written is dropped, not an error.</summary>
    private async Task<int> Write(List<Candidate> candidates, CancellationToken ct)
    {
        var written = 0;
        foreach (var batch in candidates.Chunk(WriteBatch))
        {
            if (await TryWriteAsync(batch, ct)) { written += batch.Length; continue; }
            foreach (var one in batch)
                if (await TryWriteAsync([one], ct)) written++;
        }
        return written;
    }

    private async Task<bool> TryWriteAsync(Candidate[] batch, CancellationToken ct)
    {
        var rows = batch.Select(c => Copy(c.Reminder)).ToList(); // fresh rows: a failed attempt leaves nothing behind to reuse
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Reminders.AddRange(rows);
            await db.SaveChangesAsync(ct);
            foreach (var c in batch.Where(c => c.Mail is not null))
                await outbox.EnqueueAsync(c.Reminder.OfficeId, [c.Mail!], c.Subject, c.Body, source: $"reminder:{Prefix(c.Reminder.Kind)}", ct: ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return true;
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (batch.Length > 1) return false;
            var key = batch[0].Reminder.Key;
            if (await db.Reminders.AnyAsync(r => r.Key == key, ct)) return false; // claimed by another instance: not an error
            throw;
        }
    }

    private static Reminder Copy(Reminder r) => new()
    {
        Key = r.Key, Kind = r.Kind, OfficeId = r.OfficeId, UserId = r.UserId, ProgressReportId = r.ProgressReportId,
        FiscalYearStart = r.FiscalYearStart, Period = r.Period, TextBn = r.TextBn, TextEn = r.TextEn, Url = r.Url, CreatedAt = r.CreatedAt,
    };

    private sealed record OfficeRow(int Id, string Code, string NameBn, string NameEn, OfficeKind Kind, int? ParentId);
}
