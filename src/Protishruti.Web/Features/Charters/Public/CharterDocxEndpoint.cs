using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Protishruti.Web.Data;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>The current published charter as DOCX (in Bengali, whatever the reader's language), or a 404 in both languages.</summary>
public static class CharterDocxEndpoint
{
    public static void MapCharterDocx(this IEndpointRouteBuilder app) =>
        app.MapGet("/offices/{code}/charter.docx", async (string code, HttpContext http, AppDbContext db, TimeProvider time,
                CharterDocxFiles files, CancellationToken ct) =>
            {
                var office = await db.PublicOfficeAsync(code, ct);
                var charter = office is null ? null : await db.DocumentAsync(office, number: null, time.TodayInBangladesh(), withSubordinates: true, ct);
                if (charter is null)
                    return Results.Content(CharterPrints.Message("প্রকাশিত সেবা প্রদান প্রতিশ্রুতি নেই / No published Citizen Charter",
                            WebUtility.HtmlEncode(office is null ? "এই কোডের কোনো দপ্তর নেই।" : $"{office.NameBn} এখনো কোনো সেবা প্রদান প্রতিশ্রুতি প্রকাশ করেনি।"),
                            WebUtility.HtmlEncode(office is null ? "There is no office with this code." : $"{office.NameEn} has not published a Citizen Charter yet."),
                            $"<p><a href=\"{Links.Offices()}\">দপ্তরসমূহ / Offices</a></p>"),
                        "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status404NotFound);
                var (path, key) = await files.GetAsync(charter, ct);
                http.Response.Headers.CacheControl = "public, max-age=60";
                return Results.File(path, OfficialDocx.ContentType, CharterDocx.FileName(charter),
                    lastModified: File.GetLastWriteTimeUtc(path), entityTag: new EntityTagHeaderValue($"\"{key}\""));
            })
            .CacheOutput(PublicPages.Policy);
}

/// <summary>
/// The charter DOCX kept under DataDirectory/documents/charters, named by office and a hash of what it prints — the
/// version, the office's details, today's holders of its posts, the subordinates' services — so it is written once per
/// distinct content (at publish time by <see cref="CharterPdfPrerender"/>, else on the first request) and a transfer
/// gives a new file without a new version.
/// </summary>
public sealed class CharterDocxFiles(IConfiguration config)
{
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "documents", "charters");

    public static string Key(CharterDocument d)
    {
        var o = d.Office;
        var content = JsonSerializer.Serialize(new
        {
            Version = d.Version.Id,
            Office = new { o.Code, o.NameBn, o.NameEn, o.AddressBn, o.AddressEn, o.Phone, o.Email, o.Website },
            Contacts = d.Contacts.OrderBy(c => c.Key).Select(c => c.Value),
            d.Subordinates,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
    }

    public async Task<(string Path, string Key)> GetAsync(CharterDocument charter, CancellationToken ct)
    {
        var key = Key(charter);
        var prefix = $"{charter.Office.Code}-docx-";
        var path = Path.Combine(_root, $"{prefix}{key}.docx");
        if (File.Exists(path)) return (path, key);

        // The official text is Bengali: headings come from the Bengali resources whatever the reader chose.
        byte[] bytes;
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Ui.Bengali);
        try
        {
            bytes = CharterDocx.Write(charter);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        Directory.CreateDirectory(_root);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temp, bytes, ct);
        File.Move(temp, path, overwrite: true);
        foreach (var old in Directory.EnumerateFiles(_root, prefix + "*.docx")) // older contents, kept an hour for downloads in flight
            if (old != path && File.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddHours(-1))
                File.Delete(old);
        return (path, key);
    }
}
