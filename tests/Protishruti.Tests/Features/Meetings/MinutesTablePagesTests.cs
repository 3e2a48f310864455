using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Documents;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// The minutes' decision table as the office writes it (ADR 0035): 3, 4 or 5 columns with their headings, the serial
/// "১." / "০১" / "১", several decisions numbered "ক)" or "১।", free-text implementers that are printed but not followed up,
/// and line breaks and list lines typed in a cell kept in the print page, the PDF and the DOCX.
/// </summary>
public abstract class MinutesTablePagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private const string Multi = "সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে:\n১. ওয়েবসাইটে প্রকাশ\n২. সেবা বক্স তৈরি";
    private const string ForAll = "সকল কর্মকর্তা নির্ধারিত সময়ে অফিসে উপস্থিত থাকবেন।";
    private const string Written = "সংশ্লিষ্ট সকল কর্মকর্তা";

    private async Task<(string Html, string Pdf, string[] Docx)> PrintedAsync(int meetingId)
    {
        var meeting = await App.MeetingAsync(meetingId);
        var memo = await App.MemoAsync(meeting.MinutesMemoNumber!);
        var html = WebUtility.HtmlDecode(await App.Browser().GetStringAsync(Links.Memos.Document(MinutesKit.Office, memo.Id), Ct));
        var pdf = new PdfFile(await (await App.Browser().GetAsync(Links.Memos.DocumentPdf(MinutesKit.Office, memo.Id), Ct)).Content.ReadAsByteArrayAsync(Ct)).Text(layout: true);
        using var docx = new DocxReader(await (await App.Browser().GetAsync(Links.Memos.DocumentDocx(MinutesKit.Office, memo.Id), Ct)).Content.ReadAsByteArrayAsync(Ct));
        return (html, pdf, docx.Text.Split('\n'));
    }

    [Fact]
    public async Task A_three_column_minutes_prints_its_columns_keeps_line_breaks_and_follows_up_only_hierarchy_implementers()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync(minutes, Ct));
        editor.ShouldContain("লিখে দেওয়া বাস্তবায়নকারী শুধু কার্যবিবরণীতে ছাপা হয়");

        var form = MinutesForm(m, Multi, m.GroupKey, Iso(Today));
        form["Input.Columns"] = "3";
        form["Input.Serial"] = nameof(MinutesSerialStyle.Dot);
        form["Input.Numbering"] = nameof(DecisionNumbering.Letter);
        form["Input.Items[0].Discussion"] = "উপজেলা পর্যায়ে দুটি ঘাটতি পাওয়া গেছে:\n- ওয়েবসাইটে সেবা বক্স নেই\n- নাগরিক সনদ হালনাগাদ নয়";
        form["Input.Items[0].Decisions[1].Id"] = "0";
        form["Input.Items[0].Decisions[1].Text"] = ForAll;
        form["Input.Items[0].Decisions[1].WrittenImplementers"] = Written;
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);

        var meeting = await App.MeetingAsync(m.Id);
        meeting.MinutesState.ShouldBe(MinutesState.Issued);
        var tracked = meeting.Decisions.Single(d => d.Text == Multi);
        var untracked = meeting.Decisions.Single(d => d.Text == ForAll);
        tracked.Progress.ShouldNotBeEmpty();
        untracked.Implementers.Single().ShouldBe(Party.Text(Written));
        untracked.Progress.ShouldBeEmpty(); // nobody's inbox, no overdue

        var (html, pdf, docx) = await PrintedAsync(m.Id);
        var table = html[html.IndexOf("<table class=\"grid decisions", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Squash(table).ShouldContain(Squash("<th scope=\"col\">ক্রঃ নং</th><th scope=\"col\">আলোচনা</th><th scope=\"col\">সিদ্ধান্ত</th></tr>"));
        table.ShouldNotContain("বাস্তবায়নকারী");
        table.ShouldNotContain(Written);
        table.ShouldContain("<span class=\"line\">১.</span>");
        table.ShouldContain("<span class=\"line li\">ক) সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে:</span>");
        table.ShouldContain("<span class=\"line li\">১. ওয়েবসাইটে প্রকাশ</span>");
        table.ShouldContain("<span class=\"line li\">- নাগরিক সনদ হালনাগাদ নয়</span>");
        table.ShouldContain($"খ) {ForAll}");

        // the PDF: each typed line on a line of its own (the two list lines never share one)
        var pdfLines = pdf.Split('\n').Select(Squash).ToList();
        pdfLines.ShouldContain(l => l.Contains(Squash("১. ওয়েবসাইটে প্রকাশ"), StringComparison.Ordinal) && !l.Contains(Squash("সেবা বক্স তৈরি"), StringComparison.Ordinal));
        pdfLines.ShouldContain(l => l.Contains(Squash("২. সেবা বক্স তৈরি"), StringComparison.Ordinal));
        pdfLines.ShouldContain(l => l.Contains(Squash("- ওয়েবসাইটে সেবা বক্স নেই"), StringComparison.Ordinal) && !l.Contains(Squash("নাগরিক সনদ"), StringComparison.Ordinal));
        Squash(pdf).ShouldContain(Squash("ক্রঃ নং"));
        Squash(pdf).ShouldNotContain(Squash("বাস্তবায়নকারী"));

        // the DOCX: each typed line a paragraph of its own
        docx.ShouldContain("ক্রঃ নং");
        docx.ShouldContain("১.");
        docx.ShouldContain("ক) সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে:");
        docx.ShouldContain("১. ওয়েবসাইটে প্রকাশ");
        docx.ShouldContain("২. সেবা বক্স তৈরি");
        docx.ShouldContain("- নাগরিক সনদ হালনাগাদ নয়");
        docx.ShouldNotContain("বাস্তবায়নকারী");

        // the follow-up grid lists the hierarchy's decision only, and says why the other is not there
        var grid = WebUtility.HtmlDecode(await client.GetStringAsync(Links.Decisions.Assigned(MinutesKit.Office), Ct));
        var mine = grid[grid.IndexOf(m.Title, StringComparison.Ordinal)..];
        mine = mine[..mine.IndexOf("</article>", StringComparison.Ordinal)];
        mine.ShouldContain("সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করতে হবে");
        mine.ShouldNotContain(ForAll);
        mine.ShouldContain("১টি সিদ্ধান্তের বাস্তবায়নকারী শুধু লিখে দেওয়া");
    }

    [Fact]
    public async Task A_five_column_minutes_prints_the_subject_column_its_headings_and_decisions_numbered_as_chosen()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        var form = MinutesForm(m, "সেবা বক্স তৈরি করতে হবে।", m.GroupKey, Iso(Today));
        form["Input.Columns"] = "5";
        for (var h = 0; h < 5; h++) form[$"Input.Headings[{h}]"] = h == 4 ? "বাস্তবায়নে" : "";
        form["Input.Numbering"] = nameof(DecisionNumbering.Dari);
        form["Input.Items[0].Decisions[1].Id"] = "0";
        form["Input.Items[0].Decisions[1].Text"] = ForAll;
        form["Input.Items[0].Decisions[1].WrittenImplementers"] = Written;
        (await PostAsync(client, minutes + "?handler=issue", form, minutes)).ShouldRedirectTo(minutes);

        var (html, pdf, docx) = await PrintedAsync(m.Id);
        var table = html[html.IndexOf("<table class=\"grid decisions", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Squash(table).ShouldContain(Squash("<th scope=\"col\">ক্রঃ নং</th><th scope=\"col\">আলোচ্য বিষয়</th><th scope=\"col\">আলোচনা</th><th scope=\"col\">সিদ্ধান্ত</th><th scope=\"col\">বাস্তবায়নে</th>"));
        table.ShouldContain("<span class=\"line\">০১</span>");
        table.ShouldContain("<span class=\"line\">আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ</span>"); // in its own column, not a bold lead
        table.ShouldNotContain("<strong>");
        table.ShouldContain("১। সেবা বক্স তৈরি করতে হবে।");
        table.ShouldContain($"২। {ForAll}");
        table.ShouldContain($"২) {Written}"); // written-in implementers print with the others
        Squash(pdf).ShouldContain(Squash("বাস্তবায়নে"));
        Squash(pdf).ShouldContain(Squash("আলোচ্য বিষয়"));
        docx.ShouldContain("আলোচ্য বিষয়");
        docx.ShouldContain("বাস্তবায়নে");
        docx.ShouldContain("আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        docx.ShouldContain($"২) {Written}");
    }

    [Fact]
    public async Task A_rejected_table_keeps_what_was_typed_with_the_error_beside_the_field_and_saves_nothing()
    {
        var m = await App.NoticedMeetingAsync(Today.AddDays(-3));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var minutes = Url(m.Id, "minutes");
        var form = MinutesForm(m, Multi, m.GroupKey);
        form["Input.Columns"] = "5";
        for (var h = 0; h < 5; h++) form[$"Input.Headings[{h}]"] = h == 1 ? new string('ক', 61) : "";
        form["Input.Items[0].Decisions[0].WrittenImplementers"] = Written;
        var page = WebUtility.HtmlDecode(await (await PostAsync(client, minutes, form, minutes)).ShouldBeRejectedAsync());
        FieldError(page, "Input.Headings").ShouldNotBeNull().ShouldContain("কলামের শিরোনাম");
        page.ShouldContain($"value=\"{new string('ক', 61)}\"");
        page.ShouldContain(Written);
        page.ShouldContain("২. সেবা বক্স তৈরি");
        page.ShouldContain("<option value=\"5\" selected=\"selected\">");
        var meeting = await App.MeetingAsync(m.Id);
        meeting.MinutesColumns.ShouldBe(0);
        meeting.Decisions.ShouldBeEmpty();

        // another office's editor may not change it
        (await (await App.LoggedInAsync("editor.dco-bandarban")).GetAsync(minutes, Ct)).ShouldBeDenied();
    }
}

public sealed class MinutesTablePagesTests_Sqlite(SqliteApp app) : MinutesTablePagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MinutesTablePagesTests_Postgres(PostgresApp app) : MinutesTablePagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
