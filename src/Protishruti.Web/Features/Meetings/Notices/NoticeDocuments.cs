using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;

namespace Protishruti.Web.Features.Meetings.Notices;

/// <summary>
/// Builds the notice (<see cref="MeetingNotice"/>) of a meeting as it is printed: the office's letterhead, the call in
/// Bengali, when and where, the agenda, the signatory (the office head's post unless another post of the office is
/// chosen, with today's holder), the distribution the office wrote (until then, the suggested one). The same model serves the
/// amendment (সংশোধিত নোটিশ) and the cancellation (সভা স্থগিত/বাতিল সংক্রান্ত নোটিশ).
/// </summary>
public sealed class NoticeDocuments(AppDbContext db)
{
    public const string OriginalTitle = "সভার নোটিশ";
    public const string AmendmentTitle = "সংশোধিত নোটিশ";
    public const string CancellationTitle = "সভা স্থগিত/বাতিল সংক্রান্ত নোটিশ";

    public static string TitleOf(NoticeIssueKind kind) => kind switch
    {
        NoticeIssueKind.Amendment => AmendmentTitle,
        NoticeIssueKind.Cancellation => CancellationTitle,
        _ => OriginalTitle,
    };

    /// <summary>The posts of the office that may sign, head first (the lowest sort order).</summary>
    public Task<List<Post>> SignatoryPostsAsync(int officeId, CancellationToken ct = default) =>
        db.Posts.AsNoTracking().Where(p => p.OfficeId == officeId).OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);

    /// <summary>The signature block of <paramref name="postId"/> (a post of this office), or of the head post; its holder on <paramref name="on"/>.</summary>
    public async Task<SignatureBlock> SignatoryAsync(Office office, int? postId, DateOnly on, CancellationToken ct = default)
    {
        var query = db.Posts.AsNoTracking().Include(p => p.Incumbencies).ThenInclude(i => i.Person).Where(p => p.OfficeId == office.Id);
        var post = postId is { } id
            ? await query.FirstOrDefaultAsync(p => p.Id == id, ct)
              ?? throw new DomainException("The signatory must hold a post of this office.", "স্বাক্ষরকারী এই দপ্তরের একটি পদের হতে হবে।") { Field = "SignatoryPostId" }
            : await query.OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).FirstOrDefaultAsync(ct)
              ?? throw new DomainException("The office has no post to sign the notice; add its posts first.", "নোটিশে স্বাক্ষরের জন্য দপ্তরের কোনো পদ নেই; আগে পদ যোগ করুন।") { Field = "SignatoryPostId" };
        var holder = post.HolderOn(on)?.Person;
        var place = office.NameBn.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[^1] : office.NameBn;
        return new SignatureBlock(holder?.NameBn ?? "………………", post.UnitBn is { Length: > 0 } unit ? $"{post.DesignationBn} ({unit})" : post.DesignationBn,
            null, place, post.Phone ?? office.Phone, post.Email ?? holder?.Email ?? office.Email);
    }

    public async Task<MeetingNotice> BuildAsync(Meeting meeting, Office office, NoticeIssueKind kind, string? reason, int? signatoryPostId,
        MemoLine memo, CancellationToken ct = default)
    {
        var signature = await SignatoryAsync(office, signatoryPostId, memo.Date, ct);
        var parent = office.ParentId is { } pid ? await db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Id == pid, ct) : null;
        return Build(meeting, office, parent, kind, reason, Last(meeting.NoticeIssues), signature, memo);
    }

    /// <summary>
    /// What the notice's distribution page offers before the office writes its own (ADR 0035): the invitees as বিতরণ,
    /// the parent office in অনুলিপি for kind information — never the issuing office itself.
    /// </summary>
    public static DistributionList SuggestedDistribution(Meeting meeting, Office office, Office? parent)
    {
        var lines = meeting.Invitees.Where(p => !(p.Kind == PartyKind.Office && p.OfficeId == office.Id))
            .Select(p => p.LabelBn).Distinct().Select(t => DistributionLine.Of(t)).ToList();
        if (parent is not null) lines.Add(DistributionLine.Of(parent.NameBn, "সদয় অবগতির জন্য", copy: true));
        return new DistributionList(false, lines, ListNumbering.Dari, null, null);
    }

    /// <summary>
    /// The notice's call as the page first offers it (ADR 0035), for the author to edit: the office named by its kind
    /// ("এ মন্ত্রণালয়ের", "এ অধিদপ্তরের", "এ কার্যালয়ের"), the quarter only when the title does not already say it.
    /// </summary>
    public static string DefaultBody(Meeting meeting, Office office)
    {
        var quarter = meeting.Quarter;
        var title = meeting.Title;
        var period = title.Contains(quarter.OrdinalBn, StringComparison.Ordinal) ? ""
            : title.Contains("ত্রৈমাসিক", StringComparison.Ordinal) ? $"{quarter.FiscalYear.LabelBn} অর্থবছরের {quarter.OrdinalBn} প্রান্তিকের "
            : $"{quarter.FiscalYear.LabelBn} অর্থবছরের {quarter.OrdinalBn} ত্রৈমাসিকের ";
        return $"{Self(office)} {period}{title} নিম্নবর্ণিত তারিখ, সময় ও স্থানে অনুষ্ঠিত হবে। " +
               "সভায় যথাসময়ে উপস্থিত থাকার জন্য সংশ্লিষ্ট সকলকে অনুরোধ করা হলো।";
    }

    /// <summary>How an office calls itself in its letters: "এ মন্ত্রণালয়ের", "এ বিভাগের", "এ অধিদপ্তরের", "এ দপ্তরের", "এ কার্যালয়ের".</summary>
    public static string Self(Office office)
    {
        var name = office.NameBn;
        return office.Kind switch
        {
            OfficeKind.MinistryOrDivision => name.Contains("মন্ত্রণালয়", StringComparison.Ordinal) ? "এ মন্ত্রণালয়ের" : "এ বিভাগের",
            OfficeKind.DepartmentOrAgency => name.Contains("অধিদপ্তর", StringComparison.Ordinal) ? "এ অধিদপ্তরের"
                : name.Contains("পরিদপ্তর", StringComparison.Ordinal) ? "এ পরিদপ্তরের"
                : name.Contains("কর্তৃপক্ষ", StringComparison.Ordinal) ? "এ কর্তৃপক্ষের"
                : "এ দপ্তরের",
            _ => "এ কার্যালয়ের",
        };
    }

    internal static NoticeIssue? Last(IReadOnlyList<NoticeIssue> issues) => issues.Count == 0 ? null : issues[^1];

    /// <summary>The notice of <paramref name="kind"/>; an amendment or cancellation cites <paramref name="previous"/>, the issue it replaces.</summary>
    public static MeetingNotice Build(Meeting meeting, Office office, Office? parent, NoticeIssueKind kind, string? reason, NoticeIssue? previous,
        SignatureBlock signature, MemoLine memo)
    {
        var earlier = previous is null || kind == NoticeIssueKind.Original ? "" : $"এ কার্যালয়ের {BengaliDigits.ToBengali(previous.MemoNumber)} নম্বর স্মারকে {OfficialDate.GregorianLine(previous.IssuedOn)} তারিখে জারিকৃত নোটিশের ";
        var body = kind switch
        {
            NoticeIssueKind.Amendment =>
                $"{earlier}{meeting.Title} সংক্রান্ত নোটিশ আংশিক সংশোধন করা হলো (সংশোধনের কারণ: {reason})। সংশোধিত তারিখ, সময়, স্থান ও আলোচ্যসূচি নিম্নরূপ। " +
                "সভায় যথাসময়ে উপস্থিত থাকার জন্য সংশ্লিষ্ট সকলকে অনুরোধ করা হলো।",
            NoticeIssueKind.Cancellation =>
                $"{earlier}মাধ্যমে আহূত নিম্নবর্ণিত {meeting.Title} অনিবার্য কারণবশত স্থগিত/বাতিল করা হলো (কারণ: {reason})। " +
                "পরবর্তী সভার তারিখ যথাসময়ে জানানো হবে। বিষয়টি সংশ্লিষ্ট সকলের অবগতির জন্য জানানো হলো।",
            _ => meeting.NoticeBody ?? DefaultBody(meeting, office),
        };
        var agenda = kind == NoticeIssueKind.Cancellation || meeting.NoticeOmitsAgenda ? [] : meeting.Agenda.Select(a => a.Title).ToList();
        var distributions = Distribution.From(meeting.NoticeDistributionWritten ? meeting.NoticeDistribution : SuggestedDistribution(meeting, office, parent));
        return new MeetingNotice(Letterhead.For(office, meeting.Section), memo, TitleOf(kind), body, meeting.Date, meeting.Time, meeting.Venue, meeting.OnlineLink,
            meeting.Chair, agenda, signature, distributions, !meeting.NoticeOmitsDetails || kind == NoticeIssueKind.Cancellation);
    }
}
