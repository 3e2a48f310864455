using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// The next meeting's agenda item "বিগত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা": the decisions of the
/// previous meeting of the same office and kind (issued minutes, held before this one) with each implementing
/// office's status, written by <see cref="Meeting.AddReviewOf"/>. The caller saves.
/// </summary>
public sealed class DecisionReview(AppDbContext db)
{
    /// <summary>
    /// Adds the review to a draft meeting and returns it; returns the item already there when the meeting has it (it is
    /// never added twice), and null when there is no previous meeting with issued minutes to review. A notice already
    /// issued refuses it with the domain's message (a <see cref="Protishruti.Domain.DomainException"/>).
    /// </summary>
    public async Task<AgendaItem?> AddPreviousDecisionsAsync(Meeting next, CancellationToken ct = default)
    {
        if (next.Agenda.FirstOrDefault(a => a.Title == Meeting.ReviewTitle) is { } existing) return existing;
        var previous = await PreviousAsync(next, ct);
        if (previous is null) return null;
        var ids = previous.Decisions.SelectMany(d => d.Progress).Select(p => p.OfficeId).Distinct().ToList();
        var names = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.NameBn }).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        // The agenda is official text: Bengali names, whatever the reader's language.
        return next.AddReviewOf(previous, id => names.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The latest meeting of the same office and kind with issued minutes, held before <paramref name="next"/>'s date.</summary>
    public Task<Meeting?> PreviousAsync(Meeting next, CancellationToken ct = default) =>
        db.Meetings.AsNoTracking()
            .Where(m => m.OfficeId == next.OfficeId && m.Kind == next.Kind && m.MinutesState == MinutesState.Issued
                        && m.Id != next.Id && m.Date < next.Date)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
}
