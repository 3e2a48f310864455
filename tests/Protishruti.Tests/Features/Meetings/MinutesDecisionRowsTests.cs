using System.Net;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>Two decisions on one agenda item go in with one save (issue 17 item 8, ADR 0047), without a script.</summary>
public abstract class MinutesDecisionRowsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateOnly Day = new(2022, 11, 20);
    private const string First = "প্রতিটি উপজেলা নির্বাহী অফিসারের কার্যালয়ের সেবা প্রদান প্রতিশ্রুতি নির্ধারিত ফরমেটে হালনাগাদ করতে হবে।";
    private const string Second = "হালনাগাদ সেবা প্রদান প্রতিশ্রুতি ওয়েবসাইটে প্রকাশ করতে হবে।";

    [Fact]
    public async Task Add_another_decision_brings_the_form_back_as_typed_with_a_blank_row_and_one_save_keeps_both()
    {
        var m = await App.NoticedMeetingAsync(Day);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var page = await client.GetStringAsync(Url(m.Id, "minutes"), TestContext.Current.CancellationToken);
        page.ShouldContain($"name=\"Input.AddDecisionTo\" value=\"{m.AgendaItemId}\"");
        page.ShouldNotContain("Input.Items[0].Decisions[1].Text"); // one blank row to start with

        // typed the first decision, then "add another decision": nothing saved, nothing lost, a second blank row
        var form = MinutesForm(m, First, m.GroupKey);
        form["Input.AddDecisionTo"] = $"{m.AgendaItemId}";
        var response = await PostAsync(client, Url(m.Id, "minutes"), form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        page.ShouldContain("এখনো সংরক্ষিত হয়নি");
        page.ShouldContain(First);
        page.ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়ের ওয়েবসাইটে সেবা বক্স তৈরি করা হয়নি।"); // the discussion typed
        page.ShouldContain($"<option value=\"{m.GroupKey}\" selected=\"selected\">");
        page.ShouldContain("name=\"Input.Items[0].Decisions[1].Text\"");
        (await App.MeetingAsync(m.Id)).Decisions.ShouldBeEmpty();
        (await App.MeetingAsync(m.Id)).Agenda[0].Discussion.ShouldBeNull();

        // both decisions with the one save
        form = MinutesForm(m, First, m.GroupKey);
        form["Input.Items[0].Decisions[1].Id"] = "0";
        form["Input.Items[0].Decisions[1].Text"] = Second;
        form["Input.Items[0].Decisions[1].WrittenImplementers"] = "সংশ্লিষ্ট সকল কর্মকর্তা";
        (await PostAsync(client, Url(m.Id, "minutes"), form)).ShouldRedirectTo(Url(m.Id, "minutes"));
        (await App.MeetingAsync(m.Id)).Decisions.Select(d => d.Text).ShouldBe([First, Second]);

        // in English too
        await client.GetAsync("/?lang=en", TestContext.Current.CancellationToken);
        var english = await client.GetStringAsync(Url(m.Id, "minutes"), TestContext.Current.CancellationToken);
        english.ShouldContain("Add another decision");
    }

    [Fact]
    public async Task Add_another_decision_on_the_corrigendum_page_issues_nothing()
    {
        var m = await App.NoticedMeetingAsync(Day);
        var client = await App.LoggedInAsync("editor.dc-natore");
        (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", MinutesForm(m, First, m.GroupKey, "2022-11-22"), Url(m.Id, "minutes")))
            .ShouldRedirectTo(Url(m.Id, "minutes"));
        var serials = await App.NextSerialsAsync();
        var issued = await App.MeetingAsync(m.Id);
        var response = await PostAsync(client, Url(m.Id, "corrigendum"), new()
        {
            ["Input.Items[0].Id"] = $"{m.AgendaItemId}",
            ["Input.Items[0].Decisions[0].Id"] = $"{issued.Decisions.Single().Id}", ["Input.Items[0].Decisions[0].Text"] = First + " (সংশোধিত)",
            ["Input.Items[0].Decisions[0].Implementers"] = m.GroupKey, ["Input.Explanation"] = "সিদ্ধান্তের ভাষা সংশোধন", ["Input.Dated"] = "2022-11-23",
            ["Input.AddDecisionTo"] = $"{m.AgendaItemId}",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        page.ShouldContain(First + " (সংশোধিত)");
        page.ShouldContain("সিদ্ধান্তের ভাষা সংশোধন");
        page.ShouldContain("name=\"Input.Items[0].Decisions[1].Text\"");
        (await App.NextSerialsAsync()).ShouldBe(serials);
        (await App.MeetingAsync(m.Id)).Corrigenda.ShouldBeEmpty();
    }
}

public sealed class MinutesDecisionRowsTests_Sqlite(SqliteApp app) : MinutesDecisionRowsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesDecisionRowsTests_Postgres(PostgresApp app) : MinutesDecisionRowsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
