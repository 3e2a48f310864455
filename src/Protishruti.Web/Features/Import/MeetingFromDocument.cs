using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Import;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Features.Meetings.Notices;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// Saves a corrected notice, minutes, or a notice followed by its minutes, read from one file, as ONE past meeting with
/// its documents issued (ADR 0042 on ADR 0043's records of the past): the meeting with its date, time, venue and chair;
/// the notice with its text as printed (no agenda list of its own unless typed), its distribution, issued through
/// NoticeIssuing.IssuePastAsync under the memo number as printed; then the minutes' rows as items with their discussion
/// and decision (implementers as written, or the office when one is named exactly), issued through
/// MinutesIssuing.IssuePastAsync — no e-mail, no default due dates; then the original file kept as the meeting's
/// <see cref="SourceDocument"/>. All in one transaction: a refusal leaves nothing behind and names the form field it
/// concerns. A notice of a meeting that is not in an earlier quarter is not a record: it is refused (the page offers to
/// save it as a draft meeting instead, whose notice is then issued from the meeting's page, with e-mails).
/// </summary>
public sealed class MeetingFromDocument(AppDbContext db, MinutesIssuing minutes, NoticeIssuing notices, SourceFiles sources, TimeProvider clock)
{
    /// <summary>Why nothing was saved, and the form field it concerns; <c>OfferDraft</c>: a current notice, which may be saved as a draft meeting.</summary>
    public sealed record Refusal(string Field, DomainException Error, bool OfferDraft = false);

    /// <summary>One document of the form and the prefix of its fields ("Docs[0]").</summary>
    public sealed record Part(DocumentInput Input, string Prefix);

    /// <summary>The staged original and the name it was uploaded under.</summary>
    public sealed record Original(string StagedPath, string FileName);

    private enum Stage { Building, Notice, Minutes }

    /// <summary>Minutes alone (the form's <paramref name="prefix"/>), kept as before.</summary>
    public Task<(Meeting? Meeting, Refusal? Refused)> SaveAsync(Office office, DocumentInput doc, string prefix, Original original, CancellationToken ct) =>
        SaveAsync(office, null, new Part(doc, prefix), new Part(doc, prefix), original, draft: false, ct);

    /// <summary>
    /// A notice and/or minutes as one meeting. <paramref name="chosen"/> is the document whose button was pressed (its
    /// kind of meeting is used). With <paramref name="draft"/> only the notice is saved, not issued.
    /// </summary>
    public async Task<(Meeting? Meeting, Refusal? Refused)> SaveAsync(Office office, Part? notice, Part? minutesPart, Part chosen, Original original,
        bool draft, CancellationToken ct)
    {
        if (draft) minutesPart = null;
        var main = minutesPart ?? notice ?? throw new ArgumentException("A notice or minutes is needed.", nameof(notice));
        var (dateField, timeField) = minutesPart is not null ? ("Date", "Time") : ("MeetingDate", "MeetingTime");
        var dateText = minutesPart is not null ? main.Input.Date : main.Input.MeetingDate;
        var timeText = minutesPart is not null ? main.Input.Time : main.Input.MeetingTime;
        if (!TryDate(dateText, out var date))
            return (null, new($"{main.Prefix}.{dateField}", new DomainException("Write the meeting's date.", "সভার তারিখ লিখুন।")));
        if (!TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return (null, new($"{main.Prefix}.{timeField}", new DomainException("Write the meeting's time.", "সভার সময় লিখুন।")));
        var noticeOn = default(DateOnly);
        if (notice is not null && !draft && !TryDate(notice.Input.IssuedOn, out noticeOn))
            return (null, new($"{notice.Prefix}.IssuedOn", new DomainException("Write the date the notice was issued.", "নোটিশ জারির তারিখ লিখুন।")));
        var minutesOn = default(DateOnly);
        if (minutesPart is not null && !TryDate(minutesPart.Input.IssuedOn, out minutesOn))
            return (null, new($"{minutesPart.Prefix}.IssuedOn", new DomainException("Write the date the minutes were issued.", "কার্যবিবরণী জারির তারিখ লিখুন।")));
        if (!Enum.TryParse<MeetingKind>(chosen.Input.MeetingKind, out var kind) || !Enum.IsDefined(kind))
            return (null, new($"{chosen.Prefix}.MeetingKind", new DomainException("Choose the kind of meeting.", "সভার ধরন বেছে নিন।")));

        var today = clock.TodayInBangladesh();
        if (notice is not null && !draft && date >= Domain.Calendar.FiscalQuarter.Of(today).Start)
        {
            // Issued here, a current notice would take a record's path silently: no e-mails to anyone invited.
            return (null, new($"{main.Prefix}.{dateField}", new DomainException(
                "This meeting is in the current quarter (or later), so its notice is not a record of the past: issued here, nobody would be e-mailed. "
                + "Save it as a draft meeting instead, then add its agenda and invitees and issue the notice from the meeting's notice page.",
                "এই সভা চলতি (বা পরের) প্রান্তিকের, তাই এর নোটিশ অতীতের রেকর্ড নয়: এখানে জারি করলে কাউকে ই-মেইল যাবে না। "
                + "বরং খসড়া সভা হিসেবে সংরক্ষণ করুন, তারপর সভার নোটিশ পাতায় আলোচ্যসূচি ও আমন্ত্রিতদের যোগ করে নোটিশ জারি করুন।"), OfferDraft: true));
        }

        List<(int Id, string NameBn)> offices = minutesPart is null ? []
            : (await db.Offices.AsNoTracking().Select(o => new { o.Id, o.NameBn }).ToListAsync(ct)).Select(o => (o.Id, o.NameBn)).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var field = "";
        var stage = Stage.Building;
        try
        {
            field = $"{main.Prefix}.Venue";
            var meeting = new Meeting(office.Id, kind, TitleOf(notice, minutesPart, kind), date, time, main.Input.Venue, null);
            if (notice is { } n)
            {
                // The notice is kept as printed: its text says when, where and (if it does) what; no standard lines are added.
                field = $"{n.Prefix}.Body";
                meeting.WriteNoticeText(n.Input.Body, omitDetails: true, omitAgenda: !draft);
                field = $"{n.Prefix}.Agenda";
                foreach (var line in DocumentInput.SplitLines(n.Input.Agenda)) meeting.AddAgendaItem(line);
                field = $"{n.Prefix}.Distribution";
                var lines = DistributionLine.Paste(n.Input.Distribution, false).Concat(DistributionLine.Paste(n.Input.Copies, true)).ToList();
                if (lines.Count > 0) meeting.WriteNoticeDistribution(lines, ListNumbering.Dari);
            }
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(ct); // the issues need the meeting's id
            if (notice is { } issuedNotice && !draft)
            {
                stage = Stage.Notice;
                field = "";
                await notices.IssuePastAsync(meeting, noticeOn, Printed(issuedNotice.Input.MemoNumber), issuedNotice.Input.SignatoryPostId, ct);
            }
            if (minutesPart is { } m)
            {
                stage = Stage.Building;
                AddRows(meeting, m, offices, afterNotice: notice is not null, ref field);
                field = $"{m.Prefix}.Chair";
                meeting.SetMinutesFrame(m.Input.Chair, null, null, m.Input.SignatoryPostId);
                field = $"{m.Prefix}.Distribution";
                var lines = DistributionLine.Paste(m.Input.Distribution, false).Concat(DistributionLine.Paste(m.Input.Copies, true)).ToList();
                if (lines.Count > 0) meeting.WriteMinutesDistribution(lines, ListNumbering.Dari);
                await db.SaveChangesAsync(ct);
                stage = Stage.Minutes;
                field = "";
                var whole = await db.Whole().SingleAsync(x => x.Id == meeting.Id, ct);
                if (m.Input.WithoutNumber) // printed without any memo number (ADR 0048 addendum)
                {
                    if (Printed(m.Input.MemoNumber) is not null)
                        throw new DomainException("Either keep the printed memo number or record the minutes without one, not both.",
                            "হয় ছাপা স্মারক নম্বর রাখুন, নয়তো কার্যবিবরণী নম্বর ছাড়া লিপিবদ্ধ করুন; দুটো একসাথে নয়।") { Field = "WithoutNumber" };
                    await minutes.IssueWithoutNumberAsync(whole, minutesOn, ct);
                }
                else
                    await minutes.IssuePastAsync(whole, minutesOn, Printed(m.Input.MemoNumber), ct);
            }
            var kinds = string.Join("+", new[] { notice is null ? null : ImportedDocument.Notice, minutesPart is null ? null : ImportedDocument.Minutes }.OfType<string>());
            var (path, sha, length) = await sources.KeepAsync(original.StagedPath, ct);
            db.SourceDocuments.Add(new SourceDocument(office.Id, SourceDocument.MeetingRecord, meeting.Id, kinds, original.FileName, path, sha, length, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return (meeting, null);
        }
        catch (DomainException e)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var at = (stage, e.Field) switch
            {
                (Stage.Notice, "PrintedNumber") => $"{notice!.Prefix}.MemoNumber",
                (Stage.Notice, "IssuedOn") => $"{notice!.Prefix}.IssuedOn",
                (Stage.Notice, "SignatoryPostId") => $"{notice!.Prefix}.SignatoryPostId",
                (Stage.Notice, "Agenda") => $"{notice!.Prefix}.Agenda",
                (Stage.Minutes, "PrintedNumber") => $"{minutesPart!.Prefix}.MemoNumber",
                (Stage.Minutes, "WithoutNumber") => $"{minutesPart!.Prefix}.WithoutNumber",
                (Stage.Minutes, "MinutesDate") => $"{minutesPart!.Prefix}.IssuedOn",
                (Stage.Minutes, "SignatoryPostId") => $"{minutesPart!.Prefix}.SignatoryPostId",
                (_, "Chair") when minutesPart is not null => $"{minutesPart.Prefix}.Chair",
                (_, "Title") => $"{main.Prefix}.Title",
                (_, "Date") => $"{main.Prefix}.{dateField}",
                _ => field,
            };
            return (null, new(at, e));
        }
    }

    private static void AddRows(Meeting meeting, Part m, List<(int Id, string NameBn)> offices, bool afterNotice, ref string field)
    {
        var n = 0;
        foreach (var row in m.Input.Rows.Where(r => !r.Remove))
        {
            n++;
            var at = $"{m.Prefix}.Rows[{m.Input.Rows.IndexOf(row)}]";
            field = $"{at}.Subject";
            var title = string.IsNullOrWhiteSpace(row.Subject) ? $"বিষয় {Domain.Calendar.BengaliDigits.ToBengali(n)}" : row.Subject.Trim();
            // After an issued notice the items are the minutes' own (its text, as printed, listed none).
            var item = afterNotice ? meeting.AddItemAtMeeting(title) : meeting.AddAgendaItem(title);
            field = $"{at}.Discussion";
            if (!string.IsNullOrWhiteSpace(row.Discussion)) meeting.SetDiscussion(item, row.Discussion.Trim());
            if (string.IsNullOrWhiteSpace(row.Decision)) continue;
            field = $"{at}.Implementer";
            var implementers = new List<Party>();
            if (!string.IsNullOrWhiteSpace(row.Implementer))
            {
                var text = row.Implementer.Trim();
                var match = offices.FirstOrDefault(o => o.NameBn == text);
                implementers.Add(match.Id > 0 ? Party.Office(match.Id, text) : Party.Text(text));
            }
            field = $"{at}.Decision";
            meeting.AddDecision(item, row.Decision.Trim(), implementers);
        }
    }

    /// <summary>The minutes' title ("… সভার কার্যবিবরণী"), else the notice's unless it is only "সভার নোটিশ", else the kind's name.</summary>
    private static string TitleOf(Part? notice, Part? minutesPart, MeetingKind kind)
    {
        if (!string.IsNullOrWhiteSpace(minutesPart?.Input.Title)) return minutesPart.Input.Title.Trim();
        var t = notice?.Input.Title?.Trim();
        return string.IsNullOrEmpty(t) || (t.Length < 30 && t.EndsWith("নোটিশ", StringComparison.Ordinal)) ? kind.Bn() : t;
    }

    private static string? Printed(string? memo) => string.IsNullOrWhiteSpace(memo) ? null : memo;

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
