using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Charters;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Features.Meetings;
using Protishruti.Tests.Features.Monitoring.Review;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Tests.Features;

/// <summary>
/// Every official transition happens exactly once (issue 15, ADR 0033): five people (or five clicks) posting the same
/// form at the same moment — real parallel requests through the app, each with a valid antiforgery token — make one
/// transition: one memo serial, one frozen document, one set of e-mails, one history step. The other four get the page
/// with a message saying it was already done, never a 500.
/// </summary>
public abstract partial class ExactlyOnceTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const int Racers = 5;
    private const string Natore = MinutesKit.Office;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Outcome(HttpStatusCode Status, string Body)
    {
        public bool Won => Status == HttpStatusCode.Redirect;
    }

    /// <summary>
    /// Reads the form page once per racer (each gets its token as a browser tab would), then releases every POST at
    /// the same moment and waits for all of them.
    /// </summary>
    private static async Task<Outcome[]> RaceAsync(HttpClient client, string url, string formPage, Func<Dictionary<string, string>> fields)
    {
        var tokens = new List<string>();
        for (var i = 0; i < Racers; i++)
            tokens.Add(WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync(formPage, Ct)).Groups[1].Value));
        tokens.ShouldAllBe(t => t.Length > 0, $"no antiforgery token on {formPage}");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = tokens.Select(token => Task.Run(async () =>
        {
            var form = fields();
            form["__RequestVerificationToken"] = token;
            await start.Task;
            using var response = await client.PostAsync(url, new FormUrlEncodedContent(form), Ct);
            return new Outcome(response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(posts);
    }

    /// <summary>One request won (redirected); none failed; every other one shows the page with one of the "already" messages.</summary>
    private static void ExactlyOneWon(Outcome[] outcomes, params string[] alreadyMessages)
    {
        outcomes.Where(o => (int)o.Status >= 500).ShouldBeEmpty("a request of the race failed with a server error");
        outcomes.Count(o => o.Won).ShouldBe(1, string.Join("\n", outcomes.Select(o => $"{(int)o.Status}: {Excerpt(o.Body)}")));
        foreach (var loser in outcomes.Where(o => !o.Won))
        {
            loser.Status.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict);
            alreadyMessages.Any(loser.Body.Contains).ShouldBeTrue($"the loser's page says none of: {string.Join(" / ", alreadyMessages)}\n{Excerpt(loser.Body)}");
        }
    }

    private static string Excerpt(string html)
    {
        var errors = ManageTestKit.ErrorsIn(html);
        var summary = Regex.Match(html, "<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline).Groups[1].Value;
        return $"{summary} | {errors} | {Regex.Match(html, "class=\"(error-summary|alert)[^\"]*\"[^>]*>(.*?)</", RegexOptions.Singleline).Groups[2].Value}";
    }

    private Task<int> NextSerialsAsync(int officeId) =>
        App.WithDbAsync(db => db.MemoFiles.Where(f => f.OfficeId == officeId).SumAsync(f => f.NextSerial, Ct));

    private Task<int> OfficeIdAsync(string code) => App.WithDbAsync(db => db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct));

    private Task<List<IssuedMemo>> MemosTitledAsync(int officeId, string titleFragment) =>
        App.WithDbAsync(db => db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == officeId && m.Title.Contains(titleFragment)).ToListAsync(Ct));

    // ---- meetings: notice, amendment, cancellation, minutes, corrigendum --------------------------------------------------

    /// <summary>A draft notice of dc-natore ten days ahead: one agenda item, every UNO office invited.</summary>
    private async Task<(int Id, string Title)> DraftMeetingAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == Natore, Ct);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office, Ct);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var title = $"একবারের সভা {ManageTestKit.Unique()}";
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, title, Today.AddDays(10), new TimeOnly(11, 0), MinutesKit.Venue, null);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        db.Meetings.Add(m);
        await db.SaveChangesAsync(Ct);
        return (m.Id, title);
    }

    private static string NoticeUrl(int id) => $"/offices/{Natore}/meetings/{id}/notice";

    private Task<Meeting> MeetingAsync(int id) => App.MeetingAsync(id);

    private Task<int> MailOfAsync(int meetingId) =>
        App.WithDbAsync(db => db.Outbox.CountAsync(m => m.Source != null && m.Source.StartsWith($"meeting:{meetingId}:"), Ct));

    [Fact]
    public async Task Five_simultaneous_issues_of_a_notice_issue_it_once_with_one_memo_number_one_document_and_one_set_of_emails()
    {
        var (id, title) = await DraftMeetingAsync();
        var office = await OfficeIdAsync(Natore);
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var before = await NextSerialsAsync(office);

        var outcomes = await RaceAsync(editor, NoticeUrl(id) + "?handler=Issue", NoticeUrl(id), () => new() { ["IssuedOn"] = Iso(Today) });

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে", "নোটিশ আগেই জারি হয়েছে");
        (await NextSerialsAsync(office)).ShouldBe(before + 1);
        var meeting = await MeetingAsync(id);
        meeting.NoticeState.ShouldBe(NoticeState.Issued);
        var issue = meeting.NoticeIssues.ShouldHaveSingleItem();
        (await MemosTitledAsync(office, title)).ShouldHaveSingleItem().Number.ShouldBe(issue.MemoNumber);
        (await MailOfAsync(id)).ShouldBe(7); // the seven UNO offices, once
        // The loser's page shows the notice as it now is: issued, with its number.
        outcomes.First(o => !o.Won).Body.ShouldContain(Protishruti.Domain.Calendar.BengaliDigits.ToBengali(issue.MemoNumber));
    }

    [Fact]
    public async Task Five_simultaneous_amendments_sent_from_one_form_issue_one_amendment()
    {
        var (id, title) = await DraftMeetingAsync();
        var office = await OfficeIdAsync(Natore);
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await TestApp.PostFormAsync(editor, NoticeUrl(id) + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today) }, NoticeUrl(id)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var version = VersionField().Match(await editor.GetStringAsync(NoticeUrl(id), Ct)).Groups[1].Value;
        version.ShouldNotBeEmpty("the notice's forms carry the meeting's version");
        var before = await NextSerialsAsync(office);

        var outcomes = await RaceAsync(editor, NoticeUrl(id) + "?handler=Amend", NoticeUrl(id), () => new()
        {
            ["Version"] = version, ["Input.Kind"] = "CharterCoordination", ["Input.Title"] = title, ["Input.Date"] = Iso(Today.AddDays(12)),
            ["Input.Time"] = "15:00", ["Input.Venue"] = MinutesKit.Venue, ["AgendaText"] = "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ\nবিবিধ",
            ["Reason"] = "সভার তারিখ পরিবর্তন", ["IssuedOn"] = Iso(Today),
        });

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে");
        (await NextSerialsAsync(office)).ShouldBe(before + 1);
        var meeting = await MeetingAsync(id);
        meeting.NoticeIssues.Count.ShouldBe(2);
        meeting.Agenda.Count.ShouldBe(2);
        (await MemosTitledAsync(office, title)).Count.ShouldBe(2);
        (await MailOfAsync(id)).ShouldBe(14);
    }

    [Fact]
    public async Task Five_simultaneous_cancellations_issue_one_cancellation_notice()
    {
        var (id, title) = await DraftMeetingAsync();
        var office = await OfficeIdAsync(Natore);
        var head = await App.LoggedInAsync("head.dc-natore");
        (await TestApp.PostFormAsync(head, NoticeUrl(id) + "?handler=Issue", new() { ["IssuedOn"] = Iso(Today) }, NoticeUrl(id)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await NextSerialsAsync(office);

        var outcomes = await RaceAsync(head, NoticeUrl(id) + "?handler=Cancel", NoticeUrl(id),
            () => new() { ["Reason"] = "অনিবার্য কারণবশত", ["IssuedOn"] = Iso(Today) });

        ExactlyOneWon(outcomes, "ইতোমধ্যে বাতিল করা হয়েছে", "ইতোমধ্যে জারি হয়েছে");
        (await NextSerialsAsync(office)).ShouldBe(before + 1);
        var meeting = await MeetingAsync(id);
        meeting.NoticeState.ShouldBe(NoticeState.Cancelled);
        meeting.NoticeIssues.Count(i => i.Kind == NoticeIssueKind.Cancellation).ShouldBe(1);
        (await MemosTitledAsync(office, title)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Five_simultaneous_minutes_issues_issue_the_minutes_once()
    {
        var m = await App.NoticedMeetingAsync(new DateOnly(2022, 11, 20));
        var office = await OfficeIdAsync(Natore);
        var editor = await App.LoggedInAsync("editor.dc-natore");
        const string decision = "প্রতিটি উপজেলা কার্যালয় সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করবে।";
        (await ManageTestKit.PostAsync(editor, MinutesKit.Url(m.Id, "minutes"), MinutesKit.MinutesForm(m, decision, m.GroupKey)))
            .ShouldRedirectTo(MinutesKit.Url(m.Id, "minutes"));
        var decisionId = (await MeetingAsync(m.Id)).Decisions.Single().Id.ToString(CultureInfo.InvariantCulture);
        var before = await NextSerialsAsync(office);

        var outcomes = await RaceAsync(editor, MinutesKit.Url(m.Id, "minutes") + "?handler=issue", MinutesKit.Url(m.Id, "minutes"), () =>
        {
            var form = MinutesKit.MinutesForm(m, decision, m.GroupKey, "2022-11-22");
            form["Input.Items[0].Decisions[0].Id"] = decisionId;
            return form;
        });

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে", "কার্যবিবরণী জারি হয়েছে", "কার্যবিবরণী আগেই জারি হয়েছে", "ইতোমধ্যে পরিবর্তিত");
        (await NextSerialsAsync(office)).ShouldBe(before + 1);
        var issued = await MeetingAsync(m.Id);
        issued.MinutesState.ShouldBe(MinutesState.Issued);
        issued.Decisions.Single().Progress.Count.ShouldBe(7); // tracked once by each UNO office
        (await App.WithDbAsync(db => db.IssuedMemos.CountAsync(x => x.OfficeId == office && x.Kind == MemoDocumentKind.Minutes && x.Title.Contains(m.Title), Ct)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Five_simultaneous_recordings_of_past_minutes_without_a_number_record_them_once()
    {
        var m = await App.NoticedMeetingAsync(new DateOnly(2022, 11, 20)); // an earlier quarter: a record of the past
        var office = await OfficeIdAsync(Natore);
        var editor = await App.LoggedInAsync("editor.dc-natore");
        const string decision = "প্রতিটি উপজেলা কার্যালয় সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করবে।";
        (await ManageTestKit.PostAsync(editor, MinutesKit.Url(m.Id, "minutes"), MinutesKit.MinutesForm(m, decision, m.GroupKey)))
            .ShouldRedirectTo(MinutesKit.Url(m.Id, "minutes"));
        var decisionId = (await MeetingAsync(m.Id)).Decisions.Single().Id.ToString(CultureInfo.InvariantCulture);
        var before = await NextSerialsAsync(office);

        var outcomes = await RaceAsync(editor, MinutesKit.Url(m.Id, "minutes") + "?handler=issue", MinutesKit.Url(m.Id, "minutes"), () =>
        {
            var form = MinutesKit.MinutesForm(m, decision, m.GroupKey, "2022-11-22");
            form["Input.Items[0].Decisions[0].Id"] = decisionId;
            form["WithoutNumber"] = "true";
            return form;
        });

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে", "কার্যবিবরণী জারি হয়েছে", "কার্যবিবরণী আগেই জারি হয়েছে", "ইতোমধ্যে পরিবর্তিত", "স্মারক নম্বর ছাড়া লিপিবদ্ধ হয়েছে");
        (await NextSerialsAsync(office)).ShouldBe(before); // no serial taken
        var issued = await MeetingAsync(m.Id);
        issued.MinutesUnnumbered.ShouldBeTrue();
        issued.Decisions.Single().Progress.Count.ShouldBe(7); // tracked once by each UNO office
        var memos = await App.WithDbAsync(db => db.IssuedMemos.AsNoTracking()
            .Where(x => x.OfficeId == office && x.Kind == MemoDocumentKind.Minutes && x.Title.Contains(m.Title)).ToListAsync(Ct));
        memos.ShouldHaveSingleItem().IsUnnumbered.ShouldBeTrue();
    }

    [Fact]
    public async Task Five_simultaneous_corrigenda_sent_from_one_form_issue_one_corrigendum()
    {
        var m = await App.NoticedMeetingAsync(new DateOnly(2022, 11, 20));
        var office = await OfficeIdAsync(Natore);
        var editor = await App.LoggedInAsync("editor.dc-natore");
        const string decision = "প্রতিটি উপজেলা কার্যালয় সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করবে।";
        (await ManageTestKit.PostAsync(editor, MinutesKit.Url(m.Id, "minutes"), MinutesKit.MinutesForm(m, decision, m.GroupKey)))
            .ShouldRedirectTo(MinutesKit.Url(m.Id, "minutes"));
        var decisionId = (await MeetingAsync(m.Id)).Decisions.Single().Id.ToString(CultureInfo.InvariantCulture);
        var issue = MinutesKit.MinutesForm(m, decision, m.GroupKey, "2022-11-22");
        issue["Input.Items[0].Decisions[0].Id"] = decisionId;
        (await ManageTestKit.PostAsync(editor, MinutesKit.Url(m.Id, "minutes") + "?handler=issue", issue, MinutesKit.Url(m.Id, "minutes")))
            .ShouldRedirectTo(MinutesKit.Url(m.Id, "minutes"));
        var url = MinutesKit.Url(m.Id, "corrigendum");
        var version = VersionField().Match(await editor.GetStringAsync(url, Ct)).Groups[1].Value;
        version.ShouldNotBeEmpty("the corrigendum form carries the meeting's version");
        var before = await NextSerialsAsync(office);

        var outcomes = await RaceAsync(editor, url, url, () =>
        {
            var form = MinutesKit.MinutesForm(m, decision + " (সংশোধিত)", m.GroupKey, Iso(Today));
            form["Input.Items[0].Decisions[0].Id"] = decisionId;
            form["Input.Explanation"] = "সিদ্ধান্তের ভাষা সংশোধন";
            form["Version"] = version;
            return form;
        });

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে");
        (await NextSerialsAsync(office)).ShouldBe(before + 1);
        (await MeetingAsync(m.Id)).Corrigenda.ShouldHaveSingleItem();
    }

    // ---- committees: the office order, the head's certificate ------------------------------------------------------

    private static readonly CommitteeRole[] Roles =
        [CommitteeRole.Convener, CommitteeRole.FocalPoint, CommitteeRole.AlternateFocalPoint, CommitteeRole.MemberSecretary, CommitteeRole.Member];

    /// <summary>An office under dc-natore with five held posts and a memo file; editor and head of dc-natore act there.</summary>
    private async Task<(Office Office, int[] Posts)> CommitteeOfficeAsync()
    {
        var office = await App.NewOfficeAsync(Natore, ("editor.dc-natore", OfficeRole.Editor), ("head.dc-natore", OfficeRole.Approver));
        var posts = await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id, Ct);
            var list = new List<Post>();
            for (var i = 0; i < Roles.Length; i++)
            {
                var post = new Post(o, $"পদ {i}", $"Post {i}");
                post.SetDetails(null, null, null, $"+880-1700-00000{i}", null, (i + 1) * 10);
                post.AssignHolder(new Person($"কর্মকর্তা {i} {office.Code}", $"Officer {i}"), new DateOnly(2020, 1, 1));
                db.Posts.Add(post);
                list.Add(post);
            }
            var file = new MemoFile(o.Id, "05.43.6900.006.32.001.26", "সাধারণ শাখা", "General");
            file.MakeDefault();
            db.MemoFiles.Add(file);
            await db.SaveChangesAsync(Ct);
            return list.Select(p => p.Id).ToArray();
        });
        return (office, posts);
    }

    private static Dictionary<string, string> SeatsForm(int[] posts, DateOnly effective)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < Roles.Length; i++)
        {
            fields[$"Input.Seats[{i}].PostId"] = posts[i].ToString(CultureInfo.InvariantCulture);
            fields[$"Input.Seats[{i}].Role"] = Roles[i].ToString();
        }
        fields["Input.EffectiveFrom"] = Iso(effective);
        return fields;
    }

    [Fact]
    public async Task Five_simultaneous_first_constitutions_issue_one_office_order()
    {
        var (office, posts) = await CommitteeOfficeAsync();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var url = $"/offices/{office.Code}/committees/monitoring/reconstitute";
        var before = await NextSerialsAsync(office.Id);

        var outcomes = await RaceAsync(editor, url, url, () => SeatsForm(posts, Today));

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে", "আগেই পুনর্গঠিত হয়েছে");
        (await NextSerialsAsync(office.Id)).ShouldBe(before + 1);
        var committee = await App.WithDbAsync(db => db.Committees.AsNoTracking().Include(c => c.Quarters).Include(c => c.Members)
            .SingleAsync(c => c.OfficeId == office.Id, Ct));
        committee.Quarters.ShouldHaveSingleItem();
        committee.Members.Count.ShouldBe(Roles.Length);
        (await App.WithDbAsync(db => db.IssuedMemos.CountAsync(m => m.OfficeId == office.Id, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Five_simultaneous_reconstitutions_of_a_committee_issue_one_office_order()
    {
        var (office, posts) = await CommitteeOfficeAsync();
        var quarter = Protishruti.Domain.Calendar.FiscalQuarter.Of(Today);
        await App.WithDbAsync(async db =>
        {
            var c = new Committee(office.Id, CommitteeKind.CharterMonitoring);
            c.Reconstitute(posts.Zip(Roles, (p, r) => new Seat(p, r)).ToList(), quarter.Start.AddDays(-30), "০৫.৪৩.০০০.১", "test");
            db.Committees.Add(c);
            return await db.SaveChangesAsync(Ct);
        });
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var url = $"/offices/{office.Code}/committees/monitoring/reconstitute";
        var before = await NextSerialsAsync(office.Id);

        var outcomes = await RaceAsync(editor, url, url, () => SeatsForm([posts[1], posts[0], posts[2], posts[3], posts[4]], Today));

        ExactlyOneWon(outcomes, "ইতোমধ্যে জারি হয়েছে", "আগেই পুনর্গঠিত হয়েছে");
        (await NextSerialsAsync(office.Id)).ShouldBe(before + 1);
        var committee = await App.WithDbAsync(db => db.Committees.AsNoTracking().Include(c => c.Quarters).Include(c => c.Members)
            .SingleAsync(c => c.OfficeId == office.Id, Ct));
        committee.Quarters.Count.ShouldBe(2);
        committee.Members.Count.ShouldBe(2 * Roles.Length);
    }

    [Fact]
    public async Task Five_simultaneous_certificates_record_the_quarter_once()
    {
        var (office, posts) = await CommitteeOfficeAsync();
        var quarter = Protishruti.Domain.Calendar.FiscalQuarter.Of(Today);
        await App.WithDbAsync(async db =>
        {
            var c = new Committee(office.Id, CommitteeKind.CharterMonitoring);
            c.Reconstitute(posts.Zip(Roles, (p, r) => new Seat(p, r)).ToList(), quarter.Start.AddDays(-30), "০৫.৪৩.০০০.১", "test");
            db.Committees.Add(c);
            return await db.SaveChangesAsync(Ct);
        });
        var head = await App.LoggedInAsync("head.dc-natore");
        var url = $"/offices/{office.Code}/committees/monitoring/certify";

        var outcomes = await RaceAsync(head, url, url, () => new() { ["Note"] = "গঠন অপরিবর্তিত" });

        ExactlyOneWon(outcomes, "ইতোমধ্যে করা হয়েছে", "অপরিবর্তিত মর্মে প্রত্যয়িত");
        var records = await App.WithDbAsync(db => db.Set<CommitteeQuarterRecord>().AsNoTracking()
            .Where(q => q.Committee.OfficeId == office.Id && q.Action == CommitteeQuarterAction.CertifiedUnchanged).ToListAsync(Ct));
        records.ShouldHaveSingleItem();
    }

    // ---- progress reports: submit, accept, return ------------------------------------------------------------------

    /// <summary>A parent under dc-natore, a child office whose 2024-25 Q1 report is filled in (not sent), its editor and the parent's reviewer.</summary>
    private async Task<(Office Child, int ReportId, string Editor, string Reviewer)> FilledReportAsync()
    {
        var parent = await ManageTestKit.NewOfficeAsync(App, Natore);
        var child = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        var editor = await ReviewKit.NewUserAsync(App, child, OfficeRole.Editor);
        var reviewer = await ReviewKit.NewUserAsync(App, parent, OfficeRole.Editor);
        var reportId = await App.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter, Ct);
            var report = new ProgressReport(child.Id, plan, ReportPeriod.Q1, ReviewKit.DueOn);
            foreach (var i in plan.For(hasSubordinates: false).Where(i => !i.IsComputed))
            {
                if (i.Unit == IndicatorUnit.Date) report.Enter(i, null, new DateOnly(2024, 9, 1), "সম্পন্ন");
                else report.Enter(i, 1, null, "সম্পন্ন");
                report.AttachEvidence(i, "files/ab/cdef", "photo.jpg", "image/jpeg");
            }
            db.ProgressReports.Add(report);
            await db.SaveChangesAsync(Ct);
            return report.Id;
        });
        return (child, reportId, editor, reviewer);
    }

    [Fact]
    public async Task Five_simultaneous_submissions_of_a_report_record_one_submitted_step()
    {
        var (child, reportId, editorName, _) = await FilledReportAsync();
        var editor = await App.LoggedInAsync(editorName);
        var url = $"/offices/{child.Code}/monitoring/{ReviewKit.Q1}";

        var outcomes = await RaceAsync(editor, url + "?handler=submit", url, () => []);

        ExactlyOneWon(outcomes, "ইতোমধ্যে দাখিল করা হয়েছে", "পর্যালোচনাধীন");
        var stored = await ReviewKit.StoredAsync(App, reportId);
        stored.State.ShouldBe(ReportState.Submitted);
        stored.Submissions.ShouldBe(1);
        stored.Steps.ShouldHaveSingleItem().Kind.ShouldBe(ReportStepKind.Submitted);
    }

    [Fact]
    public async Task Five_simultaneous_acceptances_record_one_decision()
    {
        var (child, _, _, reviewerName) = await FilledReportAsync();
        var id = await ReviewKit.SubmitAsync(App, child, ReviewKit.OnTime);
        var reviewer = await App.LoggedInAsync(reviewerName);
        var url = ReviewKit.ReviewUrl(child);
        var submission = (await ReviewKit.StoredAsync(App, id)).Steps.Single(s => s.Kind == ReportStepKind.Submitted).Id.ToString(CultureInfo.InvariantCulture);

        var outcomes = await RaceAsync(reviewer, url + "?handler=accept", url, () => new() { ["Submission"] = submission, ["AcceptComment"] = "সন্তোষজনক" });

        ExactlyOneWon(outcomes, "এইমাত্র প্রতিবেদনটির বিষয়ে সিদ্ধান্ত দিয়েছেন", "already accepted", "ইতোমধ্যে গৃহীত", "গৃহীত হয়েছে");
        var stored = await ReviewKit.StoredAsync(App, id);
        stored.State.ShouldBe(ReportState.Accepted);
        stored.Steps.Count(s => s.Kind == ReportStepKind.Accepted).ShouldBe(1);
    }

    [Fact]
    public async Task Five_simultaneous_returns_record_one_decision()
    {
        var (child, _, _, reviewerName) = await FilledReportAsync();
        var id = await ReviewKit.SubmitAsync(App, child, ReviewKit.OnTime);
        var reviewer = await App.LoggedInAsync(reviewerName);
        var url = ReviewKit.ReviewUrl(child);
        var submission = (await ReviewKit.StoredAsync(App, id)).Steps.Single(s => s.Kind == ReportStepKind.Submitted).Id.ToString(CultureInfo.InvariantCulture);

        var outcomes = await RaceAsync(reviewer, url + "?handler=return", url, () => new() { ["Submission"] = submission, ["ReturnComment"] = "প্রমাণক অস্পষ্ট" });

        ExactlyOneWon(outcomes, "এইমাত্র প্রতিবেদনটির বিষয়ে সিদ্ধান্ত দিয়েছেন", "ফেরত পাঠানো হয়েছে");
        var stored = await ReviewKit.StoredAsync(App, id);
        stored.State.ShouldBe(ReportState.Returned);
        stored.Steps.Count(s => s.Kind == ReportStepKind.Returned).ShouldBe(1);
    }

    // ---- the charter: submit, publish ------------------------------------------------------------------------------

    [Fact]
    public async Task Five_simultaneous_submits_and_then_five_publishes_move_the_charter_once_each()
    {
        var o = await App.NewEditorOfficeAsync();
        await App.WriteCharterAsync(o.Office.Id, draft =>
        {
            draft.SetVisionAndMission("সবার জন্য দ্রুত সেবা", "Fast service for all", "সময়মতো স্বচ্ছ সেবা", "Transparent service on time");
            CharterBuilder.AddService(draft, ServiceCategory.Citizen, "জন্ম নিবন্ধন সনদ", o.OfficerPost, o.HeadPost);
            draft.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "Submit a complete application");
        }, publish: false);
        var editor = await App.LoggedInAsync(CharterEditorKit.Editor);
        var approver = await App.LoggedInAsync(CharterEditorKit.Approver);

        var revision = await App.RevisionAsync(o);
        var submits = await RaceAsync(editor, $"{o.Draft}?handler=Submit", o.Draft, () => new() { ["Revision"] = revision });
        ExactlyOneWon(submits, "ইতোমধ্যে দাখিল করা হয়েছে", "অন্য কেউ খসড়াটি");
        (await App.OpenVersionAsync(o))!.State.ShouldBe(CharterVersionState.Submitted);

        revision = await App.RevisionAsync(o);
        var publishes = await RaceAsync(approver, $"{o.Draft}?handler=Publish", o.Draft, () => new() { ["Revision"] = revision });
        ExactlyOneWon(publishes, "ইতোমধ্যে প্রকাশিত হয়েছে", "অন্য কেউ খসড়াটি");

        var charter = await App.CharterAsync(o);
        charter.Versions.Count(v => v.State == CharterVersionState.Published).ShouldBe(1);
        charter.Current!.History.Count(h => h.Kind == CharterEventKind.Submitted).ShouldBe(1);
        charter.Current.History.Count(h => h.Kind == CharterEventKind.Published).ShouldBe(1);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

public sealed class ExactlyOnceTests_Sqlite(SqliteApp app) : ExactlyOnceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ExactlyOnceTests_Postgres(PostgresApp app) : ExactlyOnceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
