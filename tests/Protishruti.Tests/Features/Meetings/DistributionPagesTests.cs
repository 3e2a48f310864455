using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The distribution list (বিতরণ/অনুলিপি) of a notice and of minutes as the office writes it (ADR 0035): suggested on
/// first open without the issuing office, then edited on the page — reorder, remove, free text with a purpose note,
/// pasted lines, the অনুলিপি block or none, "১)" or "১।" — printed exactly so in HTML, PDF and DOCX, frozen at issue.
/// </summary>
public abstract class DistributionPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    private const string Parent = "বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী";

    /// <summary>A draft meeting of dc-natore inviting the UNO offices, a post of its own (the ADC) and — by a slip — itself.</summary>
    private async Task<int> DraftMeetingAsync(DateOnly date)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == MinutesKit.Office, Ct);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office, Ct);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var adc = await db.Posts.SingleAsync(p => p.OfficeId == office.Id && p.DesignationBn == "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", Ct);
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, $"সেবা প্রদান প্রতিশ্রুতি বিষয়ক সভা {Guid.NewGuid().ToString("N")[..6]}", date,
            new TimeOnly(11, 0), Venue, null);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        m.Invite(Party.Post(adc.Id, office.Id, "অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর"));
        m.Invite(Party.Office(office.Id, office.NameBn));
        db.Meetings.Add(m);
        await db.SaveChangesAsync(Ct);
        return m.Id;
    }

    private static Dictionary<string, string> Lines(params (string Text, string? Note, bool Copy, int Order)[] lines)
    {
        var form = new Dictionary<string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            form[$"DistributionForm.Lines[{i}].Text"] = lines[i].Text;
            form[$"DistributionForm.Lines[{i}].Note"] = lines[i].Note ?? "";
            form[$"DistributionForm.Lines[{i}].Order"] = $"{lines[i].Order}";
            if (lines[i].Copy) form[$"DistributionForm.Lines[{i}].Copy"] = "true";
        }
        return form;
    }

    [Fact]
    public async Task A_notice_distribution_is_suggested_then_written_by_the_office_and_printed_as_kept_in_html_pdf_and_docx()
    {
        var id = await DraftMeetingAsync(Today.AddDays(7));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var notice = Url(id, "notice");

        // suggested: the invitees and the parent office (in the copies, for kind information), never the office itself
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(notice, Ct));
        page.ShouldContain("প্রস্তাবিত তালিকা");
        page.ShouldContain("value=\"উপজেলা নির্বাহী অফিসার (সকল), নাটোর\"");
        page.ShouldContain("value=\"অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর\""); // a post of the office itself is a recipient
        page.ShouldContain($"value=\"{Parent}\"");
        page.ShouldContain("value=\"সদয় অবগতির জন্য\"");
        page.ShouldNotContain("value=\"জেলা প্রশাসকের কার্যালয়, নাটোর\"");

        // a note without a recipient: refused beside the row, what was typed kept, nothing saved
        var bad = Lines(("উপজেলা নির্বাহী অফিসার (সকল), নাটোর", null, false, 1), ("", "কার্যার্থে", false, 2));
        bad["DistributionForm.Paste"] = "১। সচিব, জনপ্রশাসন মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা";
        var rejected = WebUtility.HtmlDecode(await (await PostAsync(client, Links.Meetings.NoticeDistribution(MinutesKit.Office, id), bad, notice)).ShouldBeRejectedAsync());
        FieldError(rejected, "DistributionForm.Lines[1].Text").ShouldBe("বিতরণের লাইনে প্রাপকের নাম/পদবি লিখুন।");
        rejected.ShouldContain("১। সচিব, জনপ্রশাসন মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা");
        rejected.ShouldContain("value=\"কার্যার্থে\"");
        (await App.MeetingAsync(id)).NoticeDistributionWritten.ShouldBeFalse();

        // written: reordered, the parent's line removed, a free-text line with its note, two pasted lines into the
        // copies (their old serials dropped), numbered "১)", the copies' heading as this office writes it
        var form = Lines(
            ("উপজেলা নির্বাহী অফিসার (সকল), নাটোর", null, false, 2),
            ("অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর", null, false, 1),
            (Parent, "সদয় অবগতির জন্য", true, 3),
            ("সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর", "ওয়েবসাইটে প্রকাশের অনুরোধসহ", false, 3));
        form["DistributionForm.Lines[2].Remove"] = "true";
        form["DistributionForm.Paste"] = "১। সচিব, জনপ্রশাসন মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা\n\n- ২) কমিশনার, রাজশাহী বিভাগ, রাজশাহী।";
        form["DistributionForm.PasteInCopy"] = "true";
        form["DistributionForm.Numbering"] = nameof(ListNumbering.Parenthesis);
        form["DistributionForm.CopyHeading"] = "অনুলিপি: সদয় জ্ঞাতার্থে/ কার্যার্থে";
        (await PostAsync(client, Links.Meetings.NoticeDistribution(MinutesKit.Office, id), form, notice)).ShouldRedirectTo(notice);

        var kept = (await App.MeetingAsync(id)).NoticeDistribution;
        kept.Written.ShouldBeTrue();
        kept.Numbering.ShouldBe(ListNumbering.Parenthesis);
        kept.Lines.Select(l => (l.Text, l.Note, l.Copy)).ShouldBe([
            ("অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর", null, false),
            ("উপজেলা নির্বাহী অফিসার (সকল), নাটোর", null, false),
            ("সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর", "ওয়েবসাইটে প্রকাশের অনুরোধসহ", false),
            ("সচিব, জনপ্রশাসন মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা", null, true),
            ("কমিশনার, রাজশাহী বিভাগ, রাজশাহী।", null, true),
        ]);
        var edit = WebUtility.HtmlDecode(await client.GetStringAsync(notice, Ct));
        edit.ShouldContain("দপ্তরের লেখা তালিকা");
        edit.ShouldNotContain($"value=\"{Parent}\"");

        string[] printed =
        [
            "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):",
            "১) অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর",
            "২) উপজেলা নির্বাহী অফিসার (সকল), নাটোর",
            "৩) সহকারী কমিশনার (আইসিটি শাখা), জেলা প্রশাসকের কার্যালয়, নাটোর (ওয়েবসাইটে প্রকাশের অনুরোধসহ)",
            "অনুলিপি: সদয় জ্ঞাতার্থে/ কার্যার্থে",
            "১) সচিব, জনপ্রশাসন মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা",
            "২) কমিশনার, রাজশাহী বিভাগ, রাজশাহী।",
        ];
        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, id, null), Ct));
        var previewText = Squash(System.Text.RegularExpressions.Regex.Replace(preview, "<[^>]+>", ""));
        foreach (var line in printed) previewText.ShouldContain(Squash(line));
        previewText.ShouldNotContain(Squash("অফিস কপি"));

        // issued: the number is taken and the list is printed exactly as kept in the PDF and the DOCX
        (await PostAsync(client, notice + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today) }, notice)).ShouldRedirectTo(notice);
        var meeting = await App.MeetingAsync(id);
        meeting.NoticeState.ShouldBe(NoticeState.Issued);
        var memo = await App.MemoAsync(meeting.NoticeIssues.Single().MemoNumber);
        var pdf = Squash(new PdfFile(await (await App.Browser().GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id) + ".pdf", Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true));
        var pdfOrder = printed.Select(l => pdf.IndexOf(Squash(l), StringComparison.Ordinal)).ToList();
        pdfOrder.ShouldAllBe(i => i >= 0);
        pdfOrder.ShouldBeInOrder();
        using var docx = new DocxReader(await (await App.Browser().GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id) + ".docx", Ct)).Content.ReadAsByteArrayAsync(Ct));
        var docxOrder = printed.Select(l => docx.Text.IndexOf(l, StringComparison.Ordinal)).ToList();
        docxOrder.ShouldAllBe(i => i >= 0);
        docxOrder.ShouldBeInOrder();

        // frozen: the list no longer changes, and the form says so
        var late = Lines(("জেলা প্রশাসক, নাটোর", null, false, 1));
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Links.Meetings.NoticeDistribution(MinutesKit.Office, id), late, notice)).ShouldBeRejectedAsync());
        refused.ShouldContain("নোটিশ জারি হয়েছে; সংশোধনী জারি করে বদলান।");
        (await App.MeetingAsync(id)).NoticeDistribution.Lines.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Minutes_print_the_list_the_office_wrote_without_an_anulipi_block_and_an_unwritten_list_is_kept_as_suggested_at_issue()
    {
        var day = Today.AddDays(-3);
        var written = await App.NoticedMeetingAsync(day);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(written.Id, "minutes");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        page.ShouldContain("value=\"উপজেলা নির্বাহী অফিসার (সকল), নাটোর\""); // the invitee
        page.ShouldContain("value=\"সদয় অবগতির জন্য\""); // the parent office's head, in the copies

        var form = Lines(
            ("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা", null, false, 1),
            ("উপজেলা নির্বাহী অফিসার (সকল), নাটোর", null, false, 2));
        form["DistributionForm.Numbering"] = nameof(ListNumbering.Dari);
        (await PostAsync(client, Links.Meetings.MinutesDistribution(MinutesKit.Office, written.Id), form, minutes)).ShouldRedirectTo(minutes);

        var issue = MinutesForm(written, "সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে।", written.GroupKey, Iso(Today));
        (await PostAsync(client, minutes, MinutesForm(written, "সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে।", written.GroupKey), minutes)).ShouldRedirectTo(minutes);
        issue["Input.Items[0].Decisions[0].Id"] = $"{(await App.MeetingAsync(written.Id)).Decisions.Single().Id}";
        (await PostAsync(client, minutes + "?handler=issue", issue, minutes)).ShouldRedirectTo(minutes);

        var pdf = Squash(new PdfFile(await (await App.CreateClient().GetAsync(Url(written.Id, "minutes.pdf"), Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true));
        pdf.ShouldContain(Squash("১। মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা"));
        pdf.ShouldContain(Squash("২। উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        pdf.ShouldNotContain(Squash("অনুলিপি"));
        pdf.ShouldNotContain(Squash("অফিস কপি"));
        using var docx = new DocxReader(await (await App.CreateClient().GetAsync(Url(written.Id, "minutes.docx"), Ct)).Content.ReadAsByteArrayAsync(Ct));
        docx.Text.ShouldContain("১। মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা");
        docx.Text.ShouldNotContain("অনুলিপি");

        // frozen once issued: the list no longer changes
        var late = WebUtility.HtmlDecode(await (await PostAsync(client, Links.Meetings.MinutesDistribution(MinutesKit.Office, written.Id),
            Lines(("জেলা প্রশাসক, নাটোর", null, false, 1)), minutes)).ShouldBeRejectedAsync());
        late.ShouldContain("কার্যবিবরণী জারি হয়েছে; সংশোধনী জারি করে বদলান।");
        (await App.MeetingAsync(written.Id)).MinutesDistribution.Lines.Count.ShouldBe(2);

        // never written: the suggestion is issued and kept with the meeting, without the issuing office
        var plain = await App.NoticedMeetingAsync(day);
        var plainMinutes = Url(plain.Id, "minutes");
        var first = MinutesForm(plain, "সেবা বক্স তৈরি করতে হবে।", plain.GroupKey);
        (await PostAsync(client, plainMinutes, first, plainMinutes)).ShouldRedirectTo(plainMinutes);
        var second = MinutesForm(plain, "সেবা বক্স তৈরি করতে হবে।", plain.GroupKey, Iso(Today));
        second["Input.Items[0].Decisions[0].Id"] = $"{(await App.MeetingAsync(plain.Id)).Decisions.Single().Id}";
        (await PostAsync(client, plainMinutes + "?handler=issue", second, plainMinutes)).ShouldRedirectTo(plainMinutes);
        var kept = (await App.MeetingAsync(plain.Id)).MinutesDistribution;
        kept.Written.ShouldBeTrue();
        kept.Lines.ShouldContain(l => l.Text == "উপজেলা নির্বাহী অফিসার (সকল), নাটোর" && !l.Copy);
        kept.Lines.ShouldContain(l => l.Copy && l.Note == "সদয় অবগতির জন্য");
        kept.Lines.ShouldNotContain(l => l.Text == "জেলা প্রশাসকের কার্যালয়, নাটোর" || l.Text == "অফিস কপি");
    }

    [Fact]
    public async Task Only_the_offices_meeting_managers_write_a_distribution_list()
    {
        var id = await DraftMeetingAsync(Today.AddDays(7));
        var fields = Lines(("জেলা প্রশাসক, নাটোর", null, false, 1));
        // a monitor above the office reads the notice page (the list without a button) but may not write it
        var monitor = await App.LoggedInAsync("monitor.mopa");
        var read = WebUtility.HtmlDecode(await monitor.GetStringAsync(Url(id, "notice"), Ct));
        read.ShouldContain("উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        read.ShouldNotContain("বিতরণ তালিকা সংরক্ষণ করুন");
        (await PostAsync(monitor, Links.Meetings.NoticeDistribution(MinutesKit.Office, id), fields, Url(id, "notice"))).ShouldBeDenied();
        (await PostAsync(monitor, Links.Meetings.MinutesDistribution(MinutesKit.Office, id), fields, Url(id, "notice"))).ShouldBeDenied();
        // another office's editor does not even see it
        (await (await App.LoggedInAsync("editor.dco-bandarban")).GetAsync(Url(id, "notice"), Ct)).ShouldBeDenied();
        (await App.MeetingAsync(id)).NoticeDistributionWritten.ShouldBeFalse();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class DistributionPagesTests_Sqlite(SqliteApp app) : DistributionPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class DistributionPagesTests_Postgres(PostgresApp app) : DistributionPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
