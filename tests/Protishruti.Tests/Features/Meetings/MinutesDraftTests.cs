using System.Net;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>The minutes' draft preview (issue 17 item 2, ADR 0035): print page, PDF and DOCX marked "খসড়া / DRAFT", no memo serial taken.</summary>
public abstract class MinutesDraftTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Decision = "প্রতিটি দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে।";

    [Fact]
    public async Task The_draft_minutes_are_previewed_as_page_pdf_and_docx_marked_draft_without_taking_a_memo_number()
    {
        var m = await App.NoticedMeetingAsync(new DateOnly(2022, 11, 20));
        var client = await App.LoggedInAsync("editor.dc-natore");
        (await PostAsync(client, Url(m.Id, "minutes"), MinutesForm(m, Decision, m.GroupKey))).ShouldRedirectTo(Url(m.Id, "minutes"));
        var serials = await App.NextSerialsAsync();
        WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes"))).ShouldContain("?handler=Preview&format=pdf");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes") + "?handler=Preview&format=page"));
        page.ShouldContain("খসড়া / DRAFT");
        page.ShouldContain(Decision);
        var pdf = await client.GetAsync(Url(m.Id, "minutes") + "?handler=Preview&format=pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text();
        text.ShouldContain("DRAFT");
        text.ShouldContain("কার্যবিবরণী");
        var docx = await client.GetAsync(Url(m.Id, "minutes") + "?handler=Preview&format=docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await docx.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);

        (await App.NextSerialsAsync()).ShouldBe(serials); // previewing takes no serial
        (await App.MeetingAsync(m.Id)).MinutesState.ShouldBe(Protishruti.Domain.Meetings.MinutesState.Draft);
        (await App.Browser().GetAsync(Url(m.Id, "minutes") + "?handler=Preview&format=pdf")).ShouldAskToLogIn();
    }
}

public sealed class MinutesDraftTests_Sqlite(SqliteApp app) : MinutesDraftTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesDraftTests_Postgres(PostgresApp app) : MinutesDraftTests<PostgresApp>(app), IClassFixture<PostgresApp>;
