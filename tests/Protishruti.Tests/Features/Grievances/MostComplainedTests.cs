using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Features.Grievances;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>The quarterly meeting's agenda lists the services most complained about last quarter, here and below (issue 19).</summary>
public abstract partial class MostComplainedTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_agenda_gets_the_services_with_most_complaints_of_last_quarter_under_the_district_once()
    {
        var today = BangladeshTime.DateOf(DateTimeOffset.UtcNow);
        var quarter = WorstServices.LastQuarter(today);
        var service = $"সেবা-{Guid.NewGuid():N}"[..14];
        await App.WithDbAsync(async db =>
        {
            var calendar = await new WorkingCalendarSource(db).LoadAsync(Ct);
            var office = await db.Offices.SingleAsync(o => o.Code == "uno-lalpur", Ct);
            var at = new DateTimeOffset(quarter.Start.AddDays(10).ToDateTime(new TimeOnly(11, 0)), Clock.BangladeshOffset);
            // Many complaints about one (made-up) service: more than any the demo has, so it heads the list.
            var key = Guid.NewGuid();
            for (var i = 0; i < 12; i++)
                db.Grievances.Add(Grievance.Submit(TrackingNumber.New(), office.Id, key, service, null, GrievanceKit.Text(), null, null, at, calendar, RedressLimits.Default));
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var created = await PostAsync(editor, "/offices/dc-natore/meetings/new", new()
        {
            ["Input.Kind"] = nameof(MeetingKind.CharterCoordination), ["Input.Title"] = "", ["Input.Date"] = today.AddDays(7).ToString("yyyy-MM-dd"),
            ["Input.Time"] = "11:00", ["Input.Venue"] = "সম্মেলন কক্ষ",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await created.Content.ReadAsStringAsync(Ct)));
        var edit = created.Headers.Location!.OriginalString;
        var id = int.Parse(MeetingId().Match(edit).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // On the draft agenda from the start; pressing the button brings it up to date without a second item.
        (await App.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.Agenda).ToListAsync(Ct)))
            .ShouldContain(a => a.Title == MostComplained.Title && a.Details!.Contains(service));
        (await editor.GetStringAsync(edit, Ct)).ShouldContain("সবচেয়ে বেশি অভিযোগের সেবা যোগ করুন");
        for (var press = 0; press < 2; press++)
            (await PostAsync(editor, $"{edit}?handler=AddMostComplained", [], edit)).ShouldRedirectTo(edit);
        var items = await App.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.Agenda).ToListAsync(Ct));
        var item = items.Where(a => a.Title == MostComplained.Title).ShouldHaveSingleItem();
        var first = item.Details!.Split('\n')[0];
        first.ShouldStartWith("১. উপজেলা নির্বাহী অফিসারের কার্যালয়, লালপুর");
        first.ShouldContain($"{service} — ১২টি অভিযোগ");
        item.Details.ShouldContain(quarter.LabelBn);
        // Another office's editor may not.
        var other = await App.LoggedInAsync("editor.uno-singra");
        (await PostAsync(other, $"{edit}?handler=AddMostComplained", [], "/offices/uno-singra")).ShouldBeDenied();
    }

    [GeneratedRegex(@"/meetings/(\d+)/")]
    private static partial Regex MeetingId();
}

public sealed class MostComplainedTests_Sqlite(SqliteApp app) : MostComplainedTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MostComplainedTests_Postgres(PostgresApp app) : MostComplainedTests<PostgresApp>(app), IClassFixture<PostgresApp>;
