using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Documents;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The demo a newcomer opens: the three real minutes of the samples as issued meetings whose decisions the real
/// implementers follow up, and dc-natore's meeting of the current quarter with its draft successor.
/// </summary>
public abstract class DemoMeetingsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private Task<Meeting> MeetingAsync(string officeCode, DateOnly date) => App.WithDbAsync(db => db.Meetings.AsNoTracking()
        .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress).AsSplitQuery()
        .SingleAsync(m => m.OfficeId == db.Offices.Single(o => o.Code == officeCode).Id && m.Date == date));

    private Dictionary<string, int> Offices() => App.WithDb(db => db.Offices.ToDictionary(o => o.Code, o => o.Id));

    private int[] Below(string code) => App.WithDb(db => db.Offices.Where(o => o.Parent!.Code == code).Select(o => o.Id).ToArray());

    [Fact]
    public async Task The_Natore_sample_is_an_issued_meeting_of_its_quarter_that_reads_like_the_real_minutes()
    {
        var m = await MeetingAsync("dc-natore", new DateOnly(2022, 11, 20));
        var sample = Samples.Minutes();

        m.Kind.ShouldBe(MeetingKind.CharterCoordination);
        (m.Quarter.FiscalYear.LabelEn, m.Quarter.Number).ShouldBe(("2022-23", 2));
        m.Time.ShouldBe(new TimeOnly(12, 30));
        m.Venue.ShouldBe("সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর");
        m.Chair.ShouldBe(sample.Chair);
        m.Agenda.Select(a => a.Title).ShouldBe(Samples.Notice().Agenda);
        m.Agenda.Select(a => a.Discussion).ShouldBe(sample.Items.Select(i => i.Discussion));
        m.Decisions.Select(d => d.Text).ShouldBe(sample.Items.SelectMany(i => i.Decisions));
        // The sample's four rows; its item ০২ carries two decisions (the UNO offices' own, and the DC office website's).
        m.Agenda.Count.ShouldBe(4);
        m.Decisions.Count().ShouldBe(5);

        // Issued as the real ones were: notice …৭৪৫ before the meeting, minutes …৭৬৮ two days after, dated ৭ অগ্রহায়ণ ১৪২৯.
        m.NoticeIssues.Single().MemoNumber.ShouldBe("05.43.6900.006.32.001.21.745");
        m.NoticeIssues.Single().IssuedOn.ShouldBe(Samples.NoticeIssued);
        m.MinutesState.ShouldBe(MinutesState.Issued);
        m.MinutesMemoNumber.ShouldBe("05.43.6900.006.32.001.21.768");
        m.MinutesDate.ShouldBe(Samples.MinutesIssued);
        OfficialDate.BanglaLine(m.MinutesDate!.Value).ShouldStartWith("৭ অগ্রহায়ণ ১৪২৯");
        m.Attendees.Count.ShouldBe(sample.Attendance.Count);

        // Implementers as the sample prints them, resolved to the offices that report progress.
        var unos = Below("dc-natore");
        unos.Length.ShouldBe(7);
        var first = m.Decisions.First();
        first.Implementers.Single().LabelBn.ShouldBe("উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        first.Progress.Select(p => p.OfficeId).ShouldBe(unos, ignoreOrder: true);
        first.Due.ShouldBeNull(); // a meeting of 2022 is a record: the sample writes no due date and none is defaulted (ADR 0043)
        m.Decisions.ElementAt(2).Progress.Select(p => p.OfficeId).ShouldBe(unos.Append(Offices()["dc-natore"]), ignoreOrder: true);
        m.Decisions.Skip(3).SelectMany(d => d.Implementers).Select(p => p.LabelBn).Distinct().ShouldBe(["সংশ্লিষ্ট দপ্তর প্রধান (সকল)"]);

        // Followed up: three of five decisions implemented by every office, the others partly.
        Decision.ShareOf(m.Decisions).ShouldBe(new ImplementationShare(3, 5));
        var singra = m.Decisions.First().ProgressOf(Offices()["uno-singra"]);
        singra.Status.ShouldBe(DecisionStatus.Done);
        singra.Note!.ShouldContain("সেবা বক্সে আপলোড করা হয়েছে");
        singra.UpdatedBy.ShouldBe("editor.uno-singra");
    }

    [Fact]
    public async Task The_Satkhira_and_cooperative_samples_are_issued_with_their_implementers_in_the_hierarchy()
    {
        var offices = Offices();
        var satkhira = await MeetingAsync("dc-satkhira", new DateOnly(2020, 12, 20));
        satkhira.Kind.ShouldBe(MeetingKind.GoodGovernanceStakeholder);
        (satkhira.Quarter.FiscalYear.LabelEn, satkhira.Quarter.Number).ShouldBe(("2020-21", 2));
        satkhira.Venue.ShouldBe("Zoom Cloud Meetings App");
        (satkhira.Agenda.Count, satkhira.Decisions.Count()).ShouldBe((5, 5));
        // The sample is dated the day before its meeting; the demo's minutes are dated after it.
        satkhira.MinutesDate!.Value.ShouldBeGreaterThanOrEqualTo(satkhira.Date);
        satkhira.MinutesMemoNumber.ShouldBe("05.44.8700.010.59.015.20- 267/165"); // as the sample prints it (ADR 0043)
        satkhira.Decisions.First().Implementers.Select(p => p.LabelBn)
            .ShouldBe(["উপজেলা নির্বাহী অফিসার (সকল)", "সহকারী কমিশনার (ভূমি) (সকল)", "জেলা প্রশাসকের কার্যালয়ের সকল কর্মকর্তাবৃন্দ"]);
        satkhira.Decisions.First().Progress.Select(p => p.OfficeId).ShouldBe(Below("dc-satkhira").Append(offices["dc-satkhira"]), ignoreOrder: true);
        satkhira.Decisions.First().PrintedImplementers.ShouldBe(SatkhiraImplementers);
        satkhira.Attendees.ShouldContain(a => a.WalkIn && a.Who.Kind == PartyKind.Text);
        Decision.ShareOf(satkhira.Decisions).ShouldBe(new ImplementationShare(3, 5));

        var dco = await MeetingAsync("dco-natore", new DateOnly(2023, 12, 24));
        (dco.Quarter.FiscalYear.LabelEn, dco.Quarter.Number).ShouldBe(("2023-24", 2));
        (dco.Agenda.Count, dco.Decisions.Count()).ShouldBe((5, 7));
        dco.Chair!.ShouldContain("উপ-সহকারী নিবন্ধক");
        var ucos = Below("dco-natore");
        ucos.Length.ShouldBe(7);
        dco.Decisions.First().Implementers.Single().LabelBn.ShouldBe("দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস), নাটোর");
        dco.Decisions.First().Progress.Select(p => p.OfficeId).ShouldBe(ucos, ignoreOrder: true);
        dco.Decisions.Last().Progress.Select(p => p.OfficeId).ShouldBe(ucos.Append(offices["dco-natore"]), ignoreOrder: true);
        dco.Decisions.Last().PrintedImplementers.ShouldBe(CooperativeImplementers[2]); // printed as one line, tracked as two parties
        Decision.ShareOf(dco.Decisions).ShouldBe(new ImplementationShare(3, 7));
        dco.MinutesUnnumbered.ShouldBeTrue(); // the sample prints no memo number (ADR 0048 addendum)
        dco.MinutesDate.ShouldBe(new DateOnly(2023, 12, 24));

        // The files of 2020 and 2023 numbered them and are closed; the offices' current files stay their defaults.
        var old = App.WithDb(db => db.MemoFiles.Where(f => f.FileNumber == "05.43.8700.010.59.015.20" || f.FileNumber == "47.01.6900.001.32.001.23")
            .Select(f => new { f.IsActive, f.Purpose }).ToList());
        old.Count.ShouldBe(2);
        old.ShouldAllBe(f => !f.IsActive && f.Purpose == null);
    }

    [Fact]
    public async Task The_Natore_register_keeps_the_samples_serials_and_continues_where_it_was()
    {
        var office = Offices()["dc-natore"];
        var (numbers, next, purposes) = await App.WithDbAsync(async db =>
        {
            var numbers = await db.IssuedMemos.Where(m => m.OfficeId == office).Select(m => m.Number).ToListAsync();
            var file = await db.MemoFiles.SingleAsync(f => f.OfficeId == office && f.FileNumber == Protishruti.Web.Demo.DemoMemoFiles.DcNatoreFile);
            var purposes = await db.MemoFiles.Where(f => f.OfficeId == office).Select(f => f.Purpose).ToListAsync();
            return (numbers, file.NextSerial, purposes);
        });
        numbers.ShouldContain("05.43.6900.006.32.001.21.745");
        numbers.ShouldContain("05.43.6900.006.32.001.21.768");
        numbers.ShouldBeUnique();
        next.ShouldBeGreaterThan(769); // ৭৬৯ went to the charter; the next letter does not reuse a number
        purposes.Count(p => p == Protishruti.Domain.Memos.MemoDocumentKind.Minutes).ShouldBe(1); // the meetings file is still the minutes' file
    }

    [Fact]
    public async Task Natore_has_a_meeting_this_quarter_with_decisions_for_uno_singra_one_done_and_a_draft_next_meeting()
    {
        var offices = Offices();
        var today = App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
        var quarter = FiscalQuarter.Of(today);
        var meetings = await App.WithDbAsync(db => db.Meetings.AsNoTracking()
            .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress).AsSplitQuery()
            .Where(m => m.OfficeId == offices["dc-natore"] && m.Date >= quarter.Start).ToListAsync());

        var current = meetings.Single(m => m.Date <= quarter.End && m.MinutesState == MinutesState.Issued);
        current.NoticeState.ShouldBe(NoticeState.Issued);
        current.MinutesDate!.Value.ShouldBeLessThanOrEqualTo(today);
        var singra = current.Decisions.SelectMany(d => d.Progress).Where(p => p.OfficeId == offices["uno-singra"]).ToList();
        singra.Count.ShouldBeGreaterThanOrEqualTo(3);
        singra.Count(p => p.Status == DecisionStatus.Done).ShouldBe(1);
        current.Decisions.Single(d => d.Implementers.Any(p => p.Kind == PartyKind.Office && p.OfficeId == offices["uno-singra"])).IsImplemented.ShouldBeTrue();
        current.ImplementationShare.ShouldBe(new ImplementationShare(1, 4));

        var draft = meetings.Single(m => m.NoticeState == NoticeState.Draft);
        draft.Date.ShouldBeGreaterThan(quarter.End);
        draft.Kind.ShouldBe(MeetingKind.CharterCoordination);
        var review = draft.Agenda[0];
        review.Title.ShouldBe("বিগত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা");
        review.Details!.ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর: বাস্তবায়িত");
    }

    [Fact]
    public async Task The_Natore_demo_minutes_PDF_reads_like_the_real_minutes_with_the_right_Bangla_date()
    {
        var m = await MeetingAsync("dc-natore", new DateOnly(2022, 11, 20));
        var sample = Samples.Minutes();
        var response = await App.CreateClient().GetAsync($"/offices/dc-natore/meetings/{m.Id}/minutes.pdf");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var text = Flat(new PdfFile(await response.Content.ReadAsByteArrayAsync()).Text());

        // The real minutes' parts, in its order: title, chair, time, venue, attendance, the decision table, memo, appendix.
        string[] inOrder =
        [
            "সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/সংস্থার সমন্বয়ে ত্রৈমাসিক সভার কার্যবিবরণী",
            "সভাপতি", Flat(sample.Chair), "দুপুর ১২:৩০ টা", "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর", "পরিশিষ্ট ‘ক’",
            "ক্রমিক", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নকারী", "উপজেলা নির্বাহী অফিসার (সকল), নাটোর",
            "স্মারক নম্বর", "০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮",
        ];
        var at = 0;
        foreach (var part in inOrder)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            found.ShouldBeGreaterThanOrEqualTo(0, $"'{part}' after position {at} of the minutes PDF");
            at = found + part.Length;
        }
        // Table cells wrap and pdftotext reads a row's columns line by line, so each decision is found by its first words.
        foreach (var decision in sample.Items.SelectMany(i => i.Decisions))
            text.ShouldContain(string.Join(' ', Flat(decision).Split(' ').Take(2)));
        // The memo of 22 November 2022 is dated ৭ অগ্রহায়ণ ১৪২৯ (the real one printed ০৬, a slip of the typist's calendar).
        text.ShouldContain("৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ");
        text.ShouldContain("২২ নভেম্বর ২০২২ খ্রিষ্টাব্দ");
        text.ShouldNotContain("০৬ অগ্রহায়ণ");
        text.ShouldContain("অনুলিপি");
    }

    // ---- docs/samples-comparison.md: what the comparison found the same, kept true on the print page and in the PDF ----

    /// <summary>The issued minutes' print page (the frozen document) and PDF as flat text; the print page's HTML too.</summary>
    private async Task<(string Page, string Html, string Pdf, string Docx)> IssuedMinutesAsync(string officeCode, DateOnly date)
    {
        var m = await MeetingAsync(officeCode, date);
        var unnumbered = Protishruti.Domain.Memos.IssuedMemo.UnnumberedMinutesKey(m.Id); // minutes recorded without a number (ADR 0048 addendum)
        var memoId = await App.WithDbAsync(db => db.IssuedMemos.Where(x => x.OfficeId == m.OfficeId && (x.Number == m.MinutesMemoNumber || x.NumberKey == unnumbered))
            .Select(x => x.Id).SingleAsync());
        var client = App.CreateClient();
        var html = await client.GetStringAsync(Protishruti.Web.Links.Memos.Document(officeCode, memoId));
        var page = Flat(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ")));
        var pdf = await client.GetAsync(Protishruti.Web.Links.Meetings.MinutesPdf(officeCode, m.Id));
        pdf.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        using var docx = new Protishruti.Tests.Documents.DocxReader(await client.GetByteArrayAsync(Protishruti.Web.Links.Memos.DocumentDocx(officeCode, memoId)));
        return (page, html, Flat(new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text()), Flat(docx.Text));
    }

    private static void InOrder(string text, string what, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            found.ShouldBeGreaterThanOrEqualTo(0, $"'{part}' after position {at} of the {what}");
            at = found + part.Length;
        }
    }

    [Fact]
    public async Task The_Satkhira_minutes_print_the_samples_letterhead_table_memo_number_copies_and_signatory()
    {
        var (page, html, pdf, docx) = await IssuedMinutesAsync("dc-satkhira", new DateOnly(2020, 12, 20));
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            InOrder(text, what,
                // letterhead: the office and its place on two lines (flattened: a space, no comma), the branch line, no website
                "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা প্রশাসকের কার্যালয় সাতক্ষীরা (সাধারণ শাখা)",
                "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনদের (Stakeholder) অংশগ্রহণে অনুষ্ঠিত সভার কার্যবিবরণী",
                "সভাপতি", "মাহমুদুল হাসান",
                "তারিখ : ২০-১২-২০২০ (রবিবার)", // the header's date as the sample types it
                "Zoom Cloud Meetings App",
                "ক্রমিক", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নে", // the sample's headings
                "স্মারক নম্বর:", "০৫.৪৪.৮৭০০.০১০.৫৯.০১৫.২০- ২৬৭/১৬৫", // the number as the sample prints it
                "৬ পৌষ ১৪২৭ বঙ্গাব্দ", "২১ ডিসেম্বর ২০২০ খ্রিষ্টাব্দ",
                "অনুলিপি: সদয় জ্ঞাতার্থে/ কার্যার্থে",
                // pdftotext may read the list's serials as a column of their own: the PDF is held to the lines, the
                // print page and the DOCX to the serials as well
                (what == "PDF" ? "" : "১। ") + "সচিব, জনপ্রশাসন মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা",
                (what == "PDF" ? "" : "৯। ") + "প্রশাসনিক অফিসার, জেলা প্রশাসকের কার্যালয়, সাতক্ষীরা",
                "জেলা প্রশাসক"); // the closing signature: the post, no name
            InOrder(text, what, "সভার কার্যবিবরণী", "অতঃপর আর কোন", "মাহমুদুল হাসান জেলা প্রশাসক", "স্মারক নম্বর:"); // the chair signs: the Deputy Commissioner of 2020, not today's, the name unbracketed
            // the phone and e-mail under the chair's signature, as the sample prints them; none under the memo (ADR 0048 addendum)
            InOrder(text, what, "অতঃপর আর কোন", "মাহমুদুল হাসান জেলা প্রশাসক", "ফোন:", "ই-মেইল:", "স্মারক নম্বর:");
            text[text.IndexOf("স্মারক নম্বর:", StringComparison.Ordinal)..].ShouldNotContain("ফোন:", customMessage: what);
            text.ShouldNotContain("(মাহমুদুল হাসান)");
            text.ShouldNotContain("satkhira.gov.bd");
            text.ShouldNotContain("খ্রিষ্টাব্দ সময়"); // the header's date is not the dual form
            text.ShouldContain("ক্রমিক নম্বর".Split(' ')[1]);
            text.ShouldNotContain("বিতরণ"); // the sample has copies only
            text.ShouldNotContain("আবদুল্লাহ চৌধুরী"); // today's holder did not sign in 2020
            // the header's time as the sample writes it, no attendance line and no appendix (ADR 0048)
            InOrder(text, what, "তারিখ : ২০-১২-২০২০ (রবিবার)", "সময় : বেলা- ১২.৩০ টা", "স্থান : Zoom Cloud Meetings App", "সভাপতি Zoom Cloud Meetings App এ সংযুক্ত সকলকে");
            text.ShouldNotContain("উপস্থিতি", customMessage: what);
            text.ShouldNotContain("পরিশিষ্ট", customMessage: what);
            // rows ১–২: the three tracked implementers printed as the sample's one sentence, not numbered
            InOrder(text, what, SatkhiraImplementers, SatkhiraImplementers);
            text.ShouldNotContain("২) সহকারী কমিশনার (ভূমি) (সকল)", customMessage: what);
        }
        // rows "১", "২" … (not "০১"), each with its subject as the bold lead of the discussion
        System.Text.RegularExpressions.Regex.Matches(html, @"<td class=""serial"">\s*<p>\s*<span class=""line"">([^<]+)</span>")
            .Select(x => x.Groups[1].Value).ShouldBe(["১", "২", "৩", "৪", "৫"]);
        html.ShouldContain("<strong>স্ব স্ব দপ্তরের শুদ্ধাচার কৌশল বাস্তবায়ন:</strong>");
    }

    [Fact]
    public async Task The_cooperative_minutes_print_the_samples_letterhead_table_and_numbering_without_a_distribution_list_or_memo_number()
    {
        var (page, html, pdf, docx) = await IssuedMinutesAsync("dco-natore", new DateOnly(2023, 12, 24));
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            InOrder(text, what,
                "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা সমবায় কার্যালয় নাটোর", // two lines
                "সভাপতি", "সাইফুল ইসলাম, উপ-সহকারী নিবন্ধক, জেলা সমবায় কার্যালয়, নাটোর",
                // the time and the attendance line in the sample's words (ADR 0048)
                "সভার তারিখ : ২৪/১২/২০২৩ খ্রি.", "সভার সময় : সকাল ১০.৩০ ঘটিকা", "স্থান : জেলা সমবায় কার্যালয়, নাটোর", // the date as the sample writes it (ADR 0048 addendum)
                "উপস্থিতি : হাজিরা শীট সংযুক্ত",
                "ক্রমিক", "আলোচ্য", "সিদ্ধান্ত", "বাস্তবায়নকারী", // the sample's headings
                "অভিযোগ প্রতিকার:", "১। ভোগান্তিবিহীন", "২। অভিযোগ আসার", // decisions "১।", "২।" (cells wrap: first words)
                "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস), নাটোর",
                "সভায় আর কোন আলোচ্য বিষয় না থাকায়",
                // the chair signs in the committee's role, without a name and instead of the post
                "সভাপতি নৈতিকতা কমিটি সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণের সভা");
            var closing = text.IndexOf("সভায় আর কোন আলোচ্য বিষয়", StringComparison.Ordinal);
            var appendix = text.IndexOf("পরিশিষ্ট", closing, StringComparison.Ordinal);
            var chairSigns = text[closing..(appendix < 0 ? text.Length : appendix)];
            chairSigns.ShouldNotContain("সাইফুল ইসলাম", customMessage: what);
            chairSigns.ShouldNotContain("উপ-সহকারী নিবন্ধক", customMessage: what);
            // no title line: nothing between the letterhead and the header block (the print page's <title> still names it)
            var header = text.IndexOf("সভাপতি", StringComparison.Ordinal);
            text[text.IndexOf("গণপ্রজাতন্ত্রী", StringComparison.Ordinal)..header].ShouldNotContain("কার্যবিবরণী", customMessage: what);
            // rows ২–৫: one line each, the group's words; this office is tracked but not printed as "২) …"
            foreach (var line in CooperativeImplementers) text.ShouldContain(line, customMessage: what);
            text.ShouldNotContain("২) জেলা সমবায় কার্যালয়", customMessage: what);
            // recorded without a number, as the sample: no memo line, no memo date, no signature under them (ADR 0048 addendum)
            text.ShouldNotContain("স্মারক নম্বর", customMessage: what);
            text.ShouldNotContain("৪৭.০১.৬৯০০.০০১.৩২.০০১.২৩.২১৩", customMessage: what);
            text.ShouldNotContain("৯ পৌষ ১৪৩০", customMessage: what);
            // (and the chair's signature up to the appendix, above, holds no second signature: no name, no designation)
            text.ShouldNotContain("ফোন:");
            text.ShouldNotContain("ই-মেইল:");
            text.ShouldContain("আলোচ্য বিষয় ও আলোচনা".Split(' ')[^1]);
            // the sample has no distribution list and no copies
            text.ShouldNotContain("বিতরণ");
            text.ShouldNotContain("অনুলিপি");
        }
        page.ShouldContain("আলোচ্য বিষয় ও আলোচনা");
        html.ShouldNotContain("class=\"doc-title\"");
        System.Text.RegularExpressions.Regex.Matches(html, @"<td class=""serial"">\s*<p>\s*<span class=""line"">([^<]+)</span>")
            .Select(x => x.Groups[1].Value).ShouldBe(["১.", "২.", "৩.", "৪.", "৫."]);
    }

    private const string SatkhiraImplementers = "উপজেলা নির্বাহী অফিসার (সকল), সহকারী কমিশনার (ভূমি) (সকল) এবং জেলা প্রশাসকের কার্যালয়ের সকল কর্মকর্তাবৃন্দ।";

    private static readonly string[] CooperativeImplementers =
    [
        "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস ও জেলা কার্যালয়ের ফাইল উপস্থাপনকারীগণ), নাটোর",
        "দপ্তর প্রধান (অত্র দপ্তরসহ সকল উপজেলা সমবায় অফিস), নাটোর",
        "দপ্তর প্রধান (সকল উপজেলা সমবায় অফিস ও অত্র দপ্তর), নাটোর",
    ];

    /// <summary>PDF text breaks lines where the page did; compare with single spaces.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

}

public sealed class DemoMeetingsTests_Sqlite(SqliteApp app) : DemoMeetingsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class DemoMeetingsTests_Postgres(PostgresApp app) : DemoMeetingsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
