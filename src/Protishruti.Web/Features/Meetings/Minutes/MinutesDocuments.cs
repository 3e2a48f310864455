using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Infrastructure;
using DocAttendee = Protishruti.Web.Documents.Attendee;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>
/// Fills the কার্যবিবরণী model (<see cref="MeetingMinutes"/>) from a meeting, in the wording of the real minutes
/// (Documents/Samples.Minutes): "…সভার কার্যবিবরণী", the chair/date/time/venue/attendance block, the decision table,
/// the chair's signature, the memo line with the dual date, the distribution the office wrote (until then the suggested one), the signatory post's signature and appendix ক.
/// A corrigendum is the whole corrected minutes under its own memo, titled "সংশোধিত …" with a first paragraph saying
/// which minutes it corrects and how.
/// </summary>
public sealed class MinutesDocuments(AppDbContext db, TimeProvider time)
{
    /// <summary>Everything the document needs from the database, loaded before a memo number is taken.</summary>
    public sealed record Facts(
        Office Office,
        string? ParentHead,
        PostContact? OfficeHead,
        PostContact? Signatory,
        IReadOnlyDictionary<int, string> OfficeNames,
        Func<Party, IReadOnlyCollection<int>> OfficesOf);

    /// <summary>
    /// The corrigendum's line: which minutes it corrects (by memo number; minutes recorded without one, an empty
    /// number, by date and title), its number in the series and what it says.
    /// </summary>
    public sealed record CorrigendumNote(int Number, string MinutesMemoNumber, DateOnly MinutesDate, string Text);

    /// <summary>The facts with the holders of the posts on <paramref name="on"/> (the minutes' date; default <see cref="HoldersDate"/>).</summary>
    public async Task<Facts> FactsAsync(Meeting meeting, Func<Party, IReadOnlyCollection<int>> officesOf, CancellationToken ct, DateOnly? on = null)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == meeting.OfficeId, ct);
        var today = on ?? HoldersDate(meeting);
        var ids = meeting.Attendees.Select(a => a.Who.OfficeId)
            .Concat(meeting.Decisions.SelectMany(d => d.Implementers).SelectMany(officesOf).Select(i => (int?)i))
            .OfType<int>().Append(office.Id).Distinct().ToList();
        var names = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);

        string? parentHead = null;
        if (office.ParentId is { } parentId)
        {
            var parent = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == parentId, ct);
            var head = await HeadPostAsync(parentId, ct);
            parentHead = head is null ? parent.NameBn : $"{head}, {Place(parent.NameBn)}";
        }
        var headPost = await db.Posts.AsNoTracking().Where(p => p.OfficeId == office.Id)
            .OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var postIds = new[] { headPost, meeting.SignatoryPostId }.OfType<int>();
        var contacts = await db.PostContactsAsync(postIds, today, ct);
        return new Facts(office, parentHead,
            headPost is { } h && contacts.TryGetValue(h, out var hc) ? hc : null,
            meeting.SignatoryPostId is { } s && contacts.TryGetValue(s, out var sc) ? sc : null,
            names, officesOf);
    }

    /// <summary>
    /// Whose names the minutes print before their date is set: today's holders, or for a record of the past (ADR 0043)
    /// the holders on the meeting's date.
    /// </summary>
    public DateOnly HoldersDate(Meeting meeting)
    {
        var today = time.TodayInBangladesh();
        return meeting.MinutesDate ?? (meeting.IsRecordOfPast(today) ? meeting.Date : today);
    }

    private Task<string?> HeadPostAsync(int officeId, CancellationToken ct) =>
        db.Posts.AsNoTracking().Where(p => p.OfficeId == officeId).OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => p.DesignationBn).FirstOrDefaultAsync(ct);

    /// <summary>"…ত্রৈমাসিক সভা" → "…ত্রৈমাসিক সভার কার্যবিবরণী"; a title ending in a consonant takes "-এর".</summary>
    public static string TitleOf(string meetingTitle)
    {
        var t = meetingTitle.Trim();
        var last = t[^1];
        var vowelEnd = last is >= '\u09BE' and <= '\u09CC' || last is >= '\u0985' and <= '\u0994';
        return vowelEnd ? $"{t}র কার্যবিবরণী" : $"{t}-এর কার্যবিবরণী";
    }

    /// <summary>
    /// The minutes as they print; <paramref name="unnumbered"/>: recorded as printed without a memo number (no memo line,
    /// no signature under it; ADR 0048 addendum).
    /// </summary>
    public static MeetingMinutes Build(Meeting meeting, Facts facts, MemoLine memo, CorrigendumNote? corrigendum = null, bool unnumbered = false)
    {
        // The title as written (ADR 0048); an empty one prints no title line, the suggestion still names the document.
        var title = meeting.MinutesTitle is { Length: > 0 } written ? written : TitleOf(meeting.Title);
        var opening = Paragraphs(meeting.Opening);
        if (corrigendum is not null)
        {
            // Minutes recorded without a number are named by their date and title ("…তারিখের “…” শীর্ষক কার্যবিবরণী").
            var corrected = new MemoLine(corrigendum.MinutesMemoNumber, corrigendum.MinutesDate).NumberText is { } number
                ? $"এ কার্যালয়ের {number} নম্বর স্মারকে {OfficialDate.GregorianLine(corrigendum.MinutesDate)} তারিখে জারিকৃত কার্যবিবরণী"
                : $"এ কার্যালয়ের {OfficialDate.GregorianLine(corrigendum.MinutesDate)} তারিখের “{title}” শীর্ষক কার্যবিবরণী (স্মারক নম্বর ছাড়া)";
            title = $"সংশোধিত {title}";
            opening =
            [
                $"সংশোধনী ({BengaliDigits.ToBengali(corrigendum.Number)}): {corrected} নিম্নরূপ সংশোধন করা হলো: {corrigendum.Text.Trim().TrimEnd('।')}। " +
                "সংশোধিত কার্যবিবরণী নিচে দেওয়া হলো।",
                .. opening,
            ];
        }

        var defaultDue = DefaultDue(meeting);
        var items = meeting.Agenda.Where(a => a.Discussion is not null || a.Decisions.Count > 0).Select(a => new MinutesItem(
            a.Title,
            a.Discussion ?? "",
            a.Decisions.Select(d => d.Due is { } due && due != defaultDue
                ? $"{d.Text} (বাস্তবায়নের সময়সীমা: {OfficialDate.GregorianLine(due)})"
                : d.Text).ToList(),
            a.Decisions.SelectMany(d => d.PrintedImplementers is { } printed ? [printed] : d.Implementers.Select(p => p.LabelBn)).Distinct().ToList())).ToList();

        var chair = meeting.Chair ?? "";
        var comma = chair.IndexOf(',');
        // A corrigendum always prints its title ("সংশোধিত …"), even when the minutes print none.
        var print = corrigendum is null ? meeting.MinutesTable : meeting.MinutesTable with { PrintsTitle = true };
        var chairSignature = (comma > 0
            ? new SignatureBlock(chair[..comma].Trim(), chair[(comma + 1)..].Trim())
            : new SignatureBlock(chair, "সভাপতি")) with { NameForm = print.ChairName };
        if (print.ChairRole is { Count: > 0 } role)
        {
            // The chair signs in the role written for this meeting ("সভাপতি / নৈতিকতা কমিটি"), above the post or instead of it.
            var more = role.Skip(1).ToList();
            if (print.ChairRoleWithPost && chairSignature.Designation.Length > 0) more.Add(chairSignature.Designation);
            chairSignature = chairSignature with { Designation = role[0], ExtraLines = more };
        }
        var issuer = Signature(facts.Signatory, facts.Office) with { NameForm = print.IssuerName };
        // The signing post's phone and e-mail: under the chair's signature when the office prints them there (ADR 0048 addendum).
        if (print.ChairContacts) chairSignature = chairSignature with { Phone = issuer.Phone, Email = issuer.Email };
        if (!print.IssuerContacts) issuer = issuer with { Phone = null, Email = null };

        return new MeetingMinutes(
            Letterhead.For(facts.Office, meeting.Section),
            title,
            chair,
            meeting.Date,
            meeting.Time,
            meeting.Venue ?? $"অনলাইন ({meeting.OnlineLink})",
            opening,
            items,
            Paragraphs(meeting.Closing),
            chairSignature,
            memo,
            Distributions(meeting, facts),
            issuer,
            Attendance(meeting, facts),
            print,
            unnumbered);
    }

    /// <summary>The domain's default due date for a decision: the end of the next fiscal quarter after the meeting.</summary>
    public static DateOnly DefaultDue(Meeting meeting)
    {
        var q = meeting.Quarter;
        return (q.Number < 4 ? q.FiscalYear.Quarter(q.Number + 1) : new FiscalYear(q.FiscalYear.StartYear + 1).Quarter(1)).End;
    }

    private static List<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r", "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static SignatureBlock Signature(PostContact? post, Office office) =>
        post is null
            ? new SignatureBlock("", "", null, office.NameBn)
            : new SignatureBlock(post.HolderNameBn ?? "", string.IsNullOrWhiteSpace(post.UnitBn) ? post.DesignationBn : $"{post.DesignationBn} ({post.UnitBn})",
                null, office.NameBn, post.Phone, post.Email);

    private static List<Distribution> Distributions(Meeting meeting, Facts facts) =>
        Distribution.From(meeting.MinutesDistributionWritten ? meeting.MinutesDistribution : SuggestedDistribution(meeting, facts));

    /// <summary>
    /// What the minutes' distribution page offers before the office writes its own (ADR 0035): the implementers, the
    /// invitees and the offices of attendees nobody else covers as বিতরণ; in অনুলিপি the parent office's head and the
    /// office head (when another post signs), for kind information. Never the issuing office itself.
    /// </summary>
    public static DistributionList SuggestedDistribution(Meeting meeting, Facts facts)
    {
        bool Own(Party p) => p.Kind == PartyKind.Office && p.OfficeId == facts.Office.Id;
        var implementers = meeting.Decisions.SelectMany(d => d.Implementers).Distinct().Where(p => !Own(p)).ToList();
        var invitees = meeting.Invitees.Where(p => !Own(p)).ToList();
        var covered = implementers.Concat(invitees).Where(p => p.Kind != PartyKind.Text).SelectMany(facts.OfficesOf).Append(facts.Office.Id).ToHashSet();
        var lines = implementers.Concat(invitees).Select(p => p.LabelBn)
            .Concat(meeting.Attendees.Where(a => !a.WalkIn && a.Who.OfficeId is { } id && !covered.Contains(id))
                .Select(a => facts.OfficeNames.GetValueOrDefault(a.Who.OfficeId!.Value)).OfType<string>())
            .Distinct()
            .Select(n => DistributionLine.Of(n))
            .ToList();
        const string kindInformation = "সদয় অবগতির জন্য";
        if (facts.ParentHead is { } parent) lines.Add(DistributionLine.Of(parent, kindInformation, copy: true));
        if (facts.OfficeHead is { } head && head.PostId != facts.Signatory?.PostId)
            lines.Add(DistributionLine.Of($"{head.DesignationBn}, {Place(facts.Office.NameBn)}", kindInformation, copy: true));
        return new DistributionList(false, lines, ListNumbering.Dari, null, null);
    }

    // A post's holder recorded without a name (the label is then the post's): the label is a designation, not a name.
    private static List<DocAttendee> Attendance(Meeting meeting, Facts facts) =>
        meeting.Attendees.Select(a => a.Who.Kind == PartyKind.Post && string.IsNullOrWhiteSpace(a.Designation) ? new DocAttendee(
            "", a.Who.LabelBn, a.Who.OfficeId is { } postOffice ? facts.OfficeNames.GetValueOrDefault(postOffice) : null) : new DocAttendee(
            a.Who.LabelBn,
            a.Designation ?? "",
            a.WalkIn || a.Who.Kind is PartyKind.Text or PartyKind.Group || a.Who.OfficeId is not { } id ? null : facts.OfficeNames.GetValueOrDefault(id)))
        .ToList();

    /// <summary>"জেলা প্রশাসকের কার্যালয়, নাটোর" → "নাটোর", as copies name a head by place ("জেলা প্রশাসক, নাটোর").</summary>
    internal static string Place(string officeName)
    {
        var parts = officeName.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? string.Join(", ", parts[1..]) : officeName;
    }
}
