using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Committees;
using Protishruti.Web.Infrastructure;
using Protishruti.Web;

namespace Protishruti.Tests.Features.Committees;

/// <summary>Committees: reconstitution by an issued office order, the head's certificate, who may do what, the public box.</summary>
public abstract class CommitteePagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string FileNumber = "05.43.6900.006.32.001.26";

    /// <summary>An office of its own under dc-natore (so monitor.mopa watches it), its five posts held, a memo file, and its editor and head.</summary>
    private async Task<(Office Office, int[] Posts, string FocalName)> NewOfficeAsync()
    {
        var office = await App.NewOfficeAsync("dc-natore", ("editor.dc-natore", OfficeRole.Editor), ("head.dc-natore", OfficeRole.Approver));
        var u = office.Code[2..];
        var focal = $"ফোকাল কর্মকর্তা {u}";
        var posts = await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id);
            (string Bn, string En, string Holder, string Phone)[] specs =
            [
                ("দপ্তর প্রধান", "Head", $"প্রধান {u}", "+880-1700-000001"),
                ("উপপরিচালক", "Deputy Director", focal, "+880-1711-223344"),
                ("সহকারী পরিচালক", "Assistant Director", $"বিকল্প {u}", "+880-1700-000003"),
                ("প্রশাসনিক কর্মকর্তা", "Administrative Officer", $"সচিব {u}", "+880-1700-000004"),
                ("হিসাবরক্ষক", "Accountant", $"সদস্য {u}", "+880-1700-000005"),
            ];
            var list = new List<Post>();
            for (var i = 0; i < specs.Length; i++)
            {
                var post = new Post(o, specs[i].Bn, specs[i].En);
                post.SetDetails(null, null, null, specs[i].Phone, $"p{i}.{u}@example.gov.bd", (i + 1) * 10);
                post.AssignHolder(new Person(specs[i].Holder, $"Holder {i} {u}"), new DateOnly(2020, 1, 1));
                db.Posts.Add(post);
                list.Add(post);
            }
            var file = new MemoFile(o.Id, FileNumber, "সাধারণ শাখা", "General");
            file.MakeDefault();
            db.MemoFiles.Add(file);
            await db.SaveChangesAsync();
            return list.Select(p => p.Id).ToArray();
        });
        return (office, posts, focal);
    }

    private static Dictionary<string, string> Form(int[] posts, params CommitteeRole[] roles)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < roles.Length; i++)
        {
            fields[$"Input.Seats[{i}].PostId"] = posts[i].ToString(CultureInfo.InvariantCulture);
            fields[$"Input.Seats[{i}].Role"] = roles[i].ToString();
        }
        fields[$"Input.Seats[{roles.Length}].PostId"] = ""; // a blank spare row is ignored
        fields[$"Input.Seats[{roles.Length}].Role"] = "";
        fields["Input.EffectiveFrom"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return fields;
    }

    private static readonly CommitteeRole[] Roles =
        [CommitteeRole.Convener, CommitteeRole.FocalPoint, CommitteeRole.AlternateFocalPoint, CommitteeRole.MemberSecretary, CommitteeRole.Member];

    private static DateOnly Today => TimeProvider.System.TodayInBangladesh();

    private int NextSerial(int officeId) => App.WithDb(db => db.MemoFiles.Single(f => f.OfficeId == officeId).NextSerial);

    [Fact]
    public async Task Reconstituting_issues_the_office_order_with_the_next_memo_number_and_its_pdf_names_the_members_and_focal_point()
    {
        var (office, posts, focal) = await NewOfficeAsync();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var url = $"/offices/{office.Code}/committees/monitoring/reconstitute";
        var before = NextSerial(office.Id);
        WebUtility.HtmlDecode(await editor.GetStringAsync(url)).ShouldContain(BengaliDigits.ToBengali($"{FileNumber}.{before}"));

        var fields = Form(posts, Roles);
        fields["Input.Note"] = "নতুন উপপরিচালক যোগদান করেছেন";
        var response = await TestApp.PostFormAsync(editor, url, fields);
        response.ShouldRedirectTo($"/offices/{office.Code}/committees#monitoring");

        NextSerial(office.Id).ShouldBe(before + 1);
        var memo = App.WithDb(db => db.IssuedMemos.Single(m => m.OfficeId == office.Id));
        memo.Number.ShouldBe($"{FileNumber}.{before}");
        memo.Kind.ShouldBe(MemoDocumentKind.OfficeOrder);
        memo.DocumentType.ShouldBe("office-order");
        var committee = App.WithDb(db => db.Committees.Include(c => c.Quarters).Include(c => c.Members).Single(c => c.OfficeId == office.Id));
        committee.Kind.ShouldBe(CommitteeKind.CharterMonitoring);
        committee.Quarters.ShouldHaveSingleItem().MemoNumber.ShouldBe(memo.Number);
        committee.Holding(CommitteeRole.FocalPoint, Today)!.PostId.ShouldBe(posts[1]);
        (await App.WithDbAsync(db => CommitteeQueries.ActedThisQuarterAsync(db, office.Id, FiscalQuarter.Of(Today)))).ShouldBeTrue();

        var pdf = await App.CreateClient().GetAsync(Links.Memos.Document(office.Code, memo.Id) + ".pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text();
        text.ShouldContain("অফিস আদেশ");
        text.ShouldContain(memo.NumberBn);
        text.ShouldContain(focal);
        text.ShouldContain("ফোকাল পয়েন্ট কর্মকর্তা");
        text.ShouldContain("বিকল্প ফোকাল পয়েন্ট কর্মকর্তা");
        text.ShouldContain("কমিটির কার্যপরিধি");
        text.ShouldContain("পরীক্ষা দপ্তর"); // the letterhead
        foreach (var name in new[] { "প্রধান", "বিকল্প", "সচিব", "সদস্য" })
            text.ShouldContain($"{name} {office.Code[2..]}");

        // This quarter is done: the form now proposes the first day of the next one.
        (await editor.GetStringAsync(url)).ShouldContain($"value=\"{FiscalQuarter.Of(Today).End.AddDays(1):yyyy-MM-dd}\"");

        // The workspace shows the members and this quarter's record, linked to the issued order.
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync($"/offices/{office.Code}/committees"));
        page.ShouldContain(focal);
        page.ShouldContain($"href=\"{Links.Memos.Document(office.Code, memo.Id)}\"");
        page.ShouldContain("পুনর্গঠিত (অফিস আদেশ)");
        page.ShouldContain("নতুন উপপরিচালক যোগদান করেছেন");
        page.ShouldContain("অফিস আদেশ জারি হয়েছে");
    }

    [Fact]
    public async Task A_rejected_reconstitution_keeps_what_was_typed_says_why_in_bengali_and_consumes_no_memo_number()
    {
        var (office, posts, _) = await NewOfficeAsync();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var url = $"/offices/{office.Code}/committees/monitoring/reconstitute";
        var before = NextSerial(office.Id);

        // Two focal points: the domain's rule, after the number was taken, rolled back.
        var fields = Form(posts, CommitteeRole.Convener, CommitteeRole.FocalPoint, CommitteeRole.FocalPoint, CommitteeRole.MemberSecretary, CommitteeRole.AlternateFocalPoint);
        fields["Input.Note"] = "লিখে রাখা টীকা";
        var html = WebUtility.HtmlDecode(await (await TestApp.PostFormAsync(editor, url, fields)).ShouldBeRejectedAsync());
        ManageTestKit.FieldError(html, "Input.Seats")!.ShouldContain("ঠিক একজন ফোকাল পয়েন্ট");
        html.ShouldContain("লিখে রাখা টীকা");
        html.ShouldContain($"<option value=\"{posts[2]}\" selected=\"selected\">");
        NextSerial(office.Id).ShouldBe(before);

        // A row with a post and no role, and a post outside the hierarchy: beside their rows.
        var other = App.WithDb(db => db.Posts.First(p => p.Office.Code == "dc-satkhira").Id);
        fields = Form(posts, Roles);
        fields["Input.Seats[4].Role"] = "";
        fields["Input.Seats[5].PostId"] = other.ToString(CultureInfo.InvariantCulture); // replaces the blank row
        fields["Input.Seats[5].Role"] = "Member";
        html = WebUtility.HtmlDecode(await (await TestApp.PostFormAsync(editor, url, fields)).ShouldBeRejectedAsync());
        ManageTestKit.FieldError(html, "Input.Seats[4].Role")!.ShouldContain("ভূমিকা বাছাই করুন");
        ManageTestKit.FieldError(html, "Input.Seats[5].PostId")!.ShouldContain("তালিকা থেকে বাছাই করুন");
        NextSerial(office.Id).ShouldBe(before);

        // A second order for a quarter that already has one: refused, and its number given back.
        (await TestApp.PostFormAsync(editor, url, Form(posts, Roles))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = WebUtility.HtmlDecode(await (await TestApp.PostFormAsync(editor, url, Form(posts, Roles))).ShouldBeRejectedAsync());
        again.ShouldContain("আগেই পুনর্গঠিত");
        NextSerial(office.Id).ShouldBe(before + 1);
        App.WithDb(db => db.IssuedMemos.Count(m => m.OfficeId == office.Id)).ShouldBe(1);
        App.WithDb(db => db.Committees.Include(c => c.Quarters).Single(c => c.OfficeId == office.Id).Quarters.Count).ShouldBe(1);

        // The focal point's post fell vacant: refused before any number is taken.
        await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).SingleAsync(p => p.Id == posts[1]);
            post.Vacate(Today.AddDays(-1));
            return await db.SaveChangesAsync();
        });
        var vacant = WebUtility.HtmlDecode(await (await TestApp.PostFormAsync(editor, url, Form(posts, Roles))).ShouldBeRejectedAsync());
        ManageTestKit.FieldError(vacant, "Input.Seats")!.ShouldContain("বর্তমানে শূন্য");
        NextSerial(office.Id).ShouldBe(before + 1);

        // "Add rows" posts back what was typed with three more rows, and issues nothing.
        fields = Form(posts, Roles);
        var more = WebUtility.HtmlDecode(await (await TestApp.PostFormAsync(editor, url + "?handler=AddRows", fields, url)).ShouldBeRejectedAsync());
        more.ShouldContain("name=\"Input.Seats[8].PostId\""); // five typed, one blank, three more
        more.ShouldNotContain("name=\"Input.Seats[9].PostId\"");
        more.ShouldContain($"<option value=\"{posts[1]}\" selected=\"selected\">");
        NextSerial(office.Id).ShouldBe(before + 1);
    }

    [Fact]
    public async Task The_head_certifies_the_committee_unchanged_the_editor_is_refused_and_a_stranger_is_asked_to_log_in()
    {
        var (office, posts, _) = await NewOfficeAsync();
        var lastQuarter = FiscalQuarter.Of(FiscalQuarter.Of(Today).Start.AddDays(-1));
        await App.WithDbAsync(async db =>
        {
            var c = new Committee(office.Id, CommitteeKind.CharterMonitoring);
            c.Reconstitute(posts.Zip(Roles, (p, r) => new Seat(p, r)).ToList(), lastQuarter.Start.AddDays(3), "০৫.৪৩.০০০.১", "test");
            db.Committees.Add(c);
            return await db.SaveChangesAsync();
        });
        var url = $"/offices/{office.Code}/committees/monitoring/certify";
        (await App.WithDbAsync(db => CommitteeQueries.ActedThisQuarterAsync(db, office.Id, FiscalQuarter.Of(Today)))).ShouldBeFalse();

        (await App.Browser().GetAsync(url)).ShouldAskToLogIn();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await editor.GetAsync(url)).ShouldBeDenied();
        var list = WebUtility.HtmlDecode(await editor.GetStringAsync($"/offices/{office.Code}/committees"));
        list.ShouldContain("করণীয়");
        list.ShouldNotContain(url); // only the head is offered the certificate
        (await TestApp.PostFormAsync(editor, url, new() { ["Note"] = "x" }, $"/offices/{office.Code}/committees")).ShouldBeDenied();

        var head = await App.LoggedInAsync("head.dc-natore");
        WebUtility.HtmlDecode(await head.GetStringAsync($"/offices/{office.Code}/committees")).ShouldContain(url);
        (await TestApp.PostFormAsync(head, url, new() { ["Note"] = "গঠন অপরিবর্তিত" })).ShouldRedirectTo($"/offices/{office.Code}/committees#monitoring");

        var record = App.WithDb(db => db.Committees.Include(c => c.Quarters).Single(c => c.OfficeId == office.Id).RecordFor(FiscalQuarter.Of(Today)));
        record!.Action.ShouldBe(CommitteeQuarterAction.CertifiedUnchanged);
        record.By.ShouldContain("head.dc-natore");
        record.Note.ShouldBe("গঠন অপরিবর্তিত");
        (await App.WithDbAsync(db => CommitteeQueries.ActedThisQuarterAsync(db, office.Id, FiscalQuarter.Of(Today)))).ShouldBeTrue();
        (await App.WithDbAsync(db => CommitteeQueries.ActedThisQuarterAsync(db, office.Id, FiscalQuarter.Of(Today), CommitteeKind.Ethics))).ShouldBeFalse();

        // The page now shows both kinds of evidence, each in its quarter, and no call to action for this committee.
        var page = WebUtility.HtmlDecode(await head.GetStringAsync($"/offices/{office.Code}/committees"));
        page.ShouldContain("অপরিবর্তিত মর্মে প্রত্যয়িত");
        page.ShouldContain("পুনর্গঠিত (অফিস আদেশ)");
        page.ShouldContain("প্রত্যয়নকারী:");
        page.ShouldNotContain("id=\"monitoring-todo\"");
        page.ShouldContain("id=\"ethics-todo\"");

        // Twice in a quarter: the domain's message, nothing stored.
        var html = WebUtility.HtmlDecode(await (await TestApp.PostFormAsync(head, url, new() { ["Note"] = "আবার" }, $"/offices/{office.Code}/committees/ethics/certify")).ShouldBeRejectedAsync());
        html.ShouldContain("আগেই অপরিবর্তিত মর্মে প্রত্যয়িত");
    }

    [Fact]
    public async Task A_monitor_of_an_ancestor_reads_the_committees_but_cannot_reconstitute_or_certify()
    {
        var (office, _, _) = await NewOfficeAsync();
        var monitor = await App.LoggedInAsync("monitor.mopa");
        var page = await monitor.GetAsync($"/offices/{office.Code}/committees");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি");
        html.ShouldNotContain("/reconstitute");
        (await monitor.GetAsync($"/offices/{office.Code}/committees/monitoring/reconstitute")).ShouldBeDenied();
        (await monitor.GetAsync($"/offices/{office.Code}/committees/ethics/certify")).ShouldBeDenied();
        (await App.Browser().GetAsync($"/offices/{office.Code}/committees")).ShouldAskToLogIn();
        (await (await App.LoggedInAsync("editor.dco-bandarban")).GetAsync($"/offices/{office.Code}/committees")).ShouldBeDenied();
        (await monitor.GetAsync($"/offices/{office.Code}/committees/board/certify")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_office_page_shows_the_focal_point_with_phone_and_the_current_office_order_and_nothing_without_a_committee()
    {
        var focal = await App.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.NameBn == "রুমানা চৌধুরী");
            person.SetPhoto("ab/abcdef.jpg");
            await db.SaveChangesAsync();
            return person.Id;
        });
        var client = App.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/offices/dc-natore"));
        html.ShouldContain($"<img src=\"/people/{focal}/photo\" alt=\"\" width=\"72\""); // the box's, not the posts table's
        html.ShouldContain("ফোকাল পয়েন্ট, বিকল্প ফোকাল পয়েন্ট ও কমিটি");
        html.ShouldContain("রুমানা চৌধুরী");
        html.ShouldContain("+৮৮০-৭১৮-৫১১৯৮৪");
        html.ShouldContain("মৌসুমী রহমান"); // the alternate
        html.ShouldContain("নৈতিকতা কমিটি");
        var natore = App.WithDb(db => db.Offices.Single(o => o.Code == "dc-natore").Id);
        var current = App.WithDb(db => db.Committees.Include(c => c.Quarters)
            .Single(c => c.OfficeId == natore && c.Kind == CommitteeKind.CharterMonitoring).RecordFor(FiscalQuarter.Of(Today))!.MemoNumber);
        var memo = App.WithDb(db => db.IssuedMemos.Single(m => m.OfficeId == natore && m.Number == current));
        html.ShouldContain($"href=\"{Links.Memos.Document("dc-natore", memo.Id)}.pdf\"");

        var (office, _, _) = await NewOfficeAsync();
        WebUtility.HtmlDecode(await client.GetStringAsync($"/offices/{office.Code}")).ShouldNotContain("ফোকাল পয়েন্ট, বিকল্প ফোকাল পয়েন্ট ও কমিটি");
    }

    [Fact]
    public async Task The_demo_offices_have_their_committees_with_both_kinds_of_quarter_record()
    {
        var head = await App.LoggedInAsync("head.uno-singra");
        var singra = WebUtility.HtmlDecode(await head.GetStringAsync("/offices/uno-singra/committees"));
        singra.ShouldContain("অপরিবর্তিত মর্মে প্রত্যয়িত");
        singra.ShouldContain("পুনর্গঠিত (অফিস আদেশ)");
        singra.ShouldContain("/offices/uno-singra/documents/");
        singra.ShouldNotContain("id=\"monitoring-todo\"");

        var natore = WebUtility.HtmlDecode(await (await App.LoggedInAsync("editor.dc-natore")).GetStringAsync("/offices/dc-natore/committees"));
        natore.ShouldContain("id=\"ethics-todo\""); // reconstituted last quarter: this quarter still to do
        natore.ShouldContain("/offices/dc-natore/committees/ethics/reconstitute");

        // In the fiscal years of the sample minutes.
        var years = App.WithDb(db => db.Committees.Include(c => c.Quarters)
            .Join(db.Offices, c => c.OfficeId, o => o.Id, (c, o) => new { o.Code, c })
            .ToList()
            .Where(x => x.c.Kind == CommitteeKind.CharterMonitoring)
            .ToDictionary(x => x.Code, x => x.c.Quarters.Select(q => q.FiscalYearStart).ToList()));
        years["dc-natore"].ShouldContain(2022);
        years["dc-satkhira"].ShouldContain(2020);
        years["dco-natore"].ShouldContain(2023);
    }
}

public sealed class CommitteePagesTests_Sqlite(SqliteApp app) : CommitteePagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class CommitteePagesTests_Postgres(PostgresApp app) : CommitteePagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
