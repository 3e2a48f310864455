using System.Text;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Features.Meetings.Notices;

/// <summary>A notice issued: the meeting's record of it, the register row with the frozen document, the e-mails queued.</summary>
public sealed record IssuedNotice(NoticeIssue Issue, IssuedMemo Memo, MeetingNotice Document, IReadOnlyList<OutboxMessage> Mail);

/// <summary>
/// Issues a meeting's notice, its amendments and its cancellation: each takes the office's next memo number, freezes
/// the document (<see cref="NoticeDocuments"/>), records the issue on the meeting and queues an e-mail to every invitee
/// that has an address (the others are listed for delivery by hand) — all in one transaction, so a refusal after the
/// number was taken gives it back. The rules that need no number are checked first, so a refused notice uses none.
/// The meeting must be tracked, with its agenda loaded. Used by the notice page and by the demo data.
/// </summary>
public sealed class NoticeIssuing(AppDbContext db, IssuedDocuments issued, NoticeDocuments documents, MeetingParties parties, Outbox outbox,
    IAuditActor actor, IConfiguration config, IHttpContextAccessor http, TimeProvider time)
{
    public Task<IssuedNotice> IssueAsync(Meeting meeting, DateOnly issuedOn, int? signatoryPostId = null, CancellationToken ct = default) =>
        IssuePastAsync(meeting, issuedOn, null, signatoryPostId, ct);

    /// <summary>
    /// Issues the notice of a meeting, which for a meeting of an earlier quarter (<see cref="Meeting.IsRecordOfPast"/>)
    /// is recording a document that went out long ago (ADR 0043): with <paramref name="printedNumber"/> the number it was
    /// printed with (kept as written, refused only when the office's register already has it; no serial is taken from a
    /// file), else the next number of the office's file; dated <paramref name="issuedOn"/> (on or before the meeting);
    /// signed by the holder of the post on that date; no e-mail is queued and no invitee is required. For a current
    /// meeting <paramref name="printedNumber"/> must be null and this is <see cref="IssueAsync"/>: e-mails to the invitees.
    /// The meeting must be tracked, with its agenda loaded. <see cref="IssuedNotice.Mail"/> is empty for a record.
    /// </summary>
    public Task<IssuedNotice> IssuePastAsync(Meeting meeting, DateOnly issuedOn, string? printedNumber, int? signatoryPostId = null,
        CancellationToken ct = default) =>
        IssuePastAsync(meeting, issuedOn, printedNumber, signatoryPostId, null, ct);

    /// <summary>As above, numbered (when no printed number is given) from the memo file <paramref name="memoFileId"/> the user chose.</summary>
    public async Task<IssuedNotice> IssuePastAsync(Meeting meeting, DateOnly issuedOn, string? printedNumber, int? signatoryPostId, int? memoFileId,
        CancellationToken ct = default)
    {
        var today = time.TodayInBangladesh();
        meeting.CheckNoticeCanBeIssued(issuedOn, today);
        var (office, catalog) = await HierarchyAsync(meeting, ct);
        if (printedNumber is not null)
        {
            meeting.CheckMayCarryPrintedNumber(today);
            await issued.EnsureFreeAsync(office.Id, printedNumber, ct); // refused before anything is changed
        }
        await documents.SignatoryAsync(office, signatoryPostId, issuedOn, ct); // refuse a wrong signatory before a number is taken
        return await InTransactionAsync(meeting, office, catalog, NoticeIssueKind.Original, null, issuedOn, signatoryPostId,
            memo => meeting.IssueNotice(memo, issuedOn, By, today), ct, printedNumber, memoFileId);
    }

    /// <summary>
    /// Changes the issued notice inside <paramref name="changes"/> (date, time, venue, agenda, invitees) and issues the
    /// সংশোধিত নোটিশ, numbered from the memo file <paramref name="memoFileId"/> the user chose (null: the office's notice file).
    /// </summary>
    public async Task<IssuedNotice> AmendAsync(Meeting meeting, DateOnly issuedOn, string reason, Action<Meeting> changes, int? signatoryPostId = null,
        int? memoFileId = null, CancellationToken ct = default)
    {
        if (meeting.NoticeState != NoticeState.Issued)
            throw new DomainException("Only an issued notice is amended.", "শুধু জারি করা নোটিশ সংশোধন করা যায়।");
        if (meeting.MinutesState == MinutesState.Issued)
            throw new DomainException("The minutes are issued; the notice no longer changes.", "কার্যবিবরণী জারি হয়েছে; নোটিশ আর বদলায় না।");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Say what the amendment changes.", "সংশোধনীতে কী বদলাল তা লিখুন।") { Field = "Reason" };
        var (office, catalog) = await HierarchyAsync(meeting, ct);
        await documents.SignatoryAsync(office, signatoryPostId, issuedOn, ct);
        return await InTransactionAsync(meeting, office, catalog, NoticeIssueKind.Amendment, reason.Trim(), issuedOn, signatoryPostId,
            memo => meeting.AmendNotice(memo, issuedOn, By, reason, m =>
            {
                changes(m);
                if (m.Agenda.Count == 0)
                    throw new DomainException("The notice needs at least one agenda item.", "নোটিশে অন্তত একটি আলোচ্য বিষয় দিন।") { Field = "Agenda" };
                if (m.Invitees.Count == 0)
                    throw new DomainException("The notice needs at least one invitee.", "নোটিশে অন্তত একজন আমন্ত্রিত দিন।") { Field = "Invitees" };
            }), ct, memoFileId: memoFileId);
    }

    /// <summary>
    /// Cancels the meeting with the issued সভা স্থগিত/বাতিল সংক্রান্ত নোটিশ, sent to the same invitees, numbered from the memo
    /// file <paramref name="memoFileId"/> the user chose (null: the office's notice file).
    /// </summary>
    public async Task<IssuedNotice> CancelAsync(Meeting meeting, DateOnly issuedOn, string reason, int? signatoryPostId = null, int? memoFileId = null,
        CancellationToken ct = default)
    {
        if (meeting.NoticeState == NoticeState.Cancelled) throw new AlreadyDoneException(AlreadyDone.Cancelled); // a second click
        if (meeting.NoticeState != NoticeState.Issued)
            throw new DomainException("Only an issued notice is cancelled; a draft is simply deleted.", "শুধু জারি করা নোটিশ বাতিল হয়; খসড়া মুছে ফেলা যায়।");
        if (meeting.MinutesState == MinutesState.Issued || meeting.Attendees.Count > 0)
            throw new DomainException("The meeting has been held; it can no longer be cancelled.", "সভা অনুষ্ঠিত হয়েছে; আর বাতিল করা যায় না।");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Say why the meeting is cancelled.", "সভা বাতিলের কারণ লিখুন।") { Field = "Reason" };
        var (office, catalog) = await HierarchyAsync(meeting, ct);
        await documents.SignatoryAsync(office, signatoryPostId, issuedOn, ct);
        return await InTransactionAsync(meeting, office, catalog, NoticeIssueKind.Cancellation, reason.Trim(), issuedOn, signatoryPostId,
            memo => meeting.Cancel(memo, issuedOn, By, reason), ct, memoFileId: memoFileId);
    }

    private string By => actor.Current.UserName;

    private async Task<IssuedNotice> InTransactionAsync(Meeting meeting, Office office, PartyCatalog catalog, NoticeIssueKind kind, string? reason,
        DateOnly issuedOn, int? signatoryPostId, Func<string, NoticeIssue> record, CancellationToken ct, string? printedNumber = null, int? memoFileId = null)
    {
        var past = meeting.IsRecordOfPast(time.TodayInBangladesh());
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Exactly once (ADR 0033): of requests that loaded the meeting at this version, one goes on; the others stop
            // here, before a memo number is taken, a document frozen or an e-mail queued.
            await db.ClaimAsync(meeting, AlreadyDone.Issued, ct);
            // The amendment's document shows the meeting as amended: record first (with a placeholder), then build.
            var parent = office.ParentId is { } pid ? await db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Id == pid, ct) : null;
            var signature = await documents.SignatoryAsync(office, signatoryPostId, issuedOn, ct);
            NoticeIssue? issue = null;
            MeetingNotice? built = null;
            var title = $"{NoticeDocuments.TitleOf(kind)}: {meeting.Title}";
            Func<MemoLine, MeetingNotice> build = memo =>
            {
                var previous = NoticeDocuments.Last(meeting.NoticeIssues);
                if (!meeting.NoticeDistributionWritten && meeting.NoticeState == NoticeState.Draft)
                {
                    // never written: the suggestion is what is issued, and is kept with the meeting from now on
                    var suggested = NoticeDocuments.SuggestedDistribution(meeting, office, parent);
                    meeting.WriteNoticeDistribution(suggested.Lines, suggested.Numbering);
                }
                issue = record(memo.Number!);
                CheckHierarchy(meeting, catalog);
                built = NoticeDocuments.Build(meeting, office, parent, kind, reason, previous, signature, memo);
                return built;
            };
            var doc = printedNumber is null
                ? await issued.IssueAsync(office.Id, memoFileId, MemoDocumentKind.Notice, title, issuedOn, build, ct)
                : await issued.RecordPrintedAsync(office.Id, MemoDocumentKind.Notice, title, printedNumber, issuedOn, build, ct);
            // A record of the past went out long ago: nobody is mailed now (ADR 0043).
            IReadOnlyList<OutboxMessage> mail = past ? []
                : await outbox.EnqueueAsync(office.Id, Recipients(meeting, catalog, await ContactsAsync(meeting, catalog, issuedOn, ct)),
                    Subject(built!, meeting), Body(built!, office, doc.Memo.Id), doc.Memo.Id, $"meeting:{meeting.Id}:notice:{issue!.Number}", ct);
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
            return new IssuedNotice(issue!, doc.Memo, built!, mail);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private async Task<(Office, PartyCatalog)> HierarchyAsync(Meeting meeting, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == meeting.OfficeId, ct);
        var catalog = await parties.ForAsync(office, ct);
        CheckHierarchy(meeting, catalog);
        return (office, catalog);
    }

    /// <summary>An invitee stored earlier that the hierarchy no longer holds (an office moved away) is refused, not mailed.</summary>
    private static void CheckHierarchy(Meeting meeting, PartyCatalog catalog)
    {
        foreach (var p in meeting.Invitees)
            catalog.EnsureInvitable(p); // throws the catalog's bilingual message
    }

    private sealed record Contacts(Dictionary<int, (string Name, string? Email)> Offices, Dictionary<int, string?> Posts);

    private async Task<Contacts> ContactsAsync(Meeting meeting, PartyCatalog catalog, DateOnly today, CancellationToken ct)
    {
        var officeIds = meeting.Invitees.Where(p => p.Kind is PartyKind.Office or PartyKind.Group).SelectMany(catalog.OfficesOf).Distinct().ToList();
        var offices = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameBn, o.Email }).ToDictionaryAsync(o => o.Id, o => (o.NameBn, o.Email), ct);
        // An office without an address of its own is reached at its head's post (else the lowest sort order with an address).
        var without = offices.Where(o => Outbox.Valid(o.Value.Email) is null).Select(o => o.Key).ToList();
        var heads = (await db.Posts.AsNoTracking().Where(p => without.Contains(p.OfficeId) && p.Email != null)
                .Select(p => new { p.OfficeId, p.IsHead, p.SortOrder, p.Id, p.Email }).ToListAsync(ct))
            .GroupBy(p => p.OfficeId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).First().Email);
        foreach (var (id, email) in heads) offices[id] = (offices[id].NameBn, email);
        var postIds = meeting.Invitees.Where(p => p.Kind == PartyKind.Post).Select(p => p.PostId!.Value).ToList();
        var posts = await db.Posts.AsNoTracking().Include(p => p.Incumbencies).ThenInclude(i => i.Person)
            .Where(p => postIds.Contains(p.Id)).ToListAsync(ct);
        return new Contacts(offices, posts.ToDictionary(p => p.Id, p => p.Email ?? p.HolderOn(today)?.Person.Email));
    }

    /// <summary>
    /// Whom the notice is mailed to: an office at its address, a post at the post's (else its holder's), every office of
    /// a group at its own (an office without one at its head's post); a free-text invitee has none and is listed for delivery by hand.
    /// </summary>
    private static IEnumerable<MailRecipient> Recipients(Meeting meeting, PartyCatalog catalog, Contacts contacts)
    {
        foreach (var p in meeting.Invitees)
        {
            switch (p.Kind)
            {
                case PartyKind.Office:
                case PartyKind.Group:
                    foreach (var id in catalog.OfficesOf(p))
                        if (contacts.Offices.TryGetValue(id, out var o))
                            yield return new MailRecipient(p.Kind == PartyKind.Office ? p.LabelBn : o.Name, o.Email);
                    break;
                case PartyKind.Post:
                    yield return new MailRecipient(p.LabelBn, contacts.Posts.GetValueOrDefault(p.PostId!.Value));
                    break;
                default:
                    yield return new MailRecipient(p.LabelBn, null);
                    break;
            }
        }
    }

    /// <summary>"সভার নোটিশ: সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা — ৩ ডিসেম্বর ২০২৬ খ্রিষ্টাব্দ".</summary>
    private static string Subject(MeetingNotice notice, Meeting meeting) =>
        $"{notice.Title}: {meeting.Title} — {OfficialDate.GregorianLine(notice.MeetingDate)}";

    private string Body(MeetingNotice n, Office office, long memoId)
    {
        var b = new StringBuilder();
        b.AppendLine(office.NameBn);
        b.AppendLine($"{MemoLine.Label}: {n.Memo.NumberText}    তারিখ: {n.Memo.BanglaDate} / {n.Memo.GregorianDate}");
        b.AppendLine();
        b.AppendLine(n.Title);
        b.AppendLine();
        b.AppendLine(n.Body);
        b.AppendLine();
        b.AppendLine($"তারিখ: {OfficialDate.Line(n.MeetingDate)} ({BanglaTime.Weekday(n.MeetingDate.DayOfWeek)})");
        b.AppendLine($"সময়: {BanglaTime.Text(n.MeetingTime)}");
        if (!string.IsNullOrWhiteSpace(n.Venue)) b.AppendLine($"স্থান: {n.Venue}");
        if (!string.IsNullOrWhiteSpace(n.OnlineLink)) b.AppendLine($"অনলাইন লিংক: {n.OnlineLink}");
        if (n.Agenda.Count > 0)
        {
            b.AppendLine();
            b.AppendLine("আলোচ্যসূচি:");
            for (var i = 0; i < n.Agenda.Count; i++) b.AppendLine($"{Distribution.Serial(i)} {n.Agenda[i]}");
        }
        b.AppendLine();
        foreach (var line in n.Signature.Lines()) b.AppendLine(line);
        b.AppendLine();
        b.AppendLine($"নোটিশটি (পিডিএফ): {BaseUrl()}{Links.Memos.Document(office.Code, memoId)}.pdf");
        return b.ToString();
    }

    /// <summary>The PublicBaseUrl setting, else the address the request came to; empty in a job without either.</summary>
    private string BaseUrl() =>
        config["PublicBaseUrl"]?.TrimEnd('/') is { Length: > 0 } b ? b
        : http.HttpContext?.Request is { } r ? $"{r.Scheme}://{r.Host}{r.PathBase}"
        : "";
}
