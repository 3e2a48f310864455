using System.Net;
using System.Text.Json;
using Protishruti.Domain.Access;
using Protishruti.Tests.Features.Monitoring.Review;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Charters.CharterEditorKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features;

/// <summary>"What needs me" (issue 16): each role sees what waits for it, as the work moves from one person to the next.</summary>
public abstract class InboxTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private sealed record Task(string Kind, string Office, string ActingOffice, string Title, string? DueOn, int OverdueDays, string Url);

    private static async Task<List<Task>> TasksAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/me/tasks");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(t => new Task(
            t.GetProperty("kind").GetString()!, t.GetProperty("office").GetProperty("code").GetString()!,
            t.GetProperty("actingOffice").GetString()!, t.GetProperty("title").GetString()!,
            t.GetProperty("dueOn").GetString(), t.GetProperty("overdueDays").GetInt32(), t.GetProperty("url").GetString()!)).ToList();
    }

    private static List<Task> For(List<Task> tasks, string office) => tasks.Where(t => t.Office == office).ToList();

    [Fact]
    public async System.Threading.Tasks.Task A_submitted_charter_waits_for_the_head_and_a_returned_one_for_the_editor()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        var approver = await App.LoggedInAsync(Approver);

        // Nothing published this quarter: the editor is asked to update the charter, by the quarter's end.
        var update = For(await TasksAsync(editor), o.Code).ShouldHaveSingleItem();
        update.Kind.ShouldBe("CharterUpdateDue");
        update.Url.ShouldEndWith(o.Draft);
        update.DueOn.ShouldNotBeNull();

        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o)))).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/services/new", ServiceForm(o, "নাগরিক সনদ প্রদান", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");
        (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);

        // Submitted: the head has it to approve; the editor has nothing more to do here.
        var approve = For(await TasksAsync(approver), o.Code).ShouldHaveSingleItem();
        approve.Kind.ShouldBe("CharterToApprove");
        approve.ActingOffice.ShouldBe(o.Code);
        approve.Url.ShouldEndWith(o.Draft);
        approve.OverdueDays.ShouldBe(0);
        For(await TasksAsync(editor), o.Code).ShouldBeEmpty();

        // The head's dashboard of the office shows it, with the link that opens the draft.
        var dashboard = await approver.GetStringAsync($"/dashboard/{o.Code}");
        dashboard.ShouldContain("অনুমোদনের অপেক্ষায়");
        dashboard.ShouldContain($"href=\"{o.Draft}\"");

        (await PostAsync(approver, $"{o.Draft}?handler=Return", new() { ["Revision"] = await App.RevisionAsync(o), ["ReturnComment"] = "প্রত্যাশার তালিকা যোগ করুন" }))
            .ShouldRedirectTo(o.Draft);
        For(await TasksAsync(editor), o.Code).ShouldHaveSingleItem().Kind.ShouldBe("CharterReturned");
        For(await TasksAsync(approver), o.Code).Select(t => t.Kind).ShouldNotContain("CharterToApprove");
    }

    [Fact]
    public async System.Threading.Tasks.Task A_submitted_report_waits_for_the_parent_and_a_returned_one_for_the_office()
    {
        var parent = await Protishruti.Tests.Features.Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var child = await Protishruti.Tests.Features.Manage.ManageTestKit.NewOfficeAsync(App, parent.Code);
        var reporter = await App.LoggedInAsync(await ReviewKit.NewUserAsync(App, child, OfficeRole.Editor));
        var reviewer = await App.LoggedInAsync(await ReviewKit.NewUserAsync(App, parent, OfficeRole.Approver));
        var bystander = await App.LoggedInAsync(await ReviewKit.NewUserAsync(App, parent, OfficeRole.OfficeAdmin));

        await ReviewKit.SubmitAsync(App, child, ReviewKit.OnTime);
        var review = For(await TasksAsync(reviewer), child.Code).ShouldHaveSingleItem();
        review.Kind.ShouldBe("ReportToReview");
        review.ActingOffice.ShouldBe(parent.Code);
        review.Url.ShouldEndWith($"/offices/{child.Code}/monitoring/2024-25/q1/review");
        review.OverdueDays.ShouldBeGreaterThan(0); // submitted in October 2024 and never reviewed
        For(await TasksAsync(reporter), child.Code).Select(t => t.Kind).ShouldNotContain("ReportReturned");
        For(await TasksAsync(bystander), child.Code).ShouldBeEmpty(); // an office admin does not review reports

        await ReviewKit.DecideAsync(App, child, accept: false);
        var fix = For(await TasksAsync(reporter), child.Code).Where(t => t.Kind == "ReportReturned").ShouldHaveSingleItem();
        fix.Url.ShouldEndWith($"/offices/{child.Code}/monitoring/2024-25/q1");
        fix.DueOn.ShouldBe("2024-10-15");
        For(await TasksAsync(reviewer), child.Code).ShouldBeEmpty();

        // In English the same item reads in English, and the late mark counts days.
        var english = (await reporter.GetStringAsync("/api/v1/me/tasks?lang=en"));
        english.ShouldContain("Progress report returned");
    }

    [Fact]
    public async System.Threading.Tasks.Task A_monitor_above_gets_no_work_of_the_offices_below_and_strangers_get_none()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o)))).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/services/new", ServiceForm(o, "নাগরিক সনদ প্রদান", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");
        (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);

        var monitor = await App.LoggedInAsync("monitor.mopa"); // a ministry's monitor: watches every office below, approves none
        For(await TasksAsync(monitor), o.Code).ShouldBeEmpty();
        var dcEditor = await App.LoggedInAsync("editor.dc-natore"); // the parent's editor: the child's charter is not theirs
        For(await TasksAsync(dcEditor), o.Code).ShouldBeEmpty();

        (await App.Browser().GetAsync("/api/v1/me/tasks")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async System.Threading.Tasks.Task Dashboards_link_only_pages_the_user_may_open_and_the_office_page_leads_its_managers_in()
    {
        // The district's editor may not open an upazila's dashboard: the list leads to the public page instead.
        var dcEditor = await App.LoggedInAsync("editor.dc-natore");
        var dc = await dcEditor.GetStringAsync("/dashboard/dc-natore");
        dc.ShouldNotContain("href=\"/dashboard/uno-singra\"");
        dc.ShouldContain("href=\"/offices/uno-singra\"");
        (await dcEditor.GetAsync("/dashboard/uno-singra")).ShouldBeDenied();
        // A ministry's monitor may, and is linked there.
        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await monitor.GetStringAsync("/dashboard/dc-natore")).ShouldContain("href=\"/dashboard/uno-singra\"");

        // The public office page: the system admin finds the management pages; the public and outsiders do not.
        var admin = await App.LoggedInAsync("admin");
        (await admin.GetStringAsync("/offices/uno-singra")).ShouldContain("href=\"/offices/uno-singra/edit\"");
        (await dcEditor.GetStringAsync("/offices/uno-singra")).ShouldNotContain("href=\"/dashboard/uno-singra\"");
        (await dcEditor.GetStringAsync("/offices/dc-natore")).ShouldContain("href=\"/dashboard/dc-natore\"");
        (await App.Browser().GetStringAsync("/offices/uno-singra")).ShouldNotContain("href=\"/dashboard/uno-singra\"");
    }
}

public sealed class InboxTests_Sqlite(SqliteApp app) : InboxTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class InboxTests_Postgres(PostgresApp app) : InboxTests<PostgresApp>(app), IClassFixture<PostgresApp>;
