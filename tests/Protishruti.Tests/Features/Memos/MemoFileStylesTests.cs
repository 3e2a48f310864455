using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Features.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Meetings.Notices;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Memos;

/// <summary>
/// Memo files as older and smaller offices keep them (issue 17, ADR 0015): a bare serial ("স্মারক নং- ১১৬৪") or any
/// prefix and the serial, chosen on the notice and minutes pages, still numbered exactly once.
/// </summary>
public abstract partial class MemoFileStylesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Files = "/offices/dc-natore/memo-files";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> FileForm(MemoFileStyle style, string number, string label, string serial) => new()
    {
        ["Input.Style"] = style.ToString(), ["Input.FileNumber"] = number, ["Input.LabelBn"] = label, ["Input.LabelEn"] = "",
        ["Input.Purpose"] = "", ["Input.NextSerial"] = serial, ["Input.MakeDefault"] = "false",
    };

    /// <summary>A draft meeting of dc-natore (one item, the UNO offices invited).</summary>
    private async Task<Meeting> DraftAsync(DateOnly date)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == MinutesKit.Office, Ct);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office, Ct);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, $"সমন্বয় সভা {Guid.NewGuid().ToString("N")[..6]}", date, new TimeOnly(11, 0), MinutesKit.Venue, null);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key));
        db.Meetings.Add(m);
        await db.SaveChangesAsync(Ct);
        return m;
    }

    [Fact]
    public async Task A_bare_serial_file_numbers_a_notice_chosen_on_its_page_once_under_five_clicks_and_passes_over_a_printed_number()
    {
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        (await PostAsync(admin, Files, FileForm(MemoFileStyle.Serial, "", "প্রশাসন শাখার রেজিস্টার", "১১৬৪"))).ShouldRedirectTo(Files);
        var file = App.WithDb(db => db.MemoFiles.Single(f => f.LabelBn == "প্রশাসন শাখার রেজিস্টার"));
        (file.Style, file.FileNumber, file.NextNumber).ShouldBe((MemoFileStyle.Serial, "", "1164"));
        WebUtility.HtmlDecode(await admin.GetStringAsync(Files, Ct)).ShouldContain("শুধু ক্রমিক");
        // a second bare sequence would print the same numbers
        WebUtility.HtmlDecode(await (await PostAsync(admin, Files, FileForm(MemoFileStyle.Serial, "", "আরেকটি রেজিস্টার", "১"))).ShouldBeRejectedAsync())
            .ShouldContain("শুধু-ক্রমিকের একটি নথি আগে থেকেই আছে");

        // a past notice printed "স্মারক নং- ১১৬৫" is recorded first
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var past = await DraftAsync(new DateOnly(2020, 2, 3));
            var tracked = await db.Meetings.Include(x => x.Agenda).SingleAsync(x => x.Id == past.Id, Ct);
            await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssuePastAsync(tracked, new DateOnly(2020, 1, 28), "স্মারক নং- ১১৬৫", ct: Ct);
        }

        var m = await DraftAsync(Today.AddDays(10));
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var url = MinutesKit.Url(m.Id, "notice");
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync(url, Ct));
        page.ShouldContain($"<option value=\"{file.Id}\">প্রশাসন শাখার রেজিস্টার — পরবর্তী নম্বর ১১৬৪</option>");

        // five clicks at once: one notice, one number
        var tokens = new List<string>();
        for (var i = 0; i < 5; i++) tokens.Add(WebUtility.HtmlDecode(Token().Match(await editor.GetStringAsync(url, Ct)).Groups[1].Value));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = tokens.Select(token => Task.Run(async () =>
        {
            var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["IssuedOn"] = Iso(Today), ["MemoFileId"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            await start.Task;
            using var response = await editor.PostAsync(url + "?handler=Issue", new FormUrlEncodedContent(form), Ct);
            return response.StatusCode;
        })).ToList();
        start.SetResult();
        var statuses = await Task.WhenAll(posts);
        statuses.Count(s => s == HttpStatusCode.Redirect).ShouldBe(1);
        statuses.ShouldAllBe(s => (int)s < 500);
        var issued = await App.MeetingAsync(m.Id);
        issued.NoticeIssues.ShouldHaveSingleItem().MemoNumber.ShouldBe("1164");
        App.WithDb(db => db.IssuedMemos.Count(x => x.MemoFileId == file.Id)).ShouldBe(1);

        // the next one passes over ১১৬৫, which is on paper already
        var next = await DraftAsync(Today.AddDays(11));
        (await PostAsync(editor, MinutesKit.Url(next.Id, "notice") + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today), ["MemoFileId"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            MinutesKit.Url(next.Id, "notice"))).ShouldRedirectTo(MinutesKit.Url(next.Id, "notice"));
        (await App.MeetingAsync(next.Id)).NoticeIssues.Single().MemoNumber.ShouldBe("1166");
        var memo = await App.MemoAsync("1164");
        var pdf = await App.CreateClient().GetAsync(Protishruti.Web.Links.Memos.Document(MinutesKit.Office, memo.Id) + ".pdf", Ct);
        new PdfFile(await pdf.Content.ReadAsByteArrayAsync(Ct)).Text().ShouldContain("১১৬৪");
    }

    [Fact]
    public async Task The_amendment_and_the_cancellation_each_offer_the_memo_files_and_take_their_number_from_the_one_chosen()
    {
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        var u = BengaliDigits.ToBengali(Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (amendPrefix, cancelPrefix) = ($"সংশোধনী-{u}/", $"বাতিল-{u}/");
        (await PostAsync(admin, Files, FileForm(MemoFileStyle.Prefix, amendPrefix, $"সংশোধনীর নথি {u}", "৫১"))).ShouldRedirectTo(Files);
        (await PostAsync(admin, Files, FileForm(MemoFileStyle.Prefix, cancelPrefix, $"বাতিলের নথি {u}", "৭১"))).ShouldRedirectTo(Files);
        var (amendFile, cancelFile) = App.WithDb(db => (db.MemoFiles.Single(f => f.LabelBn == $"সংশোধনীর নথি {u}"), db.MemoFiles.Single(f => f.LabelBn == $"বাতিলের নথি {u}")));
        static string Id(MemoFile f) => f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var m = await DraftAsync(Today.AddDays(14));
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var url = MinutesKit.Url(m.Id, "notice");
        (await PostAsync(editor, url + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today) }, url)).ShouldRedirectTo(url);
        var noticeNumber = (await App.MeetingAsync(m.Id)).NoticeIssues.Single().MemoNumber;

        // both forms of the issued notice offer every active file, each picker with its own id
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync(url, Ct));
        page.ShouldContain("<select id=\"AmendMemoFileId\" name=\"MemoFileId\"");
        page.ShouldContain("<select id=\"CancelMemoFileId\" name=\"MemoFileId\"");
        Regex.Count(page, $"<option value=\"{Id(amendFile)}\"[^>]*>সংশোধনীর নথি {u} — পরবর্তী নম্বর ").ShouldBe(2);
        Regex.Count(page, "id=\"MemoFileId\"").ShouldBe(0); // the issue form is gone: no id twice on the page
        page.ShouldContain("<small id=\"AmendMemoFileId-hint\" class=\"muted\" style=\"display: block\">জারির সময় এই নথির পরবর্তী ক্রমিক নেওয়া হবে।</small>");
        page.ShouldNotContain("খসড়া দেখলে কোনো ক্রমিক"); // neither form has a draft to preview

        var version = Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        (await PostAsync(editor, url + "?handler=Amend", new()
        {
            ["Version"] = version, ["Input.Kind"] = "CharterCoordination", ["Input.Title"] = m.Title, ["Input.Date"] = Iso(Today.AddDays(15)),
            ["Input.Time"] = "15:00", ["Input.Venue"] = MinutesKit.Venue, ["AgendaText"] = "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ",
            ["Reason"] = "সভার তারিখ পরিবর্তন", ["IssuedOn"] = Iso(Today), ["MemoFileId"] = Id(amendFile),
        }, url)).ShouldRedirectTo(url);
        (await PostAsync(editor, url + "?handler=Cancel", new() { ["Reason"] = "অনিবার্য কারণবশত", ["IssuedOn"] = Iso(Today), ["MemoFileId"] = Id(cancelFile) }, url))
            .ShouldRedirectTo(url);

        var issues = (await App.MeetingAsync(m.Id)).NoticeIssues;
        issues.Select(i => i.MemoNumber).ShouldBe([noticeNumber, BengaliDigits.ToAscii(amendPrefix) + "51", BengaliDigits.ToAscii(cancelPrefix) + "71"]);
        App.WithDb(db => db.MemoFiles.Where(f => f.Id == amendFile.Id || f.Id == cancelFile.Id).Select(f => f.NextSerial).ToList()).ShouldBe([52, 72], ignoreOrder: true);
    }

    [Fact]
    public async Task A_prefix_file_prints_any_text_before_its_serial_and_a_prefix_ending_in_a_digit_is_refused()
    {
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        var u = Guid.NewGuid().ToString("N")[..4];
        var prefix = $"০৫.৪৪.৬৯৭০.০০০.০৬.০০১.২০- ২৬৭{BengaliDigits.ToBengali(Random.Shared.Next(10, 99).ToString(System.Globalization.CultureInfo.InvariantCulture))}/";
        var refused = WebUtility.HtmlDecode(await (await PostAsync(admin, Files, FileForm(MemoFileStyle.Prefix, "জেপ্রকা-২৬৭", $"ভুল উপসর্গ {u}", "১"))).ShouldBeRejectedAsync());
        refused.ShouldContain("উপসর্গের শেষে একটি বিভাজক");
        refused.ShouldContain("জেপ্রকা-২৬৭"); // what was typed is kept
        (await PostAsync(admin, Files, FileForm(MemoFileStyle.Prefix, prefix, $"স্থানীয় সরকার শাখা {u}", "১৬৫"))).ShouldRedirectTo(Files);
        var file = App.WithDb(db => db.MemoFiles.Single(f => f.LabelBn == $"স্থানীয় সরকার শাখা {u}"));
        WebUtility.HtmlDecode(await admin.GetStringAsync(Files, Ct)).ShouldContain(prefix + "১৬৫");

        var m = await DraftAsync(Today.AddDays(12));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tracked = await db.Meetings.Include(x => x.Agenda).SingleAsync(x => x.Id == m.Id, Ct);
        var done = await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssuePastAsync(tracked, Today, null, null, file.Id, Ct);
        done.Memo.Number.ShouldBe(BengaliDigits.ToAscii(prefix) + "165");
        done.Document.Memo.NumberText.ShouldBe(prefix + "১৬৫"); // printed as the office writes it, the space too
    }

    [Fact]
    public async Task Many_issues_at_once_from_a_bare_serial_file_get_distinct_consecutive_serials()
    {
        var office = await App.NewOfficeAsync();
        var fileId = await App.WithDbAsync(async db =>
        {
            var f = new MemoFile(office.Id, "", "রেজিস্টার", null, firstSerial: 1164, style: MemoFileStyle.Serial);
            db.MemoFiles.Add(f);
            await db.SaveChangesAsync(Ct);
            return f.Id;
        });
        var start = new TaskCompletionSource();
        var issuing = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await start.Task;
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MemoNumbers>().IssueAsync(office.Id, fileId, MemoDocumentKind.Letter, $"পত্র {i}");
        })).ToList();
        start.SetResult();
        var memos = await Task.WhenAll(issuing);
        memos.Select(m => m.Number).Order().ShouldBe(Enumerable.Range(1164, 24).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order());
        App.WithDb(db => db.MemoFiles.Single(f => f.Id == fileId).NextSerial).ShouldBe(1188);
    }

    [Fact]
    public void A_files_style_decides_how_its_numbers_read_and_is_fixed_once_a_memo_went_out()
    {
        new MemoFile(1, "", "রেজিস্টার", null, 1164, MemoFileStyle.Serial).NextNumber.ShouldBe("1164");
        new MemoFile(1, "স্মারক/জেপ্রকা/ ", "শাখা", null, 7, MemoFileStyle.Prefix).NextNumber.ShouldBe("স্মারক/জেপ্রকা/7");
        new MemoFile(1, "০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১", "শাখা", null, 769).NextNumber.ShouldBe("05.43.6900.006.32.001.21.769");
        Should.Throw<DomainException>(() => new MemoFile(1, "২৬৭", "শাখা", null, 1, MemoFileStyle.Prefix)).Field.ShouldBe("FileNumber");
        Should.Throw<DomainException>(() => new MemoFile(1, "  ", "শাখা", null, 1, MemoFileStyle.Prefix)).Field.ShouldBe("FileNumber");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class MemoFileStylesTests_Sqlite(SqliteApp app) : MemoFileStylesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MemoFileStylesTests_Postgres(PostgresApp app) : MemoFileStylesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
