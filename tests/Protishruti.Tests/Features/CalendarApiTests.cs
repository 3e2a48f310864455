using System.Net;
using System.Text.Json;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features;

public abstract class CalendarApiTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await App.Browser().GetAsync(url);
        response.StatusCode.ShouldBe(expected);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Date_returns_the_Bangla_date_fiscal_year_quarter_and_working_day()
    {
        var json = await GetJson("/api/v1/calendar/date?date=2022-11-22");
        var bangla = json.GetProperty("banglaDate");
        bangla.GetProperty("textBn").GetString().ShouldBe("৭ অগ্রহায়ণ ১৪২৯");
        bangla.GetProperty("textEn").GetString().ShouldBe("7 Agrahayan 1429");
        bangla.GetProperty("day").GetInt32().ShouldBe(7);
        bangla.GetProperty("month").GetInt32().ShouldBe(8);
        bangla.GetProperty("year").GetInt32().ShouldBe(1429);
        json.GetProperty("fiscalYear").GetString().ShouldBe("2022-23");
        json.GetProperty("quarter").GetProperty("number").GetInt32().ShouldBe(2);
        json.GetProperty("isWorkingDay").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-07-05", false)] // Friday
    [InlineData("2024-07-06", false)] // Saturday
    [InlineData("2024-12-16", false)] // Victory Day, a seeded general holiday (Monday)
    [InlineData("2024-12-17", true)]
    public async Task Date_knows_weekends_and_seeded_holidays(string date, bool working)
    {
        var json = await GetJson($"/api/v1/calendar/date?date={date}");
        json.GetProperty("isWorkingDay").GetBoolean().ShouldBe(working);
    }

    [Fact]
    public async Task Add_working_days_skips_weekends()
    {
        var json = await GetJson("/api/v1/calendar/add-working-days?from=2024-07-07&days=5");
        json.GetProperty("date").GetString().ShouldBe("2024-07-14");
    }

    [Fact]
    public async Task Add_working_days_skips_a_holiday()
    {
        // Thursday 12 Dec 2024 + 2 working days: Sun 15, (Mon 16 Victory Day), Tue 17.
        var json = await GetJson("/api/v1/calendar/add-working-days?from=2024-12-12&days=2");
        json.GetProperty("date").GetString().ShouldBe("2024-12-17");
    }

    [Fact]
    public async Task Bengali_digits_are_accepted()
    {
        var json = await GetJson("/api/v1/calendar/add-working-days?from=২০২৪-০৭-০৭&days=৫");
        json.GetProperty("date").GetString().ShouldBe("2024-07-14");
    }

    [Theory]
    [InlineData("/api/v1/calendar/date?date=2022-13-40", "date")]
    [InlineData("/api/v1/calendar/date", "date")]
    [InlineData("/api/v1/calendar/date?date=1800-01-01", "date")]
    [InlineData("/api/v1/calendar/add-working-days?from=2024-07-07&days=-3", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2024-07-07&days=abc", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=yesterday&days=3", "from")]
    public async Task Bad_input_gets_a_problem_naming_the_parameter(string url, string parameter)
    {
        var response = await App.Browser().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("parameter").GetString().ShouldBe(parameter);
        json.GetProperty("detail").GetString()!.ShouldContain(parameter);
    }
}

public sealed class CalendarApiTests_Sqlite(SqliteApp app) : CalendarApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class CalendarApiTests_Postgres(PostgresApp app) : CalendarApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
