using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Memos;
using Protishruti.Web;

namespace Protishruti.Tests.Features.Meetings.Notices;

/// <summary>A meeting from the new-meeting form to its issued, amended and cancelled notice, and who may do what.</summary>
public abstract partial class NoticePagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Office = "dc-natore";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Unique(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<int> NewMeetingAsync(HttpClient client, MeetingKind kind, string title, DateOnly date)
    {
        var response = await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/new", new()
        {
            ["Input.Kind"] = kind.ToString(), ["Input.Title"] = title, ["Input.Date"] = Iso(date), ["Input.Time"] = "11:00",
            ["Input.Venue"] = "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> EditAsync(HttpClient client, int id, string handler, Dictionary<string, string> fields) =>
        await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/{id}/edit?handler={handler}", fields, $"/offices/{Office}/meetings/{id}/edit");

    private static async Task<HttpResponseMessage> NoticeAsync(HttpClient client, int id, string handler, Dictionary<string, string> fields) =>
        await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/{id}/notice?handler={handler}", fields, $"/offices/{Office}/meetings/{id}/notice");

    private Meeting Load(int id) => App.WithDb(db => db.Meetings.AsNoTracking().Include(m => m.Agenda).Single(m => m.Id == id));

    private int OfficeId(string code) => App.WithDb(db => db.Offices.Single(o => o.Code == code).Id);

    private int NextSerial() => App.WithDb(db => db.MemoFiles.Where(f => f.OfficeId == db.Offices.Single(o => o.Code == Office).Id).Sum(f => f.NextSerial));

    [Fact]
    public async Task A_coordination_meeting_is_written_issued_amended_and_cancelled_each_with_its_own_memo()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var form = await client.GetStringAsync($"/offices/{Office}/meetings/new", Ct);
        form.ShouldContain("সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা");

        var title = Unique("সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা");
        var date = Today.AddDays(10);
        var id = await NewMeetingAsync(client, MeetingKind.CharterCoordination, title, date);
        var meeting = Load(id);
        meeting.Invitees.ShouldHaveSingleItem().LabelBn.ShouldBe("উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)"); // the default for a coordination meeting

        var edit = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct);
        edit.ShouldContain(FiscalQuarter.Of(date).LabelBn);
        // The office's earlier coordination meeting (the demo's, this quarter) has issued minutes: the new one opens with
        // their review, then last quarter's worst on-time services and most complained services below the district (the
        // demo's applications and complaints). This walk writes its own agenda, so it takes those items out first.
        meeting.Agenda.OrderBy(a => a.Order).Select(a => a.Title)
            .ShouldBe([Meeting.ReviewTitle, Protishruti.Web.Features.Delivery.Performance.WorstServices.Title, Protishruti.Web.Features.Grievances.MostComplained.Title]);
        foreach (var generated in meeting.Agenda)
            (await EditAsync(client, id, "RemoveItem", new() { ["itemId"] = $"{generated.Id}" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // agenda: add three, move the third up, remove the first
        foreach (var item in new[] { "বিবিধ", "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ", "ফোকাল পয়েন্ট কর্মকর্তা নিয়োগ" })
            (await EditAsync(client, id, "AddItem", new() { ["ItemTitle"] = item })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = Load(id).Agenda[0];
        (await EditAsync(client, id, "MoveItem", new() { ["itemId"] = $"{first.Id}", ["offset"] = "1" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EditAsync(client, id, "MoveItem", new() { ["itemId"] = $"{first.Id}", ["offset"] = "1" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var third = Load(id).Agenda.Single(a => a.Title == "ফোকাল পয়েন্ট কর্মকর্তা নিয়োগ");
        (await EditAsync(client, id, "MoveItem", new() { ["itemId"] = $"{third.Id}", ["offset"] = "-1" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EditAsync(client, id, "MoveItem", new() { ["itemId"] = $"{third.Id}", ["offset"] = "1" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Load(id).Agenda.Select(a => a.Title).ShouldBe(["সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ", "ফোকাল পয়েন্ট কর্মকর্তা নিয়োগ", "বিবিধ"]);
        var edited = Load(id).Agenda[0];
        (await EditAsync(client, id, "EditItem", new() { ["itemId"] = $"{edited.Id}", ["ItemTitle"] = "আওতাধীন দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EditAsync(client, id, "AddItem", new() { ["ItemTitle"] = "মুছে ফেলার বিষয়" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var doomed = Load(id).Agenda.Single(a => a.Title == "মুছে ফেলার বিষয়");
        (await EditAsync(client, id, "RemoveItem", new() { ["itemId"] = $"{doomed.Id}" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // an empty agenda title: the message, nothing added
        var empty = await EditAsync(client, id, "AddItem", new() { ["ItemTitle"] = " ", ["ItemDetails"] = "লিখে রাখা বিস্তারিত" });
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var emptyPage = await empty.Content.ReadAsStringAsync(Ct);
        emptyPage.ShouldContain("আলোচ্য বিষয়ের শিরোনাম লিখুন");
        emptyPage.ShouldContain("লিখে রাখা বিস্তারিত");
        Load(id).Agenda.Count.ShouldBe(3);

        // invitees: a post with a label of one's own, an office, free text
        var singra = OfficeId("uno-singra");
        var adc = App.WithDb(db => db.Posts.Single(p => p.Office.Code == Office && p.DesignationBn == "অতিরিক্ত জেলা প্রশাসক (সার্বিক)").Id);
        (await EditAsync(client, id, "Invite", new() { ["Party"] = $"post:{adc}", ["PartyLabel"] = "অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EditAsync(client, id, "Invite", new() { ["Party"] = $"office:{singra}" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EditAsync(client, id, "InviteText", new() { ["TextLabel"] = "স্থানীয় সাংবাদিক প্রতিনিধি" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // an office outside the hierarchy: refused in both languages, typed label kept
        var outside = await EditAsync(client, id, "Invite", new() { ["Party"] = $"office:{OfficeId("dco-natore")}", ["PartyLabel"] = "জেলা সমবায় অফিসার" });
        outside.StatusCode.ShouldBe(HttpStatusCode.OK);
        var outsidePage = await outside.Content.ReadAsStringAsync(Ct);
        outsidePage.ShouldContain("দপ্তর কাঠামোর মধ্যে নেই");
        outsidePage.ShouldContain("জেলা সমবায় অফিসার");
        Load(id).Invitees.Count.ShouldBe(4);

        // the preview is the notice without a number
        var preview = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/notice?handler=Preview", Ct);
        preview.ShouldContain("সভার নোটিশ");
        preview.ShouldContain("স্থানীয় সাংবাদিক প্রতিনিধি");

        // issue
        var before = NextSerial();
        var issue = await NoticeAsync(client, id, "Issue", new() { ["IssuedOn"] = Iso(Today) });
        issue.StatusCode.ShouldBe(HttpStatusCode.Redirect, await issue.Content.ReadAsStringAsync(Ct));
        NextSerial().ShouldBe(before + 1);
        meeting = Load(id);
        meeting.NoticeState.ShouldBe(NoticeState.Issued);
        var memoNumber = meeting.NoticeIssues.ShouldHaveSingleItem().MemoNumber;
        var memo = App.WithDb(db => db.IssuedMemos.Single(m => m.Number == memoNumber && m.OfficeId == OfficeId(Office)));

        var page = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/notice", Ct);
        page.ShouldContain(Links.Memos.Document(Office, memo.Id) + ".pdf");
        page.ShouldContain(BengaliDigits.ToBengali(memoNumber));

        var pdfResponse = await App.Browser().GetAsync(Links.Memos.Document(Office, memo.Id) + ".pdf", Ct);
        pdfResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Squash(new PdfFile(await pdfResponse.Content.ReadAsByteArrayAsync(Ct)).Text());
        text.ShouldContain(Squash(BengaliDigits.ToBengali(memoNumber)));
        text.ShouldContain(Squash(OfficialDate.BanglaLine(Today)));
        text.ShouldContain(Squash(OfficialDate.GregorianLine(Today)));
        text.ShouldContain(Squash(OfficialDate.GregorianLine(date)));
        text.ShouldContain(Squash("আওতাধীন দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ"));
        text.ShouldContain(Squash("ফোকাল পয়েন্ট কর্মকর্তা নিয়োগ"));
        text.ShouldContain(Squash("উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)"));
        text.ShouldContain(Squash("অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর"));
        text.ShouldContain(Squash("স্থানীয় সাংবাদিক প্রতিনিধি"));

        // the e-mails wait in the outbox (no SMTP here): every upazila office, the post, Singra once, the journalist by hand
        var mail = App.WithDb(db => db.Outbox.AsNoTracking().Where(m => m.Source == $"meeting:{id}:notice:1").ToList());
        mail.Count(m => m.ToAddress is null).ShouldBe(1);
        mail.ShouldContain(m => m.ToAddress == "general.dc.natore@example.gov.bd");
        mail.Count(m => m.ToAddress != null).ShouldBe(8); // seven upazila offices (Singra among them) and the ADC
        mail.ShouldAllBe(m => m.MemoId == memo.Id && m.Subject.StartsWith("সভার নোটিশ"));
        var outbox = await client.GetStringAsync($"/offices/{Office}/outbox", Ct);
        outbox.ShouldContain("ই-মেইল সার্ভার নির্ধারিত নেই");
        outbox.ShouldNotContain("SMTP"); // no English on the Bengali page
        outbox.ShouldContain("স্থানীয় সাংবাদিক প্রতিনিধি");
        outbox.ShouldContain("mailto:general.dc.natore%40example.gov.bd");

        // the issued notice no longer changes in the editor
        var locked = await EditAsync(client, id, "AddItem", new() { ["ItemTitle"] = "নতুন বিষয়" });
        (await locked.Content.ReadAsStringAsync(Ct)).ShouldContain("সংশোধনী জারি করে বদলান");

        // amend: a new date and an extra item, with a reason — a new memo
        var newDate = date.AddDays(2);
        var amend = await NoticeAsync(client, id, "Amend", new()
        {
            ["Input.Kind"] = "CharterCoordination", ["Input.Title"] = title, ["Input.Date"] = Iso(newDate), ["Input.Time"] = "15:00",
            ["Input.Venue"] = "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর",
            ["AgendaText"] = "আওতাধীন দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ\nফোকাল পয়েন্ট কর্মকর্তা নিয়োগ\nবিবিধ\nজিআরএস পর্যালোচনা",
            ["Reason"] = "জেলা প্রশাসকের সরকারি সফরের কারণে সভার তারিখ পরিবর্তন", ["IssuedOn"] = Iso(Today),
        });
        amend.StatusCode.ShouldBe(HttpStatusCode.Redirect, await amend.Content.ReadAsStringAsync(Ct));
        meeting = Load(id);
        meeting.Date.ShouldBe(newDate);
        meeting.Agenda.Count.ShouldBe(4);
        meeting.NoticeIssues.Count.ShouldBe(2);
        meeting.NoticeIssues[1].Kind.ShouldBe(NoticeIssueKind.Amendment);
        meeting.NoticeIssues[1].MemoNumber.ShouldNotBe(memoNumber);
        var amendMemo = App.WithDb(db => db.IssuedMemos.Single(m => m.Number == meeting.NoticeIssues[1].MemoNumber));
        Squash(IssuedDocuments.Read<Protishruti.Web.Documents.MeetingNotice>(amendMemo).Title).ShouldBe(Squash("সংশোধিত নোটিশ"));

        // a cancellation without a reason: the message, no memo
        before = NextSerial();
        var noReason = await NoticeAsync(client, id, "Cancel", new() { ["Reason"] = "", ["IssuedOn"] = Iso(Today) });
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.Content.ReadAsStringAsync(Ct)).ShouldContain("সভা বাতিলের কারণ লিখুন");
        NextSerial().ShouldBe(before);

        var cancel = await NoticeAsync(client, id, "Cancel", new() { ["Reason"] = "অনিবার্য কারণবশত", ["IssuedOn"] = Iso(Today) });
        cancel.StatusCode.ShouldBe(HttpStatusCode.Redirect, await cancel.Content.ReadAsStringAsync(Ct));
        meeting = Load(id);
        meeting.NoticeState.ShouldBe(NoticeState.Cancelled);
        meeting.NoticeIssues.Select(i => i.MemoNumber).Distinct().Count().ShouldBe(3);
        var cancelMemo = App.WithDb(db => db.IssuedMemos.Single(m => m.Number == meeting.NoticeIssues[2].MemoNumber));
        IssuedDocuments.Read<Protishruti.Web.Documents.MeetingNotice>(cancelMemo).Title.ShouldBe("সভা স্থগিত/বাতিল সংক্রান্ত নোটিশ");
        App.WithDb(db => db.Outbox.Count(m => m.Source == $"meeting:{id}:notice:3")).ShouldBe(mail.Count);

        var list = await client.GetStringAsync($"/offices/{Office}/meetings/manage", Ct);
        list.ShouldContain(title);
        list.ShouldContain("বাতিল");
        var hub = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/manage", Ct);
        hub.ShouldContain($"/offices/{Office}/meetings/{id}/notice");
    }

    [Fact]
    public async Task A_notice_without_invitees_is_refused_with_the_message_and_takes_no_memo_number()
    {
        var client = await App.LoggedInAsync("head.dc-natore"); // the approver may too
        var id = await NewMeetingAsync(client, MeetingKind.Training, Unique("কর্মশালা"), Today.AddDays(5));
        Load(id).Invitees.ShouldBeEmpty();
        (await EditAsync(client, id, "AddItem", new() { ["ItemTitle"] = "সেবা প্রদান প্রতিশ্রুতি বিষয়ে প্রশিক্ষণ" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var before = NextSerial();
        var response = await NoticeAsync(client, id, "Issue", new() { ["IssuedOn"] = Iso(Today) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("নোটিশে অন্তত একজন আমন্ত্রিত দিন");
        NextSerial().ShouldBe(before);
        Load(id).NoticeState.ShouldBe(NoticeState.Draft);
    }

    [Fact]
    public async Task Bad_details_come_back_as_typed_with_the_message_beside_the_field()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var count = App.WithDb(db => db.Meetings.Count());
        var response = await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/new", new()
        {
            ["Input.Kind"] = "Grs", ["Input.Title"] = "জিআরএস বিষয়ক সভা টাইপ করা", ["Input.Date"] = "২০২৫-১৩-৪০", ["Input.Time"] = "10:00", ["Input.Venue"] = "",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("জিআরএস বিষয়ক সভা টাইপ করা");
        page.ShouldContain("২০২৫-১৩-৪০");
        page.ShouldContain("তারিখ দিন");

        response = await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/new", new()
        {
            ["Input.Kind"] = "Grs", ["Input.Title"] = "", ["Input.Date"] = Iso(Today), ["Input.Time"] = "10:00", ["Input.Venue"] = "",
        });
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("সভার স্থান অথবা অনলাইন লিংক দিন");
        App.WithDb(db => db.Meetings.Count()).ShouldBe(count);

        // a blank title takes the kind's standard title
        var id = await NewMeetingAsync(client, MeetingKind.Grs, "", Today.AddDays(3));
        Load(id).Title.ShouldBe(MeetingKind.Grs.Bn());

        // the same refusals in English
        var english = await App.LoggedInAsync("editor.dc-natore");
        (await english.GetAsync("/?lang=en", Ct)).EnsureSuccessStatusCode();
        response = await TestApp.PostFormAsync(english, $"/offices/{Office}/meetings/new", new()
        {
            ["Input.Kind"] = "Grs", ["Input.Title"] = "GRS", ["Input.Date"] = "2025-13-40", ["Input.Time"] = "10:00", ["Input.Venue"] = "Hall",
        });
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Give the date");
        var outside = await EditAsync(english, id, "Invite", new() { ["Party"] = $"office:{OfficeId("dco-natore")}" });
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldContain("is not in");
    }

    [Fact]
    public async Task Monitors_above_read_only_other_offices_editors_are_refused_and_strangers_sent_to_log_in()
    {
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(editor, MeetingKind.MonitoringCommittee, Unique("পরিবীক্ষণ কমিটির সভা"), Today.AddDays(4));

        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await monitor.GetAsync($"/offices/{Office}/meetings/manage", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await monitor.GetAsync($"/offices/{Office}/meetings/{id}/manage", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await monitor.GetAsync($"/offices/{Office}/meetings/{id}/notice", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await monitor.GetAsync($"/offices/{Office}/outbox", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Refused(await monitor.GetAsync($"/offices/{Office}/meetings/new", Ct));
        Refused(await monitor.GetAsync($"/offices/{Office}/meetings/{id}/edit", Ct));
        var notice = await monitor.GetStringAsync($"/offices/{Office}/meetings/{id}/notice", Ct);
        notice.ShouldNotContain("handler=Issue");
        var post = await TestApp.PostFormAsync(monitor, $"/offices/{Office}/meetings/{id}/notice?handler=Issue", new() { ["IssuedOn"] = Iso(Today) },
            $"/offices/{Office}/meetings/manage");
        Refused(post);

        var other = await App.LoggedInAsync("editor.dco-bandarban");
        Refused(await other.GetAsync($"/offices/{Office}/meetings/manage", Ct));
        Refused(await other.GetAsync($"/offices/{Office}/meetings/{id}/notice", Ct));
        Refused(await other.GetAsync($"/offices/{Office}/outbox", Ct));

        foreach (var url in new[] { "meetings/manage", "meetings/new", $"meetings/{id}/edit", $"meetings/{id}/notice", $"meetings/{id}/manage", "outbox" })
        {
            var anonymous = await App.Browser().GetAsync($"/offices/{Office}/{url}", Ct);
            anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            anonymous.Headers.Location!.OriginalString.ShouldContain("/account/login");
        }
    }

    /// <summary>Forbidden: the cookie handler sends the user to the access-denied page (which answers 403).</summary>
    private static void Refused(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [GeneratedRegex(@"/meetings/(\d+)/edit")]
    private static partial Regex EditUrl();
}

public sealed class NoticePagesTests_Sqlite(SqliteApp app) : NoticePagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class NoticePagesTests_Postgres(PostgresApp app) : NoticePagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
