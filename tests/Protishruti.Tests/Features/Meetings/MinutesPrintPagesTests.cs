using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The minutes' printed wording around the table, chosen per meeting on the minutes page (ADR 0035): the header's date
/// as offices type it ("২০-১২-২০২০ (রবিবার)", optionally with the Bangla date), its labels "সভার তারিখ"/"সভার সময়",
/// the chair's and the issuer's names bracketed, unbracketed or left out, the issuer's phone and e-mail left out —
/// printed alike on the print page, in the PDF and the DOCX; untouched, the minutes print as before.
/// </summary>
public abstract class MinutesPrintPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    private const string ChairName = "রুমানা চৌধুরী";

    private async Task<(string Html, string Pdf, string Docx)> PrintedAsync(int meetingId)
    {
        var meeting = await App.MeetingAsync(meetingId);
        var memo = await App.MemoAsync(meeting.MinutesMemoNumber!);
        var html = WebUtility.HtmlDecode(await App.Browser().GetStringAsync(Links.Memos.Document(MinutesKit.Office, memo.Id), Ct));
        var page = Flat(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "));
        var pdf = Flat(new PdfFile(await (await App.Browser().GetAsync(Links.Memos.DocumentPdf(MinutesKit.Office, memo.Id), Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true));
        using var docx = new DocxReader(await (await App.Browser().GetAsync(Links.Memos.DocumentDocx(MinutesKit.Office, memo.Id), Ct)).Content.ReadAsByteArrayAsync(Ct));
        return (page, pdf, Flat(docx.Text));
    }

    private static string Numeric(DateOnly d) =>
        $"{BengaliDigits.ToBengali(d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture))} ({Protishruti.Web.Documents.BanglaTime.Weekday(d.DayOfWeek)})";

    [Fact]
    public async Task Minutes_print_the_header_date_labels_and_signatures_as_chosen_on_the_minutes_page()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var meeting = await App.MeetingAsync(m.Id);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        var form = MinutesForm(m, "সেবা বক্স তৈরি করতে হবে।", m.GroupKey, Iso(Today));
        form["Input.DateForm"] = nameof(MinutesDateForm.NumericWithBangla);
        form["Input.MeetingLabels"] = "true";
        form["Input.ChairName"] = nameof(SignatureName.Plain);
        form["Input.IssuerName"] = nameof(SignatureName.None);
        form["Input.HideContacts"] = "true";
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);

        var issued = await App.MeetingAsync(m.Id);
        (issued.MinutesDateForm, issued.MinutesMeetingLabels, issued.MinutesChairName, issued.MinutesIssuerName, issued.MinutesHidesContacts)
            .ShouldBe((MinutesDateForm.NumericWithBangla, true, SignatureName.Plain, SignatureName.None, true));
        var (page, pdf, docx) = await PrintedAsync(m.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain($"সভার তারিখ : {Numeric(meeting.Date)} / {OfficialDate.BanglaLine(meeting.Date)}", customMessage: what);
            text.ShouldContain("সভার সময় :", customMessage: what);
            text.ShouldNotContain(OfficialDate.GregorianLine(meeting.Date), customMessage: what); // the meeting's date in words is gone
            text.ShouldContain($"{ChairName} অতিরিক্ত জেলা প্রশাসক", customMessage: what);
            text.ShouldNotContain($"({ChairName})", customMessage: what);
            text.ShouldNotContain("ফোন:", customMessage: what);
            text.ShouldNotContain("ই-মেইল:", customMessage: what);
        }

        // the editor shows what was chosen
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        editor.ShouldContain($"<option value=\"{MinutesDateForm.NumericWithBangla}\" selected=\"selected\">");
    }

    [Fact]
    public async Task Minutes_print_the_slashed_date_and_the_posts_contacts_under_the_chair_when_chosen()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var meeting = await App.MeetingAsync(m.Id);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        var form = MinutesForm(m, "সেবা বক্স তৈরি করতে হবে।", m.GroupKey, Iso(Today));
        form["Input.DateForm"] = nameof(MinutesDateForm.Slashed);
        form["Input.MeetingLabels"] = "true";
        form["Input.HideContacts"] = "true";
        form["Input.ChairContacts"] = "true";
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);

        var issued = await App.MeetingAsync(m.Id);
        (issued.MinutesDateForm, issued.MinutesHidesContacts, issued.MinutesContactsUnderChair).ShouldBe((MinutesDateForm.Slashed, true, true));
        var slashed = $"{BengaliDigits.ToBengali(meeting.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))} খ্রি.";
        var (page, pdf, docx) = await PrintedAsync(m.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain($"সভার তারিখ : {slashed} সভার সময় :", customMessage: what); // "২৪/১২/২০২৩ খ্রি.", no weekday
            text.ShouldNotContain($"তারিখ : {OfficialDate.Line(meeting.Date)}", customMessage: what);
            // the signing post's phone and e-mail under the chair's signature, none under the memo's
            var chair = text.IndexOf($"({ChairName})", StringComparison.Ordinal);
            var memo = text.IndexOf("স্মারক নম্বর", StringComparison.Ordinal);
            chair.ShouldBeGreaterThan(0, what);
            var underChair = text[chair..memo];
            underChair.ShouldContain("ফোন:", customMessage: what);
            underChair.ShouldContain("ই-মেইল:", customMessage: what);
            text[memo..].ShouldNotContain("ফোন:", customMessage: what);
        }
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        editor.ShouldContain($"<option value=\"{MinutesDateForm.Slashed}\" selected=\"selected\">");
        editor.ShouldContain("name=\"Input.ChairContacts\" value=\"true\" checked=\"checked\"");
    }

    [Fact]
    public async Task Minutes_left_as_they_were_print_the_dual_date_and_bracketed_names_with_contacts()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var meeting = await App.MeetingAsync(m.Id);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        (await PostAsync(client, minutes + "?handler=issue", MinutesForm(m, "সেবা বক্স তৈরি করতে হবে।", m.GroupKey, Iso(Today)), minutes)).ShouldRedirectTo(minutes);
        var (page, pdf, docx) = await PrintedAsync(m.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain($"তারিখ : {OfficialDate.Line(meeting.Date)}", customMessage: what);
            text.ShouldNotContain("সভার তারিখ", customMessage: what);
            text.ShouldContain($"({ChairName})", customMessage: what);
            text.ShouldContain("ফোন:", customMessage: what);
            text[..text.IndexOf("স্মারক নম্বর", StringComparison.Ordinal)].ShouldNotContain("ফোন:", customMessage: what); // not under the chair
        }
    }

    [Fact]
    public async Task A_rejected_minutes_form_keeps_the_chosen_wording_and_saves_nothing()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        var form = MinutesForm(m, "সেবা বক্স তৈরি করতে হবে।", m.GroupKey);
        for (var h = 0; h < 5; h++) form[$"Input.Headings[{h}]"] = h == 1 ? new string('ক', 61) : "";
        form["Input.DateForm"] = nameof(MinutesDateForm.Numeric);
        form["Input.MeetingLabels"] = "true";
        form["Input.IssuerName"] = nameof(SignatureName.None);
        form["Input.HideContacts"] = "true";
        form["Input.ChairContacts"] = "true";
        var page = WebUtility.HtmlDecode(await (await PostAsync(client, minutes, form, minutes)).ShouldBeRejectedAsync());
        FieldError(page, "Input.Headings").ShouldNotBeNull();
        page.ShouldContain($"<option value=\"{MinutesDateForm.Numeric}\" selected=\"selected\">");
        page.ShouldContain($"<option value=\"{SignatureName.None}\" selected=\"selected\">");
        page.ShouldContain("name=\"Input.MeetingLabels\" value=\"true\" checked=\"checked\"");
        page.ShouldContain("name=\"Input.HideContacts\" value=\"true\" checked=\"checked\"");
        page.ShouldContain("name=\"Input.ChairContacts\" value=\"true\" checked=\"checked\"");
        var meeting = await App.MeetingAsync(m.Id);
        (meeting.MinutesDateForm, meeting.MinutesMeetingLabels, meeting.MinutesHidesContacts, meeting.MinutesContactsUnderChair).ShouldBe((MinutesDateForm.Dual, false, false, false));
    }
}

public sealed class MinutesPrintPagesTests_Sqlite(SqliteApp app) : MinutesPrintPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesPrintPagesTests_Postgres(PostgresApp app) : MinutesPrintPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
