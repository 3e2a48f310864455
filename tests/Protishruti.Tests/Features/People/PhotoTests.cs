using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Protishruti.Tests.Infrastructure;
using Protishruti.Tests.Web;

namespace Protishruti.Tests.Features.People;

public abstract partial class PhotoTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private int HolderOf(string office) => App.WithDb(db => db.Incumbencies
        .Where(i => i.Post.Office.Code == office && i.To == null).OrderBy(i => i.Post.SortOrder).Select(i => i.PersonId).First());

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string url, byte[] content, string fileName, string contentType)
    {
        var page = await client.GetStringAsync(url);
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task An_office_admin_sets_a_photo_and_the_public_page_shows_it()
    {
        var person = HolderOf("dc-natore");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await Upload(client, $"/offices/dc-natore/people/{person}/photo", FileStoreTests.Png, "me.png", "image/png");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await App.Browser().GetStringAsync("/offices/dc-natore")).ShouldContain($"/people/{person}/photo");
        var photo = await App.Browser().GetAsync($"/people/{person}/photo");
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(FileStoreTests.Png);
    }

    [Fact]
    public async Task A_file_named_png_that_is_not_an_image_is_refused_with_a_message()
    {
        var person = HolderOf("dc-natore");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await Upload(client, $"/offices/dc-natore/people/{person}/photo", "<script>alert(1)</script>"u8.ToArray(), "photo.png", "image/png");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("বিষয়বস্তু যাচাই করা হয়েছে");
    }

    [Fact]
    public async Task A_photo_over_the_limit_is_refused()
    {
        var person = HolderOf("dc-natore");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var big = new byte[2 * 1024 * 1024];
        FileStoreTests.Png.CopyTo(big, 0);
        var response = await Upload(client, $"/offices/dc-natore/people/{person}/photo", big, "big.png", "image/png");
        (await response.Content.ReadAsStringAsync()).ShouldContain("মেগাবাইটের বেশি");
    }

    [Theory]
    [InlineData("editor.dc-natore")]
    [InlineData("monitor.mopa")]
    [InlineData("officeadmin.dc-natore")] // but for a person of another office
    public async Task Others_may_not_change_a_photo(string user)
    {
        var office = user == "officeadmin.dc-natore" ? "uno-singra" : "dc-natore";
        var person = HolderOf(office);
        var client = await App.LoggedInAsync(user);
        var response = await client.GetAsync($"/offices/{office}/people/{person}/photo");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task A_person_is_managed_only_through_an_office_they_serve_in()
    {
        var person = HolderOf("uno-singra");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        (await client.GetAsync($"/offices/dc-natore/people/{person}/photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class PhotoTests_Sqlite(SqliteApp app) : PhotoTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class PhotoTests_Postgres(PostgresApp app) : PhotoTests<PostgresApp>(app), IClassFixture<PostgresApp>;
