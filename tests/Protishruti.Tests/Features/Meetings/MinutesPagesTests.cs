using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>Attendance, the minutes editor and their issue with a memo number, refusals, and who may do what.</summary>
public abstract class MinutesPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateOnly Day = new(2022, 11, 20);
    private const string Decision = "প্রতিটি উপজেলা নির্বাহী অফিসারের কার্যালয়ের সেবা প্রদান প্রতিশ্রুতি ৮ কলামের নির্ধারিত ফরমেটে হালনাগাদ করতে হবে।";

    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();

    [Fact]
    public async Task Attendance_before_the_meeting_is_refused_with_the_rule_in_both_languages()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(10));
        var client = await App.LoggedInAsync("editor.dc-natore");
        (await client.GetStringAsync(Url(m.Id, "attendance"))).ShouldContain("সভা এখনো অনুষ্ঠিত হয়নি");
        var fields = new Dictionary<string, string> { ["Rows[0].Key"] = $"office:{m.SingraId}", ["Rows[0].Present"] = "true", ["Rows[0].Name"] = "সাবরিনা ইসলাম" };
        var html = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "attendance"), fields)).ShouldBeRejectedAsync());
        html.ShouldContain("উপস্থিতি সভার দিনে বা পরে নেওয়া হয়, আগে নয়।");
        html.ShouldContain("সাবরিনা ইসলাম");
        await client.GetAsync("/?lang=en");
        var en = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "attendance"), new(fields))).ShouldBeRejectedAsync());
        en.ShouldContain("Attendance is taken on the day of the meeting, not before.");
        (await App.MeetingAsync(m.Id)).Attendees.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_whole_minutes_flow_issues_a_pdf_with_memo_number_bangla_date_decision_table_and_appendix_ka()
    {
        var m = await App.NoticedMeetingAsync(Day);
        var client = await App.LoggedInAsync("editor.dc-natore");

        // attendance: one office of the invited group, with the name of who came, and a walk-in
        var page = await client.GetStringAsync(Url(m.Id, "attendance"));
        page.ShouldContain($"value=\"office:{m.SingraId}\"");
        (await PostAsync(client, Url(m.Id, "attendance"), new()
        {
            ["Rows[0].Key"] = $"office:{m.SingraId}", ["Rows[0].Present"] = "true", ["Rows[0].Name"] = "সাবরিনা ইসলাম", ["Rows[0].Designation"] = "উপজেলা নির্বাহী অফিসার",
            ["WalkIns[0].Name"] = "জনাব আব্দুল হাই", ["WalkIns[0].Designation"] = "সাংবাদিক, দৈনিক নাটোর বার্তা",
        })).ShouldRedirectTo(Url(m.Id, "attendance"));
        var held = await App.MeetingAsync(m.Id);
        held.Attendees.Select(a => (a.Who.LabelBn, a.WalkIn)).ShouldBe([("সাবরিনা ইসলাম", false), ("জনাব আব্দুল হাই", true)]);
        (await client.GetAsync(Url(m.Id, "attendance/sheet"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // the draft, then the issue
        (await PostAsync(client, Url(m.Id, "minutes"), MinutesForm(m, Decision, m.GroupKey))).ShouldRedirectTo(Url(m.Id, "minutes"));
        var draft = await App.MeetingAsync(m.Id);
        draft.MinutesState.ShouldBe(MinutesState.Draft);
        draft.Decisions.Single().Text.ShouldBe(Decision);
        var form = MinutesForm(m, Decision, m.GroupKey, "2022-11-22");
        form["Input.Items[0].Decisions[0].Id"] = draft.Decisions.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldRedirectTo(Url(m.Id, "minutes"));

        var issued = await App.MeetingAsync(m.Id);
        issued.MinutesState.ShouldBe(MinutesState.Issued);
        issued.MinutesDate.ShouldBe(new DateOnly(2022, 11, 22));
        issued.Decisions.Single().Progress.Count.ShouldBe(7); // every UNO office of Natore tracks it
        issued.Decisions.Single().Due.ShouldBeNull(); // a meeting of an earlier quarter is a record: no default due date (ADR 0043)
        var memo = await App.MemoAsync(issued.MinutesMemoNumber!);
        memo.DocumentType.ShouldBe("minutes");

        var editor = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes")));
        editor.ShouldContain("সংশোধনী জারি করুন");
        editor.ShouldContain(Url(m.Id, "corrigendum"));

        var pdf = await App.CreateClient().GetAsync(Url(m.Id, "minutes.pdf"));
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text();
        text.ShouldContain(memo.NumberBn);
        text.ShouldContain("৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ");
        text.ShouldContain("কার্যবিবরণী");
        foreach (var column in MeetingMinutesColumns) text.ShouldContain(column);
        text.ShouldContain("উপজেলা নির্বাহী"); // the group as the catalog names it, in the implementers column
        text.ShouldContain("পরিশিষ্ট ‘ক’");
        text.ShouldContain("সাবরিনা ইসলাম");
        text.ShouldContain("জনাব আব্দুল হাই");

        // once issued, the editor refuses changes
        var before = await App.NextSerialsAsync();
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "minutes"), MinutesForm(m, "অন্য সিদ্ধান্ত", m.GroupKey))).ShouldBeRejectedAsync());
        refused.ShouldContain("কার্যবিবরণী জারি হয়েছে; সংশোধনী জারি করে বদলান।");
        (await App.MeetingAsync(m.Id)).Decisions.Single().Text.ShouldBe(Decision);
        (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.NextSerialsAsync()).ShouldBe(before);
    }

    private static readonly string[] MeetingMinutesColumns = ["ক্রমিক", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নকারী"];

    [Fact]
    public async Task Minutes_that_break_a_rule_are_refused_in_both_languages_keep_the_typed_text_and_take_no_memo_number()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var past = await App.NoticedMeetingAsync(Day);
        var future = await App.NoticedMeetingAsync(Today.AddDays(30));
        var dco = App.WithDb(db => db.Offices.Single(o => o.Code == "dco-natore").Id);
        var serials = await App.NextSerialsAsync();

        async Task<string> IssueAsync(Made m, Dictionary<string, string> form) =>
            WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldBeRejectedAsync());

        (await IssueAsync(future, MinutesForm(future, Decision, future.GroupKey, FormDate(Today))))
            .ShouldContain("সভা অনুষ্ঠিত হওয়ার আগে কার্যবিবরণী জারি করা যায় না।");
        var early = await IssueAsync(past, MinutesForm(past, Decision, past.GroupKey, "2022-11-19"));
        early.ShouldContain("কার্যবিবরণীর তারিখ সভার তারিখের আগে হতে পারে না।");
        early.ShouldContain(Decision); // typed text kept
        (await IssueAsync(past, MinutesForm(past, Decision, past.GroupKey, FormDate(Today.AddDays(3)))))
            .ShouldContain("কার্যবিবরণীর তারিখ ভবিষ্যতের হতে পারে না।");
        var outside = await IssueAsync(past, MinutesForm(past, "ভিন্ন একটি সিদ্ধান্ত", $"office:{dco}", "2022-11-22"));
        outside.ShouldContain("দপ্তর কাঠামোর মধ্যে নেই");
        outside.ShouldContain("ভিন্ন একটি সিদ্ধান্ত");
        var blank = MinutesForm(past, "", past.GroupKey, "2022-11-22");
        blank["Input.Items[0].Decisions[1].Id"] = "0";
        blank["Input.Items[0].Decisions[1].Text"] = "";
        blank["Input.Items[0].Decisions[1].Implementers"] = past.GroupKey;
        // a blank row is ignored; a decision with implementers but no text is refused
        blank["Input.Items[0].Decisions[0].Implementers"] = "";
        (await IssueAsync(past, blank)).ShouldContain("সিদ্ধান্তের বিবরণ লিখুন।");

        await client.GetAsync("/?lang=en");
        (await IssueAsync(past, MinutesForm(past, Decision, past.GroupKey, "2022-11-19"))).ShouldContain("The minutes cannot be dated before the meeting.");
        (await IssueAsync(past, blank)).ShouldContain("A decision needs its text.");

        (await App.NextSerialsAsync()).ShouldBe(serials);
        (await App.MeetingAsync(past.Id)).MinutesState.ShouldBe(MinutesState.Draft);
        (await App.MeetingAsync(future.Id)).MinutesState.ShouldBe(MinutesState.Draft);
    }

    private static string FormDate(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_office_may_write_a_monitor_above_reads_another_office_is_denied_and_strangers_log_in()
    {
        var m = await App.NoticedMeetingAsync(Today); // the chair's default is the head of the meeting's day: today's for a current meeting
        var head = await App.LoggedInAsync("head.dc-natore");
        WebUtility.HtmlDecode(await head.GetStringAsync(Url(m.Id, "minutes"))).ShouldContain("value=\"আরিফ খান, জেলা প্রশাসক, নাটোর\""); // the chair defaults to the head
        (await PostAsync(head, Url(m.Id, "minutes"), MinutesForm(m, Decision, m.GroupKey))).ShouldRedirectTo(Url(m.Id, "minutes"));

        var monitor = await App.LoggedInAsync("monitor.mopa");
        foreach (var step in new[] { "attendance", "minutes" })
        {
            var get = await monitor.GetAsync(Url(m.Id, step));
            get.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await get.Content.ReadAsStringAsync()).ShouldNotContain("?handler=issue");
        }
        (await PostAsync(monitor, Url(m.Id, "minutes"), MinutesForm(m, "নজরদারের সিদ্ধান্ত", m.GroupKey))).ShouldBeDenied();
        (await PostAsync(monitor, Url(m.Id, "attendance"), new())).ShouldBeDenied();
        (await monitor.GetAsync(Url(m.Id, "corrigendum"))).ShouldBeDenied();

        var other = await App.LoggedInAsync("editor.dco-bandarban");
        foreach (var step in new[] { "attendance", "minutes", "corrigendum", "attendance/sheet" })
            (await other.GetAsync(Url(m.Id, step))).ShouldBeDenied();

        foreach (var step in new[] { "attendance", "minutes", "corrigendum" })
            (await App.Browser().GetAsync(Url(m.Id, step))).ShouldAskToLogIn();
        (await App.MeetingAsync(m.Id)).Decisions.Single().Text.ShouldBe(Decision);
    }

    [Fact]
    public async Task The_issuing_service_issues_minutes_for_the_demo_seeding_in_one_transaction()
    {
        var m = await App.NoticedMeetingAsync(Day);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var meeting = await MeetingQueries.Whole(db).SingleAsync(x => x.Id == m.Id);
        var catalog = await scope.ServiceProvider.GetRequiredService<Protishruti.Web.Features.Meetings.MeetingParties>()
            .ForAsync(db.Offices.Single(o => o.Id == meeting.OfficeId));
        meeting.SetMinutesFrame("আরিফ খান, জেলা প্রশাসক, নাটোর", "সভাপতি সকলকে স্বাগত জানান।", "সভার সমাপ্তি ঘোষণা করা হয়।", m.SignatoryPostId);
        meeting.SetDiscussion(meeting.Agenda[0], "আলোচনা হয়।");
        meeting.AddDecision(meeting.Agenda[0], Decision, [catalog.Parse(m.GroupKey)]);
        var doc = await scope.ServiceProvider.GetRequiredService<MinutesIssuing>().IssueAsync(meeting, new DateOnly(2022, 11, 22), CancellationToken.None);
        doc.Document.Title.ShouldEndWith("সভার কার্যবিবরণী");
        doc.Document.Memo.BanglaDate.ShouldBe("৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ");
        (await App.MeetingAsync(m.Id)).MinutesMemoNumber.ShouldBe(doc.Memo.Number);
    }
}

public sealed class MinutesPagesTests_Sqlite(SqliteApp app) : MinutesPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesPagesTests_Postgres(PostgresApp app) : MinutesPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
