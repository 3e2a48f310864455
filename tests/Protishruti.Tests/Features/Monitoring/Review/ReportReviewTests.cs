using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Domain.Access;
using Protishruti.Web.Features.Monitoring.Review;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Files;
using static Protishruti.Tests.Features.Monitoring.Review.ReviewKit;

namespace Protishruti.Tests.Features.Monitoring.Review;

/// <summary>
/// The parent office reviews its subordinates' progress reports: the queue's states and counts, accept, return with
/// per-indicator comments, resubmission, who may review, refusals, and two reviewers at once. Each test builds its own
/// parent office under dc-natore with children of its own.
/// </summary>
public abstract partial class ReportReviewTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<(Office Parent, Office Child, string Reviewer)> WorldAsync()
    {
        var parent = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var child = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        return (parent, child, await NewUserAsync(App, parent, OfficeRole.Editor));
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task The_queue_shows_each_subordinates_state_with_hand_counted_totals_and_links_to_its_review()
    {
        var parent = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var onTime = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        var late = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        var returned = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        var accepted = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        var missing = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        await SubmitAsync(App, onTime, OnTime);
        await SubmitAsync(App, late, Late);
        await SubmitAsync(App, returned, OnTime);
        await DecideAsync(App, returned, accept: false);
        await SubmitAsync(App, accepted, Late);
        await DecideAsync(App, accepted, accept: true);
        var reviewer = await App.LoggedInAsync(await NewUserAsync(App, parent, OfficeRole.Approver));

        var html = Text(await reviewer.GetStringAsync(QueueUrl(parent)));

        Count(html, "awaiting").ShouldBe("২");
        html.ShouldContain("(বিলম্বে দাখিল ১)");
        Count(html, "returned").ShouldBe("১");
        Count(html, "accepted").ShouldBe("১");
        Count(html, "missing").ShouldBe("১");
        Count(html, "notdue").ShouldBe("০");
        StateOf(html, onTime).ShouldBe("Awaiting");
        StateOf(html, late).ShouldBe("Awaiting");
        StateOf(html, returned).ShouldBe("Returned");
        StateOf(html, accepted).ShouldBe("Accepted");
        StateOf(html, missing).ShouldBe("Missing");
        Row(html, onTime).ShouldContain("১০ অক্টোবর ২০২৪");
        Row(html, onTime).ShouldContain("সময়মতো");
        Row(html, late).ShouldContain("২০ অক্টোবর ২০২৪");
        Row(html, late).ShouldContain("বিলম্বে");
        Row(html, returned).ShouldContain("পুনঃদাখিলের অপেক্ষায়");
        Row(html, returned).ShouldContain("২২ অক্টোবর ২০২৪");
        Row(html, missing).ShouldContain("দাখিল হয়নি");
        Row(html, onTime).ShouldContain($"href=\"{ReviewUrl(onTime)}\"");
        // Waiting reports come first, oldest submission first.
        html.IndexOf($"office-{onTime.Code}", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf($"office-{late.Code}", StringComparison.Ordinal));
        html.IndexOf($"office-{late.Code}", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf($"office-{returned.Code}", StringComparison.Ordinal));

        var english = Text(await reviewer.GetStringAsync(QueueUrl(parent) + "&lang=en"));
        english.ShouldContain("Awaiting review");
        english.ShouldContain("Missing (deadline passed)");
    }

    [Fact]
    public async Task Without_a_period_the_queue_opens_on_the_period_offices_are_reporting_on_and_the_parents_dashboard_links_to_it()
    {
        var (parent, _, reviewerName) = await WorldAsync();
        var reviewer = await App.LoggedInAsync(reviewerName);
        var today = Protishruti.Web.Infrastructure.Clock.TodayInBangladesh(TimeProvider.System);
        // The last quarter that ended when its year has a plan; with no plan for this year yet, the latest quarter reported on.
        var (year, period) = await App.WithDbAsync(db => Protishruti.Web.Features.Monitoring.MonitoringPeriods.DefaultAsync(db, today, null));
        period.ShouldNotBe(ReportPeriod.Annual);

        var html = Text(await reviewer.GetStringAsync($"/offices/{parent.Code}/monitoring/reviews"));

        html.ShouldContain($"<option value=\"{year.LabelEn}\" selected=\"selected\">");
        html.ShouldContain($"<option value=\"{period.Slug()}\" selected=\"selected\">");
        (await reviewer.GetStringAsync($"/dashboard/{parent.Code}")).ShouldContain($"href=\"/offices/{parent.Code}/monitoring/reviews\"");
    }

    [Fact]
    public async Task The_reviewer_sees_the_report_as_submitted_with_its_late_mark_deadline_and_evidence_not_the_live_draft()
    {
        var (_, child, reviewerName) = await WorldAsync();
        await SubmitAsync(App, child, Late, remark: "প্রথম দাখিলের মন্তব্য");
        var reviewer = await App.LoggedInAsync(reviewerName);

        var html = Text(await reviewer.GetStringAsync(ReviewUrl(child)));

        html.ShouldContain("বিলম্বে দাখিল");
        html.ShouldContain("১৫ অক্টোবর ২০২৪");
        html.ShouldContain("প্রথম দাখিলের মন্তব্য");
        var indicator = await ManualIndicatorAsync(App);
        html.ShouldContain($"href=\"/offices/{child.Code}/monitoring/2024-25/q1/evidence/{indicator.Id}?file=files%2Fab%2Fcdef\"");
        html.ShouldContain($"name=\"Comments[{indicator.Id}]\"");
        html.ShouldContain("গ্রহণ করুন");

        // Returned and then edited but not resubmitted: the reviewer still sees what was sent.
        await ReturnThroughPageAsync(reviewer, child, "আরও প্রমাণক দিন", new() { [$"Comments[{indicator.Id}]"] = "ছবির তারিখ নেই" });
        await EditDraftAsync(App, child, "খসড়ায় নতুন লেখা", 7);
        html = Text(await reviewer.GetStringAsync(ReviewUrl(child)));
        html.ShouldContain("প্রথম দাখিলের মন্তব্য");
        html.ShouldNotContain("খসড়ায় নতুন লেখা");
        html.ShouldNotContain("গ্রহণ করুন"); // nothing to decide while it is back with the office
        html.ShouldContain("পর্যালোচকের মন্তব্য:"); // the return's per-indicator comment in the grid it answered
    }

    [Fact]
    public async Task Accepting_records_the_step_with_its_comment_and_the_report_is_accepted()
    {
        var (_, child, reviewerName) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        var reviewer = await App.LoggedInAsync(reviewerName);

        var response = await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=accept",
            new() { ["AcceptComment"] = "সন্তোষজনক", ["Submission"] = await LatestSubmissionAsync(id) }, ReviewUrl(child));

        response.ShouldRedirectTo(ReviewUrl(child));
        var stored = await StoredAsync(App, id);
        stored.State.ShouldBe(ReportState.Accepted);
        var accepted = stored.Steps.OrderBy(s => s.Id).Last();
        accepted.Kind.ShouldBe(ReportStepKind.Accepted);
        accepted.Comment.ShouldBe("সন্তোষজনক");
        accepted.ByUserId.ShouldNotBeNull();
        var page = Text(await reviewer.GetStringAsync(ReviewUrl(child)));
        page.ShouldContain("প্রতিবেদনটি গৃহীত হয়েছে।");
        page.ShouldContain("সন্তোষজনক");
    }

    [Fact]
    public async Task Returning_with_per_indicator_comments_stores_them_and_a_resubmission_comes_back_to_the_queue_with_the_history_intact()
    {
        var (parent, child, reviewerName) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        var indicator = await ManualIndicatorAsync(App);
        var reviewer = await App.LoggedInAsync(reviewerName);

        await ReturnThroughPageAsync(reviewer, child, "সামগ্রিক: প্রমাণক অস্পষ্ট", new() { [$"Comments[{indicator.Id}]"] = "সভার হাজিরা নেই" });

        var returned = await StoredAsync(App, id);
        returned.State.ShouldBe(ReportState.Returned);
        var step = returned.Steps.Single(s => s.Kind == ReportStepKind.Returned);
        step.Comment.ShouldBe("সামগ্রিক: প্রমাণক অস্পষ্ট");
        step.IndicatorComments.ShouldBe([new IndicatorComment(indicator.Id, "সভার হাজিরা নেই")]);
        StateOf(Text(await reviewer.GetStringAsync(QueueUrl(parent))), child).ShouldBe("Returned");

        await SubmitAsync(App, child, Late, remark: "সংশোধিত", achieved: 2);

        var queue = Text(await reviewer.GetStringAsync(QueueUrl(parent)));
        StateOf(queue, child).ShouldBe("Awaiting");
        Row(queue, child).ShouldContain("পুনঃদাখিল");
        Row(queue, child).ShouldContain("সময়মতো"); // lateness is decided by the first submission
        var stored = await StoredAsync(App, id);
        stored.Steps.Select(s => s.Kind).ShouldBe([ReportStepKind.Submitted, ReportStepKind.Returned, ReportStepKind.Submitted]);
        var page = Text(await reviewer.GetStringAsync(ReviewUrl(child)));
        page.ShouldContain("১নং দাখিল");
        page.ShouldContain("২নং দাখিল");
        page.ShouldContain("সামগ্রিক: প্রমাণক অস্পষ্ট");
        page.ShouldContain("সভার হাজিরা নেই");
        page.ShouldContain("সংশোধিত");
        var first = stored.Steps.OrderBy(s => s.Id).First();
        page.ShouldContain($"?submission={first.Id}\"");
        var old = Text(await reviewer.GetStringAsync($"{ReviewUrl(child)}?submission={first.Id}"));
        old.ShouldContain("সভার ছবি সংযুক্ত");
        old.ShouldNotContain("সংশোধিত</td>");
        old.ShouldContain("পর্যালোচকের মন্তব্য:");
        old.ShouldNotContain("গ্রহণ করুন");
    }

    [Fact]
    public async Task Each_submission_in_the_history_opens_the_evidence_it_was_sent_with_not_the_file_that_replaced_it()
    {
        var (_, child, reviewerName) = await WorldAsync();
        var store = App.Services.GetRequiredService<FileStore>();
        async Task<(string Path, byte[] Bytes)> PdfAsync(string text)
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
            return ((await store.SaveAsync(new MemoryStream(bytes), [FileKind.Pdf], 1_000_000)).Path, bytes);
        }
        var first = await PdfAsync("first photo");
        var second = await PdfAsync("second photo");
        await SubmitAsync(App, child, OnTime, evidence: first.Path);
        await DecideAsync(App, child, accept: false);
        await SubmitAsync(App, child, Late, evidence: second.Path);

        var reviewer = await App.LoggedInAsync(reviewerName);
        var html = Text(await reviewer.GetStringAsync(ReviewUrl(child)));
        var indicator = await ManualIndicatorAsync(App);
        string Link((string Path, byte[] Bytes) file) => $"/offices/{child.Code}/monitoring/2024-25/q1/evidence/{indicator.Id}?file={Uri.EscapeDataString(file.Path)}";
        html.ShouldContain($"href=\"{Link(second)}\""); // the submission under review
        html.ShouldNotContain(Link(first));
        // The history links to the first submission as it was sent, with the file it was sent with.
        var then = Regex.Match(html, "href=\"([^\"]+)\">এই দাখিলের প্রতিবেদন দেখুন").Groups[1].Value;
        then.ShouldNotBeEmpty();
        var firstView = Text(await reviewer.GetStringAsync(then));
        firstView.ShouldContain($"href=\"{Link(first)}\"");
        firstView.ShouldNotContain(Link(second));
        (await reviewer.GetByteArrayAsync(Link(first))).ShouldBe(first.Bytes);
        (await reviewer.GetByteArrayAsync(Link(second))).ShouldBe(second.Bytes);

        // A stored file this report never linked to stays out of reach, whoever asks.
        var other = await PdfAsync("another office's file");
        (await reviewer.GetAsync($"/offices/{child.Code}/monitoring/2024-25/q1/evidence/{indicator.Id}?file={Uri.EscapeDataString(other.Path)}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_return_without_any_comment_is_refused_and_a_too_long_one_keeps_what_was_typed()
    {
        var (_, child, reviewerName) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        var indicator = await ManualIndicatorAsync(App);
        var reviewer = await App.LoggedInAsync(reviewerName);
        var submission = await LatestSubmissionAsync(id);

        var empty = await (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=return",
            new() { ["ReturnComment"] = "  ", [$"Comments[{indicator.Id}]"] = "", ["Submission"] = submission }, ReviewUrl(child))).ShouldBeRejectedAsync();
        ManageTestKit.FieldError(empty, "ReturnComment").ShouldBe("প্রতিবেদন ফেরত পাঠানোর কারণ লিখুন: প্রতিবেদনের উপর বা কোনো সূচকের উপর মন্তব্য।");

        var tooLong = Text(await (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=return",
            new() { ["ReturnComment"] = new string('ক', 4001), [$"Comments[{indicator.Id}]"] = "এটি রাখা থাকবে", ["Submission"] = submission },
            ReviewUrl(child))).ShouldBeRejectedAsync());
        ManageTestKit.FieldError(tooLong, "ReturnComment").ShouldBe("মন্তব্য সর্বোচ্চ ৪০০০ অক্ষরের হতে পারে।");
        tooLong.ShouldContain(">এটি রাখা থাকবে</textarea>");
        // The language switch is remembered, so English comes last.
        var english = await (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=return&lang=en",
            new() { ["ReturnComment"] = "", ["Submission"] = submission }, ReviewUrl(child))).ShouldBeRejectedAsync();
        ManageTestKit.FieldError(english, "ReturnComment").ShouldBe("Say why the report is returned: a comment on the report or on an indicator.");

        var stored = await StoredAsync(App, id);
        stored.State.ShouldBe(ReportState.Submitted);
        stored.Steps.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_second_decision_on_a_report_no_longer_waiting_is_refused_and_the_first_comment_stays()
    {
        var (_, child, reviewerName) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        var reviewer = await App.LoggedInAsync(reviewerName);
        var submission = await LatestSubmissionAsync(id);
        // Two tabs opened on the waiting report: the first returns it, the second then tries to return and to accept.
        await ReturnThroughPageAsync(reviewer, child, "প্রথম মন্তব্য", []);

        var again = Text(await (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=return",
            new() { ["ReturnComment"] = "বদলানো মন্তব্য", ["Submission"] = submission }, ReviewUrl(child))).ShouldBeRejectedAsync());
        again.ShouldContain("প্রতিবেদনটি ফেরত পাঠানো হয়েছে; দপ্তর পুনরায় দাখিল করলে আবার পর্যালোচনা করা যাবে।");
        var accept = Text(await (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=accept&lang=en",
            new() { ["Submission"] = submission }, ReviewUrl(child))).ShouldBeRejectedAsync());
        accept.ShouldContain("The report was returned; it can be reviewed again when the office resubmits it.");

        var stored = await StoredAsync(App, id);
        stored.State.ShouldBe(ReportState.Returned);
        stored.Steps.Single(s => s.Kind == ReportStepKind.Returned).Comment.ShouldBe("প্রথম মন্তব্য");
        stored.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_decision_on_a_submission_the_office_has_since_replaced_is_refused()
    {
        var (_, child, reviewerName) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        var firstSubmission = await LatestSubmissionAsync(id);
        await DecideAsync(App, child, accept: false);
        await SubmitAsync(App, child, Late, remark: "সংশোধিত");
        var reviewer = await App.LoggedInAsync(reviewerName);

        var html = Text(await (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=accept",
            new() { ["Submission"] = firstSubmission }, ReviewUrl(child))).ShouldBeRejectedAsync());

        html.ShouldContain("আপনি খোলার পর দপ্তর প্রতিবেদনটি পুনরায় দাখিল করেছে; নতুন দাখিলটি পর্যালোচনা করুন।");
        (await StoredAsync(App, id)).State.ShouldBe(ReportState.Submitted);
    }

    [Fact]
    public async Task Two_reviewers_deciding_at_once_leave_exactly_one_decision()
    {
        var (_, child, _) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        await using var a = App.Services.CreateAsyncScope();
        await using var b = App.Services.CreateAsyncScope();
        // Both load the report while it is still waiting, as two reviewers with the page open would.
        var (reviewsA, reportA, seen) = await OpenAsync(a, child);
        var (reviewsB, reportB, _) = await OpenAsync(b, child);
        var now = DateTimeOffset.UtcNow;

        var results = await Task.WhenAll(
            Attempt(() => reviewsA.AcceptAsync(reportA, seen, now, "A", null, "গৃহীত")),
            Attempt(() => reviewsB.ReturnAsync(reportB, seen, now, "B", null, "ফেরত", [])));

        results.Count(ok => ok).ShouldBe(1);
        var stored = await StoredAsync(App, id);
        stored.Steps.Count(s => s.Kind != ReportStepKind.Submitted).ShouldBe(1);
        var decision = stored.Steps.Single(s => s.Kind != ReportStepKind.Submitted);
        stored.State.ShouldBe(decision.Kind == ReportStepKind.Accepted ? ReportState.Accepted : ReportState.Returned);

        static async Task<bool> Attempt(Func<Task> decide)
        {
            try
            {
                await decide();
                return true;
            }
            catch (DomainException)
            {
                return false;
            }
        }
    }

    [Fact]
    public async Task A_reviewer_who_posts_while_another_decision_is_being_written_waits_for_it_and_is_refused()
    {
        var (_, child, _) = await WorldAsync();
        var id = await SubmitAsync(App, child, OnTime);
        await using var first = App.Services.CreateAsyncScope();
        await using var second = App.Services.CreateAsyncScope();
        var (reviews, report, seen) = await OpenAsync(second, child);
        // The first reviewer's claim (ADR 0033) is written but not yet committed.
        var (_, firstReport, _) = await OpenAsync(first, child);
        var db = first.ServiceProvider.GetRequiredService<Protishruti.Web.Data.AppDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        await db.ClaimAsync(firstReport, Protishruti.Web.Data.AlreadyDone.Decided, TestContext.Current.CancellationToken);

        // On its own thread: SQLite waits for the write lock synchronously inside the async call.
        var late = Task.Run(() => reviews.ReturnAsync(report, seen, DateTimeOffset.UtcNow, "B", null, "ফেরত", []));
        await Task.Delay(500);
        late.IsCompleted.ShouldBeFalse(); // it waits for the first transaction rather than deciding on what it read
        await tx.CommitAsync();

        (await Should.ThrowAsync<DomainException>(late)).MessageBn.ShouldBe("অন্য একজন পর্যালোচক এইমাত্র প্রতিবেদনটির বিষয়ে সিদ্ধান্ত দিয়েছেন; নিচের ইতিহাস দেখুন।");
        (await StoredAsync(App, id)).Steps.ShouldNotContain(s => s.Kind == ReportStepKind.Returned);
    }

    [Fact]
    public async Task The_parents_editor_and_an_ancestors_monitor_may_review_but_not_the_office_itself_a_sibling_the_grandparents_editor_or_a_stranger()
    {
        var (parent, child, parentEditor) = await WorldAsync();
        var sibling = await ManageTestKit.NewOfficeAsync(App, parent.Code);
        var id = await SubmitAsync(App, child, OnTime);
        var own = await NewUserAsync(App, child, OfficeRole.Editor);
        var siblings = await NewUserAsync(App, sibling, OfficeRole.Editor);

        foreach (var allowed in new[] { parentEditor, "monitor.mopa" })
        {
            var client = await App.LoggedInAsync(allowed);
            (await client.GetAsync(ReviewUrl(child))).StatusCode.ShouldBe(HttpStatusCode.OK, allowed);
            (await client.GetAsync(QueueUrl(parent))).StatusCode.ShouldBe(HttpStatusCode.OK, allowed);
        }
        foreach (var refused in new[] { own, siblings, "editor.dc-natore", "editor.dco-bandarban" })
        {
            var client = await App.LoggedInAsync(refused);
            (await client.GetAsync(ReviewUrl(child))).ShouldBeDenied();
            (await client.GetAsync(QueueUrl(parent))).ShouldBeDenied();
        }
        // A refused reviewer cannot post a decision either (the logout form's token is enough to try).
        var ownClient = await App.LoggedInAsync(own);
        (await TestApp.PostFormAsync(ownClient, ReviewUrl(child) + "?handler=accept",
            new() { ["Submission"] = await LatestSubmissionAsync(id) }, $"/dashboard/{child.Code}")).ShouldBeDenied();
        (await StoredAsync(App, id)).State.ShouldBe(ReportState.Submitted);

        var anonymous = App.Browser();
        (await anonymous.GetAsync(ReviewUrl(child))).ShouldAskToLogIn();
        (await anonymous.GetAsync(QueueUrl(parent))).ShouldAskToLogIn();

        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await TestApp.PostFormAsync(monitor, ReviewUrl(child) + "?handler=accept",
            new() { ["Submission"] = await LatestSubmissionAsync(id) }, ReviewUrl(child))).ShouldRedirectTo(ReviewUrl(child));
        (await StoredAsync(App, id)).State.ShouldBe(ReportState.Accepted);
    }

    [Fact]
    public async Task A_report_never_submitted_has_nothing_to_review_and_says_the_deadline_passed()
    {
        var (_, child, reviewerName) = await WorldAsync();
        var reviewer = await App.LoggedInAsync(reviewerName);

        var html = Text(await reviewer.GetStringAsync(ReviewUrl(child)));

        html.ShouldContain("দপ্তর এখনও প্রতিবেদন দাখিল করেনি; পর্যালোচনার কিছু নেই।");
        html.ShouldContain("সময়সীমা পেরিয়ে গেছে");
        html.ShouldNotContain("গ্রহণ করুন");
        (await reviewer.GetAsync($"/offices/{child.Code}/monitoring/2024-25/q9/review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task ReturnThroughPageAsync(HttpClient reviewer, Office child, string comment, Dictionary<string, string> perIndicator)
    {
        var fields = new Dictionary<string, string>(perIndicator) { ["ReturnComment"] = comment };
        var page = await reviewer.GetStringAsync(ReviewUrl(child));
        fields["Submission"] = SubmissionField().Match(page).Groups[1].Value;
        (await TestApp.PostFormAsync(reviewer, ReviewUrl(child) + "?handler=return", fields, ReviewUrl(child))).ShouldRedirectTo(ReviewUrl(child));
    }

    /// <summary>A reviewer's view of the report in a scope of its own: the service, the tracked report, the submission seen.</summary>
    private static async Task<(ReportReviews Reviews, ProgressReport Report, long Seen)> OpenAsync(AsyncServiceScope scope, Office child)
    {
        var reviews = scope.ServiceProvider.GetRequiredService<ReportReviews>();
        var db = scope.ServiceProvider.GetRequiredService<Protishruti.Web.Data.AppDbContext>();
        var plan = await db.ActionPlans.Where(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter).Select(p => p.Id).SingleAsync();
        var report = (await reviews.FindAsync(child.Id, plan, ReportPeriod.Q1))!;
        return (reviews, report, ReportReviews.LatestSubmission(report)!.Id);
    }

    private Task<string> LatestSubmissionAsync(int reportId) =>
        App.WithDbAsync(async db => (await StoredAsync(App, reportId)).Steps.Where(s => s.Kind == ReportStepKind.Submitted).Max(s => s.Id).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Count(string html, string key) =>
        Regex.Match(html, $"id=\"count-{key}\">([^<]*)<").Groups[1].Value.Trim();

    private static string Row(string html, Office office)
    {
        var start = html.IndexOf($"<tr id=\"office-{office.Code}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"{office.Code} is not in the queue");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string StateOf(string html, Office office) =>
        Regex.Match(Row(html, office), "data-state=\"([A-Za-z]+)\"").Groups[1].Value;

    [GeneratedRegex("name=\"Submission\" value=\"([0-9]+)\"")]
    private static partial Regex SubmissionField();
}

public sealed class ReportReviewTests_Sqlite(SqliteApp app) : ReportReviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ReportReviewTests_Postgres(PostgresApp app) : ReportReviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;
