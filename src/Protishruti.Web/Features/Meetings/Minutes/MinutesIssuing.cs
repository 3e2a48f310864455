using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>
/// Issues a meeting's minutes, and later its corrigenda: takes the office's next memo number, freezes the document
/// (<see cref="MinutesDocuments"/>) in the register and records the issue on the meeting, in one transaction — a
/// domain rule that refuses (before the meeting, dated before it or in the future, an implementer outside the
/// hierarchy) rolls the memo number back too. The meeting must be tracked and loaded with its agenda, decisions and
/// progress rows (<see cref="MeetingQueries.Whole"/>).
/// </summary>
public sealed class MinutesIssuing(AppDbContext db, IssuedDocuments issued, MeetingParties parties, MinutesDocuments documents,
    TimeProvider time, IAuditActor actor)
{
    public Task<IssuedDocument<MeetingMinutes>> IssueAsync(Meeting meeting, DateOnly dated, CancellationToken ct) =>
        IssuePastAsync(meeting, dated, null, ct);

    /// <summary>
    /// Issues the minutes, which for a meeting of an earlier quarter (<see cref="Meeting.IsRecordOfPast"/>) is
    /// recording minutes that went out long ago (ADR 0043): with <paramref name="printedNumber"/> the number they were
    /// printed with (kept as written, refused only when the office's register already has it; no serial is taken from
    /// a file), else the next number of the office's file; dated <paramref name="dated"/>; the signatory's holder on
    /// that date; decisions keep only the due dates written (none is defaulted, so none becomes overdue); nothing is
    /// mailed and no reminder is made (minutes never mail). For a current meeting <paramref name="printedNumber"/> must
    /// be null and this is <see cref="IssueAsync"/>. The meeting must be tracked and loaded whole.
    /// </summary>
    public Task<IssuedDocument<MeetingMinutes>> IssuePastAsync(Meeting meeting, DateOnly dated, string? printedNumber, CancellationToken ct) =>
        IssuePastAsync(meeting, dated, printedNumber, null, ct);

    /// <summary>As above, numbered (when no printed number is given) from the memo file <paramref name="memoFileId"/> the user chose.</summary>
    public Task<IssuedDocument<MeetingMinutes>> IssuePastAsync(Meeting meeting, DateOnly dated, string? printedNumber, int? memoFileId, CancellationToken ct) =>
        IssueCoreAsync(meeting, dated, printedNumber, memoFileId, withoutNumber: false, ct);

    /// <summary>
    /// Records minutes of the past as they were printed without any memo number (ADR 0048 addendum): the same path —
    /// claim, freeze, the meeting's issue — with a register row that has no number (<see cref="IssuedMemo.Unnumbered"/>)
    /// and a document with no memo line and no signature under it. Refused (field "WithoutNumber") for a current meeting.
    /// </summary>
    public Task<IssuedDocument<MeetingMinutes>> IssueWithoutNumberAsync(Meeting meeting, DateOnly dated, CancellationToken ct) =>
        IssueCoreAsync(meeting, dated, null, null, withoutNumber: true, ct);

    private async Task<IssuedDocument<MeetingMinutes>> IssueCoreAsync(Meeting meeting, DateOnly dated, string? printedNumber, int? memoFileId, bool withoutNumber,
        CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == meeting.OfficeId, ct);
        var catalog = await parties.ForAsync(office, ct);
        var facts = await documents.FactsAsync(meeting, catalog.OfficesOf, ct, dated);
        var now = time.GetUtcNow().ToOffset(Clock.BangladeshOffset).DateTime;
        if (withoutNumber)
        {
            if (printedNumber is not null) throw new ArgumentException("Minutes without a number carry no printed number.", nameof(printedNumber));
            meeting.CheckMayGoWithoutNumber(DateOnly.FromDateTime(now));
        }
        if (printedNumber is not null)
        {
            meeting.CheckMayCarryPrintedNumber(DateOnly.FromDateTime(now));
            await issued.EnsureFreeAsync(office.Id, printedNumber, ct);
        }

        return await AtomicallyAsync(async () =>
        {
            await db.ClaimAsync(meeting, AlreadyDone.Issued, ct); // exactly once (ADR 0033): a loser takes no number
            var title = MinutesDocuments.TitleOf(meeting.Title);
            Func<MemoLine, MeetingMinutes> build =
                memo =>
                {
                    if (!meeting.MinutesDistributionWritten)
                    {
                        // never written: the suggestion is what is issued, and is kept with the meeting from now on
                        var suggested = MinutesDocuments.SuggestedDistribution(meeting, facts);
                        meeting.WriteMinutesDistribution(suggested.Lines, suggested.Numbering);
                    }
                    return MinutesDocuments.Build(meeting, facts, memo, unnumbered: withoutNumber);
                };
            var doc = withoutNumber
                ? await issued.RecordUnnumberedAsync(office.Id, MemoDocumentKind.Minutes, title, IssuedMemo.UnnumberedMinutesKey(meeting.Id), dated, build, ct)
                : printedNumber is null
                ? await issued.IssueAsync(office.Id, memoFileId, MemoDocumentKind.Minutes, title, dated, build, ct)
                : await issued.RecordPrintedAsync(office.Id, MemoDocumentKind.Minutes, title, printedNumber, dated, build, ct);
            meeting.IssueMinutes(withoutNumber ? null : doc.Memo.Number, dated, now, actor.Current.UserName, catalog.OfficesOf);
            return doc;
        }, ct);
    }

    /// <summary>
    /// Issues a corrigendum: <paramref name="changes"/> edits the issued minutes (the domain lets it only here), and the
    /// corrected minutes are frozen as a new minutes document under the corrigendum's own memo number.
    /// </summary>
    public async Task<IssuedDocument<MeetingMinutes>> IssueCorrigendumAsync(Meeting meeting, DateOnly dated, string text, Action<Meeting> changes,
        CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == meeting.OfficeId, ct);
        var catalog = await parties.ForAsync(office, ct);
        var minutesMemo = meeting.MinutesMemoNumber ?? "";
        var minutesDate = meeting.MinutesDate ?? dated;

        return await AtomicallyAsync(async () =>
        {
            await db.ClaimAsync(meeting, AlreadyDone.Issued, ct); // exactly once (ADR 0033): a loser takes no number
            // The domain applies the changes when it records the corrigendum, which needs the memo number: both happen
            // inside the build, before the document is frozen, so the frozen copy is the corrected minutes.
            var facts = await documents.FactsAsync(meeting, catalog.OfficesOf, ct, dated);
            var doc = await issued.IssueAsync(office.Id, MemoDocumentKind.Minutes, "সংশোধিত " + MinutesDocuments.TitleOf(meeting.Title), dated, memo =>
            {
                var c = meeting.IssueCorrigendum(memo.Number!, dated, actor.Current.UserName, text, changes, catalog.OfficesOf);
                return MinutesDocuments.Build(meeting, facts, memo, new MinutesDocuments.CorrigendumNote(c.Number, minutesMemo, minutesDate, c.Text));
            }, ct);
            return doc;
        }, ct);
    }

    /// <summary>
    /// Runs <paramref name="work"/> and saves in one transaction — the caller's when one is open (the demo seeding's),
    /// else its own, which on failure is rolled back and the context's tracked changes (the taken number, the changed
    /// meeting) dropped, so nothing half-done is saved later.
    /// </summary>
    private async Task<T> AtomicallyAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await work();
            await db.SaveChangesAsync(ct);
            return inner;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await work();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        }
        catch
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
