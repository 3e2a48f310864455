using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Review;

/// <summary>Where a subordinate's report stands in its parent's review queue.</summary>
public enum QueueState
{
    /// <summary>Submitted, waiting for the parent's decision.</summary>
    Awaiting = 0,
    /// <summary>Sent back; waiting for the office to resubmit.</summary>
    Returned = 1,
    /// <summary>Not submitted and the deadline has passed.</summary>
    Missing = 2,
    /// <summary>Not submitted, still time (a draft, or not started).</summary>
    NotDue = 3,
    Accepted = 4,
}

/// <summary>One subordinate office in the queue, with its report (or none) for the period.</summary>
public sealed record QueueRow(
    int OfficeId,
    string Code,
    string NameBn,
    string NameEn,
    QueueState State,
    bool Started,
    bool Late,
    int Submissions,
    DateTime? SubmittedAt,
    DateTime? ReviewedAt,
    DateOnly DueOn)
{
    public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
}

/// <summary>
/// The parent office's side of progress reports (ADR 0025): the queue of its direct subordinates' reports for a
/// period, and the accept / return decision. A decision claims the report (ADR 0033) — only a report still at the
/// version the reviewer loaded changes state — inside the transaction that writes the step, so two reviewers posting at
/// once cannot both succeed and a half-written decision is never stored.
/// </summary>
public sealed class ReportReviews(AppDbContext db)
{
    /// <summary>Every direct subordinate of <paramref name="parent"/> with its report's state; oldest waiting first.</summary>
    public async Task<IReadOnlyList<QueueRow>> QueueAsync(Office parent, ActionPlan plan, ReportPeriod period, DateOnly today, CancellationToken ct = default)
    {
        var offices = await db.Offices.AsNoTracking().Where(o => o.ParentId == parent.Id)
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind }).ToListAsync(ct);
        var ids = offices.Select(o => o.Id).ToList();
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.ActionPlanId == plan.Id && r.Period == period && ids.Contains(r.OfficeId))
            .Select(r => new { r.OfficeId, r.State, r.SubmittedLate, r.Submissions, r.LastSubmittedAt, r.ReviewedAt, r.DueOn })
            .ToDictionaryAsync(r => r.OfficeId, ct);
        var configured = await db.ReportingDeadlines.AsNoTracking()
            .Where(d => d.FiscalYearStart == plan.FiscalYearStart && d.Period == period).ToListAsync(ct);
        var rows = offices.Select(o =>
        {
            if (reports.TryGetValue(o.Id, out var r))
            {
                var state = r.State switch
                {
                    ReportState.Submitted => QueueState.Awaiting,
                    ReportState.Returned => QueueState.Returned,
                    ReportState.Accepted => QueueState.Accepted,
                    _ => today > r.DueOn ? QueueState.Missing : QueueState.NotDue,
                };
                return new QueueRow(o.Id, o.Code, o.NameBn, o.NameEn, state, true, r.SubmittedLate, r.Submissions, r.LastSubmittedAt, r.ReviewedAt, r.DueOn);
            }
            // Never opened: the deadline is the one the office's tier would get when it starts the report.
            var due = ReportingCalendar.DueOn(plan.FiscalYear, period, o.Kind, configured);
            return new QueueRow(o.Id, o.Code, o.NameBn, o.NameEn, today > due ? QueueState.Missing : QueueState.NotDue, false, false, 0, null, null, due);
        });
        return rows.OrderBy(r => r.State).ThenBy(r => r.SubmittedAt ?? DateTime.MaxValue).ThenBy(r => r.NameEn, StringComparer.Ordinal).ToList();
    }

    /// <summary>The report under review (tracked, with entries and steps), or null when the office never opened it.</summary>
    public Task<ProgressReport?> FindAsync(int officeId, int planId, ReportPeriod period, CancellationToken ct = default) =>
        db.ProgressReports.Include(r => r.Plan).ThenInclude(p => p.Indicators).Include(r => r.Steps)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.OfficeId == officeId && r.ActionPlanId == planId && r.Period == period, ct);

    /// <summary>The submission a reviewer decides on: the latest one.</summary>
    public static ReportStep? LatestSubmission(ProgressReport report) =>
        report.Steps.Where(s => s.Kind == ReportStepKind.Submitted).MaxBy(s => s.Id);

    public Task AcceptAsync(ProgressReport report, long submissionSeen, DateTimeOffset now, string by, string? userId, string? comment, CancellationToken ct = default) =>
        DecideAsync(report, submissionSeen, r => r.Accept(now, by, userId, Checked(comment)), ct);

    public Task ReturnAsync(ProgressReport report, long submissionSeen, DateTimeOffset now, string by, string? userId, string? comment,
        IReadOnlyList<IndicatorComment> comments, CancellationToken ct = default) =>
        DecideAsync(report, submissionSeen, r => r.Return(now, by, userId, Checked(comment),
            comments.Where(c => !string.IsNullOrWhiteSpace(c.Comment)).Select(c => c with { Comment = Checked(c.Comment, c.IndicatorId)! }).ToList()), ct);

    public const int MaxCommentLength = 4000;

    private static string? Checked(string? comment, int? indicatorId = null)
    {
        if (comment is null || comment.Trim().Length <= MaxCommentLength) return comment;
        throw new DomainException($"A comment can be at most {MaxCommentLength} characters long.",
            $"মন্তব্য সর্বোচ্চ {BengaliDigits.ToBengali(MaxCommentLength)} অক্ষরের হতে পারে।")
        { Field = indicatorId is { } id ? $"Comments[{id}]" : "Comment" };
    }

    /// <summary>
    /// Applies the decision and saves it — or throws a <see cref="DomainException"/> and stores nothing: the report is
    /// no longer waiting (the domain's message), it was resubmitted after the reviewer opened it, or another reviewer
    /// decided first. On a refusal the context is cleared, so the caller reloads what is stored.
    /// </summary>
    private async Task DecideAsync(ProgressReport report, long submissionSeen, Action<ProgressReport> decide, CancellationToken ct)
    {
        try
        {
            if (report.State == ReportState.Submitted && LatestSubmission(report)?.Id != submissionSeen)
                throw new DomainException("The office resubmitted the report after you opened it; review the new submission.",
                    "আপনি খোলার পর দপ্তর প্রতিবেদনটি পুনরায় দাখিল করেছে; নতুন দাখিলটি পর্যালোচনা করুন।");
            decide(report);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The claim (ADR 0033): of two reviewers deciding at once on the report as they loaded it, only the first
            // moves its version on (PostgreSQL re-checks the condition after the other's row lock is released; SQLite's
            // transaction holds the write lock); the other stores nothing.
            await db.ClaimAsync(report, AlreadyDone.Decided, ct);
            await db.SaveChangesAsync(ct); // the state and the step (audited)
            await tx.CommitAsync(ct);
        }
        catch (DomainException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
