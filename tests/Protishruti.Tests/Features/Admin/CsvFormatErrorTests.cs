using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Admin.Holidays;
using Protishruti.Web.Features.Charters.Exchange;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Admin;

/// <summary>
/// A CSV whose quote is never closed used to import every row before it and silently drop every row after it;
/// now each upload refuses the whole file and says where the quote is.
/// </summary>
public abstract class CsvFormatErrorTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task An_offices_file_with_an_unclosed_quote_imports_nothing_and_names_the_line()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("admin");
        var csv = $"""
            code,name_bn,name_en,kind,parent_code,address_bn
            ok-{u},ঠিক অফিস {u},Good office,district,doc,"নাটোর, রাজশাহী"
            open-{u},খোলা উদ্ধৃতি অফিস,Open quote office,district,doc,"নাটোর
            after-{u},পরের অফিস {u},After office,district,doc,
            """;
        var html = await (await UploadAsync(client, "/admin/import", "offices.csv", "text/csv", Encoding.UTF8.GetBytes(csv))).ShouldBeRejectedAsync();
        html.ShouldContain("কিছুই আমদানি করা হয়নি।");
        var report = WebUtility.HtmlDecode(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]);
        report.ShouldContain("<td>৩</td>");
        report.ShouldContain("<code>address_bn</code>");
        report.ShouldContain("লাইন ৩, কলাম ৬ (address_bn): একটি ঘর উদ্ধৃতিচিহ্ন (\") দিয়ে শুরু হয়েছে কিন্তু তা কোথাও বন্ধ হয়নি");
        App.WithDb(db => db.Offices.Any(o => o.Code == $"ok-{u}" || o.Code == $"open-{u}" || o.Code == $"after-{u}")).ShouldBeFalse();

        await client.GetAsync("/?lang=en");
        var english = WebUtility.HtmlDecode(await (await UploadAsync(client, "/admin/import", "offices.csv", "text/csv", Encoding.UTF8.GetBytes(csv))).ShouldBeRejectedAsync());
        english.ShouldContain("Nothing was imported.");
        english.ShouldContain("Line 3, column 6 (address_bn): a cell opens with a quotation mark (\") that is never closed");
    }

    [Fact]
    public async Task A_charter_file_with_an_unclosed_quote_is_refused_with_its_line_and_changes_nothing()
    {
        var client = await App.LoggedInAsync("admin");
        var csv = "record,category,name_bn,fee\r\nservices,citizen,\"জন্ম নিবন্ধন\r\nservices,citizen,মৃত্যু নিবন্ধন,বিনামূল্যে\r\n";
        var html = await (await UploadAsync(client, "/offices/uno-gurudaspur/charter/draft/import", "c.csv", "text/csv", Encoding.UTF8.GetBytes(csv))).ShouldBeRejectedAsync();
        WebUtility.HtmlDecode(FieldError(html, "Upload") ?? "").ShouldStartWith("লাইন ২, কলাম ৩ (name_bn): একটি ঘর উদ্ধৃতিচিহ্ন");
        var charter = await App.WithDbAsync(async db =>
            await CharterImporter.LoadCharterAsync(db, (await db.Offices.SingleAsync(o => o.Code == "uno-gurudaspur")).Id, default));
        charter!.Open.ShouldBeNull();
    }

    [Fact]
    public async Task A_holidays_file_with_an_unclosed_quote_saves_no_holiday()
    {
        var name = $"পরীক্ষার ছুটি {Unique()}";
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Protishruti.Web.Data.AppDbContext>();
        var report = await new HolidayCsvImporter(db).ImportAsync(
            $"date,kind,name_bn,name_en\n2027-03-01,general,{name},Test\n2027-03-02,general,\"{name} দুই,Test two\n");
        var error = report.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((3, "name_bn"));
        error.MessageEn.ShouldStartWith("Line 3, column 3 (name_bn):");
        db.Holidays.Any(h => h.NameBn.StartsWith(name)).ShouldBeFalse();
    }
}

public sealed class CsvFormatErrorTests_Sqlite(SqliteApp app) : CsvFormatErrorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class CsvFormatErrorTests_Postgres(PostgresApp app) : CsvFormatErrorTests<PostgresApp>(app), IClassFixture<PostgresApp>;
