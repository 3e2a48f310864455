using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings.Minutes;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// Saves corrected minutes read from a document as a past meeting with its minutes issued (ADR 0042 on ADR 0043's
/// records of the past): the meeting with its date, time, venue and chair, one agenda item per row with its discussion
/// and decision (implementers as written, or the office when one is named exactly), then
/// MinutesIssuing.IssuePastAsync with the memo number as printed — no e-mail, no default due dates. All
/// in one transaction: a refusal leaves nothing behind and names the form field it concerns.
/// </summary>
public sealed class MeetingFromDocument(AppDbContext db, MinutesIssuing minutes)
{
    public sealed record Refusal(string Field, DomainException Error);

    public async Task<(Meeting? Meeting, Refusal? Refused)> SaveAsync(Office office, DocumentInput doc, string prefix, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(doc.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (null, new($"{prefix}.Date", new DomainException("Write the meeting's date.", "সভার তারিখ লিখুন।")));
        if (!TimeOnly.TryParseExact(doc.Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return (null, new($"{prefix}.Time", new DomainException("Write the meeting's time.", "সভার সময় লিখুন।")));
        if (!DateOnly.TryParseExact(doc.IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issuedOn))
            return (null, new($"{prefix}.IssuedOn", new DomainException("Write the date the minutes were issued.", "কার্যবিবরণী জারির তারিখ লিখুন।")));
        if (!Enum.TryParse<MeetingKind>(doc.MeetingKind, out var kind) || !Enum.IsDefined(kind))
            return (null, new($"{prefix}.MeetingKind", new DomainException("Choose the kind of meeting.", "সভার ধরন বেছে নিন।")));

        var offices = await db.Offices.AsNoTracking().Select(o => new { o.Id, o.NameBn }).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var field = "";
        try
        {
            var meeting = new Meeting(office.Id, kind, string.IsNullOrWhiteSpace(doc.Title) ? kind.Bn() : doc.Title.Trim(), date, time, doc.Venue, null);
            var n = 0;
            foreach (var row in doc.Rows.Where(r => !r.Remove))
            {
                n++;
                field = $"{prefix}.Rows[{doc.Rows.IndexOf(row)}].Subject";
                var item = meeting.AddAgendaItem(string.IsNullOrWhiteSpace(row.Subject) ? $"বিষয় {Protishruti.Domain.Calendar.BengaliDigits.ToBengali(n)}" : row.Subject.Trim());
                field = $"{prefix}.Rows[{doc.Rows.IndexOf(row)}].Discussion";
                if (!string.IsNullOrWhiteSpace(row.Discussion)) meeting.SetDiscussion(item, row.Discussion.Trim());
                if (string.IsNullOrWhiteSpace(row.Decision)) continue;
                field = $"{prefix}.Rows[{doc.Rows.IndexOf(row)}].Implementer";
                var implementers = new List<Party>();
                if (!string.IsNullOrWhiteSpace(row.Implementer))
                {
                    var text = row.Implementer.Trim();
                    var match = offices.FirstOrDefault(o => o.NameBn == text);
                    implementers.Add(match is not null ? Party.Office(match.Id, text) : Party.Text(text));
                }
                field = $"{prefix}.Rows[{doc.Rows.IndexOf(row)}].Decision";
                meeting.AddDecision(item, row.Decision.Trim(), implementers);
            }
            field = $"{prefix}.Chair";
            meeting.SetMinutesFrame(doc.Chair, null, null, doc.SignatoryPostId);
            field = $"{prefix}.Distribution";
            var lines = DistributionLine.Paste(doc.Distribution, false).Concat(DistributionLine.Paste(doc.Copies, true)).ToList();
            if (lines.Count > 0) meeting.WriteMinutesDistribution(lines, ListNumbering.Dari);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(ct); // the issue needs the meeting's id
            field = "";
            var whole = await db.Whole().SingleAsync(m => m.Id == meeting.Id, ct);
            await minutes.IssuePastAsync(whole, issuedOn, string.IsNullOrWhiteSpace(doc.MemoNumber) ? null : doc.MemoNumber, ct);
            await tx.CommitAsync(ct);
            return (whole, null);
        }
        catch (DomainException e)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var at = e.Field switch
            {
                "PrintedNumber" => $"{prefix}.MemoNumber",
                "MinutesDate" => $"{prefix}.IssuedOn",
                "Chair" => $"{prefix}.Chair",
                "SignatoryPostId" => $"{prefix}.SignatoryPostId",
                _ => field,
            };
            return (null, new(at, e));
        }
    }
}
