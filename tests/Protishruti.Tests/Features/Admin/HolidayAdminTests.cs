using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Protishruti.Domain.Calendar;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Admin;

public abstract class HolidayAdminTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Url = "/admin/holidays";

    /// <summary>A Sunday–Thursday in a year far from the seeded holidays; each test takes its own year so none collide.</summary>
    private static DateOnly Weekday(int year, int dayOfYear)
    {
        var d = new DateOnly(year, 1, 1).AddDays(dayOfYear);
        while (d.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday) d = d.AddDays(1);
        return d;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<bool> IsWorkingDay(DateOnly d)
    {
        var json = await App.Browser().GetStringAsync($"/api/v1/calendar/date?date={Iso(d)}");
        return JsonDocument.Parse(json).RootElement.GetProperty("isWorkingDay").GetBoolean();
    }

    private static Dictionary<string, string> Form(DateOnly date, string kind, string nameBn, string nameEn) => new()
    {
        ["Input.Date"] = Iso(date), ["Input.Kind"] = kind, ["Input.NameBn"] = nameBn, ["Input.NameEn"] = nameEn, ["year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData("officeadmin.dc-natore")]
    [InlineData("editor.dc-natore")]
    [InlineData("monitor.mopa")]
    public async Task Only_the_system_admin_may_manage_holidays(string user)
    {
        var client = await App.LoggedInAsync(user);
        (await client.GetAsync(Url)).ShouldBeDenied();
        var date = Weekday(2081, 40);
        var add = await PostAsync(client, $"{Url}?handler=Add", Form(date, "General", "লুকানো ছুটি", "Sneaky holiday"), formPage: "/");
        add.ShouldBeDenied();
        var id = App.WithDb(db => db.Holidays.First().Id);
        (await client.GetAsync($"{Url}/{id}/edit")).ShouldBeDenied();
        (await PostAsync(client, $"{Url}?handler=Delete", new() { ["id"] = id.ToString(CultureInfo.InvariantCulture) }, formPage: "/")).ShouldBeDenied();
        App.WithDb(db => db.Holidays.Any(h => h.Id == id)).ShouldBeTrue();
        App.WithDb(db => db.Holidays.Any(h => h.NameEn == "Sneaky holiday")).ShouldBeFalse();
        (await App.Browser().GetAsync(Url)).ShouldAskToLogIn();
    }

    [Fact]
    public async Task The_edit_form_shows_the_holidays_date_in_both_calendars_beside_the_date_box()
    {
        var client = await App.LoggedInAsync("admin");
        var holiday = App.WithDb(db => db.Holidays.First(h => h.Date == new DateOnly(2026, 12, 16)));
        var html = await client.GetStringAsync($"{Url}/{holiday.Id}/edit");
        // The browser writes the box's date in its own locale (12/16/2026); the line beside it is the office's.
        html.ShouldContain("id=\"Input_Date-date\">১ পৌষ ১৪৩৩ বঙ্গাব্দ / ১৬ ডিসেম্বর ২০২৬ খ্রিষ্টাব্দ</span>");
        html.ShouldContain("aria-describedby=\"Input_Date-error Input_Date-date\""); // read with the box
        var english = await client.GetStringAsync($"{Url}/{holiday.Id}/edit?lang=en");
        english.ShouldContain("1 Poush 1433 (Bangla) / 16 December 2026</span>");
    }

    [Fact]
    public async Task The_year_defaults_to_this_year_in_Bangladesh_and_links_to_its_neighbours()
    {
        var client = await App.LoggedInAsync("admin");
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(6)).Year;
        var html = await client.GetStringAsync(Url);
        html.ShouldContain($"ছুটির তালিকা {BengaliDigits.ToBengali(year)}");
        html.ShouldContain($"/admin/holidays?year={year - 1}");
        html.ShouldContain($"/admin/holidays?year={year + 1}");
        // The seeded fixed-date holidays of 2025 are listed under 2025.
        var y2025 = await client.GetStringAsync($"{Url}?year=2025");
        y2025.ShouldContain("বিজয় দিবস");
        y2025.ShouldContain("১৬ ডিসেম্বর ২০২৫");
    }

    [Fact]
    public async Task An_added_holiday_closes_offices_until_it_is_made_optional_or_deleted()
    {
        var u = Unique();
        var date = Weekday(2082, 100);
        (await IsWorkingDay(date)).ShouldBeTrue();
        var client = await App.LoggedInAsync("admin");

        var add = await PostAsync(client, $"{Url}?handler=Add", Form(date, "ExecutiveOrder", $"নির্বাচনের ছুটি {u}", $"Election holiday {u}"));
        add.ShouldRedirectTo($"{Url}?year=2082");
        var list = await client.GetStringAsync($"{Url}?year=2082");
        list.ShouldContain($"নির্বাচনের ছুটি {u}");
        list.ShouldContain("নির্বাহী আদেশে ছুটি");
        (await IsWorkingDay(date)).ShouldBeFalse();

        var id = App.WithDb(db => db.Holidays.Single(h => h.NameEn == $"Election holiday {u}").Id);
        var edit = await PostAsync(client, $"{Url}/{id}/edit", Form(date, "Optional", $"নির্বাচনের ছুটি {u}", $"Election day {u}"));
        edit.ShouldRedirectTo($"{Url}?year=2082");
        (await client.GetStringAsync($"{Url}?year=2082")).ShouldContain($"Election day {u}");
        (await IsWorkingDay(date)).ShouldBeTrue(); // an optional holiday leaves offices open

        var again = await PostAsync(client, $"{Url}/{id}/edit", Form(date, "General", $"নির্বাচনের ছুটি {u}", $"Election day {u}"));
        again.ShouldRedirectTo($"{Url}?year=2082");
        (await IsWorkingDay(date)).ShouldBeFalse();

        var delete = await PostAsync(client, $"{Url}?handler=Delete", new() { ["id"] = id.ToString(CultureInfo.InvariantCulture) }, formPage: $"{Url}?year=2082");
        delete.ShouldRedirectTo($"{Url}?year=2082");
        App.WithDb(db => db.Holidays.Any(h => h.Id == id)).ShouldBeFalse();
        (await IsWorkingDay(date)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_rejected_holiday_keeps_what_was_typed()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("admin");
        var response = await PostAsync(client, $"{Url}?handler=Add", new()
        {
            ["Input.Date"] = "31-12-2083", ["Input.Kind"] = "General", ["Input.NameBn"] = $"<b>ছুটি</b> {u}", ["Input.NameEn"] = "", ["year"] = "2083",
        });
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Input.Date").ShouldBe("তারিখ সঠিক নয়; ২০২৬-০৭-০১ আকারে লিখুন।");
        FieldError(html, "Input.NameEn").ShouldBe("ছুটির ইংরেজি নাম দিতে হবে।");
        html.ShouldContain("value=\"31-12-2083\"");
        html.ShouldContain($"value=\"&lt;b&gt;ছুটি&lt;/b&gt; {u}\"");
        html.ShouldNotContain($"<b>ছুটি</b> {u}");

        var outOfRange = await PostAsync(client, $"{Url}?handler=Add", Form(new DateOnly(2150, 1, 1), "General", "ছুটি", "Holiday"));
        FieldError(await outOfRange.ShouldBeRejectedAsync(), "Input.Date")!.ShouldStartWith("তারিখটি");
    }

    [Fact]
    public async Task A_CSV_of_holidays_is_imported_and_the_calendar_api_knows_them()
    {
        var u = Unique();
        var (a, b, c) = (Weekday(2084, 10), Weekday(2084, 50), Weekday(2084, 90));
        var client = await App.LoggedInAsync("admin");
        var csv = $"""
            date,kind,name_bn,name_en
            {Iso(a)},general,শবে বরাত {u},Shab-e-Barat {u}
            {BengaliDigits.ToBengali(Iso(b))},executive,"ঈদুল ফিতর, প্রথম দিন {u}","Eid ul-Fitr, day 1 {u}"
            {Iso(c)},optional,ঐচ্ছিক {u},Optional {u}
            """;
        var response = await UploadAsync(client, $"{Url}?handler=Import", "holidays-2084.csv", "text/csv", Encoding.UTF8.GetBytes(csv),
            formPage: $"{Url}?year=2084", fields: new() { ["year"] = "2084" });
        response.ShouldRedirectTo($"{Url}?year=2084");
        (await client.GetStringAsync($"{Url}?year=2084")).ShouldContain("ছুটি আমদানি সম্পন্ন: ৩টি নতুন, ০টি হালনাগাদ।");
        (await IsWorkingDay(a)).ShouldBeFalse();
        (await IsWorkingDay(b)).ShouldBeFalse();
        (await IsWorkingDay(c)).ShouldBeTrue();
        App.WithDb(db => db.Holidays.Single(h => h.Date == b).NameEn).ShouldBe($"Eid ul-Fitr, day 1 {u}");

        // Importing the corrected list again updates rather than duplicates.
        var corrected = csv.Replace($"{Iso(a)},general", $"{Iso(a)},executive", StringComparison.Ordinal);
        var again = await UploadAsync(client, $"{Url}?handler=Import", "holidays-2084.csv", "text/csv", Encoding.UTF8.GetBytes(corrected),
            formPage: $"{Url}?year=2084", fields: new() { ["year"] = "2084" });
        again.ShouldRedirectTo($"{Url}?year=2084");
        App.WithDb(db => db.Holidays.Count(h => h.NameEn == $"Shab-e-Barat {u}")).ShouldBe(1);
        App.WithDb(db => db.Holidays.Single(h => h.NameEn == $"Shab-e-Barat {u}").Kind).ShouldBe(HolidayKind.ExecutiveOrder);
    }

    [Fact]
    public async Task A_holiday_CSV_with_a_bad_row_imports_nothing_and_names_the_line()
    {
        var u = Unique();
        var (a, b) = (Weekday(2085, 10), Weekday(2085, 50));
        var client = await App.LoggedInAsync("admin");
        var csv = $"""
            date,kind,name_bn,name_en
            {Iso(a)},general,ভালো {u},Good {u}
            {Iso(b)},bank,খারাপ {u},Bad {u}
            2085-02-30,general,অসম্ভব {u},Impossible {u}
            {Iso(a)},executive,ভালো {u},GOOD {u}
            """;
        var response = await UploadAsync(client, $"{Url}?handler=Import", "holidays.csv", "text/csv", Encoding.UTF8.GetBytes(csv),
            formPage: $"{Url}?year=2085", fields: new() { ["year"] = "2085" });
        var html = await response.ShouldBeRejectedAsync();
        html.ShouldContain("কিছুই আমদানি করা হয়নি।");
        html.ShouldContain("<td>৩</td>");
        html.ShouldContain("ধরন &#x27;bank&#x27; সঠিক নয়");
        html.ShouldContain("<td>৪</td>");
        html.ShouldContain("<code>date</code>");
        html.ShouldContain("এই ছুটি ২ নম্বর লাইনে আগেই আছে।"); // line 5 repeats line 2
        App.WithDb(db => db.Holidays.Any(h => h.NameEn == $"Good {u}")).ShouldBeFalse();
        (await IsWorkingDay(a)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_holiday_upload_that_is_not_CSV_is_refused()
    {
        var client = await App.LoggedInAsync("admin");
        var response = await UploadAsync(client, $"{Url}?handler=Import", "list.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7"),
            formPage: Url);
        FieldError(await response.ShouldBeRejectedAsync(), "Upload")!.ShouldStartWith("'list.pdf' CSV ফাইল নয়।");
    }

    [Fact]
    public async Task Editing_an_unknown_holiday_is_not_found()
    {
        var client = await App.LoggedInAsync("admin");
        (await client.GetAsync($"{Url}/987654/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class HolidayAdminTests_Sqlite(SqliteApp app) : HolidayAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class HolidayAdminTests_Postgres(PostgresApp app) : HolidayAdminTests<PostgresApp>(app), IClassFixture<PostgresApp>;
