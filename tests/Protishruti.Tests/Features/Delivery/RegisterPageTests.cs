using System.Net;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Delivery;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>The focal point's register: a row typed, rows pasted from Excel (all or none), a delivery and a correction, and who may.</summary>
public abstract class RegisterPageTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Register = "/offices/uno-singra/applications";

    private static Dictionary<string, string> Row(Guid service, string reference, DateOnly received, DateOnly? delivered = null, string? outcome = null) => new()
    {
        ["Input.Service"] = service.ToString(), ["Input.Reference"] = reference, ["Input.ReceivedOn"] = Iso(received), ["Input.Channel"] = "Counter",
        ["Input.DeliveredOn"] = delivered is { } d ? Iso(d) : "", ["Input.Outcome"] = outcome ?? "", ["Input.Reason"] = "",
    };

    [Fact]
    public async Task The_focal_point_records_a_row_then_delivers_it_and_the_correction_is_in_the_audit_log()
    {
        var service = await App.WorkingDayServiceAsync();
        var reference = "R-" + Unique();
        var editor = await App.LoggedInAsync("editor.uno-singra");
        (await PostAsync(editor, Register, Row(service.Key, reference, Today.AddDays(-1)))).ShouldRedirectTo(Register + "#add-h");
        var list = await editor.GetStringAsync(Register);
        list.ShouldContain("লিপিবদ্ধ হয়েছে। ট্র্যাকিং নম্বর");
        list.ShouldContain(reference);
        var a = await App.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(x => x.Reference == reference));
        a.IsOpen.ShouldBeTrue();

        var edit = $"{Register}/{a.Id}";
        var bad = await PostAsync(editor, edit, new()
        {
            ["Input.Reference"] = reference, ["Input.ReceivedOn"] = Iso(a.ReceivedOn), ["Input.Channel"] = "Counter",
            ["Input.Outcome"] = "Delivered", ["Input.DeliveredOn"] = Iso(a.ReceivedOn.AddDays(-1)),
        });
        var html = await bad.ShouldBeRejectedAsync();
        FieldError(html, "Input.DeliveredOn").ShouldNotBeNull().ShouldContain("আগে");
        html.ShouldContain($"value=\"{Iso(a.ReceivedOn.AddDays(-1))}\""); // what was typed comes back

        (await PostAsync(editor, edit, new()
        {
            ["Input.Reference"] = reference, ["Input.ReceivedOn"] = Iso(a.ReceivedOn), ["Input.Channel"] = "Online",
            ["Input.Outcome"] = "Delivered", ["Input.DeliveredOn"] = Iso(Today),
        })).ShouldRedirectTo(Register);
        var saved = await App.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(x => x.Id == a.Id));
        saved.StatusOn(Today).ShouldBe(ApplicationStatus.DeliveredOnTime);
        saved.Channel.ShouldBe(ApplicationChannel.Online);
        var id = a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Application" && e.EntityId == id).ToListAsync());
        audit.Count.ShouldBe(2);
        audit.ShouldContain(e => e.UserName == "editor.uno-singra" && e.Before != null && e.After!.Contains(Iso(Today)));
    }

    [Fact]
    public async Task A_row_with_a_mistake_comes_back_with_the_error_beside_its_field()
    {
        var service = await App.WorkingDayServiceAsync();
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var html = await (await PostAsync(editor, Register, Row(service.Key, "F-" + Unique(), Today.AddDays(2)))).ShouldBeRejectedAsync();
        FieldError(html, "Input.ReceivedOn").ShouldNotBeNull().ShouldContain("ভবিষ্যতের");
        var en = await (await PostAsync(editor, Register + "?lang=en", Row(service.Key, "", Today))).ShouldBeRejectedAsync();
        FieldError(en, "Input.Reference").ShouldNotBeNull().ShouldContain("register");
    }

    [Fact]
    public async Task Pasted_rows_are_recorded_all_together_or_not_at_all()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var rows = $"রেজিস্টার নং\tসেবা\tগ্রহণ\tমাধ্যম\n P-{u}-1\t{service.NameBn}\t{Iso(Today.AddDays(-3))}\tকাউন্টার\nP-{u}-2\t{service.NameBn}\t{Iso(Today.AddDays(-3))}\tফ্যাক্স\n";
        var html = await (await PostAsync(editor, Register + "?handler=Paste", new() { ["Pasted"] = rows }, Register)).ShouldBeRejectedAsync();
        html.ShouldContain("সারি ৩, মাধ্যম");
        (await App.WithDbAsync(db => db.Applications.CountAsync(a => a.Reference.StartsWith($"P-{u}-")))).ShouldBe(0);

        rows = rows.Replace("ফ্যাক্স", "udc", StringComparison.Ordinal);
        (await PostAsync(editor, Register + "?handler=Paste", new() { ["Pasted"] = rows }, Register)).ShouldRedirectTo(Register);
        (await App.WithDbAsync(db => db.Applications.CountAsync(a => a.Reference.StartsWith($"P-{u}-")))).ShouldBe(2);
    }

    [Fact]
    public async Task The_focal_points_inbox_lists_overdue_applications_and_those_due_within_three_working_days()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        await App.ApiClient().PostJsonAsync("/api/v1/offices/uno-singra/applications", new[]
        {
            Item(service.Key, $"I-{u}-1", Today.AddDays(-90)),
            Item(service.Key, $"I-{u}-2", Today.AddDays(-90)),
        });
        var editor = await App.LoggedInAsync("editor.uno-singra");
        var tasks = System.Text.Json.JsonDocument.Parse(await editor.GetStringAsync("/api/v1/me/tasks")).RootElement.EnumerateArray()
            .Where(t => t.GetProperty("office").GetProperty("code").GetString() == "uno-singra").ToList();
        var overdue = tasks.Single(t => t.GetProperty("kind").GetString() == "ApplicationsOverdue");
        overdue.GetProperty("url").GetString()!.ShouldEndWith("/offices/uno-singra/applications?status=overdue");
        overdue.GetProperty("overdueDays").GetInt32().ShouldBeGreaterThan(0);
        var page = await editor.GetStringAsync($"/offices/uno-singra/applications?status=overdue&q=I-{u}-1&lang=en");
        page.ShouldContain($"I-{u}-1");
        (await editor.GetStringAsync($"/offices/uno-singra/applications?status=due-soon&q=I-{u}-1&lang=bn")).ShouldContain("কোনো আবেদন নেই।");

        // Nobody without the right to record sees it.
        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await monitor.GetStringAsync("/api/v1/me/tasks")).ShouldNotContain("ApplicationsOverdue");
    }

    [Fact]
    public async Task The_head_records_too_a_monitor_above_reads_but_may_not_record_and_another_office_sees_nothing()
    {
        var service = await App.WorkingDayServiceAsync();
        var head = await App.LoggedInAsync("head.uno-singra");
        (await PostAsync(head, Register, Row(service.Key, "H-" + Unique(), Today))).ShouldRedirectTo(Register + "#add-h");

        var monitor = await App.LoggedInAsync("monitor.mopa");
        var page = await monitor.GetAsync(Register);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldNotContain("name=\"Input.Reference\"");
        (await PostAsync(monitor, Register, Row(service.Key, "M-" + Unique(), Today))).ShouldBeDenied();

        var other = await App.LoggedInAsync("editor.dco-bandarban");
        (await other.GetAsync(Register)).ShouldBeDenied();
        (await App.Browser().GetAsync(Register)).ShouldAskToLogIn();
    }
}

public sealed class RegisterPageTests_Sqlite(SqliteApp app) : RegisterPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class RegisterPageTests_Postgres(PostgresApp app) : RegisterPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
