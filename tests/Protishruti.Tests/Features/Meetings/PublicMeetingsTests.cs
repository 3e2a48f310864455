using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>Issued minutes in public: the list, one meeting with its statuses, the files, the JSON API, and the corrigendum.</summary>
public abstract class PublicMeetingsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateOnly Day = new(2022, 11, 20);
    private const string Decision = "ফোকাল পয়েন্ট কর্মকর্তার ছবিসহ তথ্য ও নিয়োগ আদেশ নির্দিষ্ট সেবা বক্সে আপলোড করতে হবে।";
    private const string Corrected = "ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তার ছবিসহ তথ্য ৩০ দিনের মধ্যে সেবা বক্সে আপলোড করতে হবে।";

    /// <summary>A meeting of 20 Nov 2022 issued through the service (as the demo seeding does), with Singra marked done.</summary>
    private async Task<(Made Made, Meeting Meeting)> IssuedMeetingAsync()
    {
        var m = await App.NoticedMeetingAsync(Day);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var meeting = await db.Whole().SingleAsync(x => x.Id == m.Id);
            var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(await db.Offices.SingleAsync(o => o.Id == meeting.OfficeId));
            meeting.RecordAttendance([new Attendee(Party.Office(m.SingraId, "সাবরিনা ইসলাম"), "উপজেলা নির্বাহী অফিসার", false)], Day, catalog.OfficesOf);
            meeting.SetMinutesFrame("রুমানা চৌধুরী, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর", "সভাপতি সকলকে স্বাগত জানান।", "সভার সমাপ্তি ঘোষণা করা হয়।", m.SignatoryPostId);
            meeting.SetDiscussion(meeting.Agenda[0], "ফোকাল পয়েন্ট নিয়োগ বিষয়ে আলোচনা হয়।");
            meeting.AddDecision(meeting.Agenda[0], Decision, [catalog.Parse(m.GroupKey, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর")], new DateOnly(2023, 3, 31)); // a past meeting: due dates are written (ADR 0043)
            await scope.ServiceProvider.GetRequiredService<MinutesIssuing>().IssueAsync(meeting, new DateOnly(2022, 11, 22), CancellationToken.None);
            meeting.Decisions.Single().ProgressOf(m.SingraId).Update(DecisionStatus.Done, "আপলোড করা হয়েছে", null, new DateOnly(2022, 12, 10), "editor.uno-singra");
            await db.SaveChangesAsync();
        }
        return (m, await App.MeetingAsync(m.Id));
    }

    [Fact]
    public async Task The_list_the_meeting_page_and_the_api_show_decisions_implementers_and_each_office_status()
    {
        var (m, meeting) = await IssuedMeetingAsync();
        var client = App.CreateClient();

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore/meetings"));
        list.ShouldContain(m.Title);
        list.ShouldContain("২০ নভেম্বর ২০২২");
        list.ShouldContain("০/১"); // Singra is done, the other UNO offices have not started: not implemented yet
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id)));
        page.ShouldContain(Decision);
        page.ShouldContain("উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        page.ShouldContain("বাস্তবায়িত");
        page.ShouldContain("শুরু হয়নি");
        page.ShouldContain(Url(m.Id, "minutes.pdf"));
        WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore")).ShouldContain("/offices/dc-natore/meetings");

        var api = await client.GetAsync("/api/v1/offices/dc-natore/meetings");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var found = json.RootElement.GetProperty("meetings").EnumerateArray().Single(x => x.GetProperty("id").GetInt32() == m.Id);
        found.GetProperty("memoNumber").GetString().ShouldBe(meeting.MinutesMemoNumber);
        found.GetProperty("fiscalYear").GetString().ShouldBe("2022-23");
        found.GetProperty("quarter").GetInt32().ShouldBe(2);
        var decision = found.GetProperty("decisions").EnumerateArray().Single();
        decision.GetProperty("text").GetString().ShouldBe(Decision);
        decision.GetProperty("due").GetString().ShouldBe("2023-03-31");
        var implementer = decision.GetProperty("implementers").EnumerateArray().Single();
        implementer.GetProperty("kind").GetString().ShouldBe("group");
        implementer.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ShouldContain("uno-singra");
        var statuses = decision.GetProperty("progress").EnumerateArray()
            .ToDictionary(p => p.GetProperty("office").GetProperty("code").GetString()!, p => p.GetProperty("status").GetString());
        statuses["uno-singra"].ShouldBe("done");
        statuses["uno-lalpur"].ShouldBe("notStarted");
        found.GetProperty("implementation").GetProperty("counted").GetInt32().ShouldBe(1);
        found.GetProperty("implementation").GetProperty("implemented").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_corrigendum_takes_a_new_memo_and_the_public_page_and_minutes_pdf_show_the_corrected_text()
    {
        var (m, meeting) = await IssuedMeetingAsync();
        var client = await App.LoggedInAsync("editor.dc-natore");
        var decisionId = meeting.Decisions.Single().Id;
        var fields = new Dictionary<string, string>
        {
            ["Input.Items[0].Id"] = m.AgendaItemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Items[0].Discussion"] = meeting.Agenda[0].Discussion!,
            ["Input.Items[0].Decisions[0].Id"] = decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Items[0].Decisions[0].Text"] = Corrected,
            ["Input.Items[0].Decisions[0].Implementers"] = m.GroupKey,
            ["Input.Dated"] = App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Explanation"] = "",
        };
        var serials = await App.NextSerialsAsync();
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "corrigendum"), fields)).ShouldBeRejectedAsync());
        refused.ShouldContain("সংশোধনীতে কী সংশোধন হলো তা লিখুন।");
        refused.ShouldContain(Corrected);
        (await App.NextSerialsAsync()).ShouldBe(serials);

        fields["Input.Explanation"] = "১ নম্বর সিদ্ধান্তে বিকল্প ফোকাল পয়েন্ট ও সময়সীমা যুক্ত করা হলো";
        (await PostAsync(client, Url(m.Id, "corrigendum"), fields)).ShouldRedirectTo(Url(m.Id, "corrigendum"));
        (await App.NextSerialsAsync()).ShouldBe(serials + 1);
        var corrected = await App.MeetingAsync(m.Id);
        var c = corrected.Corrigenda.ShouldHaveSingleItem();
        c.MemoNumber.ShouldNotBe(meeting.MinutesMemoNumber);
        corrected.Decisions.Single().Text.ShouldBe(Corrected);
        corrected.Decisions.Single().Progress.Single(p => p.OfficeId == m.SingraId).Status.ShouldBe(DecisionStatus.Done);

        var anonymous = App.CreateClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync(Url(m.Id)));
        page.ShouldContain(Corrected);
        page.ShouldContain(fields["Input.Explanation"]);
        // Follow-up as one grid, office by decision (Singra's row marks the decision done), not a list per decision.
        page.ShouldContain("সিদ্ধান্ত বাস্তবায়ন: দপ্তর × সিদ্ধান্ত");
        System.Text.RegularExpressions.Regex.IsMatch(page, "সিংড়া[^<]*</th>\\s*<td class=\"st-done\"[^>]*>✓</td>").ShouldBeTrue();
        var text = new PdfFile(await anonymous.GetByteArrayAsync(Url(m.Id, "minutes.pdf"))).Text();
        text.ShouldContain("সংশোধিত");
        text.ShouldContain((await App.MemoAsync(c.MemoNumber)).NumberBn);
        var docx = await anonymous.GetAsync(Url(m.Id, "minutes.docx"));
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"minutes-{c.MemoNumber}.docx");
    }

    [Fact]
    public async Task Unissued_and_unknown_meetings_are_not_found_in_both_languages()
    {
        var draft = await App.NoticedMeetingAsync(Day);
        var client = App.CreateClient();
        foreach (var url in new[] { Url(draft.Id), Url(draft.Id, "minutes.pdf"), Url(draft.Id, "minutes.docx"), Url(999_999), "/offices/no-such-office/meetings" })
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        var body = WebUtility.HtmlDecode(await (await client.GetAsync(Url(draft.Id, "minutes.pdf"))).Content.ReadAsStringAsync());
        body.ShouldContain("কার্যবিবরণী পাওয়া যায়নি");
        body.ShouldContain("Minutes not found");
        WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore/meetings")).ShouldNotContain(draft.Title);
        (await client.GetAsync("/api/v1/offices/no-such-office/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PublicMeetingsTests_Sqlite(SqliteApp app) : PublicMeetingsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PublicMeetingsTests_Postgres(PostgresApp app) : PublicMeetingsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
