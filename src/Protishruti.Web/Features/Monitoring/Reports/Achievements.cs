using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Decisions;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>An achievement counted from what happened in Protishruti, with the records that prove it.</summary>
public sealed record ComputedAchievement(decimal? Value, IReadOnlyList<EvidenceLink> Evidence, string? NoteBn = null, string? NoteEn = null);

/// <summary>
/// Counts the action plan's achievements from the office's own records over a report's span (a quarter, or the year
/// for the annual report): committee records per quarter, published charter versions per quarter, meetings of each kind
/// with minutes issued, and the share of decisions implemented. Each figure carries links to its evidence — the office
/// order, the minutes, the published charter version — which the report prints in its প্রমাণক column.
/// </summary>
public sealed class Achievements(AppDbContext db, ImplementationShares shares, PerformanceQueries performance, Grievances.GrievanceStatistics grievances,
    TimeProvider time)
{
    public async Task<IReadOnlyDictionary<AchievementSource, ComputedAchievement>> ComputeAsync(
        int officeId, string officeCode, FiscalYear year, ReportPeriod period, IEnumerable<AchievementSource> wanted, CancellationToken ct = default)
    {
        var result = new Dictionary<AchievementSource, ComputedAchievement>();
        var (from, to) = period.Span(year);
        var quarters = period.Quarter(year) is { } q ? [q] : year.Quarters;
        foreach (var source in wanted.Where(s => s != AchievementSource.Manual).Distinct())
        {
            result[source] = source switch
            {
                AchievementSource.CommitteeActed => await CommitteeAsync(officeId, officeCode, year, quarters, ct),
                AchievementSource.CharterPublished => await CharterAsync(officeId, officeCode, quarters, ct),
                AchievementSource.CoordinationMeetings => await MeetingsAsync(officeId, officeCode, MeetingKind.CharterCoordination, from, to, ct),
                AchievementSource.StakeholderMeetings => await MeetingsAsync(officeId, officeCode, MeetingKind.CharterStakeholder, from, to, ct),
                AchievementSource.Trainings => await MeetingsAsync(officeId, officeCode, MeetingKind.Training, from, to, ct),
                AchievementSource.CommitteeMeetings => await MeetingsAsync(officeId, officeCode, MeetingKind.MonitoringCommittee, from, to, ct),
                AchievementSource.DecisionsImplemented => await DecisionsAsync(officeId, officeCode, quarters, ct),
                AchievementSource.ServicesOnTime => await OnTimeAsync(officeId, year, period.Quarter(year), ct),
                AchievementSource.GrievancesResolvedInTime => await ResolvedInTimeAsync(officeId, year, period.Quarter(year), ct),
                _ => new ComputedAchievement(null, []),
            };
        }
        return result;
    }

    // One per quarter: reconstituted by an office order (linked to the issued order when it was issued here) or certified unchanged.
    private async Task<ComputedAchievement> CommitteeAsync(int officeId, string officeCode, FiscalYear year, IReadOnlyList<FiscalQuarter> quarters, CancellationToken ct)
    {
        var numbers = quarters.Select(q => q.Number).ToList();
        var records = await db.Set<CommitteeQuarterRecord>().AsNoTracking()
            .Where(r => r.Committee.OfficeId == officeId && r.Committee.Kind == CommitteeKind.CharterMonitoring
                && r.FiscalYearStart == year.StartYear && numbers.Contains(r.Quarter))
            .OrderBy(r => r.Quarter)
            .Select(r => new { r.Quarter, r.Action, r.MemoNumber, r.On })
            .ToListAsync(ct);
        var memoNumbers = records.Where(r => r.MemoNumber != null).Select(r => r.MemoNumber!).ToList();
        var memos = await db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == officeId && memoNumbers.Contains(m.Number))
            .Select(m => new { m.Number, m.Id }).ToDictionaryAsync(m => m.Number, m => m.Id, ct);
        var evidence = records.Select(r => r.Action == CommitteeQuarterAction.Reconstituted
                ? new EvidenceLink($"অফিস আদেশ {r.MemoNumber}", $"Office order {r.MemoNumber}",
                    r.MemoNumber is { } n && memos.TryGetValue(n, out var id) ? Links.Memos.Document(officeCode, id) : Links.Committees.Index(officeCode))
                : new EvidenceLink($"অপরিবর্তিত মর্মে প্রত্যয়ন, {BengaliDigits.ToBengali(r.On.ToString("dd.MM.yyyy"))}",
                    $"Certified unchanged, {r.On:dd.MM.yyyy}", Links.Committees.Index(officeCode)))
            .ToList();
        return new ComputedAchievement(records.Select(r => r.Quarter).Distinct().Count(), evidence);
    }

    // One per quarter in which a charter version was published.
    private async Task<ComputedAchievement> CharterAsync(int officeId, string officeCode, IReadOnlyList<FiscalQuarter> quarters, CancellationToken ct)
    {
        var (from, to) = (quarters[0].Start, quarters[^1].End);
        var versions = await db.Charters.AsNoTracking().Where(c => c.OfficeId == officeId)
            .SelectMany(c => c.Versions)
            .Where(v => v.State == CharterVersionState.Published && v.PublishedOn >= from && v.PublishedOn <= to)
            .OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.PublishedOn })
            .ToListAsync(ct);
        var inQuarters = versions.Select(v => FiscalQuarter.Of(v.PublishedOn!.Value).Number).Distinct().Count();
        var evidence = versions.Select(v => new EvidenceLink(
            $"প্রকাশিত সংস্করণ {BengaliDigits.ToBengali(v.Number)}, {BengaliDigits.ToBengali(v.PublishedOn!.Value.ToString("dd.MM.yyyy"))}",
            $"Published version {v.Number}, {v.PublishedOn:dd.MM.yyyy}", Links.Charters.Version(officeCode, v.Number))).ToList();
        return new ComputedAchievement(inQuarters, evidence);
    }

    private async Task<ComputedAchievement> MeetingsAsync(int officeId, string officeCode, MeetingKind kind, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.OfficeId == officeId && m.Kind == kind && m.MinutesState == MinutesState.Issued && m.Date >= from && m.Date <= to)
            .OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.Date })
            .ToListAsync(ct);
        var evidence = meetings.Select(m => new EvidenceLink(
            $"কার্যবিবরণী, {BengaliDigits.ToBengali(m.Date.ToString("dd.MM.yyyy"))}", $"Minutes, {m.Date:dd.MM.yyyy}",
            Links.Meetings.Meeting(officeCode, m.Id))).ToList();
        return new ComputedAchievement(meetings.Count, evidence);
    }

    // The office's own complaints received in the span and resolved within the ladder's deadline (ADR 0041), with the
    // statistics page for the same period as the evidence. No complaint → no figure (the row says why), rather than 0%.
    private async Task<ComputedAchievement> ResolvedInTimeAsync(int officeId, FiscalYear year, FiscalQuarter? quarter, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == officeId, ct);
        var period = new PerformancePeriod(year, quarter?.Number);
        var own = (await grievances.ForAsync(office, period, time.TodayInBangladesh(), ct)).Root.Own;
        if (own.ResolvedInTimeRate is not { } rate)
            return new ComputedAchievement(null, [], "এই সময়ে কোনো অভিযোগ দাখিল হয়নি", "No complaint was received in this period");
        var evidence = new List<EvidenceLink>
        {
            new($"অভিযোগ নিষ্পত্তির পরিসংখ্যান, {period.Label(true)}", $"Complaint statistics, {period.Label(false)}",
                Links.Grievances.Statistics(office.Code, year.LabelEn, period.QuarterSlug)),
        };
        return new ComputedAchievement(rate, evidence,
            $"নির্ধারিত সময়ে প্রতিকার {BengaliDigits.ToBengali(own.ResolvedInTime)}টি / দাখিল {BengaliDigits.ToBengali(own.Received)}টি অভিযোগ",
            $"{own.ResolvedInTime} resolved in time of {own.Received} complaints received");
    }

    // The share of the decisions of the office's meetings held in the span that are implemented; the annual figure is the
    // mean of the quarters that had decisions. No decisions → no figure (the row says why), rather than 0%.
    // The office's own on-time rate for the report's span, by received date, as the performance page shows it (ADR 0037),
    // with that page for the same period as the evidence.
    private async Task<ComputedAchievement> OnTimeAsync(int officeId, FiscalYear year, FiscalQuarter? quarter, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == officeId, ct);
        var period = new PerformancePeriod(year, quarter?.Number);
        var own = (await performance.ForAsync(office, period, time.TodayInBangladesh(), ct)).Own;
        if (own.OnTimeRate is not { } rate)
            return new ComputedAchievement(null, [], "এই সময়ে গৃহীত কোনো আবেদনের নিষ্পত্তি বা সময়সীমা পেরোনো লিপিবদ্ধ নেই",
                "No application received in this period has been delivered or has passed its due date");
        var evidence = new List<EvidenceLink>
        {
            new($"প্রতিশ্রুতি রক্ষার পরিসংখ্যান, {period.Label(true)}", $"Promise figures, {period.Label(false)}", Links.Performance(office.Code, period.Query)),
        };
        return new ComputedAchievement(rate, evidence,
            $"নির্ধারিত সময়ে প্রদত্ত {BengaliDigits.ToBengali(own.DeliveredOnTime)}টি / গণনায় {BengaliDigits.ToBengali(own.Counted)}টি আবেদন",
            $"{own.DeliveredOnTime} delivered on time of {own.Counted} applications counted");
    }

    private async Task<ComputedAchievement> DecisionsAsync(int officeId, string officeCode, IReadOnlyList<FiscalQuarter> quarters, CancellationToken ct)
    {
        var perQuarter = new List<decimal?>();
        foreach (var q in quarters)
        {
            var share = await shares.ForOfficeAsync(officeId, q, ct);
            perQuarter.Add(share.Counted == 0 ? null : Math.Round(100m * share.Implemented / share.Counted, 2, MidpointRounding.AwayFromZero));
        }
        var value = Scoring.Total(Domain.Monitoring.IndicatorUnit.Percent, perQuarter);
        var evidence = new List<EvidenceLink> { new("সিদ্ধান্ত বাস্তবায়ন অগ্রগতি", "Decision follow-up", Links.Meetings.Public(officeCode)) };
        return value is null
            ? new ComputedAchievement(null, [], "এই সময়ে জারিকৃত কার্যবিবরণীতে কোনো সিদ্ধান্ত নেই", "No decisions in minutes issued for this period")
            : new ComputedAchievement(value, evidence);
    }
}
