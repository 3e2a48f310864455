using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The notice's body is prose the office writes (ADR 0035): the page offers a text that names the office by its kind
/// and says the quarter once, the author edits it and may leave out the date/time/venue lines and the agenda.
/// </summary>
public abstract class NoticeTextPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    private static int Count(string text, string word) => Regex.Count(text, Regex.Escape(word));

    private async Task<int> DraftAsync(string officeCode, string title, DateOnly date)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == officeCode, Ct);
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, title, date, new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(Party.Text("সংশ্লিষ্ট সকল কর্মকর্তা"));
        db.Meetings.Add(m);
        await db.SaveChangesAsync(Ct);
        return m.Id;
    }

    private static string Body(string page) =>
        WebUtility.HtmlDecode(Regex.Match(page, "<textarea id=\"NoticeBody\"[^>]*>([^<]*)</textarea>").Groups[1].Value).Trim();

    [Fact]
    public async Task The_suggested_text_names_a_ministry_as_a_ministry_and_says_the_quarter_once()
    {
        var date = Today.AddDays(8);
        var q = FiscalQuarter.Of(date);
        var admin = await App.LoggedInAsync("admin");

        // a ministry whose title already carries the quarter
        var ministry = await DraftAsync("mopa", $"সেবা প্রদান প্রতিশ্রুতি বিষয়ক {q.OrdinalBn} ত্রৈমাসিক সভা", date);
        var body = Body(await admin.GetStringAsync($"/offices/mopa/meetings/{ministry}/notice", Ct));
        body.ShouldStartWith("এ মন্ত্রণালয়ের সেবা প্রদান প্রতিশ্রুতি বিষয়ক");
        body.ShouldNotContain("কার্যালয়");
        Count(body, q.OrdinalBn).ShouldBe(1);
        Count(body, "ত্রৈমাসিক").ShouldBe(1);

        // a district office with the standard title (it says "ত্রৈমাসিক" but not which quarter)
        var district = await DraftAsync(MinutesKit.Office, "সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা", date);
        var text = Body(await admin.GetStringAsync(Url(district, "notice"), Ct));
        text.ShouldStartWith($"এ কার্যালয়ের {q.FiscalYear.LabelBn} অর্থবছরের {q.OrdinalBn} প্রান্তিকের সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা");
        Count(text, "ত্রৈমাসিক").ShouldBe(1);
    }

    [Fact]
    public async Task The_office_writes_its_own_notice_text_without_the_time_venue_and_agenda_lines_and_it_is_printed_so()
    {
        var id = await DraftAsync(MinutesKit.Office, "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা", Today.AddDays(6));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var notice = Url(id, "notice");
        const string first = "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা অনুযায়ী অংশীজনের অংশগ্রহণে সভা আগামী রবিবার বেলা ১২.৩০ টায় জুম অ্যাপে অনুষ্ঠিত হবে।";
        const string second = "সভায় সংযুক্ত থাকার জন্য সংশ্লিষ্ট সকলকে অনুরোধ করা হলো।";

        // too long: refused beside the field, what was typed kept
        var tooLong = new string('ক', Meeting.MaxTextLength + 1);
        var rejected = WebUtility.HtmlDecode(await (await PostAsync(client, Links.Meetings.NoticeText(MinutesKit.Office, id),
            new() { ["NoticeBody"] = tooLong, ["OmitAgenda"] = "true" }, notice)).ShouldBeRejectedAsync());
        FieldError(rejected, "NoticeBody").ShouldNotBeNull();
        rejected.ShouldContain(tooLong);
        (await App.MeetingAsync(id)).NoticeBody.ShouldBeNull();

        (await PostAsync(client, Links.Meetings.NoticeText(MinutesKit.Office, id),
            new() { ["NoticeBody"] = $"{first}\n{second}", ["OmitDetails"] = "true", ["OmitAgenda"] = "true" }, notice)).ShouldRedirectTo(notice);
        var m = await App.MeetingAsync(id);
        (m.NoticeOmitsDetails, m.NoticeOmitsAgenda).ShouldBe((true, true));
        Body(await client.GetStringAsync(notice, Ct)).ShouldContain(second);

        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, id, null), Ct));
        preview.ShouldContain("খসড়া / DRAFT");
        preview.ShouldContain($"<p class=\"para\">{first}</p>");
        preview.ShouldContain($"<p class=\"para\">{second}</p>");
        preview.ShouldNotContain("আলোচ্যসূচি");
        preview.ShouldNotContain("<th>সময়</th>");

        // the draft as PDF and DOCX, before a number is taken: marked, and no serial used
        var serials = await App.NextSerialsAsync();
        var draftPdf = await client.GetAsync(Links.Meetings.NoticeDraftFile(MinutesKit.Office, id, "pdf"), Ct);
        draftPdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var draftFile = new PdfFile(await draftPdf.Content.ReadAsByteArrayAsync(Ct));
        var draftText = Squash(draftFile.Text(layout: true));
        draftText.ShouldContain(Squash("খসড়া / DRAFT"));
        draftText.ShouldContain(Squash(first));
        using (var draftDocx = new Protishruti.Tests.Documents.DocxReader(await (await client.GetAsync(Links.Meetings.NoticeDraftFile(MinutesKit.Office, id, "docx"), Ct)).Content.ReadAsByteArrayAsync(Ct)))
        {
            draftDocx.Text.ShouldStartWith("খসড়া / DRAFT");
            draftDocx.Text.ShouldContain(second);
        }
        (await App.NextSerialsAsync()).ShouldBe(serials);

        (await PostAsync(client, notice + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today) }, notice)).ShouldRedirectTo(notice);
        var memo = await App.MemoAsync((await App.MeetingAsync(id)).NoticeIssues.Single().MemoNumber);
        var pdf = Squash(new PdfFile(await (await App.Browser().GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id) + ".pdf", Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true));
        pdf.ShouldContain(Squash(first));
        pdf.ShouldContain(Squash(second));
        pdf.ShouldNotContain(Squash("আলোচ্যসূচি"));
        pdf.ShouldNotContain(Squash("সম্মেলন কক্ষ"));
        pdf.ShouldNotContain("DRAFT"); // issued: no mark

        // frozen with the notice
        var late = await PostAsync(client, Links.Meetings.NoticeText(MinutesKit.Office, id), new() { ["NoticeBody"] = "নতুন লেখা" }, notice);
        WebUtility.HtmlDecode(await late.ShouldBeRejectedAsync()).ShouldContain("নোটিশ জারি হয়েছে; সংশোধনী জারি করে বদলান।");
    }
}

public sealed class NoticeTextPagesTests_Sqlite(SqliteApp app) : NoticeTextPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class NoticeTextPagesTests_Postgres(PostgresApp app) : NoticeTextPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
