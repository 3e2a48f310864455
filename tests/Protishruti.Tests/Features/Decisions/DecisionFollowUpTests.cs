using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Decisions;
using Protishruti.Web.Features.Meetings;

namespace Protishruti.Tests.Features.Decisions;

/// <summary>
/// Decision follow-up: a DC's minutes assign a decision to all its UNOs; a UNO marks its own progress with evidence;
/// the DC and the monitors above see it; the share is counted; the next meeting reviews it. Each test uses its own
/// fiscal quarter of dc-natore's meetings (long past), so counts do not mix.
/// </summary>
public abstract partial class DecisionFollowUpTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string UnoGroupLabel = "উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)";

    /// <summary>A small but real PDF: one empty page.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private sealed record Issued(int MeetingId, List<int> DecisionIds);

    /// <summary>Minutes of an office, issued through the domain as the minutes pages will: each decision for the given parties.</summary>
    private async Task<Issued> IssuedMeetingAsync(string officeCode, DateOnly date, MeetingKind kind, params Func<PartyCatalog, Party>[] decisions)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == officeCode);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office);
        var post = await db.Posts.Where(p => p.OfficeId == office.Id).Select(p => p.Id).FirstAsync();
        var m = new Meeting(office.Id, kind, $"সমন্বয় সভা {ManageTestKit.Unique()}", date, new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
        var item = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(Party.Office(office.Id, office.NameBn));
        m.IssueNotice("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.১৬.১", date.AddDays(-3), "editor");
        m.SetMinutesFrame("সভাপতি, অতিরিক্ত জেলা প্রশাসক", "সভাপতি সবাইকে স্বাগত জানান।", null, post);
        m.SetDiscussion(item, "সেবা বক্স হালনাগাদ নেই।");
        var i = 0;
        foreach (var who in decisions) m.AddDecision(item, $"সিদ্ধান্ত {BengaliDigits.ToBengali(++i)}: সেবা বক্স হালনাগাদ করতে হবে।", [who(catalog)]);
        m.IssueMinutes("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.১৬.২", date.AddDays(1), date.AddDays(1).ToDateTime(new TimeOnly(10, 0)), "editor", catalog.OfficesOf);
        db.Meetings.Add(m);
        await db.SaveChangesAsync();
        return new Issued(m.Id, m.Decisions.Select(d => d.Id).ToList());
    }

    protected virtual Task<HttpClient> LogInAsync(string user) => App.LoggedInAsync(user);

    protected virtual HttpClient Anonymous() => App.Browser();

    private static Party UnoGroup(PartyCatalog c) => c.Parse(c.Groups.Single(g => g.LabelBn == UnoGroupLabel).Key);

    private static Party Singra(PartyCatalog c) => c.Parse(c.Offices.Single(o => o.LabelBn.Contains("সিংড়া", StringComparison.Ordinal)).Key);

    private Task<int> OfficeIdAsync(string code) => App.WithDbAsync(db => db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    private Task<int> ProgressIdAsync(int decisionId, string officeCode) => App.WithDbAsync(db => db.Set<DecisionProgress>()
        .Where(p => p.DecisionId == decisionId && db.Offices.Any(o => o.Id == p.OfficeId && o.Code == officeCode)).Select(p => p.Id).SingleAsync());

    private Task<DecisionProgress> ProgressAsync(int id) => App.WithDbAsync(db => db.Set<DecisionProgress>().AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>The update form as a browser sends it: the fields, then (optionally) one file.</summary>
    private static async Task<HttpResponseMessage> PostProgressAsync(HttpClient client, string url, string status, string? note = null,
        string? reason = null, (byte[] Bytes, string Name, string Type)? file = null)
    {
        var page = await client.GetStringAsync(url);
        var token = TokenPattern().Match(page);
        token.Success.ShouldBeTrue("the page offers the form");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(status), "Status" },
            { new StringContent(reason ?? ""), "Reason" },
            { new StringContent(note ?? ""), "Note" },
        };
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(f.Type);
            content.Add(part, "Evidence", f.Name);
        }
        return await client.PostAsync(url, content);
    }

    private int StoredFileCount()
    {
        var dir = Path.Combine(DatabaseSetup.DataDirectory(App.Services.GetRequiredService<IConfiguration>()), "files");
        return Directory.Exists(dir) ? Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Length : 0;
    }

    [Fact]
    public async Task A_uno_marks_done_with_a_pdf_the_decision_its_dc_assigned_to_all_unos_and_the_dc_and_the_ministry_see_it()
    {
        var issued = await IssuedMeetingAsync("dc-natore", new DateOnly(2016, 8, 10), MeetingKind.CharterCoordination, UnoGroup);
        var progressId = await ProgressIdAsync(issued.DecisionIds[0], "uno-singra");
        var url = $"/offices/uno-singra/decisions/{progressId}";

        var uno = await LogInAsync("editor.uno-singra");
        var list = await uno.GetStringAsync("/offices/uno-singra/decisions?quarter=2016-1");
        list.ShouldContain("আমাদের উপর অর্পিত সিদ্ধান্তসমূহ");
        list.ShouldContain("সিদ্ধান্ত ১: সেবা বক্স হালনাগাদ করতে হবে।");
        list.ShouldContain($"/offices/dc-natore/meetings/{issued.MeetingId}");
        list.ShouldContain(url); // the edit link
        list.ShouldContain("মেয়াদোত্তীর্ণ"); // due at the end of the next quarter, long past

        var saved = await PostProgressAsync(uno, url, "Done", note: "সেবা বক্স হালনাগাদ করা হয়েছে", file: (Pdf, "হালনাগাদ.pdf", "application/pdf"));
        saved.ShouldRedirectTo(url);
        var progress = await ProgressAsync(progressId);
        progress.Status.ShouldBe(DecisionStatus.Done);
        progress.Note.ShouldBe("সেবা বক্স হালনাগাদ করা হয়েছে");
        progress.UpdatedBy.ShouldBe("editor.uno-singra");
        progress.Evidence.Count.ShouldBe(1);
        (await uno.GetStringAsync(url)).ShouldContain("অগ্রগতি সংরক্ষণ করা হয়েছে।");

        var dc = await LogInAsync("editor.dc-natore");
        var dcView = await dc.GetStringAsync("/offices/dc-natore/decisions?quarter=2016-1");
        dcView.ShouldContain("আমাদের সভার সিদ্ধান্তসমূহের বাস্তবায়ন");
        Regex.IsMatch(dcView, "সিংড়া[^<]*:\\s*<strong[^>]*>বাস্তবায়িত").ShouldBeTrue("the DC sees Singra's status");
        Regex.IsMatch(dcView, "লালপুর[^<]*:\\s*<strong[^>]*>শুরু হয়নি").ShouldBeTrue("and Lalpur's");
        dcView.ShouldContain($"/offices/uno-singra/decisions/{progressId}/evidence/0");

        // The convening office's editor reads the evidence too; the ministry's monitor, two levels up, as well.
        foreach (var reader in new[] { dc, await LogInAsync("monitor.mopa") })
        {
            var file = await reader.GetAsync($"{url}/evidence/0");
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            file.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"uno-singra-decision-{progressId}-evidence-1.pdf");
            (await file.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        }
        (await dc.GetAsync($"{url}/evidence/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await LogInAsync("editor.dco-bandarban")).GetAsync($"{url}/evidence/0")).ShouldBeDenied();
        (await Anonymous().GetAsync($"{url}/evidence/0")).ShouldAskToLogIn();
    }

    [Fact]
    public async Task Only_the_implementing_office_updates_its_row_and_anonymous_visitors_are_sent_to_log_in()
    {
        var issued = await IssuedMeetingAsync("dc-natore", new DateOnly(2015, 8, 10), MeetingKind.CharterCoordination, UnoGroup);
        var progressId = await ProgressIdAsync(issued.DecisionIds[0], "uno-singra");
        var url = $"/offices/uno-singra/decisions/{progressId}";

        // The convening office reads the row but has no form, and a post of its own is refused.
        var dc = await LogInAsync("editor.dc-natore");
        var page = await dc.GetStringAsync(url);
        page.ShouldNotContain("name=\"Status\"");
        page.ShouldContain("শুধু বাস্তবায়নকারী দপ্তরের");
        var post = await TestApp.PostFormAsync(dc, url, new() { ["Status"] = "Done" }); // with a valid token: refused for who it is
        post.ShouldBeDenied();
        (await dc.GetAsync("/account/access-denied")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProgressAsync(progressId)).Status.ShouldBe(DecisionStatus.NotStarted);
        (await dc.GetAsync("/offices/uno-singra/decisions")).ShouldBeDenied(); // a parent's editor is not a monitor of the UNO

        // The UNO's head (Approver) may.
        var head = await LogInAsync("head.uno-singra");
        (await PostProgressAsync(head, url, "InProgress", note: "কাজ চলছে")).ShouldRedirectTo(url);
        (await ProgressAsync(progressId)).Status.ShouldBe(DecisionStatus.InProgress);

        // Another UNO's row is not Singra's to touch: it is not found under Singra, and Lalpur's own URL is refused.
        var lalpur = await ProgressIdAsync(issued.DecisionIds[0], "uno-lalpur");
        (await head.GetAsync($"/offices/uno-singra/decisions/{lalpur}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.GetAsync($"/offices/uno-lalpur/decisions/{lalpur}")).ShouldBeDenied();

        // The ministry's monitor reads; nobody logged out does.
        (await (await LogInAsync("monitor.mopa")).GetStringAsync("/offices/uno-singra/decisions")).ShouldNotContain($"href=\"{url}\"");
        (await Anonymous().GetAsync("/offices/uno-singra/decisions")).ShouldAskToLogIn();
        (await Anonymous().GetAsync(url)).ShouldAskToLogIn();
    }

    [Fact]
    public async Task Dropped_without_a_reason_a_fake_pdf_and_a_50_MB_upload_are_refused_clearly_keeping_what_was_typed_and_storing_nothing()
    {
        var issued = await IssuedMeetingAsync("dc-natore", new DateOnly(2015, 11, 10), MeetingKind.CharterCoordination, Singra);
        var progressId = await ProgressIdAsync(issued.DecisionIds[0], "uno-singra");
        var url = $"/offices/uno-singra/decisions/{progressId}";
        var uno = await LogInAsync("editor.uno-singra");
        var files = StoredFileCount();

        var dropped = await (await PostProgressAsync(uno, url, "Dropped", note: "বাজেট নেই")).ShouldBeRejectedAsync();
        ManageTestKit.FieldError(dropped, "Reason").ShouldBe("সিদ্ধান্তটি কেন বাদ দেওয়া হলো তা লিখুন।");
        dropped.ShouldContain(">বাজেট নেই</textarea>");

        var fake = await (await PostProgressAsync(uno, url, "Done", note: "প্রমাণক সংযুক্ত",
            file: (Encoding.UTF8.GetBytes("this is only text, not a PDF"), "proof.pdf", "application/pdf"))).ShouldBeRejectedAsync();
        ManageTestKit.FieldError(fake, "Evidence")!.ShouldContain("PDF, JPEG, PNG, DOCX বা XLSX নয়");
        fake.ShouldContain(">প্রমাণক সংযুক্ত</textarea>");

        var big = new byte[50 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(big);
        var response = await PostProgressAsync(uno, url, "Done", note: "বড় ফাইল", file: (big, "scan.pdf", "application/pdf"));
        var html = await response.ShouldBeRejectedAsync();
        ManageTestKit.FieldError(html, "Evidence").ShouldBe(
            "ফাইলটি ১০ মেগাবাইটের বেশি, তাই কিছুই সংরক্ষণ করা হয়নি। ফাইলটি ছোট করে (যেমন কম রেজোলিউশনে স্ক্যান করে) আবার আপলোড করুন।");
        html.ShouldContain(">বড় ফাইল</textarea>");
        Regex.IsMatch(html, "value=\"Done\" checked").ShouldBeTrue("the chosen status is kept");

        var english = await LogInAsync("editor.uno-singra");
        var page = await english.GetStringAsync(url + "?lang=en");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Done"), "Status" } };
        content.Add(new ByteArrayContent(big), "Evidence", "scan.pdf");
        var en = await (await english.PostAsync(url + "?lang=en", content)).ShouldBeRejectedAsync();
        ManageTestKit.FieldError(en, "Evidence")!.ShouldStartWith("The file is larger than 10 MB, so nothing was saved.");

        var progress = await ProgressAsync(progressId);
        progress.Status.ShouldBe(DecisionStatus.NotStarted);
        progress.Note.ShouldBeNull();
        progress.Evidence.ShouldBeEmpty();
        StoredFileCount().ShouldBe(files);
    }

    [Fact]
    public async Task The_share_is_counted_per_meeting_office_quarter_committee_and_implementer_leaving_dropped_decisions_out()
    {
        var q = new FiscalYear(2015).Quarter(3); // January–March 2016
        var meeting = await IssuedMeetingAsync("dc-natore", new DateOnly(2016, 1, 12), MeetingKind.CharterCoordination, Singra, Singra, Singra, Singra);
        var committee = await IssuedMeetingAsync("dc-natore", new DateOnly(2016, 3, 3), MeetingKind.MonitoringCommittee, Singra);
        var uno = await LogInAsync("editor.uno-singra");
        async Task MarkAsync(int decisionId, string status, string? reason = null) =>
            (await PostProgressAsync(uno, $"/offices/uno-singra/decisions/{await ProgressIdAsync(decisionId, "uno-singra")}", status, reason: reason))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await MarkAsync(meeting.DecisionIds[0], "Done");
        await MarkAsync(meeting.DecisionIds[1], "InProgress");
        await MarkAsync(meeting.DecisionIds[3], "Dropped", "প্রযোজ্য নয়");
        await MarkAsync(committee.DecisionIds[0], "Done");

        var dc = await OfficeIdAsync("dc-natore");
        var singra = await OfficeIdAsync("uno-singra");
        await using var scope = App.Services.CreateAsyncScope();
        var shares = scope.ServiceProvider.GetRequiredService<ImplementationShares>();
        var perMeeting = await shares.ForMeetingAsync(meeting.MeetingId);
        perMeeting.ShouldBe(new ImplementationShare(1, 3));
        perMeeting.Percent.ShouldBe(33.3m);
        (await shares.ForOfficeAsync(dc, q)).ShouldBe(new ImplementationShare(2, 4));
        (await shares.ForOfficeAsync(dc, q.FiscalYear.Quarter(4))).ShouldBe(new ImplementationShare(0, 0));
        (await shares.ForCommitteeAsync(dc, CommitteeKind.CharterMonitoring, q)).ShouldBe(new ImplementationShare(1, 1));
        (await shares.ForCommitteeAsync(dc, CommitteeKind.Ethics, q)).Percent.ShouldBeNull();
        (await shares.ForImplementerAsync(singra, q)).ShouldBe(new ImplementationShare(2, 4));
        (await shares.ForOfficeByQuarterAsync(dc, q.FiscalYear)).Single(x => x.Quarter == q).Share.ShouldBe(new ImplementationShare(2, 4));

        // The same figures, as the domain counts them on the loaded meeting.
        var loaded = await App.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress)
            .AsSplitQuery().SingleAsync(m => m.Id == meeting.MeetingId));
        loaded.ImplementationShare.ShouldBe(perMeeting);

        var page = await (await LogInAsync("editor.dc-natore")).GetStringAsync("/offices/dc-natore/decisions?quarter=2015-3");
        page.ShouldContain("বাস্তবায়নের হার: <strong>২/৪ (৫০%)</strong>");
        page.ShouldContain("১/৩ (৩৩.৩%)");
        var dashboard = await uno.GetStringAsync("/dashboard/uno-singra");
        dashboard.ShouldContain("সিদ্ধান্ত বাস্তবায়ন");
        dashboard.ShouldContain("href=\"/offices/uno-singra/decisions\"");
        var own = await uno.GetStringAsync("/offices/uno-singra/decisions?quarter=2015-3");
        own.ShouldContain("বাস্তবায়িত ২টি, মোট ৪টির মধ্যে");
        var done = await uno.GetStringAsync("/offices/uno-singra/decisions?quarter=2015-3&status=Done");
        Regex.Count(done, "<tr").ShouldBe(3); // the head row and the two done
    }

    [Fact]
    public async Task The_next_meetings_review_item_lists_each_implementers_status_and_is_added_once()
    {
        var previous = await IssuedMeetingAsync("dc-natore", new DateOnly(2017, 1, 15), MeetingKind.CharterCoordination, UnoGroup);
        var uno = await LogInAsync("editor.uno-singra");
        (await PostProgressAsync(uno, $"/offices/uno-singra/decisions/{await ProgressIdAsync(previous.DecisionIds[0], "uno-singra")}", "Done"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dcId = await OfficeIdAsync("dc-natore");
        var next = await App.WithDbAsync(async db =>
        {
            var m = new Meeting(dcId, MeetingKind.CharterCoordination, "পরবর্তী ত্রৈমাসিক সমন্বয় সভা", new DateOnly(2017, 4, 20), new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
            m.AddAgendaItem("বিবিধ");
            db.Meetings.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        var url = $"/offices/dc-natore/decisions/review/{next}";

        (await (await LogInAsync("editor.uno-singra")).GetAsync(url)).ShouldBeDenied();
        var dc = await LogInAsync("editor.dc-natore");
        (await dc.GetStringAsync("/offices/dc-natore/decisions")).ShouldContain(url);
        (await dc.GetStringAsync(url)).ShouldContain($"/offices/dc-natore/meetings/{previous.MeetingId}");
        (await ManageTestKit.PostAsync(dc, url, [])).ShouldRedirectTo(url);
        (await ManageTestKit.PostAsync(dc, url, [])).ShouldRedirectTo(url); // again: still one

        var page = await dc.GetStringAsync(url);
        page.ShouldContain(Meeting.ReviewTitle);
        page.ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর: বাস্তবায়িত");
        page.ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, লালপুর, নাটোর: শুরু হয়নি");
        var agenda = await App.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.Agenda).SingleAsync(m => m.Id == next));
        agenda.Agenda.Select(a => a.Title).ShouldBe([Meeting.ReviewTitle, "বিবিধ"]);
        agenda.Agenda[0].Details!.ShouldContain("বাস্তবায়নের হার: ০/১");
    }

    [Fact]
    public async Task Assigned_decisions_come_in_pages_of_25_and_filters_are_kept_across_pages()
    {
        await IssuedMeetingAsync("dc-natore", new DateOnly(2014, 8, 10), MeetingKind.CharterCoordination, [.. Enumerable.Repeat<Func<PartyCatalog, Party>>(Singra, 26)]);
        var uno = await LogInAsync("editor.uno-singra");
        var first = await uno.GetStringAsync("/offices/uno-singra/decisions?quarter=2014-1&status=NotStarted");
        Regex.Count(first, "<tr").ShouldBe(26);
        first.ShouldContain("পাতা ১ / ২");
        first.ShouldContain("href=\"/offices/uno-singra/decisions?status=NotStarted&amp;quarter=2014-1&amp;p=2\"");
        var second = await uno.GetStringAsync("/offices/uno-singra/decisions?status=NotStarted&quarter=2014-1&p=2");
        Regex.Count(second, "<tr").ShouldBe(2);
        second.ShouldContain("সিদ্ধান্ত ২৬:");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class DecisionFollowUpTests_Sqlite(SqliteApp app) : DecisionFollowUpTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class DecisionFollowUpTests_Postgres(PostgresApp app) : DecisionFollowUpTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>
/// The same tests against the app on a real Kestrel port, where the request body limit is enforced (the in-memory
/// test server has none): the 50 MB upload still gets the page with its message, not a 413 or a reset connection.
/// </summary>
public sealed class DecisionFollowUpTests_Kestrel(KestrelSqliteApp app) : DecisionFollowUpTests<KestrelSqliteApp>(app), IClassFixture<KestrelSqliteApp>
{
    // Over a real socket the factory's client follows redirects whatever it is told; these clients do not, as the tests expect.
    protected override HttpClient Anonymous() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = App.ClientOptions.BaseAddress };

    protected override async Task<HttpClient> LogInAsync(string user)
    {
        var client = Anonymous();
        var response = await TestApp.PostFormAsync(client, "/account/login",
            new() { ["Input.UserName"] = user, ["Input.Password"] = Protishruti.Web.Demo.DemoData.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"log in as {user}");
        return client;
    }
}

public sealed class KestrelSqliteApp : TestApp
{
    public KestrelSqliteApp() => UseKestrel(0);

    public override Protishruti.Web.Data.DatabaseProvider Provider => Protishruti.Web.Data.DatabaseProvider.Sqlite;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(DataDirectory, "test.db")};Pooling=False"),
    ];
}
