using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Manage;

/// <summary>What the management and admin page tests share: unique data, form posts, uploads and the usual assertions.</summary>
public static partial class ManageTestKit
{
    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Posts a form the way a browser would, taking the antiforgery token from <paramref name="formPage"/> (default: the URL without its query).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null) =>
        TestApp.PostFormAsync(client, url, fields, formPage ?? url.Split('?')[0]);

    /// <summary>Uploads a file with a multipart form, as the import pages' forms do.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string fileName, string contentType, byte[] bytes,
        string? formPage = null, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(formPage ?? url.Split('?')[0]);
        var token = TokenPattern().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {formPage ?? url}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (k, v) in fields ?? []) content.Add(new StringContent(v), k);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(file, "Upload", fileName);
        return await client.PostAsync(url, content);
    }

    public static void ShouldBeDenied(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    public static void ShouldAskToLogIn(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    public static void ShouldRedirectTo(this HttpResponseMessage response, string pathAndQuery)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Why(response));
        var location = response.Headers.Location!;
        (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).ShouldBe(pathAndQuery);
    }

    /// <summary>When a form was expected to succeed but came back, its field errors say why.</summary>
    private static string Why(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect ? "" : ErrorsIn(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());

    /// <summary>A rejected form comes back as the page itself (200) with its messages.</summary>
    public static async Task<string> ShouldBeRejectedAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The text of the field errors on a page, for assertion messages.</summary>
    public static string ErrorsIn(string html) =>
        string.Join(" | ", ErrorPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    /// <summary>The error shown beside one field (the _FieldError partial), decoded; null when there is none.</summary>
    public static string? FieldError(string html, string field)
    {
        var m = Regex.Match(html, $"<p class=\"field-error\" id=\"{Regex.Escape(field.Replace('.', '_'))}-error\">([^<]*)</p>");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    /// <summary>Adds an office of its own for a test, optionally under a parent and with roles for users.</summary>
    public static async Task<Office> NewOfficeAsync(this TestApp app, string? parentCode = null, params (string User, OfficeRole Role)[] grants)
    {
        var u = Unique();
        return await app.WithDbAsync(async db =>
        {
            var office = new Office($"t-{u}", $"পরীক্ষা দপ্তর {u}", $"Test office {u}", OfficeKind.Other);
            if (parentCode is not null) office.MoveUnder(db.Offices.Single(o => o.Code == parentCode));
            db.Offices.Add(office);
            await db.SaveChangesAsync();
            foreach (var (user, role) in grants)
                db.RoleGrants.Add(new RoleGrant(db.Users.Single(x => x.UserName == user).Id, role, office.Id));
            await db.SaveChangesAsync();
            return office;
        });
    }

    /// <summary>Adds a post to an office directly, for tests that are about something else.</summary>
    public static Task<int> NewPostAsync(this TestApp app, string officeCode, string designationEn) =>
        app.WithDbAsync(async db =>
        {
            var office = db.Offices.Single(o => o.Code == officeCode);
            var post = new Post(office, $"পদ {designationEn}", designationEn);
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<p class=\"field-error\"[^>]*>([^<]*)</p>")]
    private static partial Regex ErrorPattern();
}
