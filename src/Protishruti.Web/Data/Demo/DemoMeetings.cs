using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using Attendee = Protishruti.Domain.Meetings.Attendee;

using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Features.Meetings.Notices;

namespace Protishruti.Web.Data.Demo;

/// <summary>
/// The demo's meetings: the three real minutes of /work/shared/samples as structured meetings of dc-natore (20 Nov 2022),
/// dc-satkhira (20 Dec 2020) and dco-natore (24 Dec 2023), each noticed, held, minuted and issued, with decisions
/// assigned to offices of the hierarchy and followed up by them; and a meeting of dc-natore in the current fiscal
/// quarter (minutes issued a few days ago, one decision done by uno-singra) with its draft successor. People are the
/// demo's fictional post holders and invented walk-ins. Wording follows the samples, with their typing slips corrected
/// (the Natore meeting reuses <see cref="Samples"/> word for word); implementers the hierarchy cannot hold are mapped to
/// the nearest party with the sample's words as label, each noted where it is made.
/// </summary>
public sealed class DemoMeetings
{
    private readonly AppDbContext _db;
    private readonly MeetingParties _parties;
    private readonly MemoNumbers _memos;
    private readonly NoticeIssuing _notices;
    private readonly MinutesIssuing _minutes;
    private readonly TimeProvider _time;
    private readonly CancellationToken _ct;
    private readonly Dictionary<int, PartyCatalog> _catalogs = [];
    private Dictionary<string, Office> _offices = [];
    private Dictionary<(int OfficeId, string Designation), int> _posts = [];

    private DemoMeetings(IServiceProvider services, CancellationToken ct)
    {
        _db = services.GetRequiredService<AppDbContext>();
        _parties = services.GetRequiredService<MeetingParties>();
        _memos = services.GetRequiredService<MemoNumbers>();
        _notices = services.GetRequiredService<NoticeIssuing>();
        _minutes = services.GetRequiredService<MinutesIssuing>();
        _time = services.GetRequiredService<TimeProvider>();
        _ct = ct;
    }

    public static Task LoadAsync(IServiceProvider services, CancellationToken ct = default) => new DemoMeetings(services, ct).SeedAsync();

    private async Task SeedAsync()
    {
        // Everything loaded before is saved; forgetting it keeps each save below from scanning the whole demo.
        _db.ChangeTracker.Clear();
        _offices = await _db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Code, _ct);
        _posts = (await _db.Set<Post>().AsNoTracking().Select(p => new { p.OfficeId, p.DesignationBn, p.Id }).ToListAsync(_ct))
            .GroupBy(p => (p.OfficeId, p.DesignationBn)).ToDictionary(g => g.Key, g => g.Min(p => p.Id));

        // One transaction: SQLite commits each save to disk, and the demo loads at every test app's start. Issuing joins
        // it, as MemoNumbers and the audited save do when a transaction is open.
        await using var tx = await _db.Database.BeginTransactionAsync(_ct);
        await NatoreSampleAsync();
        await SatkhiraSampleAsync();
        await CooperativeSampleAsync();
        var current = await NatoreCurrentQuarterAsync();
        await NatoreNextDraftAsync(current);
        await tx.CommitAsync(_ct);
    }

    // ---- জেলা প্রশাসকের কার্যালয়, নাটোর: 20 November 2022, as Documents/Samples models it ------------------------------

    private async Task NatoreSampleAsync()
    {
        var office = _offices["dc-natore"];
        var c = await CatalogAsync(office);
        var notice = Samples.Notice();
        var sample = Samples.Minutes();
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, MeetingKind.CharterCoordination.Bn(), sample.MeetingDate, sample.MeetingTime, sample.Venue, null);
        foreach (var title in notice.Agenda) m.AddAgendaItem(title);

        var dc = Post(c, office, "জেলা প্রশাসক", "জেলা প্রশাসক, নাটোর");
        var adc = Post(c, office, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর");
        var sac = Post(c, office, "সিনিয়র সহকারী কমিশনার (সাধারণ শাখা)", "সিনিয়র সহকারী কমিশনার (সাধারণ শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর");
        var ict = Post(c, office, "সহকারী কমিশনার (আইসিটি শাখা)", "সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর");
        var unos = SubordinatePosts(c, office, "উপজেলা নির্বাহী অফিসার");
        // The branches' officers-in-charge are no post of the demo: the office itself, under the notice's wording.
        var branches = OfficeParty(c, office, "ভারপ্রাপ্ত কর্মকর্তা (সকল শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর");
        foreach (var p in new[] { dc, adc, sac, ict }.Concat(unos).Append(branches)) m.Invite(p);
        _db.Meetings.Add(m);
        await _db.SaveChangesAsync(_ct);

        // The real register's serials (…২১.৭৪৫ and …২১.৭৬৮) came before the demo's digital register, which starts at ৭৬৯.
        var natoreFile = await FileIdAsync(office.Id, DemoMemoFiles.DcNatoreFile);
        await FromFileAsync(office.Id, natoreFile, MemoDocumentKind.Notice, SerialOf(Samples.NoticeMemo), () => IssueNoticeAsync(m, Samples.NoticeIssued));

        m.RecordAttendance(new[] { dc, adc, sac, ict }.Concat(unos).Select(p => new Attendee(p, null, false)), m.Date);
        m.SetMinutesFrame(sample.Chair, string.Join("\n", sample.Opening), string.Join("\n", sample.Closing), PostId(office, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)"));
        var unoAll = Upazilas(c, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        // "সংশ্লিষ্ট দপ্তর প্রধান (সকল)": the heads of the offices the meeting coordinates, i.e. every UNO office under Natore.
        var heads = Upazilas(c, "সংশ্লিষ্ট দপ্তর প্রধান (সকল)");
        Party[][][] implementers =
        [
            [[unoAll]],
            // The sample's decision for item ২ is about the office websites' service boxes: each UNO office for its own,
            // and the DC office's website (the sample's "প্রতিটি জেলা প্রশাসকের কার্যালয়ের ওয়েবসাইটে") by its ICT branch.
            [[unoAll], [unoAll, ict]],
            [[heads]],
            [[heads]],
        ];
        for (var i = 0; i < sample.Items.Count; i++)
        {
            var item = m.Agenda[i];
            m.SetDiscussion(item, sample.Items[i].Discussion);
            for (var d = 0; d < sample.Items[i].Decisions.Count; d++) m.AddDecision(item, sample.Items[i].Decisions[d], implementers[i][d]);
        }
        await FromFileAsync(office.Id, natoreFile, MemoDocumentKind.Minutes, SerialOf(Samples.MinutesMemo), () => IssueMinutesAsync(m, Samples.MinutesIssued));

        // Follow-up by the UNO offices in the next quarter (the decisions were due 31 March 2023).
        var all = new[] { "uno-natore-sadar", "uno-singra", "uno-baraigram", "uno-bagatipara", "uno-lalpur", "uno-gurudaspur", "uno-naldanga" };
        var ds = m.Decisions.ToList();
        Mark(ds[0], DecisionStatus.Done, new(2023, 1, 12), "নাগরিক সেবা, প্রাতিষ্ঠানিক সেবা ও অভ্যন্তরীণ সেবা — এই তিন ভাগে ৮ কলামের নির্ধারিত ছকে সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করে ওয়েবসাইটের সেবা বক্সে আপলোড করা হয়েছে।",
            "uno-natore-sadar", "uno-singra", "uno-baraigram", "uno-bagatipara", "uno-lalpur", "uno-naldanga");
        Mark(ds[0], DecisionStatus.InProgress, new(2023, 2, 21), "নাগরিক সেবার অংশ হালনাগাদ করে আপলোড করা হয়েছে; প্রাতিষ্ঠানিক ও অভ্যন্তরীণ সেবার তালিকা চূড়ান্ত করা হচ্ছে।", "uno-gurudaspur");
        Mark(ds[1], DecisionStatus.Done, new(2022, 12, 8), "ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তা নির্ধারণ করে অফিস আদেশ জারি করা হয়েছে এবং আদেশটি সেবা বক্সে আপলোড করা হয়েছে।", all);
        Mark(ds[2], DecisionStatus.Done, new(2022, 12, 15), "ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তার ছবিসহ তথ্য ও নিয়োগ আদেশ উপজেলার ওয়েবসাইটের সেবা বক্সে আপলোড করা হয়েছে।", all);
        Mark(ds[2], DecisionStatus.Done, new(2022, 12, 1), "জেলা প্রশাসকের কার্যালয়ের ওয়েবসাইটে ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তার ছবিসহ তথ্য ও নিয়োগ আদেশ আপলোড করা হয়েছে।", "dc-natore");
        Mark(ds[3], DecisionStatus.Done, new(2023, 3, 9), "সেবা প্রদান প্রতিশ্রুতিতে উল্লিখিত সময়ের মধ্যে সেবা দেওয়া হচ্ছে কি না, মাসিক সমন্বয় সভায় সেবা রেজিস্টার দেখে পর্যালোচনা করা হচ্ছে; এ কোয়ার্টারের সকল আবেদন নির্ধারিত সময়ে নিষ্পত্তি হয়েছে।", all);
        Mark(ds[4], DecisionStatus.Done, new(2023, 1, 5), "অক্টোবর–ডিসেম্বর ২০২২ কোয়ার্টারের হালনাগাদ সেবা প্রদান প্রতিশ্রুতি ওয়েবসাইটে প্রকাশ করা হয়েছে।", "uno-singra", "uno-lalpur");
        Mark(ds[4], DecisionStatus.InProgress, new(2023, 3, 20), "হালনাগাদের খসড়া প্রস্তুত; উপজেলা নির্বাহী অফিসারের অনুমোদনের পর প্রকাশ করা হবে।", "uno-baraigram");
        await _db.SaveChangesAsync(_ct);
    }

    // ---- জেলা প্রশাসকের কার্যালয়, সাতক্ষীরা: 20 December 2020, online ----------------------------------------------------

    private async Task SatkhiraSampleAsync()
    {
        var office = _offices["dc-satkhira"];
        var c = await CatalogAsync(office);
        var m = new Meeting(office.Id, MeetingKind.GoodGovernanceStakeholder, "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনদের (Stakeholder) অংশগ্রহণে সভা",
            new DateOnly(2020, 12, 20), new TimeOnly(12, 30), "Zoom Cloud Meetings App", null);
        var items = new[]
        {
            m.AddAgendaItem("স্ব স্ব দপ্তরের শুদ্ধাচার কৌশল বাস্তবায়ন"),
            m.AddAgendaItem("সেবাদান প্রতিশ্রুতি প্রণয়ন ও বাস্তবায়ন"),
            m.AddAgendaItem("জেলা প্রশাসকের কার্যালয়ে সেবার মান উন্নয়নে কার্যক্রম গ্রহণ"),
            m.AddAgendaItem("অভিযোগ প্রতিকার ব্যবস্থা (GRS) সেবাবক্স হালনাগাদকরণ"),
            m.AddAgendaItem("শুদ্ধাচার সেবাবক্স হালনাগাদকরণ"),
        };
        var dc = Post(c, office, "জেলা প্রশাসক", "জেলা প্রশাসক, সাতক্ষীরা");
        var adcGeneral = Post(c, office, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "অতিরিক্ত জেলা প্রশাসক (সার্বিক), সাতক্ষীরা");
        var adcRevenue = Post(c, office, "অতিরিক্ত জেলা প্রশাসক (রাজস্ব)", "অতিরিক্ত জেলা প্রশাসক (রাজস্ব), সাতক্ষীরা");
        var ictInvitee = Post(c, office, "সহকারী কমিশনার (আইসিটি শাখা)", "সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, সাতক্ষীরা");
        var unos = SubordinatePosts(c, office, "উপজেলা নির্বাহী অফিসার");
        var acLand = SubordinatePosts(c, office, "সহকারী কমিশনার (ভূমি)");
        var ddlg = Party.Text("উপপরিচালক, স্থানীয় সরকার, সাতক্ষীরা"); // no office of the demo's hierarchy: invited by name
        foreach (var p in new[] { dc, adcGeneral, adcRevenue, ictInvitee }.Concat(unos).Concat(acLand).Append(ddlg)) m.Invite(p);
        _db.Meetings.Add(m);
        await _db.SaveChangesAsync(_ct);

        // The minutes were numbered from a file of 2020 (the sample's ০৫.৪৪.৮৭০০.০১০.৫৯.০১৫.২০-২৬৭/১৬৫, here with the
        // district office code ৪৩ the demo's DC offices use); the serial ২৬৭ is the sample's. The file is closed afterwards.
        var file = await OldFileAsync(office.Id, "05.43.8700.010.59.015.20", "সাধারণ শাখা — শুদ্ধাচার ও সুশাসন (২০২০)", "General Section — integrity and good governance (2020)", 266);
        await FromFileAsync(office.Id, file, MemoDocumentKind.Notice, null, () => IssueNoticeAsync(m, new DateOnly(2020, 12, 13)));

        m.RecordAttendance(
            new[] { dc, adcGeneral, adcRevenue, ictInvitee }.Concat(unos).Concat(acLand.Take(5)).Append(ddlg).Select(p => new Attendee(p, null, false))
                .Append(new Attendee(Party.Text("মোঃ রেজাউল করিম"), "সুশীল সমাজের প্রতিনিধি, সাতক্ষীরা", true))
                .Append(new Attendee(Party.Text("নাসিমা আক্তার"), "সেবাগ্রহীতা, সাতক্ষীরা সদর", true))
                .Append(new Attendee(Party.Text("শফিকুল আলম"), "স্থানীয় সাংবাদিক, সাতক্ষীরা", true)),
            m.Date);
        m.SetMinutesFrame("আবদুল্লাহ চৌধুরী, জেলা প্রশাসক, সাতক্ষীরা",
            "সভাপতি Zoom Cloud Meetings App এ সংযুক্ত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন। সভার শুরুতেই সভাপতি জানান যে সুশাসন প্রতিষ্ঠার নিমিত্ত " +
            "সরকারের সকল কর্মসূচিগুলো যথাযথভাবে নির্ধারিত সময়ের মধ্যে বাস্তবায়ন হওয়া একান্ত আবশ্যিক। এ বিষয়ে কার্যকরী পদক্ষেপ গ্রহণের জন্য সভায় সকলকে " +
            "নির্দেশনা প্রদান করেন এবং সুশাসন প্রতিষ্ঠার নিমিত্ত সরকারের সকল কর্মসূচী সফলভাবে বাস্তবায়ন করতে সমন্বিতভাবে কাজ করার জন্য সকলকে আহ্বান " +
            "জানান। অতঃপর সভায় এ বিষয়ে বিস্তারিত আলোচনান্তে নিম্নবর্ণিত সিদ্ধান্তসমূহ গৃহীত হয়:",
            "অতঃপর আর কোন আলোচনা না থাকায় উপস্থিত সকলকে ধন্যবাদ জানিয়ে এবং উল্লিখিত সিদ্ধান্তসমূহ যথাযথভাবে বাস্তবায়নের অনুরোধ জানিয়ে সভার সমাপ্তি ঘোষণা করা হয়।",
            PostId(office, "জেলা প্রশাসক"));

        // "সহকারী কমিশনার (ভূমি) (সকল)" is a group of posts, which no party holds: the AC (Land) sits in each UNO office, so
        // it maps to the group of those offices under the sample's words. "…সকল কর্মকর্তাবৃন্দ" of the DC office is the office.
        Party[] everyone =
        [
            Upazilas(c, "উপজেলা নির্বাহী অফিসার (সকল)"),
            Upazilas(c, "সহকারী কমিশনার (ভূমি) (সকল)"),
            OfficeParty(c, office, "জেলা প্রশাসকের কার্যালয়ের সকল কর্মকর্তাবৃন্দ"),
        ];
        var ict = Post(c, office, "সহকারী কমিশনার (আইসিটি শাখা)", "সহকারী কমিশনার আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়, সাতক্ষীরা");
        Minute(m, items[0], "এ কার্যালয়সহ অধীনস্থ অফিসের শুদ্ধাচার কৌশল সফলভাবে বাস্তবায়নের বিষয়ে সভায় আলোচনা করা হয়।",
            ("শুদ্ধাচার কৌশল সফলভাবে বাস্তবায়ন করতে হবে।", everyone));
        Minute(m, items[1], "এ কার্যালয়সহ অধীনস্থ অফিসের সেবাদান প্রতিশ্রুতি (Citizen Charter) প্রণয়ন করে ত্রৈমাসিক বাস্তবায়ন প্রতিবেদন প্রেরণ অব্যাহত " +
                "রাখাসহ সেবাদান প্রতিশ্রুতি স্ব স্ব কার্যালয়ের জনসম্মুখে ও দৃশ্যমান স্থানে প্রদর্শন এবং ওয়েব পোর্টালে আপলোড করার ব্যবস্থা গ্রহণের বিষয়ে সভায় আলোচনা করা হয়।",
            ("সেবাদান প্রতিশ্রুতি (Citizen Charter) প্রণয়ন করে ত্রৈমাসিক বাস্তবায়ন প্রতিবেদন প্রেরণ অব্যাহত রাখাসহ সেবাদান প্রতিশ্রুতি স্ব স্ব কার্যালয়ের " +
             "জনসম্মুখে ও দৃশ্যমান স্থানে প্রদর্শন এবং ওয়েব পোর্টালে আপলোড করতে হবে।", everyone));
        Minute(m, items[2], "জেলা প্রশাসকের কার্যালয় জেলার সর্বোচ্চ প্রশাসনিক ইউনিট বিধায় সেবার মান বৃদ্ধিতে এ কার্যালয়ের সকল শাখার কাজে আরো গতিশীলতা " +
                "আনয়ন জরুরি। সেবাগ্রহীতাদের প্রতি সদাচরণসহ প্রত্যাশানুযায়ী দ্রুত সময়ের মধ্যে সেবা প্রদানের বিষয়টি নিশ্চিত করা প্রয়োজন।",
            ("সেবার মান বৃদ্ধিতে শাখার কাজে আরো গতিশীলতা আনয়ন করতে হবে। সেবাগ্রহীতাদের প্রতি সদাচরণসহ প্রত্যাশানুযায়ী দ্রুত সময়ের মধ্যে সেবা প্রদান " +
             "নিশ্চিত করতে হবে। সেবা প্রদানে অনলাইন সিস্টেমের ব্যবহার বাড়িয়ে সেবা প্রদানের হার শতভাগ করতে হবে। এ বিষয়ে কর্মকর্তা-কর্মচারীদের অংশগ্রহণে " +
             "প্রশিক্ষণের ব্যবস্থা গ্রহণ করতে হবে।", [OfficeParty(c, office, "সাতক্ষীরা জেলা প্রশাসকের কার্যালয়ের সকল কর্মকর্তাবৃন্দ")]));
        Minute(m, items[3], "সাতক্ষীরা জেলা প্রশাসকের কার্যালয়ের ওয়েব পোর্টালে বিদ্যমান অভিযোগ প্রতিকার ব্যবস্থা (GRS) সেবাবক্স নিয়মিতভাবে হালনাগাদ রাখার বিষয়ে সভায় আলোচনা করা হয়।",
            ("অভিযোগ প্রতিকার ব্যবস্থা (GRS) সেবাবক্স নিয়মিতভাবে হালনাগাদ করতে হবে।", [ict]));
        Minute(m, items[4], "সাতক্ষীরা জেলা প্রশাসকের কার্যালয়ের ওয়েব পোর্টালে বিদ্যমান শুদ্ধাচার সেবাবক্স নিয়মিতভাবে হালনাগাদ রাখার বিষয়ে সভায় আলোচনা করা হয়।",
            ("শুদ্ধাচার সেবাবক্স নিয়মিতভাবে হালনাগাদ করতে হবে।", [ict]));
        // The sample is dated ১৯-১২-২০২০, the day before the meeting; minutes are dated on or after it — here the next day.
        await FromFileAsync(office.Id, file, MemoDocumentKind.Minutes, null, () => IssueMinutesAsync(m, new DateOnly(2020, 12, 21)));
        await CloseFileAsync(file);

        var unoCodes = _offices.Values.Where(o => o.ParentId == office.Id).Select(o => o.Code).ToArray();
        var ds = m.Decisions.ToList();
        Mark(ds[0], DecisionStatus.Done, new(2021, 3, 10), "শুদ্ধাচার কৌশল কর্মপরিকল্পনার তৃতীয় কোয়ার্টারের কার্যক্রম সম্পন্ন হয়েছে; নৈতিকতা কমিটির সভা ও প্রশিক্ষণ অনুষ্ঠিত হয়েছে।",
            unoCodes.Skip(2).Append("dc-satkhira").ToArray());
        Mark(ds[0], DecisionStatus.InProgress, new(2021, 3, 15), "নৈতিকতা কমিটির সভা হয়েছে; শুদ্ধাচার বিষয়ক প্রশিক্ষণ মার্চের শেষ সপ্তাহে অনুষ্ঠিত হবে।", unoCodes.Take(2).ToArray());
        Mark(ds[1], DecisionStatus.Done, new(2021, 1, 14), "হালনাগাদ সেবাদান প্রতিশ্রুতি কার্যালয়ের প্রবেশপথে প্রদর্শন ও ওয়েব পোর্টালে আপলোড করা হয়েছে; ত্রৈমাসিক প্রতিবেদন প্রেরণ করা হয়েছে।",
            unoCodes.Append("dc-satkhira").ToArray());
        Mark(ds[2], DecisionStatus.InProgress, new(2021, 2, 25), "শাখাসমূহের সেবা অনলাইনে গ্রহণের ব্যবস্থা চালু হয়েছে; কর্মকর্তা-কর্মচারীদের প্রশিক্ষণের দ্বিতীয় ব্যাচ এপ্রিলে অনুষ্ঠিত হবে।", "dc-satkhira");
        Mark(ds[3], DecisionStatus.Done, new(2021, 1, 7), "ওয়েব পোর্টালের অভিযোগ প্রতিকার ব্যবস্থা (GRS) সেবাবক্সে অনিক ও আপিল কর্মকর্তার হালনাগাদ তথ্য দেওয়া হয়েছে।", "dc-satkhira");
        Mark(ds[4], DecisionStatus.Done, new(2021, 1, 7), "শুদ্ধাচার সেবাবক্সে নৈতিকতা কমিটি, কর্মপরিকল্পনা ও ত্রৈমাসিক প্রতিবেদন হালনাগাদ করা হয়েছে।", "dc-satkhira");
        await _db.SaveChangesAsync(_ct);
    }

    // ---- জেলা সমবায় কার্যালয়, নাটোর: 24 December 2023, the ethics committee's stakeholder meeting -----------------------

    private async Task CooperativeSampleAsync()
    {
        var office = _offices["dco-natore"];
        var c = await CatalogAsync(office);
        var m = new Meeting(office.Id, MeetingKind.GoodGovernanceStakeholder, "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের (Stakeholders) অংশগ্রহণে ত্রৈমাসিক সভা (২য় প্রান্তিক)",
            new DateOnly(2023, 12, 24), new TimeOnly(10, 30), "জেলা সমবায় কার্যালয়, নাটোর", null);
        var items = new[]
        {
            m.AddAgendaItem("অভিযোগ প্রতিকার"),
            m.AddAgendaItem("জনগণকে সম্পৃক্তকরণ"),
            m.AddAgendaItem("ওয়েব পোর্টাল হালনাগাদকরণ"),
            m.AddAgendaItem("সিটিজেন চার্টার প্রদর্শন"),
            m.AddAgendaItem("শুদ্ধাচার বাস্তবায়ন"),
        };
        const string Dco = "জেলা সমবায় কার্যালয়, নাটোর";
        var own = new[] { "জেলা সমবায় অফিসার", "উপ-সহকারী নিবন্ধক", "উপজেলা সমবায় অফিসার (সদর)", "প্রধান সহকারী", "সহকারী পরিদর্শক" }
            .Select(d => Post(c, office, d, $"{d}, {Dco}")).ToList();
        var ucos = SubordinatePosts(c, office, "উপজেলা সমবায় অফিসার");
        var societies = Party.Text("প্রাথমিক সমবায় সমিতির প্রতিনিধিবৃন্দ, নাটোর"); // stakeholders outside the hierarchy: by name
        foreach (var p in own.Concat(ucos).Append(societies)) m.Invite(p);
        _db.Meetings.Add(m);
        await _db.SaveChangesAsync(_ct);

        // A file of 2023: the demo's current file of the office was opened in 2024 and cannot have numbered this.
        var file = await OldFileAsync(office.Id, "47.01.6900.001.32.001.23", "প্রশাসন — শুদ্ধাচার ও নৈতিকতা কমিটি (২০২৩)", "Administration — integrity and ethics committee (2023)", 212);
        await FromFileAsync(office.Id, file, MemoDocumentKind.Notice, null, () => IssueNoticeAsync(m, new DateOnly(2023, 12, 17)));

        m.RecordAttendance(
            own.Concat(ucos.Where((_, i) => i != 3)).Select(p => new Attendee(p, null, false))
                .Append(new Attendee(Party.Text("রোকেয়া খাতুন"), "সভাপতি, একটি প্রাথমিক সমবায় সমিতি, সিংড়া", true))
                .Append(new Attendee(Party.Text("আব্দুল মালেক"), "সেবাগ্রহীতা, নাটোর সদর", true)),
            m.Date);
        m.SetMinutesFrame("সাইফুল ইসলাম, উপ-সহকারী নিবন্ধক, জেলা সমবায় কার্যালয়, নাটোর",
            "সভাপতি সভার শুরুতে উপস্থিত সকলকে স্বাগত জানান। সভাপতির অনুমতিক্রমে নৈতিকতা কমিটির সদস্য জনাব আনোয়ার হোসেন, প্রধান সহকারী, " +
            "জেলা সমবায় কার্যালয়, নাটোর সভার কার্যক্রম শুরু করেন। তিনি সকলকে জানান যে, এ কার্যালয়ের বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪ এ উল্লিখিত " +
            "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা অনুযায়ী সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের (Stakeholders) অংশগ্রহণে ত্রৈমাসিক সভা (২য় প্রান্তিক) আয়োজন " +
            "করা হয়েছে। সভাপতি অত্র কার্যালয় এবং এর আওতাধীন উপজেলা সমবায় অফিসারের কার্যালয় হতে প্রদত্ত সেবাসমূহ সুশাসন প্রতিষ্ঠায় কতটা কার্যকর " +
            "ভূমিকা রাখছে এবং এক্ষেত্রে কি ধরনের প্রতিবন্ধকতা পরিলক্ষিত হচ্ছে সে বিষয়ে সভার সকলকে সুচিন্তিত মতামত তুলে ধরার জন্য অনুরোধ করেন। " +
            "বিস্তারিত আলোচনান্তে নিম্নবর্ণিত সিদ্ধান্ত গৃহীত হয়।",
            "সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।",
            PostId(office, "উপ-সহকারী নিবন্ধক"));

        // The sample's implementers are the heads of the upazila co-operative offices (a group of the hierarchy) and, in
        // items ২–৫, this office too ("অত্র দপ্তর", "জেলা কার্যালয়ের ফাইল উপস্থাপনকারীগণ"). A group holds only the offices
        // below, so this office is added as a party of its own; the group keeps the sample's words.
        var thisOffice = OfficeParty(c, office, Dco);
        Minute(m, items[0], "জেলা সমবায় অফিসার, নাটোর বলেন যে, সুশাসন প্রতিষ্ঠায় সকল নাগরিকের অংশগ্রহণের সুযোগকে আরও বাড়াতে হবে। সরকারের নানাবিধ " +
                "কার্যক্রমের ফলে সরকারি বিভিন্ন প্রয়োজনীয় তথ্য জনগণের হাতের মুঠোয় পৌঁছানো সম্ভব হয়েছে। সরকারি প্রতিটি দপ্তরের ওয়েবপোর্টালে সংশ্লিষ্ট সেবা " +
                "প্রদানকারীর তথ্য রয়েছে। অভিযোগ প্রতিকারের জন্য যে কোন সেবা প্রত্যাশী সংশ্লিষ্ট ব্যক্তির সাথে সরাসরি মোবাইলে কথা বলতে পারেন। ফলশ্রুতিতে " +
                "তার সেবা প্রাপ্তিতে কোন অভিযোগ থাকলে সহসাই তা নিরসন করা সম্ভব হয়।",
            ("ভোগান্তিবিহীন সেবা নিশ্চিত করতে হবে।", [Upazilas(c, "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস), নাটোর")]),
            ("অভিযোগ আসার সাথে সাথে তার দ্রুত প্রতিকারের ব্যবস্থা গ্রহণ করতে হবে।", [Upazilas(c, "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস), নাটোর")]));
        Party[] withFiles = [Upazilas(c, "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস ও জেলা কার্যালয়ের ফাইল উপস্থাপনকারীগণ), নাটোর"), thisOffice];
        Minute(m, items[1], "উপ-সহকারী নিবন্ধক, জেলা সমবায় কার্যালয়, নাটোর বলেন যে, জনস্বার্থে সরকার কর্তৃক গ্রহণকৃত বিভিন্ন কার্যক্রমকে আরও কার্যকর, " +
                "স্বচ্ছ, জবাবদিহি ও জনসম্পৃক্তকরণে কী কী ধরনের পদক্ষেপ গ্রহণ করা যায় সে বিষয়ে সকলকে উদ্ভাবনী চিন্তাভাবনা করা প্রয়োজন। অতঃপর এ কার্যালয় " +
                "হতে প্রদত্ত সেবাসমূহ অতি সহজে কিভাবে সেবা প্রত্যাশীদের সেবা প্রদান করা যায় সে বিষয়ে বিস্তারিত আলোচনা করা হয়। এ বিষয়ে এ কার্যালয়ের ফাইল " +
                "উপস্থাপনকারীদের দৃষ্টি আকর্ষণ করা হয়।",
            ("বিভিন্ন কার্যক্রমে জনসম্পৃক্তকরণে পদক্ষেপ গ্রহণ করতে হবে।", withFiles),
            ("সেবা প্রত্যাশীদের অতি সহজে সেবা প্রদানের বিষয়ে কার্যকরী পদক্ষেপ গ্রহণ করতে হবে।", withFiles));
        // The sample's discussion of item ৩ runs over a page break ("…সম্পর্কে বলেন" / "অধিকাংশ…"); joined here with "যে,".
        Minute(m, items[2], "জেলা সমবায় অফিসার, নাটোর সভাকে জানান সুশাসন প্রতিষ্ঠায় সরকারি উদ্যোগের পাশাপাশি অবাধ তথ্য প্রবাহের উপর গুরুত্বারোপ করেন। " +
                "তিনি জাতীয় তথ্য বাতায়ন সম্পর্কে বলেন যে, অধিকাংশ উপজেলা সমবায় দপ্তরের ওয়েব পোর্টাল হালনাগাদ থাকে না। এজন্য তিনি এ বিষয়ে প্রয়োজনীয় " +
                "ব্যবস্থা গ্রহণের অনুরোধ জানান।",
            ("সকল দপ্তরের ওয়েব পোর্টাল হালনাগাদ করতে হবে।", [Upazilas(c, "দপ্তর প্রধান (অত্র দপ্তরসহ সকল উপজেলা সমবায় অফিস), নাটোর"), thisOffice]));
        Party[] withThis = [Upazilas(c, "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস ও অত্র দপ্তর), নাটোর"), thisOffice];
        Minute(m, items[3], "উপ-সহকারী নিবন্ধক, জেলা সমবায় কার্যালয়, নাটোর সভাকে জানান যে, বর্তমান প্রশাসন সেবা প্রদানে জনগণের দোরগোড়ায় যাচ্ছে। ফলে " +
                "এটি অংশগ্রহণমূলক হচ্ছে এবং সরকারের কর্মকাণ্ড সম্পর্কে জনগণ জানার সুযোগ পাচ্ছে। এটি সুশাসন প্রতিষ্ঠায় একটি সহায়ক উপাদান হিসেবে কাজ " +
                "করছে বলে তিনি মনে করেন।",
            ("সিটিজেন চার্টারে বর্ণিত সময়সীমার মধ্যে সেবা প্রদান নিশ্চিত করতে হবে।", withThis));
        Minute(m, items[4], "সভায় শুদ্ধাচার বাস্তবায়নে কর্মকর্তা-কর্মচারীদের সকল প্রকার আর্থিক ও যে কোন অনিয়ম থেকে বিরত থাকার বিষয়ে আলোচনা করা হয়।",
            ("সকলকে আর্থিক ও যে কোন অনিয়ম থেকে বিরত থাকতে হবে।", withThis));
        // The chair signed on the day of the meeting (the sample's "২৪.১২.২৬" under the signature reads ২৪.১২.২৩).
        await FromFileAsync(office.Id, file, MemoDocumentKind.Minutes, null, () => IssueMinutesAsync(m, m.Date));
        await CloseFileAsync(file);

        var ucoCodes = _offices.Values.Where(o => o.ParentId == office.Id).Select(o => o.Code).ToArray();
        var ds = m.Decisions.ToList();
        Mark(ds[0], DecisionStatus.Done, new(2024, 1, 18), "সেবা প্রদানকারীর নাম ও মোবাইল নম্বর কার্যালয়ের প্রবেশপথে ও ওয়েব পোর্টালে দেওয়া হয়েছে; আবেদন নিষ্পত্তি রেজিস্টারে নিয়মিত দেখা হচ্ছে।", ucoCodes);
        Mark(ds[1], DecisionStatus.Done, new(2024, 1, 18), "অভিযোগ রেজিস্টার খোলা হয়েছে; জানুয়ারিতে প্রাপ্ত দুটি অভিযোগ সাত কর্মদিবসের মধ্যে নিষ্পত্তি করা হয়েছে।", ucoCodes.Take(4).ToArray());
        Mark(ds[1], DecisionStatus.InProgress, new(2024, 2, 6), "অভিযোগ রেজিস্টার খোলা হয়েছে; অভিযোগ নিষ্পত্তির সময় পর্যবেক্ষণ করা হচ্ছে।", ucoCodes.Skip(4).ToArray());
        Mark(ds[4], DecisionStatus.Done, new(2024, 2, 12), "উপজেলা সমবায় কার্যালয় ও জেলা কার্যালয়ের ওয়েব পোর্টালে কর্মকর্তাদের তথ্য, সেবা প্রদান প্রতিশ্রুতি ও নোটিশ হালনাগাদ করা হয়েছে।",
            ucoCodes.Append("dco-natore").ToArray());
        Mark(ds[5], DecisionStatus.InProgress, new(2024, 3, 3), "হালনাগাদ সিটিজেন চার্টার প্রদর্শন করা হয়েছে; সময়সীমা অতিক্রান্ত নিবন্ধন আবেদনগুলো নিষ্পত্তি করা হচ্ছে।", "dco-natore", "uco-singra");
        Mark(ds[6], DecisionStatus.Done, new(2024, 3, 28), "শুদ্ধাচার বিষয়ক সচেতনতা সভা করা হয়েছে; কোনো অনিয়মের অভিযোগ পাওয়া যায়নি।", ucoCodes.Append("dco-natore").ToArray());
        await _db.SaveChangesAsync(_ct);
    }

    // ---- dc-natore now: a meeting of the current quarter with its minutes issued, and the next one in draft ----------

    private async Task<Meeting> NatoreCurrentQuarterAsync()
    {
        var office = _offices["dc-natore"];
        var c = await CatalogAsync(office);
        var today = _time.TodayInBangladesh();
        var quarter = FiscalQuarter.Of(today);
        // About ten days ago, on a working day, but inside this quarter; minutes four days later, never after today.
        var date = Workday(today.AddDays(-10));
        if (date < quarter.Start) date = quarter.Start;
        var minutesOn = Workday(date.AddDays(4)) is var d && d > today ? today : d < date ? date : d;

        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, MeetingKind.CharterCoordination.Bn(), date, new TimeOnly(11, 0),
            "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর", null);
        var update = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি ত্রৈমাসিক হালনাগাদকরণ ও প্রকাশ");
        var grs = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতির সময়সীমা ও অভিযোগ প্রতিকার ব্যবস্থা (GRS)");
        var display = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি প্রদর্শন ও ফোকাল পয়েন্ট কর্মকর্তার তথ্য");
        var invitees = NatoreInvitees(c, office);
        foreach (var p in invitees) m.Invite(p);
        _db.Meetings.Add(m);
        await _db.SaveChangesAsync(_ct);
        await IssueNoticeAsync(m, date.AddDays(-7));

        m.RecordAttendance(invitees.Where(p => p.Kind == PartyKind.Post && !p.LabelBn.Contains("নলডাঙ্গা", StringComparison.Ordinal))
                .Select(p => new Attendee(p, null, false))
                .Append(new Attendee(Party.Text("তানজিলা রহমান"), "সহকারী প্রোগ্রামার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়, নাটোর", true)),
            date);
        var fy = quarter.FiscalYear.LabelBn;
        m.SetMinutesFrame("রুমানা চৌধুরী, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর ও ফোকাল পয়েন্ট কর্মকর্তা",
            "সভাপতি সভার শুরুতে উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন। সভাপতি জানান যে, এ কার্যালয়ের " +
            $"{fy} অর্থবছরের বার্ষিক কর্মসম্পাদন চুক্তিতে উল্লিখিত সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা অনুযায়ী প্রতি ত্রৈমাসিকে আওতাধীন " +
            "দপ্তর/সংস্থার সমন্বয়ে সভা আয়োজন করতে হয়। এরপর সভায় নিম্নরূপ আলোচনা ও সিদ্ধান্ত গৃহীত হয়।",
            "সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।",
            PostId(office, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)"));
        var unoAll = Upazilas(c, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        m.SetDiscussion(update, "প্রতিশ্রুতি পোর্টালে আওতাধীন উপজেলা নির্বাহী অফিসারের কার্যালয়সমূহের সেবা প্রদান প্রতিশ্রুতি পর্যালোচনা করে দেখা যায় যে, " +
                "কয়েকটি কার্যালয় চলতি ত্রৈমাসিকে প্রতিশ্রুতি হালনাগাদ করেনি এবং কিছু সেবার ফি ও সময়সীমা সংশোধিত বিধি অনুযায়ী পরিবর্তন করা প্রয়োজন।");
        m.AddDecision(update, "প্রতিটি উপজেলা নির্বাহী অফিসারের কার্যালয় চলতি ত্রৈমাসিকের মধ্যে সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করে প্রতিশ্রুতি পোর্টালে প্রকাশ করবে।",
            [unoAll], quarter.End); // "চলতি ত্রৈমাসিকের মধ্যে": due this quarter, not the default next
        Minute(m, grs, "সেবা প্রদান প্রতিশ্রুতিতে উল্লিখিত সময়সীমার মধ্যে সেবা না পাওয়ার বিষয়ে অভিযোগ প্রতিকার ব্যবস্থায় (GRS) কয়েকটি অভিযোগ এসেছে বলে সভাকে জানানো হয়।",
            ("সময়সীমার মধ্যে সেবা না পাওয়া সংক্রান্ত অভিযোগ GRS-এর মাধ্যমে নির্ধারিত সময়ে নিষ্পত্তি করে মাসিক প্রতিবেদন জেলা প্রশাসকের কার্যালয়ে প্রেরণ করতে হবে।", [unoAll]));
        Minute(m, display, "সিংড়া উপজেলা পরিষদ চত্বরে স্থাপিত সেবা প্রদান প্রতিশ্রুতির বোর্ডটি পুরোনো এবং জেলা প্রশাসকের কার্যালয়ের ওয়েবসাইটে ফোকাল পয়েন্ট " +
                "কর্মকর্তার তথ্য হালনাগাদ নেই বলে সভায় উল্লেখ করা হয়।",
            ("সিংড়া উপজেলা পরিষদ চত্বরে হালনাগাদ সেবা প্রদান প্রতিশ্রুতির বোর্ড স্থাপন করতে হবে।", [OfficeParty(c, _offices["uno-singra"], "উপজেলা নির্বাহী অফিসার, সিংড়া, নাটোর")]),
            ("জেলা প্রশাসকের কার্যালয়ের ওয়েবসাইটে ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তার তথ্য হালনাগাদ করতে হবে।",
                [Post(c, office, "সহকারী কমিশনার (আইসিটি শাখা)", "সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর")]));
        await IssueMinutesAsync(m, minutesOn);

        var on = minutesOn.AddDays(3) > today ? today : minutesOn.AddDays(3);
        var ds = m.Decisions.ToList();
        Mark(ds[2], DecisionStatus.Done, on, "পুরোনো বোর্ড সরিয়ে হালনাগাদ সেবা প্রদান প্রতিশ্রুতির বোর্ড উপজেলা পরিষদের প্রধান ফটকের পাশে স্থাপন করা হয়েছে।", "uno-singra");
        Mark(ds[0], DecisionStatus.InProgress, on, "নাগরিক সেবার ফি ও সময়সীমা সংশোধন করা হয়েছে; প্রাতিষ্ঠানিক সেবার অংশ অনুমোদনের অপেক্ষায়।", "uno-singra");
        Mark(ds[0], DecisionStatus.Done, on, "হালনাগাদ সেবা প্রদান প্রতিশ্রুতি অনুমোদনের পর প্রতিশ্রুতি পোর্টালে প্রকাশ করা হয়েছে।", "uno-lalpur");
        Mark(ds[1], DecisionStatus.InProgress, on, "চলতি মাসের দুটি অভিযোগের একটি নিষ্পত্তি হয়েছে; অপরটির শুনানি আগামী সপ্তাহে।", "uno-natore-sadar");
        await _db.SaveChangesAsync(_ct);
        return m;
    }

    /// <summary>The next quarter's meeting, not yet noticed: its first item is the current meeting's decisions and their status.</summary>
    private async Task NatoreNextDraftAsync(Meeting previous)
    {
        var office = _offices["dc-natore"];
        var c = await CatalogAsync(office);
        var next = FiscalQuarter.Of(previous.Quarter.End.AddDays(1));
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, MeetingKind.CharterCoordination.Bn(), Workday(next.Start.AddDays(20)), new TimeOnly(11, 0),
            "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর", null);
        var names = _offices.Values.ToDictionary(o => o.Id, o => o.NameBn);
        m.AddReviewOf(previous, id => names[id]);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি ত্রৈমাসিক হালনাগাদকরণ ও প্রকাশ");
        m.AddAgendaItem("বিবিধ");
        foreach (var p in NatoreInvitees(c, office)) m.Invite(p);
        _db.Meetings.Add(m);
        await _db.SaveChangesAsync(_ct);
    }

    private List<Party> NatoreInvitees(PartyCatalog c, Office office) =>
    [
        Post(c, office, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর"),
        Post(c, office, "সিনিয়র সহকারী কমিশনার (সাধারণ শাখা)", "সিনিয়র সহকারী কমিশনার (সাধারণ শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর"),
        Post(c, office, "সহকারী কমিশনার (আইসিটি শাখা)", "সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর"),
        .. SubordinatePosts(c, office, "উপজেলা নির্বাহী অফিসার"),
        OfficeParty(c, office, "ভারপ্রাপ্ত কর্মকর্তা (সকল শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর"),
    ];

    // ---- issuing: through the same services as the pages, so the demo's notices and minutes are frozen documents ------

    private async Task IssueNoticeAsync(Meeting meeting, DateOnly issuedOn) => await _notices.IssueAsync(meeting, issuedOn, ct: _ct);

    private async Task IssueMinutesAsync(Meeting meeting, DateOnly dated) => await _minutes.IssueAsync(meeting, dated, _ct);

    private string IssuerOf(Meeting meeting) => $"editor.{_offices.Values.Single(o => o.Id == meeting.OfficeId).Code}";

    // ---- memo files of the day ------------------------------------------------------------------------------------------

    /// <summary>
    /// Runs one issue as if <paramref name="fileId"/> were the office's file for <paramref name="kind"/> (and, given
    /// <paramref name="serial"/>, at that serial), as it was when the sample went out; the office's files are put back
    /// afterwards. Numbers are still taken the ordinary way, so the document services numbered the same.
    /// </summary>
    private async Task FromFileAsync(int officeId, int fileId, MemoDocumentKind kind, int? serial, Func<Task> issue)
    {
        var files = _db.MemoFiles.Where(f => f.OfficeId == officeId);
        var before = await files.AsNoTracking().Select(f => new { f.Id, f.Purpose, f.NextSerial }).ToListAsync(_ct);
        var target = before.Single(f => f.Id == fileId);
        var others = before.Where(f => f.Id != fileId && f.Purpose == kind).Select(f => f.Id).ToList();
        await files.Where(f => others.Contains(f.Id)).ExecuteUpdateAsync(s => s.SetProperty(f => f.Purpose, (MemoDocumentKind?)null), _ct);
        await files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Purpose, kind)
            .SetProperty(f => f.NextSerial, serial ?? target.NextSerial), _ct);
        await issue();
        await files.Where(f => others.Contains(f.Id)).ExecuteUpdateAsync(s => s.SetProperty(f => f.Purpose, kind), _ct);
        await files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Purpose, target.Purpose), _ct);
        if (serial is not null) // the register continues where it was
            await files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextSerial, target.NextSerial), _ct);
    }

    private Task<int> FileIdAsync(int officeId, string fileNumber) =>
        _db.MemoFiles.Where(f => f.OfficeId == officeId && f.FileNumber == fileNumber).Select(f => f.Id).SingleAsync(_ct);

    private async Task<int> OldFileAsync(int officeId, string fileNumber, string labelBn, string labelEn, int firstSerial)
    {
        var file = new MemoFile(officeId, fileNumber, labelBn, labelEn, firstSerial);
        _db.MemoFiles.Add(file);
        await _db.SaveChangesAsync(_ct);
        return file.Id;
    }

    /// <summary>A file of years ago is closed (saved with the follow-up): it stays in the register, and numbers nothing new.</summary>
    private async Task CloseFileAsync(int fileId) => (await _db.MemoFiles.SingleAsync(f => f.Id == fileId, _ct)).Deactivate();

    private static int SerialOf(string memoNumber) => int.Parse(BengaliDigits.ToAscii(memoNumber).Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture);

    // ---- parties ------------------------------------------------------------------------------------------------------

    private async Task<PartyCatalog> CatalogAsync(Office office)
    {
        if (!_catalogs.TryGetValue(office.Id, out var catalog))
            _catalogs[office.Id] = catalog = await _parties.ForAsync(office, _ct);
        return catalog;
    }

    private int PostId(Office office, string designation) => _posts[(office.Id, designation)];

    private Party Post(PartyCatalog c, Office office, string designation, string label) => c.Parse($"post:{PostId(office, designation)}", label);

    private static Party OfficeParty(PartyCatalog c, Office office, string label) => c.Parse($"office:{office.Id}", label);

    /// <summary>Every upazila office under the meeting's office, as one group, under the minutes' own words.</summary>
    private static Party Upazilas(PartyCatalog c, string label) => c.Parse($"group:{OfficeKind.UpazilaOffice}:{c.Office.Id}", label);

    /// <summary>The post <paramref name="designation"/> of each office directly under <paramref name="office"/>, named "designation, place, district" as letters address them.</summary>
    private List<Party> SubordinatePosts(PartyCatalog c, Office office, string designation) =>
        _offices.Values.Where(o => o.ParentId == office.Id).OrderBy(o => o.Id)
            .Select(o => Post(c, o, designation, $"{designation}, {string.Join(", ", o.NameBn.Split(',', StringSplitOptions.TrimEntries).Skip(1))}"))
            .ToList();

    // ---- minutes and follow-up ----------------------------------------------------------------------------------------

    private static void Minute(Meeting m, AgendaItem item, string discussion, params (string Text, Party[] Implementers)[] decisions)
    {
        m.SetDiscussion(item, discussion);
        foreach (var (text, implementers) in decisions) m.AddDecision(item, text, implementers);
    }

    /// <summary>What an implementing office writes on its decision page: status and note, by its focal point.</summary>
    private void Mark(Decision decision, DecisionStatus status, DateOnly on, string note, params string[] officeCodes)
    {
        foreach (var code in officeCodes)
            decision.ProgressOf(_offices[code].Id).Update(status, note, null, on, $"editor.{code}");
    }

    /// <summary>Friday and Saturday are the weekend: a meeting falling on one moves back to Thursday.</summary>
    private static DateOnly Workday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Friday => date.AddDays(-1),
        DayOfWeek.Saturday => date.AddDays(-2),
        _ => date,
    };
}
