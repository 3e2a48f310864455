using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Committees;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Inbox;

public enum WorkKind
{
    CharterToApprove,
    CharterReturned,
    CharterUpdateDue,
    ReportDue,
    ReportReturned,
    ReportToReview,
    DecisionToImplement,
    NoticeToIssue,
    MinutesToIssue,
    CommitteeDue,
    /// <summary>Applications past their due date, undelivered (one item per office, with the count).</summary>
    ApplicationsOverdue,
    /// <summary>Applications that fall due within three working days.</summary>
    ApplicationsDueSoon,
    /// <summary>A complaint waiting for the grievance officer's (or, at the appeal step, the appeal officer's) decision.</summary>
    GrievanceToDecide,
}

/// <summary>
/// One thing waiting for the user: where (<see cref="ActingOfficeCode"/>, the office whose role lets them act), about
/// which office (a subordinate's report is about the subordinate), by when, and the page that does it.
/// </summary>
public sealed record WorkItem(WorkKind Kind, string ActingOfficeCode, string OfficeCode, string OfficeNameBn, string OfficeNameEn,
    string TitleBn, string TitleEn, DateOnly? DueOn, int OverdueDays, string Url)
{
    public string Title => Ui.T(TitleBn, TitleEn);
    public string OfficeName => Ui.Pick(OfficeNameBn, OfficeNameEn);
}

/// <summary>The deadlines the inbox applies where no rule of the government fixes one (ADR 0030); settings <c>Inbox:*</c>.</summary>
public sealed class InboxOptions
{
    /// <summary>Working days after the meeting by which its minutes should be issued.</summary>
    public int MinutesWorkingDays { get; set; } = 7;

    /// <summary>Working days after submission by which the approver decides a charter draft or the parent reviews a report.</summary>
    public int ReviewWorkingDays { get; set; } = 10;

    /// <summary>How far ahead a report that is not yet due appears.</summary>
    public int ReportLookAheadDays { get; set; } = 30;
}

/// <summary>
/// "What needs me" (issue 16): for the signed-in user, across every office they hold a role in, each item waiting for
/// them, ordered by due date. One query per kind of work across all their offices, never one per office. The rights are
/// <see cref="OfficePermissions"/>' — an item appears only where the page it links to would let the user act.
/// </summary>
public sealed class WorkInbox(AppDbContext db, OfficeAccess access, WorkingCalendarSource calendars, TimeProvider time, IOptions<InboxOptions> options)
{
    private sealed record Scope(Office Office, HashSet<OfficeAction> Actions);

    public async Task<List<WorkItem>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var grants = await access.GrantsAsync(user, ct);
        var byOffice = grants.Where(g => g.OfficeId is not null).GroupBy(g => g.OfficeId!.Value).ToList();
        if (byOffice.Count == 0) return [];
        var ids = byOffice.Select(g => g.Key).ToList();
        var offices = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var scopes = byOffice.Where(g => offices.ContainsKey(g.Key)).Select(g => new Scope(offices[g.Key],
                Enum.GetValues<OfficeAction>().Where(a => g.Any(r => OfficePermissions.Allows(r.Role, a, onAncestor: false))).ToHashSet()))
            .ToList();
        List<Office> Where(OfficeAction a) => scopes.Where(s => s.Actions.Contains(a)).Select(s => s.Office).ToList();

        var today = time.TodayInBangladesh();
        var calendar = await calendars.LoadAsync(ct);
        var o = options.Value;
        var items = new List<WorkItem>();
        WorkItem Item(WorkKind kind, Office acting, Office about, string bn, string en, DateOnly? due, string url) =>
            new(kind, acting.Code, about.Code, about.NameBn, about.NameEn, bn, en, due, due is { } d && d < today ? today.DayNumber - d.DayNumber : 0, url);

        await ChartersAsync(Where(OfficeAction.EditCharter), Where(OfficeAction.ApproveCharter));
        await ReportsAsync(Where(OfficeAction.ReportProgress));
        await ReviewsAsync(Where(OfficeAction.ReviewReports));
        await DecisionsAsync(Where(OfficeAction.UpdateDecisions));
        await MeetingsAsync(Where(OfficeAction.ManageMeetings));
        await CommitteesAsync(Where(OfficeAction.ManageMeetings), Where(OfficeAction.CertifyCommittee));
        await ApplicationsAsync(Where(OfficeAction.RecordApplications));
        await GrievancesAsync(Where(OfficeAction.HandleGrievances), Where(OfficeAction.HandleAppeals));

        return items.OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.Kind).ThenBy(i => i.OfficeCode, StringComparer.Ordinal).ToList();

        // Open applications due within three working days, and those already overdue: one item each per office, with the
        // count, linking to the register filtered (ADR 0034). One grouped query over the open-by-due-date index.
        async Task ApplicationsAsync(List<Office> recorders)
        {
            if (recorders.Count == 0) return;
            var recIds = recorders.Select(x => x.Id).ToList();
            var soon = calendar.AddWorkingDays(today, 3);
            var counts = await db.Applications.AsNoTracking()
                .Where(a => recIds.Contains(a.OfficeId) && a.Outcome == null && a.DueOn != null && a.DueOn <= soon)
                .GroupBy(a => a.OfficeId)
                .Select(g => new { OfficeId = g.Key, Overdue = g.Count(a => a.DueOn < today), Soon = g.Count(a => a.DueOn >= today),
                    Earliest = g.Min(a => a.DueOn), EarliestSoon = g.Where(a => a.DueOn >= today).Min(a => a.DueOn) })
                .ToListAsync(ct);
            foreach (var c in counts)
            {
                var office = recorders.First(r => r.Id == c.OfficeId);
                if (c.Overdue > 0)
                    items.Add(Item(WorkKind.ApplicationsOverdue, office, office,
                        $"{BengaliDigits.ToBengali(c.Overdue)}টি আবেদনের নির্ধারিত সময় পেরিয়ে গেছে: সেবা দিয়ে রেজিস্টারে নিষ্পত্তি লিখুন",
                        $"{c.Overdue} applications are past their due date: deliver them and record it in the register",
                        c.Earliest, Links.Applications.Register(office.Code, "overdue")));
                if (c.Soon > 0)
                    items.Add(Item(WorkKind.ApplicationsDueSoon, office, office,
                        $"{BengaliDigits.ToBengali(c.Soon)}টি আবেদনের নির্ধারিত তারিখ তিন কর্মদিবসের মধ্যে",
                        $"{c.Soon} applications fall due within three working days",
                        c.EarliestSoon, Links.Applications.Register(office.Code, "due-soon")));
            }
        }

        // Every open complaint at the officer's step, by its deadline (ADR 0041): one item each, the ladder's clock beside it.
        async Task GrievancesAsync(List<Office> officers, List<Office> appealOfficers)
        {
            if (officers.Count + appealOfficers.Count == 0) return;
            var gIds = officers.Select(x => x.Id).ToList();
            var aIds = appealOfficers.Select(x => x.Id).ToList();
            var open = await db.Grievances.AsNoTracking()
                .Where(g => g.State != Domain.Grievances.GrievanceState.Closed && g.HandlingOfficeId != null
                    && ((g.Level == Domain.Grievances.RedressLevel.Office && gIds.Contains(g.HandlingOfficeId.Value))
                        || (g.Level == Domain.Grievances.RedressLevel.Appeal && aIds.Contains(g.HandlingOfficeId.Value))))
                .OrderBy(g => g.DueOn).Take(200)
                .Select(g => new { g.Id, g.TrackingNumber, g.Level, g.State, g.DueOn, g.ServiceNameBn, Office = g.HandlingOfficeId!.Value })
                .ToListAsync(ct);
            foreach (var g in open)
            {
                var office = officers.Concat(appealOfficers).First(o => o.Id == g.Office);
                var number = Domain.Delivery.TrackingNumber.Grouped(g.TrackingNumber);
                var appeal = g.Level == Domain.Grievances.RedressLevel.Appeal;
                items.Add(Item(WorkKind.GrievanceToDecide, office, office,
                    appeal ? $"আপিল {number} নিষ্পত্তি করুন: {g.ServiceNameBn ?? "অন্যান্য"}" : $"অভিযোগ {number} নিষ্পত্তি করুন: {g.ServiceNameBn ?? "অন্যান্য"}",
                    appeal ? $"Decide appeal {number}: {g.ServiceNameBn ?? "other"}" : $"Decide complaint {number}: {g.ServiceNameBn ?? "other"}",
                    g.DueOn, Links.Grievances.Handle(office.Code, g.Id)));
            }
        }

        async Task ChartersAsync(List<Office> editors, List<Office> approvers)
        {
            var all = editors.Concat(approvers).DistinctBy(x => x.Id).ToList();
            if (all.Count == 0) return;
            var allIds = all.Select(x => x.Id).ToList();
            var quarter = FiscalQuarter.Of(today);
            var charters = await db.Charters.AsNoTracking().Include(c => c.Versions)
                .Where(c => allIds.Contains(c.OfficeId)).ToDictionaryAsync(c => c.OfficeId, ct);
            foreach (var office in all)
            {
                var charter = charters.GetValueOrDefault(office.Id);
                var open = charter?.Open;
                var editor = editors.Any(e => e.Id == office.Id);
                var draft = Links.Charters.Draft(office.Code);
                if (open?.State == CharterVersionState.Submitted && approvers.Any(a => a.Id == office.Id))
                {
                    var submitted = BangladeshTime.DateOf(open.SubmittedAt!.Value);
                    items.Add(Item(WorkKind.CharterToApprove, office, office,
                        "সেবা প্রদান প্রতিশ্রুতির খসড়া অনুমোদনের অপেক্ষায়: পর্যালোচনা করে প্রকাশ করুন বা ফেরত দিন",
                        "The charter draft is waiting for your approval: publish it or return it",
                        calendar.AddWorkingDays(submitted, o.ReviewWorkingDays), draft));
                }
                else if (open?.State == CharterVersionState.Returned && editor)
                {
                    items.Add(Item(WorkKind.CharterReturned, office, office,
                        "প্রতিশ্রুতির খসড়া ফেরত এসেছে: মন্তব্য দেখে সংশোধন করে আবার দাখিল করুন",
                        "The charter draft was returned: see the comments, fix it and submit it again",
                        quarter.End, draft));
                }
                else if (editor && open?.State != CharterVersionState.Submitted && !(charter?.Current?.PublishedOn >= quarter.Start))
                {
                    items.Add(Item(WorkKind.CharterUpdateDue, office, office,
                        $"এই কোয়ার্টারের ({quarter.LabelBn}) প্রতিশ্রুতি হালনাগাদ করে প্রকাশের জন্য দাখিল করুন",
                        $"Update the charter for this quarter ({quarter.LabelEn}) and submit it for publication",
                        quarter.End, draft));
                }
            }
        }

        async Task ReportsAsync(List<Office> reporters)
        {
            if (reporters.Count == 0) return;
            var repIds = reporters.Select(x => x.Id).ToList();
            // Returned reports wait whatever their year; reports not yet sent are asked for from the two latest years.
            var returned = await (
                    from r in db.ProgressReports.AsNoTracking()
                    join p in db.ActionPlans.AsNoTracking() on r.ActionPlanId equals p.Id
                    where repIds.Contains(r.OfficeId) && r.State == ReportState.Returned
                    select new { r.OfficeId, r.Period, r.DueOn, p.FiscalYearStart, p.Kind })
                .ToListAsync(ct);
            foreach (var r in returned)
            {
                var office = reporters.First(x => x.Id == r.OfficeId);
                var year = new FiscalYear(r.FiscalYearStart);
                items.Add(Item(WorkKind.ReportReturned, office, office,
                    $"অগ্রগতি প্রতিবেদন ফেরত এসেছে ({r.Kind.Bn()}, {r.Period.Bn()}, অর্থবছর {year.LabelBn}): মন্তব্য দেখে সংশোধন করে আবার দাখিল করুন",
                    $"Progress report returned ({r.Kind.En()}, {r.Period.En()}, FY {year.LabelEn}): see the comments, fix it and submit it again",
                    r.DueOn, Links.Monitoring.Report(office.Code, year, r.Period, r.Kind)));
            }

            var (lastYear, _) = ReportingCalendar.LastEnded(today);
            var years = new[] { lastYear.StartYear, lastYear.StartYear - 1 };
            var plans = await db.ActionPlans.AsNoTracking().Where(p => years.Contains(p.FiscalYearStart)).ToListAsync(ct);
            if (plans.Count == 0) return;
            var planIds = plans.Select(p => p.Id).ToList();
            var started = await db.ProgressReports.AsNoTracking()
                .Where(r => repIds.Contains(r.OfficeId) && planIds.Contains(r.ActionPlanId))
                .Select(r => new { r.OfficeId, r.ActionPlanId, r.Period, r.State, r.DueOn })
                .ToListAsync(ct);
            var configured = await db.ReportingDeadlines.AsNoTracking().Where(d => years.Contains(d.FiscalYearStart)).ToListAsync(ct);
            foreach (var office in reporters)
                foreach (var plan in plans)
                    foreach (var period in ReportPeriods.All)
                    {
                        var year = new FiscalYear(plan.FiscalYearStart);
                        if (period.Span(year).To >= today) continue; // a period is reported on after it ends
                        var r = started.FirstOrDefault(x => x.OfficeId == office.Id && x.ActionPlanId == plan.Id && x.Period == period);
                        if (r is not null && r.State != ReportState.Draft) continue;
                        var due = r?.DueOn ?? ReportingCalendar.DueOn(year, period, office.Kind, configured.Where(d => d.FiscalYearStart == year.StartYear));
                        if (due > today.AddDays(o.ReportLookAheadDays) || due < today.AddDays(-366)) continue;
                        items.Add(Item(WorkKind.ReportDue, office, office,
                            $"অগ্রগতি প্রতিবেদন দাখিল করুন ({plan.Kind.Bn()}, {period.Bn()}, অর্থবছর {year.LabelBn})",
                            $"Submit the progress report ({plan.Kind.En()}, {period.En()}, FY {year.LabelEn})",
                            due, Links.Monitoring.Report(office.Code, year, period, plan.Kind)));
                    }
        }

        async Task ReviewsAsync(List<Office> reviewers)
        {
            if (reviewers.Count == 0) return;
            var parentIds = reviewers.Select(x => x.Id).ToList();
            var waiting = await (
                    from r in db.ProgressReports.AsNoTracking()
                    join sub in db.Offices.AsNoTracking() on r.OfficeId equals sub.Id
                    join p in db.ActionPlans.AsNoTracking() on r.ActionPlanId equals p.Id
                    where r.State == ReportState.Submitted && sub.ParentId != null && parentIds.Contains(sub.ParentId.Value)
                    select new { Sub = sub, r.Period, r.LastSubmittedAt, p.FiscalYearStart, p.Kind })
                .ToListAsync(ct);
            foreach (var w in waiting)
            {
                var parent = reviewers.First(x => x.Id == w.Sub.ParentId);
                var year = new FiscalYear(w.FiscalYearStart);
                var submitted = w.LastSubmittedAt is { } at ? BangladeshTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))) : today;
                items.Add(Item(WorkKind.ReportToReview, parent, w.Sub,
                    $"অধীন দপ্তরের অগ্রগতি প্রতিবেদন পর্যালোচনা করুন ({w.Kind.Bn()}, {w.Period.Bn()}, অর্থবছর {year.LabelBn})",
                    $"Review a subordinate's progress report ({w.Kind.En()}, {w.Period.En()}, FY {year.LabelEn})",
                    calendar.AddWorkingDays(submitted, o.ReviewWorkingDays), Links.Monitoring.Review(w.Sub.Code, year, w.Period, w.Kind)));
            }
        }

        async Task DecisionsAsync(List<Office> implementers)
        {
            if (implementers.Count == 0) return;
            var impIds = implementers.Select(x => x.Id).ToList();
            var open = await db.Set<DecisionProgress>().AsNoTracking()
                .Where(p => impIds.Contains(p.OfficeId) && p.Decision.Item.Meeting.MinutesState == MinutesState.Issued
                            && (p.Status == DecisionStatus.NotStarted || p.Status == DecisionStatus.InProgress))
                .Select(p => new { p.Id, p.OfficeId, p.Decision.Text, p.Decision.Due, p.Decision.Item.Meeting.Title })
                .ToListAsync(ct);
            foreach (var p in open)
            {
                var office = implementers.First(x => x.Id == p.OfficeId);
                var text = Short(p.Text);
                items.Add(Item(WorkKind.DecisionToImplement, office, office,
                    $"সভার সিদ্ধান্ত বাস্তবায়ন করে অগ্রগতি জানান: {text} ({p.Title})",
                    $"Implement a meeting's decision and report progress: {text} ({p.Title})",
                    p.Due, Links.Decisions.Progress(office.Code, p.Id)));
            }
        }

        async Task MeetingsAsync(List<Office> secretariats)
        {
            if (secretariats.Count == 0) return;
            var secIds = secretariats.Select(x => x.Id).ToList();
            var meetings = await db.Meetings.AsNoTracking()
                .Where(m => secIds.Contains(m.OfficeId)
                            && ((m.NoticeState == NoticeState.Draft && m.Date >= today)
                                || (m.NoticeState == NoticeState.Issued && m.MinutesState == MinutesState.Draft && m.Date < today)))
                .Select(m => new { m.Id, m.OfficeId, m.Title, m.Date, m.NoticeState })
                .ToListAsync(ct);
            foreach (var m in meetings)
            {
                var office = secretariats.First(x => x.Id == m.OfficeId);
                if (m.NoticeState == NoticeState.Draft)
                    items.Add(Item(WorkKind.NoticeToIssue, office, office,
                        $"সভার নোটিশ জারি করুন: {m.Title} ({GregorianNames.Format(m.Date, true)})",
                        $"Issue the meeting notice: {m.Title} ({GregorianNames.Format(m.Date, false)})",
                        m.Date.AddDays(-1), Links.Meetings.Notice(office.Code, m.Id)));
                else
                    items.Add(Item(WorkKind.MinutesToIssue, office, office,
                        $"সভার কার্যবিবরণী জারি করুন: {m.Title} ({GregorianNames.Format(m.Date, true)})",
                        $"Issue the minutes: {m.Title} ({GregorianNames.Format(m.Date, false)})",
                        calendar.AddWorkingDays(m.Date, o.MinutesWorkingDays), Links.Meetings.Hub(office.Code, m.Id)));
            }
        }

        async Task CommitteesAsync(List<Office> secretariats, List<Office> heads)
        {
            var all = secretariats.Concat(heads).DistinctBy(x => x.Id).ToList();
            if (all.Count == 0) return;
            var allIds = all.Select(x => x.Id).ToList();
            var quarter = FiscalQuarter.Of(today);
            var committees = await db.Committees.AsNoTracking().Include(c => c.Quarters)
                .Where(c => allIds.Contains(c.OfficeId)).ToListAsync(ct);
            foreach (var c in committees.Where(c => c.RecordFor(quarter) is null))
            {
                var office = all.First(x => x.Id == c.OfficeId);
                var name = c.Kind == CommitteeKind.Ethics ? ("নৈতিকতা কমিটি", "ethics committee") : ("পরিবীক্ষণ কমিটি", "monitoring committee");
                items.Add(Item(WorkKind.CommitteeDue, office, office,
                    $"এই কোয়ার্টারে {name.Item1} পুনর্গঠন করুন, অথবা অপরিবর্তিত থাকার প্রত্যয়ন দিন",
                    $"Reconstitute the {name.Item2} this quarter, or certify that it stays as it is",
                    quarter.End, Links.Committees.Index(office.Code, c.Kind.Slug())));
            }
        }
    }

    private static string Short(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        if (t.Length <= 80) return t;
        var cut = t.LastIndexOf(' ', 80);
        return (cut > 40 ? t[..cut] : t[..80]) + "…";
    }
}
