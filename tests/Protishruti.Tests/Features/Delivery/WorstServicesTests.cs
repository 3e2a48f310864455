using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Delivery.Performance;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>
/// Into the monitoring cycle (issue 18, ADR 0039): the coordination meeting's draft agenda lists the subordinate
/// offices' services with the worst on-time rates of the last quarter from the moment it is created, worked out here
/// one application at a time.
/// </summary>
public abstract partial class WorstServicesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string District = "dc-natore";

    private async Task<int> NewMeetingAsync(HttpClient client, MeetingKind kind)
    {
        var response = await PostAsync(client, $"/offices/{District}/meetings/new", new()
        {
            ["Input.Kind"] = kind.ToString(), ["Input.Title"] = "", ["Input.Date"] = Iso(Today.AddDays(7)), ["Input.Time"] = "11:00",
            ["Input.Venue"] = "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await response.Content.ReadAsStringAsync()));
        return int.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> AddWorstAsync(HttpClient client, int id) =>
        PostAsync(client, $"/offices/{District}/meetings/{id}/edit?handler=AddWorstServices", [], $"/offices/{District}/meetings/{id}/edit");

    private Task<List<AgendaItem>> AgendaAsync(int id) =>
        App.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.Agenda).Where(m => m.Id == id).SelectMany(m => m.Agenda).ToListAsync());

    [Fact]
    public async Task A_coordination_meetings_agenda_gets_the_subordinate_services_with_the_worst_on_time_rates_of_last_quarter_once()
    {
        var quarter = WorstServices.LastQuarter(Today);
        // The oracle: every application of the offices under the district received last quarter, judged by the domain's own status rule.
        var (apps, names) = await App.WithDbAsync(async db =>
        {
            var district = await db.Offices.SingleAsync(o => o.Code == District);
            var prefix = $"{district.Path}{district.Id}/";
            var offices = await db.Offices.AsNoTracking().Where(o => o.Path.StartsWith(prefix)).ToDictionaryAsync(o => o.Id, o => o.NameBn);
            var ids = offices.Keys.ToList();
            return (await db.Applications.AsNoTracking().Where(a => ids.Contains(a.OfficeId) && a.ReceivedOn >= quarter.Start && a.ReceivedOn <= quarter.End).ToListAsync(), offices);
        });
        var ranked = apps.GroupBy(a => (a.OfficeId, a.ServiceKey)).Select(g =>
        {
            var s = g.Select(a => a.StatusOn(Today)).ToList();
            var onTime = s.Count(x => x == ApplicationStatus.DeliveredOnTime);
            var counted = onTime + s.Count(x => x is ApplicationStatus.DeliveredLate or ApplicationStatus.OpenOverdue);
            return (g.Key.OfficeId, onTime, counted);
        }).Where(x => x.counted >= WorstServices.MinCounted).OrderBy(x => (decimal)x.onTime / x.counted).ThenByDescending(x => x.counted).ThenBy(x => x.OfficeId).ToList();
        ranked.Count.ShouldBeGreaterThan(WorstServices.Max); // the demo's year gives the seven upazilas enough to rank

        var editor = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(editor, MeetingKind.CharterCoordination);
        // The draft agenda has the list from the start; the edit page offers to bring it up to date.
        var item = (await AgendaAsync(id)).Single(a => a.Title == WorstServices.Title);
        (await editor.GetStringAsync($"/offices/{District}/meetings/{id}/edit")).ShouldContain("সময়মতো হার সবচেয়ে কম এমন সেবা যোগ করুন");
        var lines = item.Details!.Split('\n');
        lines.Length.ShouldBe(WorstServices.Max + 1);
        for (var i = 0; i < WorstServices.Max; i++)
        {
            var (office, onTime, counted) = ranked[i];
            lines[i].ShouldStartWith($"{BengaliDigits.ToBengali(i + 1)}. {names[office]}: ");
            lines[i].ShouldEndWith($"({BengaliDigits.ToBengali(onTime)}/{BengaliDigits.ToBengali(counted)})");
        }
        lines[^1].ShouldContain(quarter.LabelBn);

        // Pressed: brought up to date, not added twice.
        (await AddWorstAsync(editor, id)).ShouldRedirectTo($"/offices/{District}/meetings/{id}/edit");
        (await AgendaAsync(id)).Single(a => a.Title == WorstServices.Title).Details.ShouldBe(item.Details);

        // Someone of another office may not.
        var other = await App.LoggedInAsync("editor.uno-singra");
        (await PostAsync(other, $"/offices/{District}/meetings/{id}/edit?handler=AddWorstServices", [], "/offices/uno-singra/applications")).StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.NotFound);
        (await AgendaAsync(id)).Count(a => a.Title == WorstServices.Title).ShouldBe(1);
    }

    [Fact]
    public async Task Another_kind_of_meeting_is_not_offered_the_list_and_gets_nothing_when_it_asks()
    {
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(editor, MeetingKind.MonitoringCommittee);
        (await editor.GetStringAsync($"/offices/{District}/meetings/{id}/edit")).ShouldNotContain("handler=AddWorstServices");
        var html = await (await AddWorstAsync(editor, id)).ShouldBeRejectedAsync();
        FieldError(html, "Item").ShouldNotBeNull().ShouldContain("যথেষ্ট আবেদন");
        (await AgendaAsync(id)).ShouldNotContain(a => a.Title == WorstServices.Title);
    }

    [GeneratedRegex(@"/meetings/(\d+)/edit")]
    private static partial Regex EditUrl();
}

public sealed class WorstServicesTests_Sqlite(SqliteApp app) : WorstServicesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class WorstServicesTests_Postgres(PostgresApp app) : WorstServicesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
