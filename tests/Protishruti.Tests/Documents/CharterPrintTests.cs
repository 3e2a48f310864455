using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using static Protishruti.Tests.Infrastructure.CharterBuilder;

namespace Protishruti.Tests.Documents;

/// <summary>The printed charter: its PDF in three sizes, the print-ready page, the file cache and its ETag.</summary>
public abstract class CharterPrintTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The text without any whitespace: pdftotext breaks lines where the sheet does, and puts a space after below-base vowel signs (ADR 0013).</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private async Task<PdfFile> Pdf(string url, HttpClient? client = null)
    {
        var response = await (client ?? App.Browser()).GetAsync(url, Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 500)]));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return new PdfFile(body);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    [Fact]
    public async Task The_PDF_carries_the_office_its_services_both_dates_and_the_officers()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office, LayoutProfile.Field8, "জন্ম নিবন্ধন সনদ", "ওয়ারিশ সনদ প্রদান");

        var pdf = await Pdf($"/offices/{office.Code}/charter.pdf");

        var text = Squash(pdf.Text());
        foreach (var expected in (string[])["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", $"পরীক্ষা দপ্তর {office.Code}", "সেবা প্রদান প্রতিশ্রুতি (সিটিজেনস চার্টার)",
                     "জন্ম নিবন্ধন সনদ", "ওয়ারিশ সনদ প্রদান", "সবার জন্য দ্রুত সেবা", "স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", office.OfficerName, office.HeadName,
                     OfficialDate.BanglaLine(Today), OfficialDate.GregorianLine(Today), "সর্বশেষ হালনাগাদ", "সংস্করণ", "অভিযোগ প্রতিকার ব্যবস্থাপনা",
                     "৭ কর্মদিবস", $"http://localhost/offices/{office.Code}/charter"])
            text.ShouldContain(Squash(expected));
        pdf.PageSize.ShouldBe((595, 842)); // the A4 booklet by default
        pdf.Fonts.ShouldContain("NotoSerifBengali");
    }

    [Theory]
    [InlineData("a4", 595, 842)]
    [InlineData("a3", 1191, 842)]
    [InlineData("legal", 1008, 612)]
    public async Task Each_size_prints_on_its_sheet_and_has_a_print_ready_page(string size, int width, int height)
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);

        (await Pdf($"/offices/{office.Code}/charter.pdf?size={size}")).PageSize.ShouldBe((width, height));

        var page = await App.Browser().GetAsync($"/offices/{office.Code}/charter/print?size={size}", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("/css/print.css");
        html.ShouldContain($"size-{size}");
        html.ShouldContain("জন্ম নিবন্ধন সনদ");
        html.ShouldContain("<svg"); // the QR code, inline
    }

    [Fact]
    public async Task A_PDF_is_made_once_and_revalidated_with_its_ETag()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);
        var client = App.Browser();

        var first = await client.GetAsync($"/offices/{office.Code}/charter.pdf?size=legal", Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        first.Headers.CacheControl!.Public.ShouldBeTrue();

        var again = new HttpRequestMessage(HttpMethod.Get, $"/offices/{office.Code}/charter.pdf?size=legal");
        again.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(again, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        var files = App.Services.GetRequiredService<CharterPdfFiles>();
        files.RendersOf(office.Code).ShouldBe(1);
    }

    private string[] DocxFiles(string officeCode)
    {
        var dir = Path.Combine(DatabaseSetup.DataDirectory(App.Services.GetRequiredService<IConfiguration>()), "documents", "charters");
        return Directory.Exists(dir) ? Directory.GetFiles(dir, $"{officeCode}-docx-*.docx") : [];
    }

    [Fact]
    public async Task The_DOCX_is_written_once_per_content_revalidated_with_its_ETag_and_renewed_by_a_transfer()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);
        var client = App.Browser();
        var first = await client.GetAsync($"/offices/{office.Code}/charter.docx", Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        var again = new HttpRequestMessage(HttpMethod.Get, $"/offices/{office.Code}/charter.docx");
        again.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(again, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        DocxFiles(office.Code).Length.ShouldBe(1);

        await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).SingleAsync(p => p.Id == office.OfficerPostId, Ct);
            var successor = new Person("নতুন দায়িত্বপ্রাপ্ত কর্মকর্তা", "Newly posted officer");
            db.People.Add(successor);
            post.AssignHolder(successor, Today);
            return await db.SaveChangesAsync(Ct);
        });
        var after = await App.Browser().GetAsync($"/offices/{office.Code}/charter.docx", Ct);
        after.Headers.ETag.ShouldNotBe(etag);
        DocxFiles(office.Code).Length.ShouldBe(2); // the older one is kept an hour for downloads in flight
    }

    [Fact]
    public async Task A_transfer_changes_the_PDF_without_a_new_version()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);
        var before = await App.Browser().GetAsync($"/offices/{office.Code}/charter.pdf", Ct);
        Squash(new PdfFile(await before.Content.ReadAsByteArrayAsync(Ct)).Text()).ShouldContain(Squash(office.OfficerName));

        await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).SingleAsync(p => p.Id == office.OfficerPostId, Ct);
            var successor = new Person("নতুন যোগদানকারী কর্মকর্তা", "Newly joined officer");
            db.People.Add(successor);
            post.AssignHolder(successor, Today);
            return await db.SaveChangesAsync(Ct);
        });

        var after = await App.Browser().GetAsync($"/offices/{office.Code}/charter.pdf", Ct);
        after.Headers.ETag.ShouldNotBe(before.Headers.ETag);
        var text = Squash(new PdfFile(await after.Content.ReadAsByteArrayAsync(Ct)).Text());
        text.ShouldContain(Squash("নতুন যোগদানকারী কর্মকর্তা"));
        text.ShouldNotContain(Squash(office.OfficerName));
    }

    [Fact]
    public async Task Publishing_makes_the_PDFs_in_the_background_and_the_first_request_waits_for_them()
    {
        var office = await App.NewOfficeAsync();
        var prerender = App.Services.GetRequiredService<CharterPdfPrerender>();
        var files = App.Services.GetRequiredService<CharterPdfFiles>();
        (await App.Browser().GetAsync($"/offices/{office.Code}/charter.pdf", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // nothing published yet
        prerender.Enabled = true;
        try
        {
            await App.PublishCharterAsync(office);
            for (var i = 0; i < 100 && DocxFiles(office.Code).Length == 0; i++) await Task.Delay(100, Ct); // the DOCX comes first
            DocxFiles(office.Code).Length.ShouldBe(1);

            // Asked for at once: it joins the render in progress (or finds its file), it does not make another.
            foreach (var size in (string[])["a4", "a3", "legal"])
                (await Pdf($"/offices/{office.Code}/charter.pdf?size={size}")).Pages.ShouldBeGreaterThan(0);
        }
        finally
        {
            prerender.Enabled = false;
        }
        files.RendersOf(office.Code).ShouldBe(3);
    }

    [Fact]
    public async Task Two_hundred_services_a_long_cell_and_a_missing_officer_still_print_completely()
    {
        var office = await App.NewOfficeAsync();
        var longText = string.Concat(Enumerable.Repeat("দীর্ঘ বিবরণ ", 200))[..1990] + "শেষাংশ";
        await App.WriteCharterAsync(office.Id, d =>
        {
            d.SetVisionAndMission("সবার জন্য দ্রুত সেবা", null, "সময়মতো স্বচ্ছ সেবা", null);
            for (var i = 1; i <= 200; i++)
            {
                var s = AddService(d, ServiceCategory.Citizen, $"সেবা নম্বর {i}", office.OfficerPostId, office.HeadPostId);
                if (i == 100) s.AddDocument("দীর্ঘ ঠিকানার কাগজ", null, longText, null); // the field layout prints where to get it in its own column
            }
            d.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান");
        });
        // The responsible officer leaves: every service now has no one to name.
        await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).SingleAsync(p => p.Id == office.OfficerPostId, Ct);
            post.Vacate(Today.AddDays(-1));
            return await db.SaveChangesAsync(Ct);
        });

        var pdf = await Pdf($"/offices/{office.Code}/charter.pdf?size=legal");

        pdf.Pages.ShouldBeGreaterThan(10);
        var all = Squash(pdf.Text());
        all.ShouldContain(Squash("সেবা নম্বর 200"));
        all.ShouldContain("শেষাংশ");
        all.ShouldContain(Squash("পদটি বর্তমানে শূন্য"));
        all.ShouldNotContain(Squash(office.OfficerName));
        all.ShouldContain(Squash("অভিযোগ প্রতিকার ব্যবস্থাপনা")); // what follows the long table is there too
        // Every page of the services table starts with its heading row, and carries its number in Bengali digits.
        for (var p = 2; p < pdf.Pages - 1; p++)
        {
            var lines = pdf.Text(page: p).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Squash(string.Concat(lines)).ShouldContain(Squash("সেবার নাম"), Case.Sensitive, $"page {p}");
            lines.ShouldContain(BengaliDigits.ToBengali(p), $"page {p}");
        }
    }

    [Fact]
    public async Task An_office_without_a_published_charter_gets_a_404_page_and_a_bad_size_a_400_in_both_languages()
    {
        var office = await App.NewOfficeAsync();
        var client = App.Browser();

        foreach (var url in (string[])[$"/offices/{office.Code}/charter.pdf", $"/offices/{office.Code}/charter/print", "/offices/no-such-office/charter.pdf"])
        {
            var missing = await client.GetAsync(url, Ct);
            missing.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            var body = await missing.Content.ReadAsStringAsync(Ct);
            body.ShouldContain("পাওয়া যায়নি");
            body.ShouldContain("not found");
        }

        await App.PublishCharterAsync(office);
        var bad = await client.GetAsync($"/offices/{office.Code}/charter.pdf?size=b5", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = await bad.Content.ReadAsStringAsync(Ct);
        message.ShouldContain("কাগজের মাপ");
        message.ShouldContain("Use a4, a3 or legal");
        message.ShouldContain("b5"); // what was typed is shown back
    }

    [Fact]
    public async Task Without_Chromium_the_PDF_link_answers_503_in_both_languages_with_the_print_ready_page()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);
        await using var noChromium = App.WithWebHostBuilder(b => b.UseSetting("Documents:Chromium", "/nonexistent/chromium"));

        var response = await noChromium.CreateClient().GetAsync($"/offices/{office.Code}/charter.pdf?size=a3", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldContain("পিডিএফ তৈরি করা যাচ্ছে না");
        body.ShouldContain("PDFs cannot be made");
        body.ShouldContain($"/offices/{office.Code}/charter/print?size=a3");
        (await noChromium.CreateClient().GetAsync($"/offices/{office.Code}/charter/print?size=a3", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_public_charter_page_links_to_the_print_page_the_PDFs_and_the_DOCX()
    {
        var office = await App.NewOfficeAsync();
        await App.PublishCharterAsync(office);

        var page = await App.Browser().GetStringAsync($"/offices/{office.Code}/charter", Ct);

        foreach (var href in (string[])["/charter/print?size=a4", "/charter.pdf\"", "/charter.pdf?size=a3", "/charter.pdf?size=legal", "/charter.docx"])
            page.ShouldContain($"href=\"/offices/{office.Code}{href}");
    }
}

public sealed class CharterPrintTests_Sqlite(SqliteApp app) : CharterPrintTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class CharterPrintTests_Postgres(PostgresApp app) : CharterPrintTests<PostgresApp>(app), IClassFixture<PostgresApp>;
