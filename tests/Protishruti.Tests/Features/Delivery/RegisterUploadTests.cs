using System.Data;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>
/// The office's own register uploaded (issue 18, ADR 0039): columns guessed from a Bengali or English header, every
/// mistake listed by row and field, all rows or none, the same file again changes nothing, a reference recorded with
/// other data is a conflict, and only those who may record may upload.
/// </summary>
public abstract partial class RegisterUploadTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Upload = "/offices/uno-singra/applications/upload";

    private static byte[] Csv(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    /// <summary>Posts the file; answers the mapping page's URL it redirects to.</summary>
    private static async Task<string> StageAsync(HttpClient client, string fileName, byte[] bytes, string type = "text/csv")
    {
        var response = await UploadAsync(client, Upload, fileName, type, bytes);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await response.Content.ReadAsStringAsync()));
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith(Upload + "?file=");
        return location;
    }

    /// <summary>The mapping the page offers: each select's chosen option, as the form would post it.</summary>
    private static Dictionary<string, string> MappingOn(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match select in SelectPattern().Matches(html))
        {
            var chosen = Regex.Match(select.Groups["options"].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
            fields[WebUtility.HtmlDecode(select.Groups["name"].Value)] = chosen.Success ? chosen.Groups[1].Value : "";
        }
        foreach (Match hidden in HiddenPattern().Matches(html))
            fields[hidden.Groups[1].Value] = WebUtility.HtmlDecode(hidden.Groups[2].Value);
        return fields;
    }

    private static async Task<string> CheckAsync(HttpClient client, string mappingPage, Dictionary<string, string>? change = null, string lang = "bn")
    {
        var html = await client.GetStringAsync(mappingPage);
        var fields = MappingOn(html);
        foreach (var (k, v) in change ?? []) fields[k] = v;
        var response = await PostAsync(client, $"{Upload}?handler=Check&lang={lang}", fields, mappingPage);
        return await response.ShouldBeRejectedAsync(); // the page again, with the check's report
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string mappingPage, string checkedPage) =>
        PostAsync(client, $"{Upload}?handler=Confirm", MappingOn(checkedPage), mappingPage);

    private Task<int> CountAsync(string prefix) => App.WithDbAsync(db => db.Applications.CountAsync(a => a.Reference.StartsWith(prefix)));

    private static string D(DateOnly d, string format) => d.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    private static string Bn(DateOnly d, char separator) =>
        BengaliDigits.ToBengali(d.ToString($"dd'{separator}'MM'{separator}'yyyy", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_bengali_register_is_mapped_from_its_header_checked_then_recorded_all_at_once_and_the_same_file_again_changes_nothing()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var (r1, r2) = (Today.AddDays(-20), Today.AddDays(-12));
        var file = Csv($"""
            ক্রমিক/রেজিস্টার নং,আবেদনকারীর নাম,সেবার নাম,আবেদনের তারিখ,প্রদানের তারিখ,মন্তব্য
            U-{u}-1,রহিম,{service.NameBn},{Bn(r1, '/')},{Bn(r1.AddDays(3), '.')},
            U-{u}-2,করিম," {service.NameBn} ",{D(r2, "dd-MM-yyyy")},,চলমান
            U-{u}-3,সালমা,{service.NameBn},{D(r2, "yyyy-MM-dd")},,
            """);
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var mapping = await StageAsync(editor, "রেজিস্টার.csv", file);

        // The guess: register number in column 1, the applicant's name left out, the service in 3, the dates in 4 and 5, the note in 6.
        var guessed = MappingOn(await editor.GetStringAsync(mapping));
        guessed["Map[Reference]"].ShouldBe("0");
        guessed["Map[Service]"].ShouldBe("2");
        guessed["Map[ReceivedOn]"].ShouldBe("3");
        guessed["Map[DeliveredOn]"].ShouldBe("4");
        guessed["Map[Note]"].ShouldBe("5");
        guessed["Map[Channel]"].ShouldBe("");
        guessed["Map[Outcome]"].ShouldBe("");

        var report = await CheckAsync(editor, mapping);
        report.ShouldContain("নতুন আবেদন: ৩টি");
        report.ShouldNotContain("id=\"problems\"");
        (await CountAsync($"U-{u}-")).ShouldBe(0); // checking stores nothing

        (await ConfirmAsync(editor, mapping, report)).ShouldRedirectTo("/offices/uno-singra/applications");
        var saved = await App.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.Reference.StartsWith($"U-{u}-")).OrderBy(a => a.Reference).ToListAsync());
        saved.Select(a => a.Reference).ShouldBe([$"U-{u}-1", $"U-{u}-2", $"U-{u}-3"]);
        saved[0].ReceivedOn.ShouldBe(r1);
        saved[0].ClosedOn.ShouldBe(r1.AddDays(3));
        saved[0].Outcome.ShouldBe(ApplicationOutcome.Delivered);
        saved[1].ReceivedOn.ShouldBe(r2);
        saved[1].Note.ShouldBe("চলমান");
        saved.ShouldAllBe(a => a.Channel == ApplicationChannel.Counter && a.ServiceKey == service.Key);
        (await editor.GetStringAsync("/offices/uno-singra/applications")).ShouldContain("ফাইল থেকে ৩টি নতুন আবেদন লিপিবদ্ধ হয়েছে");
        var ids = saved.Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        (await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Application" && ids.Contains(e.EntityId)).Select(e => e.UserName).ToListAsync()))
            .ShouldBe(["editor.uno-singra", "editor.uno-singra", "editor.uno-singra"]);
        (await editor.GetAsync(mapping)).StatusCode.ShouldBe(HttpStatusCode.OK); // the staged file is gone once recorded…
        (await editor.GetStringAsync(mapping)).ShouldContain("আপলোড করা ফাইলটি আর নেই");

        // …and the same file uploaded again: every row already there, nothing to confirm, nothing changed.
        var again = await StageAsync(editor, "রেজিস্টার.csv", file);
        var second = await CheckAsync(editor, again);
        second.ShouldContain("আগেই একই তথ্যসহ লিপিবদ্ধ (কিছু বদলাবে না): ৩টি");
        second.ShouldContain("লিপিবদ্ধ করার মতো নতুন কিছু নেই");
        second.ShouldNotContain("handler=Confirm");
        var forced = await ConfirmAsync(editor, again, second);
        forced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountAsync($"U-{u}-")).ShouldBe(3);
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Application" && ids.Contains(e.EntityId)))).ShouldBe(3);
    }

    [Fact]
    public async Task The_columns_chosen_by_hand_are_chosen_again_for_the_offices_next_file_with_those_headers_wherever_they_stand()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var (h1, h2, h3) = ($"খতিয়ান {u}", $"কাজের ধরন {u}", $"জমা {u}");
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var first = await StageAsync(editor, "নভেম্বর.csv", Csv($"""
            {h1},{h2},{h3}
            R-{u}-1,{service.NameBn},{Bn(Today.AddDays(-9), '/')}
            """));
        var page = await editor.GetStringAsync(first);
        page.ShouldContain("অনুমান করা হয়েছে");
        MappingOn(page)["Map[Reference]"].ShouldNotBe("0"); // headers the guess cannot read
        var report = await CheckAsync(editor, first, new() { ["Map[Reference]"] = "0", ["Map[Service]"] = "1", ["Map[ReceivedOn]"] = "2", ["DefaultChannel"] = "Udc" });
        report.ShouldContain("নতুন আবেদন: ১টি");
        (await ConfirmAsync(editor, first, report)).ShouldRedirectTo("/offices/uno-singra/applications");

        // Next month the office's file has the same headers in another order, and a note column it did not have.
        var second = await StageAsync(editor, "ডিসেম্বর.csv", Csv($"""
            {h3},মন্তব্য,{h1},{h2}
            {Bn(Today.AddDays(-2), '/')},জরুরি,R-{u}-2,{service.NameBn}
            """));
        page = await editor.GetStringAsync(second);
        page.ShouldContain("গতবারের ফাইলের মতো");
        var mapped = MappingOn(page);
        (mapped["Map[Reference]"], mapped["Map[Service]"], mapped["Map[ReceivedOn]"], mapped["Map[Note]"], mapped["DefaultChannel"]).ShouldBe(("2", "3", "0", "1", "Udc"));
        (await ConfirmAsync(editor, second, await CheckAsync(editor, second))).ShouldRedirectTo("/offices/uno-singra/applications");
        var saved = await App.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Reference == $"R-{u}-2"));
        (saved.ReceivedOn, saved.Channel, saved.Note).ShouldBe((Today.AddDays(-2), ApplicationChannel.Udc, "জরুরি"));

        // Another office's file with the same headers is guessed, not mapped as this office's.
        var district = await App.LoggedInAsync("editor.dc-natore");
        var theirs = await UploadAsync(district, "/offices/dc-natore/applications/upload", "x.csv", "text/csv", Csv($"{h3},মন্তব্য,{h1},{h2}\nক,খ,গ,ঘ"));
        theirs.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await district.GetStringAsync(theirs.Headers.Location!.OriginalString)).ShouldContain("অনুমান করা হয়েছে");
    }

    [Fact]
    public async Task Every_mistake_is_listed_by_row_and_field_in_both_languages_and_no_row_is_recorded()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var ok = Today.AddDays(-5);
        var file = Csv($"""
            Reg. No.,Service name,Date received,Channel,Date delivered,Outcome
            E-{u}-1,{service.NameBn},{D(ok, "dd/MM/yyyy")},online,,
            E-{u}-2,{service.NameBn},31/02/2024,counter,,
            E-{u}-3,No such service,{D(ok, "dd/MM/yyyy")},fax,,
            E-{u}-4,{service.NameBn},{D(ok, "dd/MM/yyyy")},post,{D(ok.AddDays(-1), "dd/MM/yyyy")},delivered
            """);
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var mapping = await StageAsync(editor, "register.csv", file);
        var guessed = MappingOn(await editor.GetStringAsync(mapping));
        guessed["Map[Channel]"].ShouldBe("3");
        guessed["Map[Outcome]"].ShouldBe("5");

        var bn = await CheckAsync(editor, mapping);
        bn.ShouldContain("৩টি সারিতে ভুল বা বিরোধ আছে");
        var problems = ProblemRows(bn);
        problems.ShouldContain(p => p.Row == "৩" && p.Field == "গ্রহণের তারিখ" && p.Message.Contains("31/02/2024", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Row == "৪" && p.Field == "সেবা" && p.Message.Contains("No such service", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Row == "৪" && p.Field == "মাধ্যম");
        problems.ShouldContain(p => p.Row == "৫" && p.Field == "নিষ্পত্তির তারিখ");
        problems.ShouldNotContain(p => p.Row == "২");
        bn.ShouldNotContain("handler=Confirm");

        var en = ProblemRows(await CheckAsync(editor, mapping, lang: "en"));
        en.ShouldContain(p => p.Row == "4" && p.Field == "Channel" && p.Message.Contains("is not a channel", StringComparison.Ordinal));

        // A confirmation posted anyway records nothing.
        var refused = await (await PostAsync(editor, $"{Upload}?handler=Confirm&lang=bn", MappingOn(bn), mapping)).ShouldBeRejectedAsync();
        refused.ShouldContain("কোনো সারিই লিপিবদ্ধ হয়নি");
        (await CountAsync($"E-{u}-")).ShouldBe(0);

        // Leaving out a column every application needs is refused beside its select.
        var unmapped = await CheckAsync(editor, mapping, new() { ["Map[Service]"] = "" });
        FieldError(unmapped, "Map[Service]").ShouldNotBeNull().ShouldContain("কলাম");
        var twice = await CheckAsync(editor, mapping, new() { ["Map[Note]"] = "0" });
        FieldError(twice, "Map[Note]").ShouldNotBeNull().ShouldContain("রেজিস্টার নম্বর");
    }

    [Fact]
    public async Task A_reference_already_recorded_with_other_data_is_a_conflict_on_its_row_and_the_rest_of_the_file_waits()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        await App.ApiClient().PostJsonAsync("/api/v1/offices/uno-singra/applications", new[] { Item(service.Key, $"C-{u}-1", Today.AddDays(-9)) });
        var file = Csv($"""
            রেজিস্টার নং,সেবা,গ্রহণের তারিখ
            C-{u}-1,{service.NameBn},{D(Today.AddDays(-8), "dd-MM-yyyy")}
            C-{u}-2,{service.NameBn},{D(Today.AddDays(-8), "dd-MM-yyyy")}
            """);
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var mapping = await StageAsync(editor, "r.csv", file);
        var report = await CheckAsync(editor, mapping);
        var problems = ProblemRows(report);
        problems.ShouldContain(p => p.Row == "২" && p.Reference.Contains("(বিরোধ)", StringComparison.Ordinal) && p.Field == "গ্রহণের তারিখ");
        problems.ShouldNotContain(p => p.Row == "৩");
        (await ConfirmAsync(editor, mapping, report)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync($"C-{u}-")).ShouldBe(1);
        (await App.WithDbAsync(db => db.Applications.SingleAsync(a => a.Reference == $"C-{u}-1"))).ReceivedOn.ShouldBe(Today.AddDays(-9)); // not overwritten
    }

    [Fact]
    public async Task An_excel_register_with_date_cells_is_read_from_its_first_sheet_and_closes_an_open_application()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var received = Today.AddDays(-15);
        await App.ApiClient().PostJsonAsync("/api/v1/offices/uno-singra/applications", new[] { Item(service.Key, $"X-{u}-1", received) });
        var table = new DataTable("Sheet1") { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var c in new[] { "SL No", "Name of service", "Application date", "Delivery date", "Result" }) table.Columns.Add(c, c.EndsWith("date", StringComparison.Ordinal) ? typeof(DateTime) : typeof(string));
        table.Rows.Add($"X-{u}-1", service.NameBn, received.ToDateTime(TimeOnly.MinValue), Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), "প্রদত্ত");
        table.Rows.Add($"X-{u}-2", service.NameBn, received.ToDateTime(TimeOnly.MinValue), DBNull.Value, "");
        using var stream = new MemoryStream();
        stream.SaveAs(table, excelType: ExcelType.XLSX);

        var editor = await App.LoggedInAsync("editor.uno-singra");
        var mapping = await StageAsync(editor, "register.xlsx", stream.ToArray(), "application/octet-stream");
        var report = await CheckAsync(editor, mapping);
        report.ShouldContain("নতুন আবেদন: ১টি");
        report.ShouldContain("চলমান আবেদনের নিষ্পত্তি: ১টি");
        (await ConfirmAsync(editor, mapping, report)).ShouldRedirectTo("/offices/uno-singra/applications");
        var closed = await App.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Reference == $"X-{u}-1"));
        closed.ClosedOn.ShouldBe(Today.AddDays(-1));
        (await CountAsync($"X-{u}-")).ShouldBe(2);
    }

    [Fact]
    public async Task A_service_typed_with_another_spelling_is_matched_and_an_unknown_one_is_refused()
    {
        const string Allowance = "বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতা প্রদান";
        var key = (await App.ServicesAsync()).Single(s => s.NameBn == Allowance).Key;
        var u = Unique();
        var received = D(Today.AddDays(-3), "dd/MM/yyyy");
        var file = Csv($"রেজিস্টার নং,সেবার নাম,আবেদনের তারিখ\nS-{u}-1,বয়স্ক বিধবা ও প্রতিবন্ধি ভাতা প্রদান।,{received}\nS-{u}-2,বয়স্ক ভাতা,{received}\n");
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var mapping = await StageAsync(editor, "r.csv", file);
        var problems = ProblemRows(await CheckAsync(editor, mapping));
        problems.ShouldNotContain(p => p.Row == "২");
        problems.ShouldContain(p => p.Row == "৩" && p.Field == "সেবা" && p.Message.Contains("বয়স্ক ভাতা", StringComparison.Ordinal));

        var again = await StageAsync(editor, "r.csv", Csv($"রেজিস্টার নং,সেবার নাম,আবেদনের তারিখ\nS-{u}-1,বয়স্ক বিধবা ও প্রতিবন্ধি ভাতা প্রদান।,{received}\n"));
        (await ConfirmAsync(editor, again, await CheckAsync(editor, again))).ShouldRedirectTo("/offices/uno-singra/applications");
        (await App.WithDbAsync(db => db.Applications.SingleAsync(a => a.Reference == $"S-{u}-1"))).ServiceKey.ShouldBe(key);
    }

    [Fact]
    public async Task A_file_that_is_not_a_register_is_refused_beside_the_field()
    {
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        var html = await (await UploadAsync(editor, Upload, "register.csv", "text/csv", png)).ShouldBeRejectedAsync();
        FieldError(html, "Upload").ShouldNotBeNull().ShouldContain("CSV বা XLSX ফাইল নয়");
        var headerOnly = await (await UploadAsync(editor, Upload, "r.csv", "text/csv", Csv("রেজিস্টার নং,সেবা\n"))).ShouldBeRejectedAsync();
        FieldError(headerOnly, "Upload").ShouldNotBeNull().ShouldContain("কোনো সারি নেই");
    }

    [Fact]
    public async Task The_head_may_upload_a_monitor_above_another_office_and_the_public_may_not_and_a_staged_file_stays_with_its_office()
    {
        var service = await App.WorkingDayServiceAsync();
        var file = Csv($"রেজিস্টার নং,সেবা,গ্রহণের তারিখ\nW-{Unique()},{service.NameBn},{D(Today, "yyyy-MM-dd")}\n");
        var head = await App.LoggedInAsync("head.uno-singra");
        var mapping = await StageAsync(head, "r.csv", file);
        (await head.GetStringAsync(mapping)).ShouldContain("name=\"Map[Reference]\"");

        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await monitor.GetAsync(Upload)).ShouldBeDenied();
        (await UploadAsync(monitor, Upload, "r.csv", "text/csv", file, formPage: "/offices/uno-singra/applications")).ShouldBeDenied();
        var other = await App.LoggedInAsync("editor.dco-bandarban");
        (await other.GetAsync(mapping)).ShouldBeDenied();
        (await App.Browser().GetAsync(Upload)).ShouldAskToLogIn();

        // The token is bound to the office it was uploaded to: under another office it finds nothing.
        var token = mapping.Split("file=")[1].Split('&')[0];
        var elsewhere = await other.GetStringAsync($"/offices/dco-bandarban/applications/upload?file={token}");
        elsewhere.ShouldContain("আপলোড করা ফাইলটি আর নেই");
        // The register links to the upload for those who record, not for monitors.
        (await head.GetStringAsync("/offices/uno-singra/applications")).ShouldContain($"href=\"{Upload}\"");
        (await monitor.GetStringAsync("/offices/uno-singra/applications")).ShouldNotContain($"href=\"{Upload}\"");
    }

    private sealed record Problem(string Row, string Reference, string Field, string Message);

    private static List<Problem> ProblemRows(string html)
    {
        var table = Regex.Match(html, "<table class=\"stack\" id=\"problems\">(.*?)</table>", RegexOptions.Singleline);
        if (!table.Success) return [];
        return Regex.Matches(table.Groups[1].Value, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value.Trim())).ToList())
            .Where(c => c.Count == 4).Select(c => new Problem(c[0], c[1], c[2], c[3])).ToList();
    }

    [GeneratedRegex("<select id=\"[^\"]*\" name=\"(?<name>Map\\[[A-Za-z]+\\]|DefaultChannel)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(file|name)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();
}

public sealed class RegisterUploadTests_Sqlite(SqliteApp app) : RegisterUploadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class RegisterUploadTests_Postgres(PostgresApp app) : RegisterUploadTests<PostgresApp>(app), IClassFixture<PostgresApp>;
