using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Protishruti.Domain.Charters;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Exchange;
using Protishruti.Web.Infrastructure.Csv;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features;

/// <summary>CSV/XLSX export of a published charter and import into the open draft (docs/charter-format.md), and the demo charters.</summary>
public abstract class CharterExchangeTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static string ImportUrl(string code) => $"/offices/{code}/charter/draft/import";

    private Task<HttpResponseMessage> Upload(HttpClient client, string code, byte[] bytes, string fileName, string type = "text/csv") =>
        UploadAsync(client, ImportUrl(code), fileName, type, bytes);

    private async Task<Charter> CharterOf(string code) => await App.WithDbAsync(async db =>
    {
        var office = await db.Offices.SingleAsync(o => o.Code == code);
        return (await CharterImporter.LoadCharterAsync(db, office.Id, default))!;
    });

    private async Task<byte[]> Export(string code, string format)
    {
        var response = await App.Browser().GetAsync($"/offices/{code}/charter.{format}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The office's export with the services' cells changed by <paramref name="edit"/> (one call per service row).</summary>
    private async Task<string> EditedCsv(string code, Action<int, Dictionary<string, string>> edit)
    {
        var text = Encoding.UTF8.GetString(await Export(code, "csv"));
        var table = CsvTable.Parse(text);
        var rows = new List<List<string?>>();
        var serviceIndex = 0;
        foreach (var row in table.Rows)
        {
            var cells = table.Header.ToDictionary(h => h, h => row[h] ?? "");
            if (cells["record"] == "services") edit(serviceIndex++, cells);
            rows.Add(table.Header.Select(h => (string?)cells[h]).ToList());
        }
        return Encoding.UTF8.GetString(CsvWriter.ToUtf8WithBom(table.Header.ToList(), rows));
    }

    private async Task<CharterImportResult> ImportDirect(string code, string csv) => await App.WithDbAsync(async db =>
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == code);
        var importer = new CharterImporter(db);
        return await importer.ImportAsync(office, CharterSheets.ReadCsv(csv));
    });

    // ---- export ----

    [Fact]
    public async Task The_published_charter_downloads_as_csv_and_xlsx_with_bengali_intact()
    {
        var csv = await App.Browser().GetAsync("/offices/dc-natore/charter.csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentType!.CharSet.ShouldBe("utf-8");
        csv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("charter-dc-natore-v2.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }); // Excel needs the BOM to read UTF-8
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain("খতিয়ান/পর্চার সার্টিফাইড কপি সরবরাহ");
        text.ShouldContain("জেলা প্রশাসক");

        var xlsx = await App.Browser().GetAsync("/offices/dc-natore/charter.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("charter-dc-natore-v2.xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        stream.GetSheetNames().ShouldBe(["charter", "services", "expectations", "grs"]);
        var services = stream.Query(useHeaderRow: true, sheetName: "services").Cast<IDictionary<string, object>>().ToList();
        var expected = await App.WithDbAsync(async db =>
            (await db.PublishedVersionAsync(db.Offices.Single(o => o.Code == "dc-natore").Id, default))!.ServicesInPrintedOrder().Select(s => s.NameBn).ToList());
        services.Select(r => (string)r["name_bn"]).ShouldBe(expected);
        services.ShouldContain(r => (string)r["documents_bn"] == "নির্ধারিত ফরমে আবেদন | ফ্রন্ট ডেস্ক অথবা eporcha.gov.bd\nমৌজা, খতিয়ান ও দাগ নম্বর | নিজ");
        stream.Position = 0;
        var charter = stream.Query(useHeaderRow: true, sheetName: "charter").Cast<IDictionary<string, object>>().Single();
        ((string)charter["mission_bn"]).ShouldContain("নাটোর জেলার জনগণের দোরগোড়ায়");
    }

    [Fact]
    public async Task An_office_without_a_published_charter_or_unknown_has_no_download()
    {
        var office = await App.NewOfficeAsync();
        (await App.Browser().GetAsync($"/offices/{office.Code}/charter.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.Browser().GetAsync($"/offices/{office.Code}/charter.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.Browser().GetAsync("/offices/no-such-office/charter.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // ---- round trip ----

    [Fact]
    public async Task Csv_export_imported_again_gives_a_draft_identical_to_the_published_version()
    {
        var bytes = await Export("dc-natore", "csv");
        var client = await App.LoggedInAsync("editor.dc-natore");
        (await Upload(client, "dc-natore", bytes, "charter.csv")).ShouldRedirectTo(ImportUrl("dc-natore"));
        (await client.GetStringAsync(ImportUrl("dc-natore"))).ShouldContain("খসড়া সংস্করণ ৩-এ ইমপোর্ট হয়েছে");

        var charter = await CharterOf("dc-natore");
        charter.Open!.Number.ShouldBe(3);
        charter.Open.State.ShouldBe(CharterVersionState.Draft);
        CharterDiff.Between(charter.Current!, charter.Open).ShouldBeEmpty();
    }

    [Fact]
    public async Task Xlsx_export_imported_again_gives_a_draft_identical_to_the_published_version()
    {
        var bytes = await Export("dco-bandarban", "xlsx");
        var client = await App.LoggedInAsync("editor.dco-bandarban");
        // The browser's label does not matter: the content is what is read.
        (await Upload(client, "dco-bandarban", bytes, "charter.xlsx", "application/octet-stream")).ShouldRedirectTo(ImportUrl("dco-bandarban"));

        var charter = await CharterOf("dco-bandarban");
        charter.Open!.Number.ShouldBe(2);
        CharterDiff.Between(charter.Current!, charter.Open).ShouldBeEmpty();
        charter.Open.Services.Select(s => s.Key).ShouldBe(charter.Current!.Services.Select(s => s.Key), ignoreOrder: true);
    }

    [Fact]
    public async Task An_edited_file_changes_only_the_draft_and_the_diff_shows_the_edits()
    {
        var code = "uno-naldanga";
        var before = await CharterOf(code);
        var published = before.Current!;
        var csv = await EditedCsv(code, (i, row) =>
        {
            if (i == 0) (row["time_limit"], row["time_limit_value"], row["time_limit_unit"]) = ("২১ কার্যদিবস", "", ""); // a clerk edits only the text
            if (i == 1) row["key"] = ""; // the key removed: matched by name
            if (i == 2) (row["fee"], row["payment_method"], row["fee_note"]) = ("৳ ১৫০/-", "বিকাশ/নগদ", "");
        });
        csv += "services,,,,,,,,citizen,99,,নতুন সেবা,New service,সরাসরি,In person,in-person,,নেই,None,বিনামূল্যে,,,যথাসময়ে,,,উপজেলা নির্বাহী অফিসার,\"dc-natore: জেলা প্রশাসক\"\r\n";
        var result = await ImportDirect(code, csv);
        result.Errors.ShouldBeEmpty();

        var after = await CharterOf(code);
        var draft = after.Open!;
        CharterDiff.Between(published, after.Current!).ShouldBeEmpty(); // the published version is untouched
        after.Current!.Number.ShouldBe(published.Number);
        var changes = CharterDiff.Between(after.Current!, draft);
        changes.Where(c => c.Kind == CharterChangeKind.ServiceAdded).Select(c => c.SubjectBn).ShouldBe(["নতুন সেবা"]);
        var changed = changes.Where(c => c.Kind == CharterChangeKind.ServiceChanged).ToList();
        changed.Count.ShouldBe(2);
        changed.SelectMany(c => c.Fields).Select(f => f.Field).ShouldBe(["TimeLimit", "Fee"], ignoreOrder: true);
        changes.ShouldNotContain(c => c.Kind == CharterChangeKind.ServiceRemoved);
        var fee = draft.ServicesInPrintedOrder().ElementAt(2).Fee!;
        (fee.Amount, fee.PaymentMethod).ShouldBe((150m, PaymentMethod.MobileFinancialService));

        // A vague time limit is imported (the office may be mid-edit) but the quality check blocks submission.
        var lookup = await App.WithDbAsync(async db => (await db.ForVersionAsync(draft, DateOnly.FromDateTime(DateTime.Today))).AsLookup());
        CharterQuality.Check(draft, lookup).Blocking.ShouldContain(f => f.Code == "service.time-limit.vague");
    }

    // ---- row errors ----

    [Fact]
    public async Task Each_bad_row_is_reported_by_sheet_row_and_column_and_nothing_changes()
    {
        var code = "uno-natore-sadar";
        var before = await CharterOf(code);
        var csv = await EditedCsv(code, (i, row) =>
        {
            switch (i)
            {
                case 0: row["category"] = "নাগরিকী"; break;                       // unknown category
                case 1: row["fee"] = "পাঁচশত"; break;                             // not an amount
                case 2: row["fee"] = "-50"; row["payment_method"] = "ব্যাংক"; break; // negative
                case 3: row["responsible_officer"] = "চেয়ারম্যান"; break;          // no such post
                case 4: row["name_bn"] = before.Current!.ServicesInPrintedOrder().ElementAt(1).NameBn; break; // duplicate in its category
                case 5: row["name_en"] = new string('x', 301); break;              // over-long
                case 6: (row["time_limit"], row["time_limit_value"], row["time_limit_unit"]) = ("৯০০ দিন", "", ""); break; // absurd
                case 7: row["channels"] = "ফ্যাক্স"; break;                       // unknown channel
            }
        });
        var result = await ImportDirect(code, csv);

        var errors = result.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ToList();
        // Row 1 is the header, row 2 the charter row: service i is on row i + 3.
        errors.ShouldContain(("services", 3, "category"));
        errors.ShouldContain(("services", 4, "fee"));
        errors.ShouldContain(("services", 5, "fee"));
        errors.ShouldContain(("services", 6, "responsible_officer"));
        errors.ShouldContain(("services", 7, "name_bn"));
        errors.ShouldContain(("services", 8, "name_en"));
        errors.ShouldContain(("services", 9, "time_limit"));
        errors.ShouldContain(("services", 10, "channels"));
        result.Errors.Count.ShouldBe(8, string.Join("\n", result.Errors));
        result.Errors.Single(e => e.Column == "responsible_officer").MessageBn.ShouldContain("'চেয়ারম্যান' পদ নেই");
        result.Errors.Single(e => e.Row == 5).MessageBn.ShouldBe("সেবার মূল্য ঋণাত্মক হতে পারে না।");
        result.Errors.Single(e => e.Row == 7).MessageEn.ShouldContain("already has a service named");

        var after = await CharterOf(code);
        after.Open.ShouldBeNull(); // no draft was even started
        after.Versions.Count.ShouldBe(before.Versions.Count);
    }

    [Fact]
    public async Task The_page_lists_the_refused_rows_in_bengali_and_keeps_the_draft()
    {
        var client = await App.LoggedInAsync("admin");
        var csv = await EditedCsv("uno-baraigram", (i, row) => { if (i == 0) row["fee"] = "অনেক"; });
        var html = WebUtility.HtmlDecode(await (await Upload(client, "uno-baraigram", Encoding.UTF8.GetBytes(csv), "c.csv")).ShouldBeRejectedAsync());
        html.ShouldContain("কিছুই পরিবর্তন হয়নি");
        html.ShouldContain("<code>fee</code>");
        html.ShouldContain("'অনেক' সেবামূল্য নয়");
        (await CharterOf("uno-baraigram")).Open.ShouldBeNull();

        var english = WebUtility.HtmlDecode(await (await UploadAsync(client, ImportUrl("uno-baraigram") + "?lang=en", "c.csv", "text/csv", Encoding.UTF8.GetBytes(csv), formPage: ImportUrl("uno-baraigram"))).ShouldBeRejectedAsync());
        english.ShouldContain("'অনেক' is not a fee");
    }

    [Fact]
    public async Task A_submitted_draft_cannot_be_replaced()
    {
        var client = await App.LoggedInAsync("editor.uno-singra");
        var bytes = await Export("uno-singra", "csv");
        var html = WebUtility.HtmlDecode(await (await Upload(client, "uno-singra", bytes, "c.csv")).ShouldBeRejectedAsync());
        html.ShouldContain("দাখিলকৃত খসড়া ইমপোর্টে বদলানো যায় না");
        var charter = await CharterOf("uno-singra");
        charter.Open!.State.ShouldBe(CharterVersionState.Submitted);
        CharterDiff.Between(charter.Current!, charter.Open).ShouldNotBeEmpty(); // still the submitted update
    }

    // ---- malformed files ----

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "empty", "empty.csv", "ফাইলটি খালি" },
        { "pdf", "charter.csv", "CSV বা XLSX ফাইল নয়" },
        { "zip", "charter.xlsx", "CSV বা XLSX ফাইল নয়" },
        { "utf16", "charter.csv", "ইউটিএফ-৮ টেক্সট নয়" },
        { "latin1", "charter.csv", "ইউটিএফ-৮ টেক্সট নয়" },
        { "offices", "offices.csv", "শুরুতে 'record' কলাম" },
        { "xlsx-other", "book.xlsx", "প্রতিশ্রুতি ফাইলের কোনো শিট" },
        { "xlsx-broken", "book.xlsx", "XLSX ফাইলটি পড়া যায়নি" },
        { "missing-column", "c.csv", "services শিটে 'name_bn' কলাম নেই" },
        { "unknown-record", "c.csv", "রেকর্ডের ধরন" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_malformed_file_gets_a_clear_message_and_changes_nothing(string kind, string fileName, string message)
    {
        var client = await App.LoggedInAsync("admin");
        var html = await (await Upload(client, "uno-gurudaspur", BadFile(kind), fileName)).ShouldBeRejectedAsync();
        ((FieldError(html, "Upload") ?? "") + WebUtility.HtmlDecode(html)).ShouldContain(message);
        (await CharterOf("uno-gurudaspur")).Open.ShouldBeNull();
    }

    private static byte[] BadFile(string kind)
    {
        switch (kind)
        {
            case "empty": return [];
            case "pdf": return Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
            case "zip":
            {
                using var ms = new MemoryStream();
                using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                    using (var w = new StreamWriter(zip.CreateEntry("a.txt").Open())) w.Write("hello");
                return ms.ToArray();
            }
            case "utf16": return Encoding.Unicode.GetBytes("record,name_bn\nservices,জন্ম নিবন্ধন\n");
            case "latin1": return [.. "record,category,name_bn\nservices,citizen,caf"u8, 0xE9, (byte)'\n'];
            case "offices": return Encoding.UTF8.GetBytes("code,name_bn,name_en,kind\nx,এক্স,X,other\n");
            case "xlsx-other":
            {
                using var ms = new MemoryStream();
                ms.SaveAs(new[] { new Dictionary<string, object> { ["a"] = "১" } }, sheetName: "Sheet1");
                return ms.ToArray();
            }
            case "xlsx-broken":
            {
                using var ms = new MemoryStream();
                using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                {
                    using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<Types/>");
                    using (var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open())) w.Write("not xml at all <");
                }
                return ms.ToArray();
            }
            case "missing-column": return Encoding.UTF8.GetBytes("record,category,name_en\nservices,citizen,Birth registration\n");
            default: return Encoding.UTF8.GetBytes("record,category,name_bn\nপরিষেবা,citizen,জন্ম নিবন্ধন\n");
        }
    }

    // ---- permissions ----

    [Theory]
    [InlineData("editor.dc-natore", "uno-singra")]    // an editor of another office, even the parent
    [InlineData("monitor.mopa", "dc-natore")]         // monitors read, they do not edit
    [InlineData("officeadmin.dc-natore", "dc-natore")] // the office admin manages posts, not the charter
    [InlineData("editor.uno-singra", "dc-natore")]
    public async Task Only_the_offices_editor_and_approver_may_import(string user, string code)
    {
        var versions = (await CharterOf(code)).Versions.Count;
        var client = await App.LoggedInAsync(user);
        (await client.GetAsync(ImportUrl(code))).ShouldBeDenied();
        var bytes = await Export(code, "csv");
        var response = await UploadAsync(client, ImportUrl(code), "c.csv", "text/csv", bytes, formPage: "/");
        response.ShouldBeDenied();
        (await CharterOf(code)).Versions.Count.ShouldBe(versions);
    }

    [Fact]
    public async Task The_approver_may_import_and_anonymous_visitors_must_log_in()
    {
        (await App.Browser().GetAsync(ImportUrl("dc-natore"))).ShouldAskToLogIn();
        var head = await App.LoggedInAsync("head.dc-natore");
        var page = await head.GetAsync(ImportUrl("dc-natore"));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("প্রতিশ্রুতি ফাইল (CSV বা XLSX)");
    }

    // ---- demo charters ----

    [Fact]
    public async Task Every_demo_office_has_a_published_charter_that_passes_the_quality_check()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var reports = await App.WithDbAsync(async db =>
        {
            var result = new List<(string Code, CharterVersion? Current, QualityReport? Report)>();
            foreach (var office in await db.Offices.AsNoTracking().Where(o => !o.Code.StartsWith("t-") && !o.Code.StartsWith("imp-")).OrderBy(o => o.Id).ToListAsync())
            {
                var current = await db.PublishedVersionAsync(office.Id, default);
                var report = current is null ? null : CharterQuality.Check(current, (await db.ForVersionAsync(current, today)).AsLookup());
                result.Add((office.Code, current, report));
            }
            return result;
        });
        reports.Count.ShouldBeGreaterThanOrEqualTo(45);
        foreach (var (code, current, report) in reports)
        {
            current.ShouldNotBeNull($"{code} has no published charter");
            current.Services.Count.ShouldBeGreaterThanOrEqualTo(5, code);
            report!.Blocking.ShouldBeEmpty($"{code}: {string.Join(" ", report.Blocking.Select(f => f.MessageEn))}");
            report.Score.ShouldBeGreaterThanOrEqualTo(60, code);
            current.GrievanceLevels.Count.ShouldBe(3, code);
        }
        var kinds = reports.ToDictionary(r => r.Code, r => r.Current!.Services.Select(s => s.NameBn).ToList());
        kinds["uno-tala"].ShouldContain("বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতা প্রদান");
        kinds["dc-satkhira"].ShouldContain("সরকারি হাট-বাজার ইজারা প্রদান");
        kinds["uco-ruma"].ShouldContain("প্রাথমিক সমবায় সমিতি নিবন্ধন");
        kinds["mopa"].ShouldContain("আন্তঃমন্ত্রণালয় সভার কার্যবিবরণী প্রেরণ");
    }

    [Fact]
    public async Task Dc_natore_has_two_published_versions_with_a_real_change_and_uno_singra_an_update_awaiting_approval()
    {
        var natore = await CharterOf("dc-natore");
        var published = natore.PublishedVersions.OrderBy(v => v.Number).ToList();
        published.Count.ShouldBeGreaterThanOrEqualTo(2);
        var changes = CharterDiff.Between(published[0], published[1]);
        changes.ShouldContain(c => c.Kind == CharterChangeKind.ServiceAdded && c.SubjectBn == "গণশুনানিতে অভিযোগ ও আবেদন গ্রহণ");
        changes.ShouldContain(c => c.Kind == CharterChangeKind.ServiceChanged && c.Fields.Any(f => f.Field == "TimeLimit"));
        changes.ShouldContain(c => c.Kind == CharterChangeKind.ServiceChanged && c.Fields.Any(f => f.Field == "Fee"));
        published[1].PublishedAt.ShouldNotBeNull();
        published[1].PublishedAt!.Value.ShouldBeGreaterThan(published[0].PublishedAt!.Value);

        var singra = await CharterOf("uno-singra");
        singra.Open!.State.ShouldBe(CharterVersionState.Submitted);
        singra.Current.ShouldNotBeNull();
    }
}

public sealed class CharterExchangeTests_Sqlite(SqliteApp app) : CharterExchangeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class CharterExchangeTests_Postgres(PostgresApp app) : CharterExchangeTests<PostgresApp>(app), IClassFixture<PostgresApp>;
