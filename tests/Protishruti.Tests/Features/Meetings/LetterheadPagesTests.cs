using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The letterhead lines an office keeps (ADR 0035) — a motto above, the body it belongs to under the government's line —
/// set by its office admin, and the branch line of a meeting set on the meeting's page: printed in that order on the
/// notice and the minutes, in HTML, PDF and DOCX.
/// </summary>
public abstract class LetterheadPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private const string Motto = "“সেবাই আমাদের অঙ্গীকার”";
    private const string ParentBody = "জনপ্রশাসন মন্ত্রণালয়ের অধীন মাঠ প্রশাসন";
    private const string Section = "সিপি-৩ শাখা";

    private static Dictionary<string, string> OfficeForm(Office o, string? parentLine, string? motto) => new()
    {
        ["Input.NameBn"] = o.NameBn, ["Input.NameEn"] = o.NameEn,
        ["Input.AddressBn"] = o.AddressBn ?? "", ["Input.AddressEn"] = o.AddressEn ?? "",
        ["Input.Phone"] = o.Phone ?? "", ["Input.Email"] = o.Email ?? "", ["Input.Website"] = o.Website ?? "",
        ["Input.MinistryCode"] = o.MinistryCode ?? "", ["Input.OfficeCode"] = o.OfficeCode ?? "", ["Input.GeoCode"] = o.GeoCode ?? "",
        ["Input.LetterheadParentLine"] = parentLine ?? "", ["Input.LetterheadMotto"] = motto ?? "",
    };

    private Office Load() => App.WithDb(db => db.Offices.AsNoTracking().Single(o => o.Code == MinutesKit.Office));

    private static string[] Expected(string officeName) => [Motto, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", ParentBody, officeName, Section, "natore.gov.bd"];

    private static void InOrder(string text, IEnumerable<string> lines)
    {
        var at = lines.Select(l => (Line: l, At: text.IndexOf(Squash(l), StringComparison.Ordinal))).ToList();
        at.Where(a => a.At < 0).Select(a => a.Line).ShouldBeEmpty();
        at.Select(a => a.At).ShouldBeInOrder();
    }

    [Fact]
    public async Task The_office_admin_keeps_letterhead_lines_that_every_notice_and_minutes_print_with_the_meetings_branch_line()
    {
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        var office = Load();

        // too long: the message beside the field, what was typed kept, nothing saved
        var tooLong = new string('ক', Protishruti.Domain.Offices.Office.MaxLetterheadLineLength + 1);
        var rejected = WebUtility.HtmlDecode(await (await PostAsync(admin, $"/offices/{MinutesKit.Office}/edit", OfficeForm(office, ParentBody, tooLong))).ShouldBeRejectedAsync());
        FieldError(rejected, "Input.LetterheadMotto").ShouldNotBeNull();
        rejected.ShouldContain($"value=\"{ParentBody}\"");
        Load().LetterheadParentLine.ShouldBeNull();

        (await PostAsync(admin, $"/offices/{MinutesKit.Office}/edit", OfficeForm(office, ParentBody, Motto))).ShouldRedirectTo($"/offices/{MinutesKit.Office}/edit");
        Load().LetterheadMotto.ShouldBe(Motto);
        Load().LetterheadParentLine.ShouldBe(ParentBody);
        App.WithDb(db => db.AuditEntries.AsNoTracking().Any(a => a.EntityType == nameof(Protishruti.Domain.Offices.Office) && a.After!.Contains("LetterheadMotto"))).ShouldBeTrue();

        // the editor writes the meeting's branch line on the meeting's page
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var m = await App.NoticedMeetingAsync(Today.AddDays(-2)); // its notice is issued; its minutes are still a draft
        var draft = await DraftAsync(Today.AddDays(5));
        var edit = Url(draft, "edit");
        var details = await App.MeetingAsync(draft);
        (await PostAsync(editor, edit, new()
        {
            ["Input.Kind"] = details.Kind.ToString(), ["Input.Title"] = details.Title, ["Input.Date"] = Iso(details.Date), ["Input.Time"] = "11:00",
            ["Input.Venue"] = details.Venue!, ["Input.Section"] = Section,
        })).ShouldRedirectTo(edit);
        (await App.MeetingAsync(draft)).Section.ShouldBe(Section);

        // the notice: the preview, then the issued PDF and DOCX
        var preview = WebUtility.HtmlDecode(await editor.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, draft, null), Ct));
        InOrder(Squash(Regex.Replace(preview, "<[^>]+>", "")), Expected(office.NameBn));
        (await PostAsync(editor, Url(draft, "notice") + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today) }, Url(draft, "notice"))).ShouldRedirectTo(Url(draft, "notice"));
        var memo = await App.MemoAsync((await App.MeetingAsync(draft)).NoticeIssues.Single().MemoNumber);
        var pdf = new PdfFile(await (await App.Browser().GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id) + ".pdf", Ct)).Content.ReadAsByteArrayAsync(Ct));
        InOrder(Squash(pdf.Text(layout: true)), Expected(office.NameBn));
        using (var docx = new DocxReader(await (await App.Browser().GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id) + ".docx", Ct)).Content.ReadAsByteArrayAsync(Ct)))
            InOrder(Squash(docx.Text), Expected(office.NameBn));

        // the minutes of another meeting: the branch line written in the minutes' page frame is theirs
        var minutes = Url(m.Id, "minutes");
        var form = MinutesForm(m, "সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে।", m.GroupKey);
        form["Input.Section"] = Section;
        (await PostAsync(editor, minutes, form)).ShouldRedirectTo(minutes);
        (await App.MeetingAsync(m.Id)).Section.ShouldBe(Section);
        var issue = MinutesForm(m, "সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে।", m.GroupKey, Iso(Today));
        issue["Input.Section"] = Section;
        issue["Input.Items[0].Decisions[0].Id"] = $"{(await App.MeetingAsync(m.Id)).Decisions.Single().Id}";
        (await PostAsync(editor, minutes + "?handler=issue", issue, minutes)).ShouldRedirectTo(minutes);
        var minutesPdf = new PdfFile(await (await App.CreateClient().GetAsync(Url(m.Id, "minutes.pdf"), Ct)).Content.ReadAsByteArrayAsync(Ct));
        InOrder(Squash(minutesPdf.Text(layout: true)), Expected(office.NameBn));

        // emptied, the lines leave the next document
        (await PostAsync(admin, $"/offices/{MinutesKit.Office}/edit", OfficeForm(Load(), null, null))).ShouldRedirectTo($"/offices/{MinutesKit.Office}/edit");
        var next = await DraftAsync(Today.AddDays(6));
        var plain = WebUtility.HtmlDecode(await editor.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, next, null), Ct));
        plain.ShouldNotContain(Motto);
        plain.ShouldNotContain(ParentBody);
    }

    [Fact]
    public async Task The_office_admin_prints_the_office_and_its_place_on_two_lines_and_may_leave_the_website_off()
    {
        var admin = await App.LoggedInAsync("officeadmin.dc-natore");
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var office = Load();
        var draft = await DraftAsync(Today.AddDays(7));
        const string twoLines = "জেলা প্রশাসকের কার্যালয়\nনাটোর";

        // before: the name on one line, the website printed
        var before = WebUtility.HtmlDecode(await editor.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, draft, null), Ct));
        before.ShouldContain($"<p class=\"office\">{office.NameBn}</p>");
        before.ShouldContain("natore.gov.bd");

        // three lines: the message beside the field, what was typed kept (the box too), nothing saved
        var form = OfficeForm(office, null, null);
        form["Input.LetterheadName"] = "জেলা প্রশাসকের কার্যালয়\nনাটোর\nরাজশাহী বিভাগ";
        form["Input.LetterheadHidesWebsite"] = "true";
        var rejected = WebUtility.HtmlDecode(await (await PostAsync(admin, $"/offices/{MinutesKit.Office}/edit", form)).ShouldBeRejectedAsync());
        FieldError(rejected, "Input.LetterheadName").ShouldNotBeNull().ShouldContain("দুই লাইনের");
        rejected.ShouldContain("রাজশাহী বিভাগ</textarea>");
        Regex.IsMatch(rejected, @"<input[^>]*checked=""checked""[^>]*name=""Input.LetterheadHidesWebsite""|<input[^>]*name=""Input.LetterheadHidesWebsite""[^>]*checked=""checked""").ShouldBeTrue();
        (Load().LetterheadName, Load().LetterheadHidesWebsite).ShouldBe((null, false));

        form["Input.LetterheadName"] = twoLines;
        (await PostAsync(admin, $"/offices/{MinutesKit.Office}/edit", form)).ShouldRedirectTo($"/offices/{MinutesKit.Office}/edit");
        (Load().LetterheadName, Load().LetterheadHidesWebsite).ShouldBe((twoLines, true));
        App.WithDb(db => db.AuditEntries.AsNoTracking().Any(a => a.EntityType == nameof(Protishruti.Domain.Offices.Office) && a.After!.Contains("LetterheadName"))).ShouldBeTrue();
        var edit = WebUtility.HtmlDecode(await admin.GetStringAsync($"/offices/{MinutesKit.Office}/edit", Ct));
        edit.ShouldContain("নাটোর</textarea>");

        // the notice's preview, PDF and DOCX: two lines, no website
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, draft, null), Ct));
        Squash(html).ShouldContain(Squash("<p class=\"office\">জেলা প্রশাসকের কার্যালয়</p><p class=\"office\">নাটোর</p>"));
        html.ShouldNotContain("natore.gov.bd");
        var pdf = new PdfFile(await (await editor.GetAsync(Links.Meetings.NoticeDraftFile(MinutesKit.Office, draft, "pdf"), Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true);
        var pdfLines = pdf.Split('\n').Select(l => l.Trim()).ToList();
        var at = pdfLines.IndexOf("জেলা প্রশাসকের কার্যালয়");
        at.ShouldBeGreaterThan(0);
        pdfLines[at + 1].ShouldBe("নাটোর");
        pdf.ShouldNotContain("natore.gov.bd");
        using (var docx = new DocxReader(await (await editor.GetAsync(Links.Meetings.NoticeDraftFile(MinutesKit.Office, draft, "docx"), Ct)).Content.ReadAsByteArrayAsync(Ct)))
        {
            var lines = docx.Text.Split('\n').Select(l => l.Trim()).ToList();
            var d = lines.IndexOf("জেলা প্রশাসকের কার্যালয়");
            d.ShouldBeGreaterThan(0);
            lines[d + 1].ShouldBe("নাটোর");
            docx.Text.ShouldNotContain("natore.gov.bd");
        }

        // emptied and unticked: the name on one line and the website again
        form["Input.LetterheadName"] = "";
        form.Remove("Input.LetterheadHidesWebsite");
        (await PostAsync(admin, $"/offices/{MinutesKit.Office}/edit", form)).ShouldRedirectTo($"/offices/{MinutesKit.Office}/edit");
        var after = WebUtility.HtmlDecode(await editor.GetStringAsync(Links.Meetings.NoticePreview(MinutesKit.Office, draft, null), Ct));
        after.ShouldContain($"<p class=\"office\">{office.NameBn}</p>");
        after.ShouldContain("natore.gov.bd");
    }

    [Fact]
    public async Task Only_the_office_admin_sets_the_letterhead()
    {
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await editor.GetAsync($"/offices/{MinutesKit.Office}/edit", Ct)).ShouldBeDenied();
        Load().LetterheadMotto.ShouldBeNull();
    }

    private async Task<int> DraftAsync(DateOnly date)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == MinutesKit.Office, Ct);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office, Ct);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, $"সেবা প্রদান প্রতিশ্রুতি বিষয়ক সভা {Guid.NewGuid().ToString("N")[..6]}", date,
            new TimeOnly(11, 0), Venue, null);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        db.Meetings.Add(m);
        await db.SaveChangesAsync(Ct);
        return m.Id;
    }
}

public sealed class LetterheadPagesTests_Sqlite(SqliteApp app) : LetterheadPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class LetterheadPagesTests_Postgres(PostgresApp app) : LetterheadPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
