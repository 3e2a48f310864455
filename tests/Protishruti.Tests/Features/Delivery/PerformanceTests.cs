using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Delivery.Performance;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>Performance, public and rolled up (issue 18, ADR 0037): the promise figures per office, subtree, child and service.</summary>
public abstract class PerformanceTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static string Api(string code, string query) => $"/api/v1/offices/{code}/performance?{query}";

    private static readonly string[] Fields =
        ["received", "deliveredOnTime", "deliveredLate", "openWithinLimit", "openOverdue", "rejected", "onTimeRate", "medianWorkingDays", "p90WorkingDays"];

    private async Task<JsonElement> GetAsync(string code, string query)
    {
        var response = await App.CreateClient().GetAsync(Api(code, query));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The figures worked out one application at a time with the domain's own status rule: the oracle.</summary>
    private async Task<Dictionary<string, object?>> ExpectedAsync(Func<Application, bool> which, DateOnly from, DateOnly to)
    {
        var (apps, calendar) = await App.WithDbAsync(async db =>
        {
            var list = await db.Applications.AsNoTracking().Where(a => a.ReceivedOn >= from && a.ReceivedOn <= to).ToListAsync();
            return (list, await new WorkingCalendarSource(db).LoadAsync());
        });
        var today = Today;
        var mine = apps.Where(which).ToList();
        int N(ApplicationStatus s) => mine.Count(a => a.StatusOn(today) == s);
        var days = mine.Where(a => a.StatusOn(today) is ApplicationStatus.DeliveredOnTime or ApplicationStatus.DeliveredLate)
            .Select(a => calendar.WorkingDaysBetween(a.ReceivedOn, a.ClosedOn!.Value)).Order().ToList();
        double? Rank(double p) => days.Count == 0 ? null : days[(int)Math.Ceiling(p * days.Count) - 1];
        var counted = N(ApplicationStatus.DeliveredOnTime) + N(ApplicationStatus.DeliveredLate) + N(ApplicationStatus.OpenOverdue);
        return new()
        {
            ["received"] = mine.Count, ["deliveredOnTime"] = N(ApplicationStatus.DeliveredOnTime), ["deliveredLate"] = N(ApplicationStatus.DeliveredLate),
            ["openWithinLimit"] = N(ApplicationStatus.OpenWithinLimit), ["openOverdue"] = N(ApplicationStatus.OpenOverdue),
            ["rejected"] = N(ApplicationStatus.Rejected),
            ["onTimeRate"] = counted == 0 ? null : Math.Round(100m * N(ApplicationStatus.DeliveredOnTime) / counted, 1),
            ["medianWorkingDays"] = Rank(0.5), ["p90WorkingDays"] = Rank(0.9),
        };
    }

    private static void ShouldMatch(JsonElement figures, Dictionary<string, object?> expected)
    {
        foreach (var f in Fields)
        {
            var e = expected[f];
            var v = figures.GetProperty(f);
            if (e is null) v.ValueKind.ShouldBe(JsonValueKind.Null, f);
            else v.GetDecimal().ShouldBe(Convert.ToDecimal(e, System.Globalization.CultureInfo.InvariantCulture), f);
        }
    }

    private Task<int> OfficeIdAsync(string code) => App.WithDbAsync(db => db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task An_upazilas_figures_for_a_quarter_are_those_of_its_applications_one_by_one_and_its_services_add_up_to_them()
    {
        var quarter = FiscalQuarter.Of(Today.AddMonths(-4));
        var query = $"fy={quarter.FiscalYear.LabelEn}&quarter={quarter.Number}";
        var body = await GetAsync(Office, query);
        var id = await OfficeIdAsync(Office);
        var expected = await ExpectedAsync(a => a.OfficeId == id, quarter.Start, quarter.End);
        ((int)expected["received"]!).ShouldBeGreaterThan(50); // the demo's year is there to be measured
        ShouldMatch(body.GetProperty("own"), expected);
        ShouldMatch(body.GetProperty("total"), expected); // no subordinates
        body.GetProperty("period").GetString().ShouldBe($"q{quarter.Number}");
        var services = body.GetProperty("services").EnumerateArray().ToList();
        services.Count.ShouldBeGreaterThan(1);
        foreach (var f in Fields.Take(6))
            services.Sum(s => s.GetProperty(f).GetInt32()).ShouldBe(body.GetProperty("own").GetProperty(f).GetInt32(), f);
        var busiest = services.OrderByDescending(s => s.GetProperty("received").GetInt32()).First();
        var key = Guid.Parse(busiest.GetProperty("key").GetString()!);
        busiest.GetProperty("name").GetString()!.ShouldNotBeNullOrWhiteSpace();
        ShouldMatch(busiest, await ExpectedAsync(a => a.OfficeId == id && a.ServiceKey == key, quarter.Start, quarter.End));

        // Open data, never the register: no reference number appears anywhere.
        var reference = await App.WithDbAsync(db => db.Applications.Where(a => a.OfficeId == id).Select(a => a.Reference).FirstAsync());
        body.GetRawText().ShouldNotContain(reference);
    }

    [Fact]
    public async Task The_district_rolls_up_its_upazilas_and_each_child_carries_its_own_and_subtree_figures()
    {
        var year = FiscalYear.Of(Today);
        var body = await GetAsync("dc-natore", $"fy={year.LabelEn}&quarter=annual");
        var children = body.GetProperty("children").EnumerateArray().ToList();
        var singra = children.Single(c => c.GetProperty("office").GetProperty("code").GetString() == Office);
        var alone = await GetAsync(Office, $"fy={year.LabelEn}");
        foreach (var f in Fields)
            singra.GetProperty("total").GetProperty(f).GetRawText().ShouldBe(alone.GetProperty("own").GetProperty(f).GetRawText(), f);
        foreach (var f in Fields.Take(6))
            body.GetProperty("total").GetProperty(f).GetInt32().ShouldBe(
                body.GetProperty("own").GetProperty(f).GetInt32() + children.Sum(c => c.GetProperty("total").GetProperty(f).GetInt32()), f);
        var ids = await App.WithDbAsync(db => db.Offices.Where(o => o.Code.StartsWith("uno-") && o.Parent!.Code == "dc-natore").Select(o => o.Id).ToListAsync());
        ShouldMatch(body.GetProperty("total"), await ExpectedAsync(a => ids.Contains(a.OfficeId), year.Start, year.End));
        singra.GetProperty("office").GetProperty("api").GetString()!.ShouldEndWith($"/api/v1/offices/{Office}/performance?fy={year.LabelEn}&quarter=annual");
    }

    [Fact]
    public async Task Recording_and_delivering_an_application_moves_the_figures()
    {
        var service = await App.WorkingDayServiceAsync();
        var query = $"fy={FiscalYear.Of(Today).LabelEn}&quarter={FiscalQuarter.Of(Today).Number}";
        JsonElement Of(JsonElement body) => body.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("key").GetString() == service.Key.ToString());
        var before = await GetAsync(Office, query);
        var reference = "PERF-" + Unique();
        (await App.ApiClient().PostJsonAsync($"/api/v1/offices/{Office}/applications", Item(service.Key, reference, Today))).Response.StatusCode
            .ShouldBe(HttpStatusCode.Created);
        var open = await GetAsync(Office, query);
        open.GetProperty("own").GetProperty("received").GetInt32().ShouldBe(before.GetProperty("own").GetProperty("received").GetInt32() + 1);
        Of(open).GetProperty("openWithinLimit").GetInt32().ShouldBe(Of(before).GetProperty("openWithinLimit").GetInt32() + 1);
        await App.ApiClient().PostJsonAsync($"/api/v1/offices/{Office}/applications", Item(service.Key, reference, Today, delivered: Today, outcome: "delivered"));
        var done = await GetAsync(Office, query);
        Of(done).GetProperty("openWithinLimit").GetInt32().ShouldBe(Of(before).GetProperty("openWithinLimit").GetInt32());
        Of(done).GetProperty("deliveredOnTime").GetInt32().ShouldBe(Of(before).GetProperty("deliveredOnTime").GetInt32() + 1);
        (await GetAsync("dc-natore", query)).GetProperty("total").GetProperty("deliveredOnTime").GetInt32()
            .ShouldBeGreaterThanOrEqualTo(Of(done).GetProperty("deliveredOnTime").GetInt32());
    }

    [Fact]
    public async Task A_wrong_period_or_office_is_a_clear_answer_not_an_error()
    {
        var client = App.CreateClient();
        (await client.GetAsync(Api(Office, "quarter=5"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync(Api(Office, "fy=abc"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync(Api("no-such-office", "fy=2025-26"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_page_shows_the_totals_in_Bengali_the_services_the_children_and_two_charts_without_a_login()
    {
        var year = FiscalYear.Of(Today);
        var api = await GetAsync(Office, $"fy={year.LabelEn}");
        var client = App.CreateClient();
        var page = await client.GetStringAsync($"/offices/{Office}/performance?fy={year.LabelEn}&quarter=annual");
        page.ShouldContain("প্রতিশ্রুতি রক্ষা");
        var received = BengaliDigits.ToBengali(api.GetProperty("own").GetProperty("received").GetInt32());
        page.ShouldContain($"<dd data-figure=\"received\">{received}</dd>");
        page.ShouldContain("id=\"by-quarter\"");
        page.ShouldContain("id=\"histogram\"");
        foreach (var s in api.GetProperty("services").EnumerateArray())
            page.ShouldContain($"data-service=\"{s.GetProperty("key").GetString()}\"");
        page.ShouldNotContain("<script src=\"/js/perf"); // nothing drawn in the browser
        var id = await OfficeIdAsync(Office);
        var reference = await App.WithDbAsync(db => db.Applications.Where(a => a.OfficeId == id).Select(a => a.Reference).FirstAsync());
        page.ShouldNotContain(reference);

        var district = await client.GetStringAsync($"/offices/dc-natore/performance?fy={year.LabelEn}&quarter=annual");
        district.ShouldContain($"data-office=\"{Office}\"");
        district.ShouldContain($"/offices/{Office}/performance?fy={year.LabelEn}&amp;quarter=annual");

        (await client.GetStringAsync($"/offices/{Office}")).ShouldContain($"href=\"/offices/{Office}/performance\"");

        var wrong = await client.GetAsync($"/offices/{Office}/performance?quarter=7");
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await wrong.Content.ReadAsStringAsync();
        text.ShouldContain("কোয়ার্টার");
        text.ShouldContain("1 to 4");
        (await client.GetAsync("/offices/no-such-office/performance")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_service_page_shows_its_own_on_time_rate_of_the_last_twelve_months_beside_its_promise()
    {
        var body = await GetAsync(Office, $"fy={FiscalYear.Of(Today).LabelEn}");
        var key = Guid.Parse(body.GetProperty("services").EnumerateArray().OrderByDescending(s => s.GetProperty("received").GetInt32()).First()
            .GetProperty("key").GetString()!);
        var id = await OfficeIdAsync(Office);
        var expected = (decimal)(await ExpectedAsync(a => a.OfficeId == id && a.ServiceKey == key, Today.AddMonths(-12).AddDays(1), Today))["onTimeRate"]!;
        var page = await App.CreateClient().GetStringAsync($"/offices/{Office}/services/{key}");
        page.ShouldContain("গত ১২ মাসে সময়মতো: <strong>" + BengaliDigits.ToBengali(expected.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)) + "%</strong>");

        // A service nobody has applied for shows its promise alone.
        var charter = await App.CreateClient().GetStringAsync("/offices/dc-natore/charter");
        var other = System.Text.RegularExpressions.Regex.Match(charter, "/offices/dc-natore/services/[0-9a-f-]{36}").Value;
        (await App.CreateClient().GetStringAsync(other)).ShouldNotContain("id=\"on-time-rate\"");
    }

    [Fact]
    public void The_percentile_is_the_nearest_rank()
    {
        PerformanceQueries.Percentile([], 50).ShouldBeNull();
        PerformanceQueries.Percentile([7], 90).ShouldBe(7);
        PerformanceQueries.Percentile([1, 2, 3, 4], 50).ShouldBe(2);
        PerformanceQueries.Percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90).ShouldBe(9);
    }
}

public sealed class PerformanceTests_Sqlite(SqliteApp app) : PerformanceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PerformanceTests_Postgres(PostgresApp app) : PerformanceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
