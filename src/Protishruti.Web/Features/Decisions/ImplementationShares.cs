using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// The action plan's "decisions implemented" share (target 90%), counted by the database — never typed, never loaded
/// row by row. Only decisions of issued minutes count (a draft's decisions are not yet tracked). The rules are
/// <see cref="Decision.ShareOf"/>'s: a decision dropped by every implementing office leaves the count; it is
/// implemented when at least one office reports it done and every other one done or dropped. A meeting's quarter is
/// its date's fiscal quarter.
/// </summary>
public sealed class ImplementationShares(AppDbContext db)
{
    /// <summary>The decisions of one meeting.</summary>
    public Task<ImplementationShare> ForMeetingAsync(int meetingId, CancellationToken ct = default) =>
        ShareAsync(Issued(null).Where(m => m.Id == meetingId), ct);

    /// <summary>The decisions of every meeting the office convened (of one quarter, or all).</summary>
    public Task<ImplementationShare> ForOfficeAsync(int officeId, FiscalQuarter? quarter, CancellationToken ct = default) =>
        ShareAsync(Issued(quarter).Where(m => m.OfficeId == officeId), ct);

    /// <summary>The decisions of the office's meetings of one committee (monitoring → its committee meetings, ethics → ethics committee meetings).</summary>
    public Task<ImplementationShare> ForCommitteeAsync(int officeId, CommitteeKind committee, FiscalQuarter? quarter, CancellationToken ct = default)
    {
        var kind = MeetingKindOf(committee);
        return ShareAsync(Issued(quarter).Where(m => m.OfficeId == officeId && m.Kind == kind), ct);
    }

    /// <summary>
    /// What an implementing office did with what others assigned to it: its own progress rows, dropped ones left out,
    /// done ones implemented — whichever office convened the meeting.
    /// </summary>
    public async Task<ImplementationShare> ForImplementerAsync(int officeId, FiscalQuarter? quarter, CancellationToken ct = default)
    {
        var meetings = Issued(quarter);
        var rows = db.Set<DecisionProgress>().AsNoTracking()
            .Where(p => p.OfficeId == officeId && meetings.Any(m => m.Id == p.Decision.Item.MeetingId) && p.Status != DecisionStatus.Dropped);
        var counted = await rows.CountAsync(ct);
        var implemented = counted == 0 ? 0 : await rows.CountAsync(p => p.Status == DecisionStatus.Done, ct);
        return new ImplementationShare(implemented, counted);
    }

    /// <summary>The office's share in each quarter of a fiscal year, in one query per quarter.</summary>
    public async Task<IReadOnlyList<(FiscalQuarter Quarter, ImplementationShare Share)>> ForOfficeByQuarterAsync(int officeId, FiscalYear year, CancellationToken ct = default)
    {
        var list = new List<(FiscalQuarter, ImplementationShare)>();
        foreach (var q in year.Quarters) list.Add((q, await ForOfficeAsync(officeId, q, ct)));
        return list;
    }

    public static MeetingKind MeetingKindOf(CommitteeKind committee) => committee switch
    {
        CommitteeKind.CharterMonitoring => MeetingKind.MonitoringCommittee,
        CommitteeKind.Ethics => MeetingKind.EthicsCommittee,
        _ => throw new ArgumentOutOfRangeException(nameof(committee), committee, null),
    };

    private IQueryable<Meeting> Issued(FiscalQuarter? quarter)
    {
        var meetings = db.Meetings.AsNoTracking().Where(m => m.MinutesState == MinutesState.Issued);
        if (quarter is { } q)
        {
            var (from, to) = (q.Start, q.End);
            meetings = meetings.Where(m => m.Date >= from && m.Date <= to);
        }
        return meetings;
    }

    // Two COUNTs over the decisions with EXISTS subqueries on their progress rows; the same SQL shape on SQLite and PostgreSQL.
    private async Task<ImplementationShare> ShareAsync(IQueryable<Meeting> meetings, CancellationToken ct)
    {
        var decisions = db.Set<Decision>().AsNoTracking().Where(d => meetings.Any(m => m.Id == d.Item.MeetingId));
        var counted = await decisions.CountAsync(d => !d.Progress.Any() || d.Progress.Any(p => p.Status != DecisionStatus.Dropped), ct);
        if (counted == 0) return new ImplementationShare(0, 0);
        var implemented = await decisions.CountAsync(d => d.Progress.Any(p => p.Status == DecisionStatus.Done)
            && d.Progress.All(p => p.Status == DecisionStatus.Done || p.Status == DecisionStatus.Dropped), ct);
        return new ImplementationShare(implemented, counted);
    }
}
