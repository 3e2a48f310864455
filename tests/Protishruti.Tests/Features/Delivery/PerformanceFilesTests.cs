using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Protishruti.Domain.Calendar;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Infrastructure.Csv;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>
/// Performance as open data files (issue 18, ADR 0039): the CSV and XLSX read back give the JSON API's figures for the
/// office, its subtree, each subordinate and each service; never an application; linked from the performance page.
/// </summary>
public abstract class PerformanceFilesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly (string Json, string Column)[] Figures =
    [
        ("received", "received"), ("deliveredOnTime", "delivered_on_time"), ("deliveredLate", "delivered_late"),
        ("openWithinLimit", "open_within_limit"), ("openOverdue", "open_overdue"), ("rejected", "rejected"),
        ("onTimeRate", "on_time_rate"), ("medianWorkingDays", "median_working_days"), ("p90WorkingDays", "p90_working_days"),
    ];

    private async Task<JsonElement> JsonAsync(string code, string query) =>
        JsonDocument.Parse(await App.CreateClient().GetStringAsync($"/api/v1/offices/{code}/performance?{query}")).RootElement.Clone();

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> FileAsync(string code, string ext, string query)
    {
        var response = await App.CreateClient().GetAsync($"/api/v1/offices/{code}/performance.{ext}?{query}");
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static List<Dictionary<string, string?>> ReadCsv(byte[] bytes)
    {
        var table = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        return table.Rows.Select(r => table.Header.ToDictionary(h => h, h => r[h])).ToList();
    }

    private static List<Dictionary<string, string?>> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value switch
            {
                null => null,
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var v => v.ToString(),
            })).ToList();
    }

    /// <summary>A JSON figure as the files write it: a number in invariant form, or empty for null.</summary>
    private static string? Expected(JsonElement figures, string field) =>
        figures.GetProperty(field) is { ValueKind: JsonValueKind.Null } ? null : figures.GetProperty(field).GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void ShouldMatch(Dictionary<string, string?> row, JsonElement figures, string what)
    {
        foreach (var (json, column) in Figures)
        {
            var cell = string.IsNullOrEmpty(row[column]) ? null : decimal.Parse(row[column]!, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
            cell.ShouldBe(Expected(figures, json), $"{what} {column}");
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_file_of_a_district_read_back_has_the_apis_figures_for_the_office_its_subtree_each_child_and_each_service(string ext)
    {
        var year = FiscalYear.Of(Today.AddMonths(-3));
        var query = $"fy={year.LabelEn}&quarter=annual";
        foreach (var code in new[] { "dc-natore", Office })
        {
            var json = await JsonAsync(code, query);
            var (response, bytes) = await FileAsync(code, ext, query);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"performance-{code}-{year.LabelEn}-annual.{ext}");
            var rows = ext == "csv" ? ReadCsv(bytes) : ReadXlsx(bytes);
            rows.ShouldAllBe(r => r["fiscal_year"] == year.LabelEn && r["period"] == "annual" && r["from"] == Iso(year.Start));
            ShouldMatch(rows.Single(r => r["level"] == "own"), json.GetProperty("own"), "own");
            ShouldMatch(rows.Single(r => r["level"] == "total"), json.GetProperty("total"), "total");
            var children = json.GetProperty("children").EnumerateArray().ToList();
            rows.Count(r => r["level"] == "child").ShouldBe(children.Count);
            foreach (var c in children)
                ShouldMatch(rows.Single(r => r["level"] == "child" && r["office_code"] == c.GetProperty("office").GetProperty("code").GetString()), c.GetProperty("total"), "child");
            var services = json.GetProperty("services").EnumerateArray().ToList();
            rows.Count(r => r["level"] == "service").ShouldBe(services.Count);
            foreach (var s in services)
            {
                var row = rows.Single(r => r["level"] == "service" && r["service_key"] == s.GetProperty("key").GetString());
                row["service_name_bn"].ShouldBe(s.GetProperty("name").GetString());
                ShouldMatch(row, s, "service");
            }
            if (code == Office)
            {
                children.ShouldBeEmpty();
                services.Sum(s => s.GetProperty("received").GetInt32()).ShouldBeGreaterThan(0);
            }
        }
    }

    [Fact]
    public async Task A_service_is_shown_with_the_promise_of_the_published_charter_not_of_an_update_waiting_for_approval()
    {
        // uno-singra's allowances: 30 working days as published; a submitted update (not yet approved) says 21.
        var year = FiscalYear.Of(Today.AddMonths(-3));
        var json = await JsonAsync(Office, $"fy={year.LabelEn}");
        var allowance = json.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("nameEn").GetString() == "Old-age, widow and disability allowances");
        allowance.GetProperty("timeLimit").GetString().ShouldBe("৩০ কার্যদিবস");
        allowance.GetProperty("medianWorkingDays").GetDouble().ShouldBeLessThanOrEqualTo(30);
        var officeId = await App.WithDbAsync(db => db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync());
        var draft = await App.WithDbAsync(db => db.Charters.Where(c => c.OfficeId == officeId).SelectMany(c => c.Versions)
            .Where(v => v.State == Protishruti.Domain.Charters.CharterVersionState.Submitted).SelectMany(v => v.Services).AsNoTracking().ToListAsync());
        draft.Single(s => s.NameEn == "Old-age, widow and disability allowances").TimeLimit!.Text.ShouldBe("২১ কার্যদিবস"); // the update is there, and still not shown
    }

    [Fact]
    public async Task The_files_never_hold_an_application_and_a_wrong_query_is_refused()
    {
        var year = FiscalYear.Of(Today.AddMonths(-3));
        var officeId = await App.WithDbAsync(db => db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync());
        var sample = await App.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.OfficeId == officeId && a.ReceivedOn >= year.Start)
            .OrderBy(a => a.Id).Select(a => new { a.Reference, a.TrackingNumber }).FirstAsync());
        var csv = Encoding.UTF8.GetString((await FileAsync(Office, "csv", $"fy={year.LabelEn}")).Bytes);
        csv.ShouldNotContain(sample.Reference);
        csv.ShouldNotContain(sample.TrackingNumber);
        (await FileAsync(Office, "csv", "quarter=9")).Response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FileAsync("no-such-office", "xlsx", "")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_performance_page_links_the_files_for_its_period_and_writes_the_fiscal_year_in_the_pages_digits()
    {
        var client = App.CreateClient();
        var year = FiscalYear.Of(Today);
        var bn = await client.GetStringAsync($"/offices/{Office}/performance?fy={year.LabelEn}&quarter=2&lang=bn");
        bn.ShouldContain($"href=\"/api/v1/offices/{Office}/performance.csv?fy={year.LabelEn}&amp;quarter=2\"");
        bn.ShouldContain($"href=\"/api/v1/offices/{Office}/performance.xlsx?fy={year.LabelEn}&amp;quarter=2\"");
        bn.ShouldContain($"name=\"fy\" value=\"{BengaliDigits.ToBengali(year.LabelEn)}\"");
        var en = await client.GetStringAsync($"/offices/{Office}/performance?fy={year.LabelEn}&quarter=2&lang=en");
        en.ShouldContain($"name=\"fy\" value=\"{year.LabelEn}\"");
        // The Bengali box's value is read back as the same year.
        var again = await client.GetStringAsync($"/offices/{Office}/performance?fy={Uri.EscapeDataString(BengaliDigits.ToBengali(year.LabelEn))}&quarter=2&lang=bn");
        again.ShouldContain($"href=\"/api/v1/offices/{Office}/performance.csv?fy={year.LabelEn}&amp;quarter=2\"");
    }
}

public sealed class PerformanceFilesTests_Sqlite(SqliteApp app) : PerformanceFilesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PerformanceFilesTests_Postgres(PostgresApp app) : PerformanceFilesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
