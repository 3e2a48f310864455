using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Memos;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Demo;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Memos;

public abstract class MemoFilePagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static Dictionary<string, string> Form(string number, string label, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.FileNumber"] = number, ["Input.LabelBn"] = label, ["Input.LabelEn"] = "",
            ["Input.Purpose"] = "", ["Input.NextSerial"] = "", ["Input.MakeDefault"] = "false",
        };
        change?.Invoke(form);
        return form;
    }

    /// <summary>A unique, valid 2014 file number for dc-natore (file serial from the test's unique id).</summary>
    private static string UniqueNumber() => $"05.43.6900.007.32.{Random.Shared.Next(100, 999)}.{Random.Shared.Next(10, 99)}";

    [Fact]
    public async Task The_demo_office_shows_its_real_file_and_the_next_memo_number_in_Bengali_digits()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore/memo-files"));
        html.ShouldContain("সাধারণ শাখা — সেবা প্রদান প্রতিশ্রুতি");
        html.ShouldContain("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১");
        var next = App.WithDb(db => db.MemoFiles.Single(f => f.FileNumber == DemoMemoFiles.DcNatoreFile).NextSerial);
        next.ShouldBeGreaterThan(769); // the demo issued its first memos after the paper register's ৭৬৮
        html.ShouldContain($"০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.{BengaliDigits.ToBengali(next)}");
    }

    [Fact]
    public async Task Every_demo_office_has_a_default_file_so_every_demo_document_is_numbered()
    {
        var (offices, withDefault, in2024) = App.WithDb(db => (
            db.Offices.Count(),
            db.MemoFiles.Where(f => f.IsDefault && f.IsActive).Select(f => f.OfficeId).Distinct().Count(),
            db.MemoFiles.Count(f => f.Form == MemoNumberForm.Form2024)));
        withDefault.ShouldBeGreaterThanOrEqualTo(45);
        in2024.ShouldBeGreaterThan(0);
        App.WithDb(db => db.Offices.Where(o => o.Code == "uno-singra").Join(db.MemoFiles, o => o.Id, f => f.OfficeId, (o, f) => f.FileNumber).Single())
            .ShouldBe("05.44.6991.000.001.32.0001.25");
        offices.ShouldBeGreaterThanOrEqualTo(withDefault);
    }

    [Fact]
    public async Task The_office_admin_adds_a_file_in_Bengali_digits_and_it_becomes_the_default_and_is_audited()
    {
        var u = Unique();
        var number = UniqueNumber();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/memo-files", Form(BengaliDigits.ToBengali(number.Replace(".", ". ")), $"রাজস্ব শাখা {u}", f =>
        {
            f["Input.NextSerial"] = "৫১";
            f["Input.MakeDefault"] = "true";
        }));
        response.ShouldRedirectTo("/offices/dc-natore/memo-files");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore/memo-files"));
        html.ShouldContain($"'রাজস্ব শাখা {u}' নথিটি যোগ করা হয়েছে");
        html.ShouldContain(BengaliDigits.ToBengali($"{number}.51"));
        var files = App.WithDb(db => db.MemoFiles.Where(f => f.OfficeId == db.Offices.Single(o => o.Code == "dc-natore").Id && f.IsDefault).ToList());
        files.Single().FileNumber.ShouldBe(number);
        App.WithDb(db => db.AuditEntries.Any(a => a.EntityType == nameof(MemoFile) && a.After!.Contains(number))).ShouldBeTrue();

        // Put the demo's default back for the other tests.
        var demo = App.WithDb(db => db.MemoFiles.Single(f => f.FileNumber == DemoMemoFiles.DcNatoreFile).Id);
        (await PostAsync(client, "/offices/dc-natore/memo-files?handler=Default", new() { ["id"] = demo.ToString() }, "/offices/dc-natore/memo-files"))
            .ShouldRedirectTo("/offices/dc-natore/memo-files");
        App.WithDb(db => db.MemoFiles.Single(f => f.FileNumber == number).IsDefault).ShouldBeFalse();
    }

    [Fact]
    public async Task A_wrong_file_number_keeps_what_was_typed_and_names_the_block_in_Bengali_and_in_English()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var typed = "০৫.৪৩.৬৯০০.০৬.৩২.০০১.২১";
        var bengali = await (await PostAsync(client, "/offices/dc-natore/memo-files", Form(typed, $"ভুল নথি {u}", f => f["Input.NextSerial"] = "প্রথম"))).ShouldBeRejectedAsync();
        FieldError(bengali, "Input.FileNumber").ShouldBe("চতুর্থ ব্লক (শাখা কোড) ২০১৪ সালের রীতিতে ৩ অঙ্কের হতে হবে; '০৬' ২ অঙ্কের।");
        FieldError(bengali, "Input.NextSerial").ShouldBe("একটি পূর্ণসংখ্যা লিখুন (যেমন ১০)।");
        bengali.ShouldContain($"value=\"{typed}\"");
        bengali.ShouldContain($"value=\"ভুল নথি {u}\"");

        var english = await (await PostAsync(client, "/offices/dc-natore/memo-files?lang=en", Form(typed, $"ভুল নথি {u}"))).ShouldBeRejectedAsync();
        FieldError(english, "Input.FileNumber").ShouldBe("Block 4 (section code) must have 3 digits in the 2014 form; '06' has 2.");
        english.ShouldContain($"value=\"{typed}\"");
        App.WithDb(db => db.MemoFiles.Any(f => f.LabelBn == $"ভুল নথি {u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_number_the_office_already_has_is_refused()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var html = await (await PostAsync(client, "/offices/dc-natore/memo-files", Form("05.43.6900.006.32.001.21", "আবার"))).ShouldBeRejectedAsync();
        FieldError(html, "Input.FileNumber").ShouldBe("এই দপ্তরে ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১ নথি নম্বরটি আগে থেকেই আছে।");
    }

    [Fact]
    public async Task After_its_first_memo_a_file_keeps_its_number_but_can_be_renamed_and_deactivated()
    {
        var u = Unique();
        var office = await App.NewOfficeAsync(null, ("officeadmin.dc-natore", Protishruti.Domain.Access.OfficeRole.OfficeAdmin));
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var list = $"/offices/{office.Code}/memo-files";
        (await client.GetStringAsync(list)).ShouldContain("কোনো স্মারক নথি নম্বর নির্ধারিত নেই");
        (await PostAsync(client, list, Form("04.00.0000.001.32.001.24", $"নথি {u}"))).ShouldRedirectTo(list);
        var id = App.WithDb(db => db.MemoFiles.Single(f => f.OfficeId == office.Id).Id);
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MemoNumbers>().IssueAsync(office.Id, null, MemoDocumentKind.Letter, $"পত্র {u}");

        var edit = $"/offices/{office.Code}/memo-files/{id}/edit";
        var page = await client.GetStringAsync(edit);
        page.ShouldContain("readonly");
        var refused = await (await PostAsync(client, edit, Form("04.00.0000.001.32.002.24", $"নথি {u}", f => f["Input.NextSerial"] = "2"))).ShouldBeRejectedAsync();
        FieldError(refused, "Input.FileNumber")!.ShouldContain("নতুন নথি যোগ করে এটি নিষ্ক্রিয় করুন");
        refused.ShouldContain("value=\"04.00.0000.001.32.002.24\"");

        (await PostAsync(client, edit, Form("০৪.০০.০০০০.০০১.৩২.০০১.২৪", $"নতুন নাম {u}", f => f["Input.NextSerial"] = "২"))).ShouldRedirectTo(edit);
        App.WithDb(db => db.MemoFiles.Single(f => f.Id == id).LabelBn).ShouldBe($"নতুন নাম {u}");

        (await PostAsync(client, $"{list}?handler=Deactivate", new() { ["id"] = id.ToString() }, list)).ShouldRedirectTo(list);
        var file = App.WithDb(db => db.MemoFiles.Single(f => f.Id == id));
        (file.IsActive, file.IsDefault, file.NextSerial).ShouldBe((false, false, 2));
    }

    [Fact]
    public async Task The_register_lists_each_memo_with_both_dates_its_kind_title_and_issuer()
    {
        var u = Unique();
        var office = await App.WithDbAsync(db => db.Offices.SingleAsync(o => o.Code == "dc-natore"));
        IssuedMemo memo;
        await using (var scope = App.Services.CreateAsyncScope())
            memo = await scope.ServiceProvider.GetRequiredService<MemoNumbers>().IssueAsync(office.Id, null, MemoDocumentKind.OfficeOrder, $"কমিটি পুনর্গঠন {u}");

        var client = await App.LoggedInAsync("editor.dc-natore"); // reads, does not manage
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore/memo-files"));
        var row = html[html.IndexOf(memo.NumberBn, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.ShouldContain(OfficialDate.Line(BangladeshTime.DateOf(memo.IssuedAt)));
        row.ShouldContain("অফিস আদেশ");
        row.ShouldContain($"কমিটি পুনর্গঠন {u}");
        row.ShouldContain("system");
        html.ShouldNotContain("নতুন নথি নম্বর যোগ করুন");
        html.ShouldNotContain("?handler=Deactivate");
    }

    public static TheoryData<string, string, bool, bool> Readers => new()
    {
        { "officeadmin.dc-natore", "dc-natore", true, true },
        { "admin", "uno-singra", true, true },
        { "editor.dc-natore", "dc-natore", true, false },
        { "head.dc-natore", "dc-natore", true, false },
        { "monitor.mopa", "dc-natore", true, false },      // monitors above read the register, as they read the dashboard
        { "officeadmin.dc-natore", "uno-singra", false, false }, // a subordinate office's numbers are its own
        { "editor.uno-singra", "dc-natore", false, false },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Who_may_read_and_who_may_change_an_office_memo_files(string user, string office, bool reads, bool manages)
    {
        var client = await App.LoggedInAsync(user);
        var response = await client.GetAsync($"/offices/{office}/memo-files");
        if (!reads)
        {
            response.ShouldBeDenied();
            return;
        }
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Contains("name=\"Input.FileNumber\"").ShouldBe(manages);

        var id = App.WithDb(db => db.MemoFiles.First(f => f.OfficeId == db.Offices.Single(o => o.Code == office).Id).Id);
        var edit = await client.GetAsync($"/offices/{office}/memo-files/{id}/edit");
        if (manages) edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        else edit.ShouldBeDenied();
    }

    [Theory]
    [InlineData("editor.dc-natore")]
    [InlineData("monitor.mopa")]
    public async Task A_reader_posting_the_forms_changes_nothing(string user)
    {
        var client = await App.LoggedInAsync(user);
        var number = UniqueNumber();
        (await PostAsync(client, "/offices/dc-natore/memo-files", Form(number, "অননুমোদিত"))).ShouldBeDenied();
        var demo = App.WithDb(db => db.MemoFiles.Single(f => f.FileNumber == DemoMemoFiles.DcNatoreFile).Id);
        (await PostAsync(client, "/offices/dc-natore/memo-files?handler=Deactivate", new() { ["id"] = demo.ToString() }, "/offices/dc-natore/memo-files")).ShouldBeDenied();
        App.WithDb(db => db.MemoFiles.Any(f => f.FileNumber == number)).ShouldBeFalse();
        App.WithDb(db => db.MemoFiles.Single(f => f.Id == demo).IsActive).ShouldBeTrue();
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_a_file_of_another_office_is_not_found()
    {
        (await App.Browser().GetAsync("/offices/dc-natore/memo-files")).ShouldAskToLogIn();
        var singra = App.WithDb(db => db.MemoFiles.First(f => f.OfficeId == db.Offices.Single(o => o.Code == "uno-singra").Id).Id);
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        (await admin.GetAsync($"/offices/dc-natore/memo-files/{singra}/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dashboard_and_the_management_pages_link_to_the_memo_files()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        (await client.GetStringAsync("/dashboard/dc-natore")).ShouldContain("/offices/dc-natore/memo-files");
        (await client.GetStringAsync("/offices/dc-natore/posts")).ShouldContain("/offices/dc-natore/memo-files");
    }
}

public sealed class MemoFilePagesTests_Sqlite(SqliteApp app) : MemoFilePagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MemoFilePagesTests_Postgres(PostgresApp app) : MemoFilePagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
