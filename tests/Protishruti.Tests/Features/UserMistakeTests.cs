using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Features.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features;

/// <summary>
/// A user's mistake gets the form back with a message beside the field and what was typed, never a server error
/// (issue 15): far dates, a tampered choice, invisible names, a charter file without rows, an import that would loop
/// the hierarchy, a form the server could not read.
/// </summary>
public abstract class UserMistakeTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string NewMeeting = "/offices/dc-natore/meetings/new";

    private static Dictionary<string, string> MeetingForm(string title, string date, string kind = "CharterCoordination") => new()
    {
        ["Input.Kind"] = kind, ["Input.Title"] = title, ["Input.Date"] = date, ["Input.Time"] = "11:00", ["Input.Venue"] = "সম্মেলন কক্ষ",
    };

    private int MeetingsTitled(string title) => App.WithDb(db => db.Meetings.Count(m => m.Title == title));

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("১৯০০-০১-০১")]
    public async Task A_meeting_dated_outside_the_calendar_is_refused_beside_its_date_with_the_date_kept(string date)
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var title = $"দূরের সভা {Unique()}";

        var html = await (await PostAsync(client, NewMeeting, MeetingForm(title, date))).ShouldBeRejectedAsync();

        FieldError(html, "Input.Date").ShouldNotBeNull();
        html.ShouldContain($"value=\"{date}\"");
        MeetingsTitled(title).ShouldBe(0);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("99")]
    [InlineData("")]
    public async Task A_tampered_meeting_kind_is_refused_not_saved_as_the_first_kind(string kind)
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var title = $"ধরনহীন সভা {Unique()}";

        var html = await (await PostAsync(client, NewMeeting, MeetingForm(title, "2026-12-20", kind))).ShouldBeRejectedAsync();

        FieldError(html, "Input.Kind").ShouldBe("সভার ধরন বেছে নিন।");
        html.ShouldContain(title);
        MeetingsTitled(title).ShouldBe(0);
    }

    [Fact]
    public async Task A_designation_made_only_of_zero_width_characters_is_refused()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var en = $"Invisible {Unique()}";

        var html = await (await PostAsync(client, "/offices/dc-natore/posts", new()
        {
            ["Input.DesignationBn"] = "\u200B\u200C\u200D", ["Input.DesignationEn"] = en, ["Input.SortOrder"] = "10",
        })).ShouldBeRejectedAsync();

        FieldError(html, "Input.DesignationBn").ShouldNotBeNull();
        App.WithDb(db => db.Posts.Count(p => p.DesignationEn == en)).ShouldBe(0);
    }

    [Fact]
    public async Task A_charter_file_with_only_its_header_is_refused_and_the_draft_keeps_its_services()
    {
        var o = await App.NewEditorOfficeAsync();
        await App.WriteCharterAsync(o.Office.Id, draft =>
        {
            draft.SetVisionAndMission("সবার জন্য দ্রুত সেবা", "Fast service for all", "সময়মতো স্বচ্ছ সেবা", "Transparent service on time");
            CharterBuilder.AddService(draft, ServiceCategory.Citizen, "জন্ম নিবন্ধন সনদ", o.OfficerPost, o.HeadPost);
        }, publish: false);
        var export = await App.Browser().GetStringAsync("/offices/dc-natore/charter.csv");
        var header = export.Split('\n')[0].TrimEnd('\r') + "\n";
        var client = await App.LoggedInAsync(CharterEditorKit.Editor);

        var html = await (await UploadAsync(client, $"/offices/{o.Code}/charter/draft/import", "charter.csv", "text/csv",
            Encoding.UTF8.GetBytes(header))).ShouldBeRejectedAsync();

        WebUtility.HtmlDecode(html).ShouldContain("কোনো সেবার সারি নেই");
        (await App.OpenVersionAsync(o))!.Services.Select(s => s.NameBn).ShouldBe(["জন্ম নিবন্ধন সনদ"]);
    }

    [Fact]
    public async Task An_office_import_that_would_put_an_office_under_its_own_subordinate_names_the_row()
    {
        var top = await Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var below = await Manage.ManageTestKit.NewOfficeAsync(App, top.Code);
        var client = await App.LoggedInAsync("admin");
        var csv = $"code,name_bn,name_en,kind,parent_code\n{top.Code},{top.NameBn},{top.NameEn},other,{below.Code}\n";

        var html = WebUtility.HtmlDecode(await (await UploadAsync(client, "/admin/import", "offices.csv", "text/csv", Encoding.UTF8.GetBytes(csv)))
            .ShouldBeRejectedAsync());

        html.ShouldContain("নিজের অধীন দপ্তরের অধীনে রাখা যায় না");
        html.ShouldContain("parent_code");
        App.WithDb(db => db.Offices.Single(x => x.Id == top.Id).ParentId).ShouldBe(top.ParentId);
    }

    [Fact]
    public async Task The_report_form_refuses_a_tampered_indicator_and_an_impossible_figure_without_a_server_error()
    {
        var office = await Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore", ("editor.dc-natore", Protishruti.Domain.Access.OfficeRole.Editor));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var url = $"/offices/{office.Code}/monitoring/2024-25/q1";
        (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK); // the editor's visit opens the report
        var manual = await Monitoring.Review.ReviewKit.ManualIndicatorAsync(App);
        var computed = App.WithDb(db => db.Set<Protishruti.Domain.Monitoring.PlanIndicator>()
            .First(i => i.ActionPlanId == manual.ActionPlanId && i.Source != Protishruti.Domain.Monitoring.AchievementSource.Manual).Id);
        // As the browser sends the row's form: multipart, the file last (none chosen here).
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(url),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        async Task<HttpResponseMessage> Enter(string indicatorId, string achieved)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(indicatorId), "IndicatorId" },
                { new StringContent(achieved), "Achieved" }, { new StringContent("টীকা"), "Remarks" },
            };
            return await client.PostAsync(url + "?handler=entry", form);
        }

        foreach (var tampered in new[] { "abc", "-1", "99999999999", $"{computed}", "" })
            (await Enter(tampered, "1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, tampered);
        var html = await (await Enter($"{manual.Id}", "99999999999")).ShouldBeRejectedAsync();
        FieldError(html, $"Row{manual.Id}.Achieved").ShouldBe("অর্জন সর্বোচ্চ ৯৯,৯৯,৯৯৯ হতে পারে।");
        html.ShouldContain("value=\"99999999999\"");
        App.WithDb(db => db.ProgressReports.Where(r => r.OfficeId == office.Id).SelectMany(r => r.Entries).Count(e => e.Remarks == "টীকা")).ShouldBe(0);
    }

    [Fact]
    public async Task A_posted_field_named_code_does_not_choose_what_the_error_page_says()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");

        var response = await TestApp.PostFormAsync(client, "/offices/dc-natore/meetings/999999999/notice?handler=Issue",
            new() { ["code"] = "200", ["IssuedOn"] = "2026-12-01" }, "/offices/dc-natore/meetings/manage");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("পাতাটি খুঁজছেন তা পাওয়া যায়নি");
    }

    [Fact]
    public async Task A_form_the_server_cannot_read_is_a_bad_request_page_not_a_server_error()
    {
        var client = await App.LoggedInAsync("admin");
        await client.GetStringAsync("/admin/import"); // the antiforgery cookie, as a browser would have it
        using var broken = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n404"u8.ToArray());
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await client.PostAsync("/admin/import", broken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("অনুরোধটি সঠিক নয়");
    }
}

public sealed class UserMistakeTests_Sqlite(SqliteApp app) : UserMistakeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class UserMistakeTests_Postgres(PostgresApp app) : UserMistakeTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>The app on a real Kestrel port, which enforces request size limits as production does (the in-memory test server does not).</summary>
public sealed class KestrelApp : TestApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(DataDirectory, "kestrel.db")};Pooling=False"),
    ];

    public Uri Address { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client over the network to the real port, keeping cookies, not following redirects.</summary>
    public async Task<HttpClient> LoggedInOverTheNetworkAsync(string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = Address };
        var login = await PostFormAsync(client, "/account/login", new() { ["Input.UserName"] = user, ["Input.Password"] = Protishruti.Web.Demo.DemoData.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }
}

/// <summary>Uploads over the server's request limit, on a real Kestrel port.</summary>
public sealed class UploadLimitTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Theory]
    [InlineData("/admin/import")]
    [InlineData("/admin/holidays")]
    public async Task An_upload_over_the_request_limit_gets_the_bilingual_size_page_not_a_server_error(string url)
    {
        using var client = await app.LoggedInOverTheNetworkAsync("admin");
        var page = await client.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[40 * 1024 * 1024]), "Upload", "offices.csv" },
        };

        using var response = await client.PostAsync(url, content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("ফাইলটি অনেক বড়");
        html.ShouldContain("too large; nothing was saved");
    }

    [Fact]
    public async Task An_upload_over_the_files_limit_but_within_the_request_limit_comes_back_with_the_message_beside_the_field()
    {
        using var client = await app.LoggedInOverTheNetworkAsync("admin");
        var page = await client.GetStringAsync("/admin/import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[8 * 1024 * 1024]), "Upload", "offices.csv" },
        };

        using var response = await client.PostAsync("/admin/import", content);

        FieldError(await response.ShouldBeRejectedAsync(), "Upload").ShouldBe("ফাইলটি ৫ মেগাবাইটের বড়; কয়েকটি ছোট ফাইলে ভাগ করে আপলোড করুন।");
    }
}
