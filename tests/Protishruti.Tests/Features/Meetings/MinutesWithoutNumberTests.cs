using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Tests.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// Minutes of the past recorded as printed without a memo number (ADR 0048 addendum; the cooperative sample has none):
/// the document prints no memo line, no memo date and no signature under them; the register and the public page say
/// "নম্বর ছাড়া"; the public links work; a corrigendum names them by date and title; a current meeting still takes a
/// number, and the page says so.
/// </summary>
public abstract class MinutesWithoutNumberTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateOnly Day = new(2019, 3, 12);
    private static readonly DateOnly Dated = new(2019, 3, 20);
    private const string Decision = "সকল দপ্তরের সেবা প্রদান প্রতিশ্রুতি ওয়েবসাইটে হালনাগাদ করতে হবে।";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A draft meeting of dc-natore on <paramref name="date"/>, one agenda item, the UNO offices invited.</summary>
    private async Task<Made> DraftAsync(DateOnly date)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == MinutesKit.Office, Ct);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office, Ct);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var title = $"সেবা প্রদান প্রতিশ্রুতি বিষয়ক {Guid.NewGuid().ToString("N")[..6]} সভা";
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, title, date, new TimeOnly(11, 0), Venue, null);
        var item = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        db.Meetings.Add(m);
        await db.SaveChangesAsync(Ct);
        var post = await db.Posts.Where(p => p.OfficeId == office.Id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        return new Made(m.Id, item.Id, group.Key, 0, post, title);
    }

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition is { } cd ? cd.FileNameStar ?? cd.FileName?.Trim('"') : null;

    private Task<IssuedMemo?> UnnumberedMemoAsync(int meetingId) =>
        App.WithDbAsync(db => db.IssuedMemos.AsNoTracking().SingleOrDefaultAsync(x => x.NumberKey == IssuedMemo.UnnumberedMinutesKey(meetingId), Ct));

    private async Task<Made> RecordedWithoutNumberAsync(HttpClient client)
    {
        var m = await DraftAsync(Day);
        var form = MinutesForm(m, Decision, m.GroupKey, Iso(Dated));
        form["WithoutNumber"] = "true";
        (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldRedirectTo(Url(m.Id, "minutes"));
        return m;
    }

    private async Task<(string Page, string Pdf, string Docx)> PrintedAsync(long memoId)
    {
        var html = WebUtility.HtmlDecode(await App.Browser().GetStringAsync(Links.Memos.Document(MinutesKit.Office, memoId), Ct));
        var page = Flat(Regex.Replace(html, "<[^>]+>", " "));
        var pdf = Flat(new PdfFile(await (await App.Browser().GetAsync(Links.Memos.DocumentPdf(MinutesKit.Office, memoId), Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true));
        using var docx = new DocxReader(await (await App.Browser().GetAsync(Links.Memos.DocumentDocx(MinutesKit.Office, memoId), Ct)).Content.ReadAsByteArrayAsync(Ct));
        return (page, pdf, Flat(docx.Text));
    }

    [Fact]
    public async Task Past_minutes_recorded_without_a_number_print_no_memo_line_date_or_signature_under_it_and_take_no_serial()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var serials = await App.NextSerialsAsync();
        var m = await RecordedWithoutNumberAsync(client);

        var meeting = await App.MeetingAsync(m.Id);
        meeting.MinutesState.ShouldBe(MinutesState.Issued);
        meeting.MinutesMemoNumber.ShouldBeNull();
        meeting.MinutesUnnumbered.ShouldBeTrue();
        meeting.MinutesDate.ShouldBe(Dated);
        meeting.Decisions.Single().Progress.Count.ShouldBe(7); // still followed up
        (await App.NextSerialsAsync()).ShouldBe(serials); // no serial taken from any file
        var memo = (await UnnumberedMemoAsync(m.Id)).ShouldNotBeNull();
        (memo.Number, memo.MemoFileId, memo.Serial, memo.Kind).ShouldBe(("", (int?)null, (int?)null, MemoDocumentKind.Minutes));
        BangladeshTime.DateOf(memo.IssuedAt).ShouldBe(Dated);

        var (page, pdf, docx) = await PrintedAsync(memo.Id);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain("সভায় আর কোন আলোচ্য বিষয় না থাকায়", customMessage: what);
            text.ShouldContain("(রুমানা চৌধুরী)", customMessage: what); // the chair signs
            text.ShouldNotContain("স্মারক নম্বর", customMessage: what); // no memo line
            text.ShouldNotContain("২০ মার্চ ২০১৯", customMessage: what); // no memo date
            text.ShouldNotContain("ফোন:", customMessage: what); // no signature under the memo (it carries the post's contacts)
        }

        // the editor's page says so and links the document
        var minutesPage = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes"), Ct));
        minutesPage.ShouldContain("কার্যবিবরণী স্মারক নম্বর ছাড়া লিপিবদ্ধ হয়েছে");
        minutesPage.ShouldContain($"href=\"{Links.Memos.Document(MinutesKit.Office, memo.Id)}\"");

        // the register lists it without a number, with its date
        var register = WebUtility.HtmlDecode(await client.GetStringAsync(Links.Memos.Files(MinutesKit.Office), Ct));
        var row = Regex.Match(register, @"<span class=""tag"">নম্বর ছাড়া</span>\s*</td>\s*<td>([^<]*)</td>");
        row.Success.ShouldBeTrue("the register shows a row without a number");
        row.Groups[1].Value.ShouldBe(OfficialDate.Line(Dated)); // with its date
        register.ShouldContain(memo.Title);
        await client.GetAsync("/?lang=en", Ct);
        WebUtility.HtmlDecode(await client.GetStringAsync(Links.Memos.Files(MinutesKit.Office), Ct)).ShouldContain("without a number");
        await client.GetAsync("/?lang=bn", Ct);

        // the public links keep working: the document by its memo id, the meeting's minutes files, its public page
        var anonymous = App.CreateClient();
        (await anonymous.GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var minutesPdf = await anonymous.GetAsync(Links.Meetings.MinutesPdf(MinutesKit.Office, m.Id), Ct);
        minutesPdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        FileName(minutesPdf).ShouldBe($"minutes-2019-03-20-{memo.Id}.pdf");
        (await anonymous.GetAsync(Links.Meetings.MinutesDocx(MinutesKit.Office, m.Id), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = WebUtility.HtmlDecode(await anonymous.GetStringAsync(Links.Meetings.Meeting(MinutesKit.Office, m.Id), Ct));
        details.ShouldContain("নম্বর ছাড়া");
    }

    [Fact]
    public async Task A_corrigendum_of_minutes_without_a_number_names_them_by_date_and_title()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var m = await RecordedWithoutNumberAsync(client);
        var decisionId = (await App.MeetingAsync(m.Id)).Decisions.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = Url(m.Id, "corrigendum");
        var version = Regex.Match(await client.GetStringAsync(url, Ct), "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var form = MinutesForm(m, Decision + " (সংশোধিত)", m.GroupKey, Iso(Today));
        form["Input.Items[0].Decisions[0].Id"] = decisionId;
        form["Input.Explanation"] = "সিদ্ধান্তের ভাষা সংশোধন";
        form["Version"] = version;
        (await PostAsync(client, url, form, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var meeting = await App.MeetingAsync(m.Id);
        var corrigendum = meeting.Corrigenda.ShouldHaveSingleItem();
        corrigendum.MemoNumber.ShouldNotBeNullOrWhiteSpace(); // a corrigendum issued today takes a number
        var memo = await App.MemoAsync(corrigendum.MemoNumber);
        var (page, pdf, docx) = await PrintedAsync(memo.Id);
        var title = MinutesDocuments.TitleOf(m.Title);
        foreach (var (what, text) in new[] { ("print page", page), ("PDF", pdf), ("DOCX", docx) })
        {
            text.ShouldContain($"এ কার্যালয়ের {OfficialDate.GregorianLine(Dated)} তারিখের “{title}” শীর্ষক কার্যবিবরণী (স্মারক নম্বর ছাড়া) নিম্নরূপ সংশোধন করা হলো", customMessage: what);
            text.ShouldNotContain("নম্বর স্মারকে", customMessage: what);
        }
        // the public minutes now serve the corrected minutes
        FileName(await App.CreateClient().GetAsync(Links.Meetings.MinutesPdf(MinutesKit.Office, m.Id), Ct)).ShouldBe($"minutes-{corrigendum.MemoNumber}.pdf");
    }

    [Fact]
    public async Task A_current_meetings_minutes_take_a_number_the_page_says_so_and_a_forged_request_without_one_is_refused()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes"), Ct));
        page.ShouldNotContain("name=\"WithoutNumber\"");
        page.ShouldContain("এই সভা আগের কোনো প্রান্তিকের নয়, তাই কার্যবিবরণী স্মারক নথির পরবর্তী নম্বর পাবে");
        await client.GetAsync("/?lang=en", Ct);
        WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes"), Ct)).ShouldContain("so its minutes take the memo file's next number");
        await client.GetAsync("/?lang=bn", Ct);

        var serials = await App.NextSerialsAsync();
        var form = MinutesForm(m, Decision, m.GroupKey, Iso(Today));
        form["WithoutNumber"] = "true";
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldBeRejectedAsync());
        FieldError(refused, "WithoutNumber").ShouldNotBeNull().ShouldContain("শুধু আগের কোনো প্রান্তিকের সভার কার্যবিবরণী স্মারক নম্বর ছাড়া");
        refused.ShouldContain(Decision); // what was typed is kept
        (await App.MeetingAsync(m.Id)).MinutesState.ShouldBe(MinutesState.Draft);
        (await App.NextSerialsAsync()).ShouldBe(serials);
        (await UnnumberedMemoAsync(m.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task A_printed_number_and_without_a_number_together_are_refused_and_the_form_keeps_both()
    {
        var m = await DraftAsync(Day);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes"), Ct));
        page.ShouldContain("name=\"WithoutNumber\" value=\"true\""); // offered for a record of the past
        page.ShouldNotContain("id=\"number-required\"");

        var form = MinutesForm(m, Decision, m.GroupKey, Iso(Dated));
        form["WithoutNumber"] = "true";
        form["PrintedNumber"] = "স্মারক নং- ৪৫৬৭";
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldBeRejectedAsync());
        FieldError(refused, "PrintedNumber").ShouldNotBeNull().ShouldContain("দুটো একসাথে নয়");
        refused.ShouldContain("value=\"স্মারক নং- ৪৫৬৭\"");
        refused.ShouldContain("name=\"WithoutNumber\" value=\"true\" checked=\"checked\"");
        refused.ShouldContain(Decision);
        (await App.MeetingAsync(m.Id)).MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Fact]
    public async Task Only_the_offices_meeting_managers_record_minutes_without_a_number()
    {
        var m = await DraftAsync(Day);
        var form = MinutesForm(m, Decision, m.GroupKey, Iso(Dated));
        form["WithoutNumber"] = "true";
        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await PostAsync(monitor, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldBeDenied();
        var other = await App.LoggedInAsync("editor.dco-bandarban");
        (await PostAsync(other, Url(m.Id, "minutes") + "?handler=issue", form, "/")).ShouldBeDenied();
        (await App.MeetingAsync(m.Id)).MinutesState.ShouldBe(MinutesState.Draft);
        (await UnnumberedMemoAsync(m.Id)).ShouldBeNull();

        var head = await App.LoggedInAsync("head.dc-natore");
        (await PostAsync(head, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldRedirectTo(Url(m.Id, "minutes"));
        (await App.MeetingAsync(m.Id)).MinutesUnnumbered.ShouldBeTrue();
    }

    [Fact]
    public void The_domain_refuses_minutes_without_a_number_for_a_current_meeting_and_a_printed_number_is_never_an_unnumbered_key()
    {
        var today = new DateOnly(2026, 12, 7);
        var current = new Meeting(1, MeetingKind.CharterCoordination, "সভা", today.AddDays(-2), new TimeOnly(10, 0), "কক্ষ", null);
        Should.Throw<DomainException>(() => current.CheckMayGoWithoutNumber(today)).Field.ShouldBe("WithoutNumber");
        new Meeting(1, MeetingKind.CharterCoordination, "সভা", new DateOnly(2023, 12, 24), new TimeOnly(10, 0), "কক্ষ", null).CheckMayGoWithoutNumber(today);
        PrintedMemoNumber.Key(PrintedMemoNumber.Clean("~minutes/meeting-5")).ShouldNotBe(IssuedMemo.UnnumberedMinutesKey(5));
    }
}

public sealed class MinutesWithoutNumberTests_Sqlite(SqliteApp app) : MinutesWithoutNumberTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesWithoutNumberTests_Postgres(PostgresApp app) : MinutesWithoutNumberTests<PostgresApp>(app), IClassFixture<PostgresApp>;
