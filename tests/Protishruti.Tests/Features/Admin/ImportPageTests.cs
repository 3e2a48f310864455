using System.Net;
using System.Text;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Admin;

public abstract class ImportPageTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Url = "/admin/import";

    private Task<HttpResponseMessage> Upload(HttpClient client, string csv, string fileName = "offices.csv", string type = "text/csv") =>
        UploadAsync(client, Url, fileName, type, Encoding.UTF8.GetBytes(csv));

    [Theory]
    [InlineData("officeadmin.dc-natore")]
    [InlineData("editor.dc-natore")]
    [InlineData("monitor.mopa")]
    public async Task Only_the_system_admin_may_import(string user)
    {
        var client = await App.LoggedInAsync(user);
        (await client.GetAsync(Url)).ShouldBeDenied();
        var u = Unique();
        var post = await UploadAsync(client, Url, "offices.csv", "text/csv",
            Encoding.UTF8.GetBytes($"code,name_bn,name_en,kind\nsneak-{u},লুকানো,Sneaky,other\n"), formPage: "/");
        post.ShouldBeDenied();
        App.WithDb(db => db.Offices.Any(o => o.Code == $"sneak-{u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        (await App.Browser().GetAsync(Url)).ShouldAskToLogIn();
    }

    [Fact]
    public async Task A_good_file_creates_offices_that_are_then_public()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("admin");
        var response = await Upload(client, $"""
            code,name_bn,name_en,kind,parent_code,address_bn,phone
            imp-{u},আমদানি জেলা অফিস {u},Imported district office {u},district,doc,"নাটোর, রাজশাহী",০৭৭১-৬২০০০
            imp-{u}-sub,আমদানি উপজেলা অফিস {u},Imported upazila office {u},upazila,imp-{u},,
            """);
        response.ShouldRedirectTo(Url);
        (await client.GetStringAsync(Url)).ShouldContain("দপ্তর আমদানি সম্পন্ন: ২টি নতুন, ০টি হালনাগাদ।");

        var page = await App.Browser().GetStringAsync($"/offices/imp-{u}-sub");
        page.ShouldContain($"আমদানি উপজেলা অফিস {u}");
        page.ShouldContain($"/offices/imp-{u}\"");
        (await App.Browser().GetStringAsync($"/offices/imp-{u}")).ShouldContain("নাটোর, রাজশাহী");
    }

    [Fact]
    public async Task A_posts_file_is_recognised_by_its_header()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("admin");
        var response = await Upload(client, $"""
            office_code,designation_bn,designation_en,holder_name_bn,holder_name_en,holder_from
            uno-singra,সহকারী প্রোগ্রামার {u},Assistant Programmer {u},সাকিব {u},Sakib {u},2024-01-01
            """, "posts.csv");
        response.ShouldRedirectTo(Url);
        (await client.GetStringAsync(Url)).ShouldContain("পদ আমদানি সম্পন্ন: ১টি নতুন");
        (await App.Browser().GetStringAsync("/offices/uno-singra")).ShouldContain($"সাকিব {u}");
    }

    [Fact]
    public async Task A_bad_row_imports_nothing_and_the_report_names_its_line_and_column()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("admin");
        var response = await Upload(client, $"""
            code,name_bn,name_en,kind,parent_code,email
            good-{u},ভালো অফিস,Good office,district,doc,
            bad-{u},খারাপ অফিস,Bad office,castle,doc,
            """);
        var html = await response.ShouldBeRejectedAsync();
        html.ShouldContain("কিছুই আমদানি করা হয়নি।");
        var row = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        row.ShouldContain("<td>৩</td>");
        row.ShouldContain("<code>kind</code>");
        row.ShouldContain("ধরন &#x27;castle&#x27; সঠিক নয়");
        App.WithDb(db => db.Offices.Any(o => o.Code == $"good-{u}")).ShouldBeFalse();

        await client.GetAsync("/?lang=en");
        var english = await (await Upload(client, $"code,name_bn,name_en,kind\nbad-{u},খারাপ,Bad,castle\n")).ShouldBeRejectedAsync();
        english.ShouldContain("Nothing was imported.");
        english.ShouldContain("Kind &#x27;castle&#x27; is not one of");
    }

    [Theory]
    [InlineData("photo.png", "image/png")]
    [InlineData("offices.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task A_file_that_is_not_CSV_is_refused_with_a_clear_message(string fileName, string type)
    {
        var client = await App.LoggedInAsync("admin");
        var response = await UploadAsync(client, Url, fileName, type, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Upload")!.ShouldStartWith($"'{fileName}' CSV ফাইল নয়।");
    }

    [Fact]
    public async Task A_CSV_that_is_not_UTF8_is_refused_before_it_garbles_Bengali()
    {
        var client = await App.LoggedInAsync("admin");
        var latin1 = Encoding.Latin1.GetBytes("code,name_bn,name_en,kind\ncafe,Caf\u00e9,Caf\u00e9,other\n");
        var response = await UploadAsync(client, Url, "offices.csv", "application/vnd.ms-excel", latin1);
        FieldError(await response.ShouldBeRejectedAsync(), "Upload")!.ShouldContain("ইউটিএফ-৮ টেক্সট নয়");

        var utf16 = Encoding.Unicode.GetBytes("code,name_bn,name_en,kind\n");
        var second = await UploadAsync(client, Url, "offices.csv", "text/csv", utf16);
        FieldError(await second.ShouldBeRejectedAsync(), "Upload")!.ShouldContain("ইউটিএফ-৮ টেক্সট নয়");
    }

    [Fact]
    public async Task A_file_over_five_megabytes_is_refused()
    {
        var client = await App.LoggedInAsync("admin");
        var big = new byte[(5 * 1024 * 1024) + 1];
        Array.Fill(big, (byte)'a');
        var response = await UploadAsync(client, Url, "big.csv", "text/csv", big);
        FieldError(await response.ShouldBeRejectedAsync(), "Upload").ShouldBe("ফাইলটি ৫ মেগাবাইটের বড়; কয়েকটি ছোট ফাইলে ভাগ করে আপলোড করুন।");
    }

    [Fact]
    public async Task Excels_label_for_a_csv_file_is_accepted()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("admin");
        var response = await UploadAsync(client, Url, "offices.CSV", "application/vnd.ms-excel",
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"code,name_bn,name_en,kind\nxl-{u},এক্সেল অফিস,Excel office,other\n")).ToArray());
        response.ShouldRedirectTo(Url);
        (await App.Browser().GetAsync($"/offices/xl-{u}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ImportPageTests_Sqlite(SqliteApp app) : ImportPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ImportPageTests_Postgres(PostgresApp app) : ImportPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
