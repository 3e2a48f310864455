using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The minutes' wording written per meeting on the minutes page (ADR 0048): the header's time in the office's words
/// ("বেলা- ১২.৩০ টা", "দুপুর ১২.৩০ ঘটিকা"), its attendance line as written or none, the appendix left out, no title
/// line, the chair signing in a role written for the meeting, and a decision's implementers printed as one written
/// sentence while the chosen implementers are still followed up — alike on the print page, in the PDF and the DOCX.
/// </summary>
public abstract class MinutesWordingPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    private const string Sentence = "উপজেলা নির্বাহী অফিসার (সকল) এবং জেলা প্রশাসকের কার্যালয়ের সকল কর্মকর্তাবৃন্দ।";
    private const string ChairPost = "অতিরিক্ত জেলা প্রশাসক (সার্বিক)";
    private const string WalkIn = "জনাব আব্দুল হাই";

    private async Task<(string Html, string Pdf, string Docx)> PrintedAsync(int meetingId)
    {
        var meeting = await App.MeetingAsync(meetingId);
        var memo = await App.MemoAsync(meeting.MinutesMemoNumber!);
        var html = WebUtility.HtmlDecode(await App.Browser().GetStringAsync(Links.Memos.Document(MinutesKit.Office, memo.Id), Ct));
        // the document only: the page's <title> names it even when no title line is printed
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        var page = Flat(System.Text.RegularExpressions.Regex.Replace(body, "<[^>]+>", " "));
        var file = new PdfFile(await (await App.Browser().GetAsync(Links.Memos.DocumentPdf(MinutesKit.Office, memo.Id), Ct)).Content.ReadAsByteArrayAsync(Ct));
        // -layout keeps the header's rows and hanging serials in order; a narrow column's wrapped lines read whole without it
        var pdf = Flat(file.Text(layout: true)) + " ‖ " + Flat(file.Text());
        using var docx = new DocxReader(await (await App.Browser().GetAsync(Links.Memos.DocumentDocx(MinutesKit.Office, memo.Id), Ct)).Content.ReadAsByteArrayAsync(Ct));
        return (page, pdf, Flat(docx.Text));
    }

    private async Task<(MinutesKit.Made M, HttpClient Client, string Minutes, Dictionary<string, string> Form)> HeldMeetingAsync()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var client = await App.LoggedInAsync("editor.dc-natore");
        (await PostAsync(client, Url(m.Id, "attendance"), new()
        {
            ["WalkIns[0].Name"] = WalkIn, ["WalkIns[0].Designation"] = "সাংবাদিক, দৈনিক নাটোর বার্তা",
        })).ShouldRedirectTo(Url(m.Id, "attendance"));
        var form = MinutesForm(m, "সেবা বক্স তৈরি করতে হবে।", m.GroupKey, Iso(Today));
        form["Input.Items[0].Decisions[0].WrittenImplementers"] = "সংশ্লিষ্ট সকল কর্মকর্তা";
        return (m, client, Url(m.Id, "minutes"), form);
    }

    [Fact]
    public async Task Minutes_print_the_time_attendance_line_no_title_the_chairs_role_and_the_written_implementers_as_written()
    {
        var (m, client, minutes, form) = await HeldMeetingAsync();
        form["Input.MinutesTitle"] = "";
        form["Input.TimeWord"] = "বেলা-";
        form["Input.TimeDot"] = "true";
        form["Input.AttendanceLine"] = "হাজিরা শীট সংযুক্ত";
        form["Input.HideAppendix"] = "true";
        form["Input.ChairName"] = nameof(Protishruti.Domain.Meetings.SignatureName.None);
        form["Input.ChairRole"] = "সভাপতি\r\nনৈতিকতা কমিটি\r\nসুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণের সভা";
        form["Input.Items[0].Decisions[0].PrintedImplementers"] = Sentence;

        // the draft previews what will be issued
        (await PostAsync(client, minutes, form, minutes)).ShouldRedirectTo(minutes);
        var draft = Flat(System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(
            await client.GetStringAsync(Links.Meetings.MinutesDraftFile(MinutesKit.Office, m.Id, "page"), Ct)), "<[^>]+>", " "));
        draft.ShouldContain("সময় : বেলা- ১২.৩০ টা");
        draft.ShouldContain("উপস্থিতি : হাজিরা শীট সংযুক্ত");
        draft.ShouldContain(Sentence);
        draft.ShouldContain("সভাপতি নৈতিকতা কমিটি");

        var saved = await App.MeetingAsync(m.Id);
        form["Input.Items[0].Decisions[0].Id"] = saved.Decisions.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);

        var issued = await App.MeetingAsync(m.Id);
        (issued.MinutesTitle, issued.MinutesTimeWord, issued.MinutesTimeDot, issued.MinutesTimeGhotika, issued.MinutesAttendanceLine, issued.MinutesHidesAppendix)
            .ShouldBe(("", "বেলা-", true, false, "হাজিরা শীট সংযুক্ত", true));
        var decision = issued.Decisions.Single();
        decision.PrintedImplementers.ShouldBe(Sentence);
        decision.IsTracked.ShouldBeTrue(); // the chosen implementers are still followed up
        decision.Progress.ShouldNotBeEmpty();

        var (page, pdf, docx) = await PrintedAsync(m.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain("সময় : বেলা- ১২.৩০ টা", customMessage: what);
            text.ShouldNotContain("দুপুর", customMessage: what);
            text.ShouldContain("উপস্থিতি : হাজিরা শীট সংযুক্ত", customMessage: what);
            text.ShouldNotContain("পরিশিষ্ট", customMessage: what);
            text.ShouldNotContain(WalkIn, customMessage: what); // no appendix
            text.ShouldNotContain("সভার কার্যবিবরণী", customMessage: what); // no title line
            text.ShouldContain("সভাপতি নৈতিকতা কমিটি সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণের সভা", customMessage: what);
            CountOf(text, ChairPost).ShouldBe(what == "PDF" ? 2 : 1, what); // the header names the post; the signature only the role (the PDF's text is there twice)
            text.ShouldContain(Sentence, customMessage: what);
            text.ShouldNotContain("২) সংশ্লিষ্ট সকল কর্মকর্তা", customMessage: what); // not the numbered parties
        }
        page.ShouldNotContain("class=\"doc-title\"");

        // the editor shows what was written
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        editor.ShouldContain("name=\"Input.MinutesTitle\" value=\"\"");
        editor.ShouldContain("value=\"হাজিরা শীট সংযুক্ত\"");
        editor.ShouldContain(Sentence + "</textarea>");
    }

    [Fact]
    public async Task Minutes_print_the_part_of_the_day_with_ghotika_no_attendance_line_and_the_role_above_the_post()
    {
        var (m, client, minutes, form) = await HeldMeetingAsync();
        form["Input.TimeWord"] = "";
        form["Input.TimeDot"] = "true";
        form["Input.Ghotika"] = "true";
        form["Input.AttendanceLine"] = "";
        form["Input.ChairRole"] = "সভাপতি, নৈতিকতা কমিটি";
        form["Input.ChairRoleWithPost"] = "true";
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);

        var (page, pdf, docx) = await PrintedAsync(m.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain("সময় : দুপুর ১২.৩০ ঘটিকা", customMessage: what);
            text.ShouldNotContain("উপস্থিতি :", customMessage: what);
            text.ShouldContain("পরিশিষ্ট ‘ক’", customMessage: what); // the appendix is still printed
            text.ShouldContain(WalkIn, customMessage: what);
            text.ShouldContain("সভার কার্যবিবরণী", customMessage: what); // the suggested title
            text.ShouldContain($"সভাপতি, নৈতিকতা কমিটি {ChairPost}", customMessage: what);
            text.ShouldContain("২) সংশ্লিষ্ট সকল কর্মকর্তা", customMessage: what); // no wording written: the parties, numbered
        }
    }

    [Fact]
    public async Task Minutes_left_as_they_were_print_todays_time_attendance_title_and_signature()
    {
        var (m, client, minutes, form) = await HeldMeetingAsync();
        // the form as the page shows it: the suggested title and attendance line, nothing else written
        var shown = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        var title = System.Text.RegularExpressions.Regex.Match(shown, "name=\"Input.MinutesTitle\" value=\"([^\"]*)\"").Groups[1].Value;
        title.ShouldEndWith("সভার কার্যবিবরণী");
        form["Input.MinutesTitle"] = title;
        form["Input.AttendanceLine"] = "পরিশিষ্ট ‘ক’";
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);
        var issued = await App.MeetingAsync(m.Id);
        (issued.MinutesTitle, issued.MinutesAttendanceLine, issued.MinutesTimeWord, issued.MinutesChairRole).ShouldBe((null, null, null, null));

        var (page, pdf, docx) = await PrintedAsync(m.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain("সময় : দুপুর ১২:৩০ টা", customMessage: what);
            text.ShouldContain("উপস্থিতি : পরিশিষ্ট ‘ক’", customMessage: what);
            text.ShouldContain(title, customMessage: what);
            text.ShouldContain(WalkIn, customMessage: what);
            CountOf(text, ChairPost).ShouldBe(what == "PDF" ? 4 : 2, what); // header and signature (the PDF's text is there twice)
        }
    }

    [Fact]
    public async Task A_corrigendum_of_minutes_without_a_title_prints_its_own_and_may_correct_the_implementers_wording()
    {
        var (m, client, minutes, form) = await HeldMeetingAsync();
        form["Input.MinutesTitle"] = "";
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);
        var issued = await App.MeetingAsync(m.Id);
        var corrigendum = Url(m.Id, "corrigendum");
        (await PostAsync(client, corrigendum, new()
        {
            ["Input.Items[0].Id"] = $"{m.AgendaItemId}",
            ["Input.Items[0].Decisions[0].Id"] = $"{issued.Decisions.Single().Id}", ["Input.Items[0].Decisions[0].Text"] = "সেবা বক্স তৈরি করতে হবে।",
            ["Input.Items[0].Decisions[0].Implementers"] = m.GroupKey, ["Input.Items[0].Decisions[0].WrittenImplementers"] = "সংশ্লিষ্ট সকল কর্মকর্তা",
            ["Input.Items[0].Decisions[0].PrintedImplementers"] = Sentence,
            ["Input.Explanation"] = "বাস্তবায়নকারীর লেখা সংশোধন", ["Input.Dated"] = Iso(Today),
        }, corrigendum)).ShouldRedirectTo(corrigendum);

        var corrected = await App.MeetingAsync(m.Id);
        corrected.Decisions.Single().PrintedImplementers.ShouldBe(Sentence);
        var memo = await App.MemoAsync(corrected.Corrigenda.Single().MemoNumber);
        var html = WebUtility.HtmlDecode(await App.Browser().GetStringAsync(Links.Memos.Document(MinutesKit.Office, memo.Id), Ct));
        html.ShouldContain("class=\"doc-title\">সংশোধিত ");
        html.ShouldContain(Sentence);
    }

    [Fact]
    public async Task A_committees_meeting_suggests_the_committees_role_for_the_chair_and_sets_nothing_by_itself()
    {
        var (m, client, minutes, _) = await HeldMeetingAsync();
        // an ethics committee's meeting (its notice is issued, so the kind is set behind the pages)
        await App.WithDbAsync(db => db.Meetings.Where(x => x.Id == m.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Kind, Protishruti.Domain.Meetings.MeetingKind.EthicsCommittee), Ct));
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        editor.ShouldContain("প্রস্তাব: সভাপতি/নৈতিকতা কমিটি");
        editor.ShouldContain("name=\"Input.ChairRole\" rows=\"3\" lang=\"bn\" aria-describedby=\"chairrole-hint Input_ChairRole-error\"></textarea>");
        (await App.MeetingAsync(m.Id)).MinutesChairRole.ShouldBeNull();
    }

    [Fact]
    public async Task A_rejected_minutes_form_keeps_the_written_wording_and_saves_nothing()
    {
        var (m, client, minutes, form) = await HeldMeetingAsync();
        form["Input.MinutesTitle"] = "";
        form["Input.TimeWord"] = new string('ব', 21);
        form["Input.AttendanceLine"] = "হাজিরা শীট সংযুক্ত";
        form["Input.ChairRole"] = "সভাপতি\nনৈতিকতা কমিটি";
        form["Input.Items[0].Decisions[0].PrintedImplementers"] = Sentence;
        var page = WebUtility.HtmlDecode(await (await PostAsync(client, minutes, form, minutes)).ShouldBeRejectedAsync());
        FieldError(page, "Input.TimeWord").ShouldNotBeNull(ErrorsIn(page));
        page.ShouldContain($"value=\"{new string('ব', 21)}\"");
        page.ShouldContain("name=\"Input.MinutesTitle\" value=\"\"");
        page.ShouldContain("value=\"হাজিরা শীট সংযুক্ত\"");
        page.ShouldContain("সভাপতি\nনৈতিকতা কমিটি</textarea>");
        page.ShouldContain(Sentence + "</textarea>");

        // a wording too long for the implementer column is refused beside it
        form["Input.TimeWord"] = "বেলা-";
        form["Input.Items[0].Decisions[0].PrintedImplementers"] = new string('ক', 1001);
        page = WebUtility.HtmlDecode(await (await PostAsync(client, minutes, form, minutes)).ShouldBeRejectedAsync());
        FieldError(page, "Input.Items[0].Decisions[0].PrintedImplementers").ShouldNotBeNull(ErrorsIn(page));
        page.ShouldContain(new string('ক', 1001) + "</textarea>");
        var meeting = await App.MeetingAsync(m.Id);
        (meeting.MinutesTitle, meeting.MinutesAttendanceLine, meeting.MinutesChairRole).ShouldBe((null, null, null));
        meeting.Decisions.ShouldBeEmpty();
    }

    private static int CountOf(string text, string what) =>
        (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}

public sealed class MinutesWordingPagesTests_Sqlite(SqliteApp app) : MinutesWordingPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesWordingPagesTests_Postgres(PostgresApp app) : MinutesWordingPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
