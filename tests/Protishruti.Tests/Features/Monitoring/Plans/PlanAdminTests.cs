using System.Net;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Monitoring.Plans;

/// <summary>The SystemAdmin writes each year's action plans and reporting deadlines as data; nobody else may.</summary>
public abstract class PlanAdminTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static int _years = Random.Shared.Next(0, 20);

    /// <summary>A fiscal year no other test in this database uses (plans are unique per year and kind).</summary>
    // Years no other test uses, within the calendar the forms take dates from (to 2094, the Bangla calendar's range).
    private static FiscalYear FreshYear() => new(2060 + Interlocked.Increment(ref _years));

    private async Task<int> NewPlanAsync(HttpClient admin)
    {
        var year = FreshYear();
        var response = await ManageTestKit.PostAsync(admin, "/admin/plans?handler=Create", new()
        {
            ["Create.Year"] = year.LabelBn, ["Create.Kind"] = nameof(PlanKind.Innovation), ["Create.TitleBn"] = $"উদ্ভাবন কর্মপরিকল্পনা {year.LabelBn}", ["Create.TitleEn"] = "Innovation plan",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, ManageTestKit.ErrorsIn(await response.Content.ReadAsStringAsync()));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        (await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().SingleAsync(p => p.Id == id))).FiscalYearStart.ShouldBe(year.StartYear);
        return id;
    }

    private static Dictionary<string, string> Indicator(string code = "৩.১.১", string weight = "২", string unit = "Percent", string annual = "৯০",
        string q = "৯০", string textBn = "সেবা সহজীকরণের হার") => new()
    {
        ["Input.AreaBn"] = "উদ্ভাবন", ["Input.AreaEn"] = "Innovation", ["Input.AreaMarks"] = "৫", ["Input.ActivityCode"] = "৩.১",
        ["Input.ActivityBn"] = "সেবা সহজীকরণ", ["Input.ActivityEn"] = "Simplify services", ["Input.Code"] = code,
        ["Input.TextBn"] = textBn, ["Input.TextEn"] = "Share of services simplified", ["Input.Unit"] = unit, ["Input.Weight"] = weight,
        ["Input.AnnualTarget"] = annual, ["Input.TargetQ1"] = q, ["Input.TargetQ2"] = q, ["Input.TargetQ3"] = "", ["Input.TargetQ4"] = "",
        ["Input.TargetDate"] = "", ["Input.EvidenceBn"] = "সহজীকৃত সেবার তালিকা", ["Input.EvidenceEn"] = "List of simplified services",
        ["Input.Applicability"] = "AllOffices", ["Input.Source"] = "Manual", ["Input.Assumed"] = "true",
    };

    [Fact]
    public async Task Only_the_system_admin_may_open_the_plan_and_deadline_pages()
    {
        var planId = await App.WithDbAsync(db => db.ActionPlans.Select(p => p.Id).FirstAsync());
        string[] pages = ["/admin/plans", $"/admin/plans/{planId}", $"/admin/plans/{planId}/indicators/new", "/admin/deadlines?fy=2024-25"];
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var admin = await App.LoggedInAsync("admin");
        foreach (var page in pages)
        {
            (await App.Browser().GetAsync(page)).ShouldAskToLogIn();
            (await editor.GetAsync(page)).ShouldBeDenied();
            (await admin.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK, page);
        }
        (await ManageTestKit.PostAsync(editor, "/admin/plans?handler=Create", new() { ["Create.Year"] = "2031-32", ["Create.TitleBn"] = "x" }, "/account/login")).ShouldBeDenied();
        (await App.WithDbAsync(db => db.ActionPlans.AnyAsync(p => p.FiscalYearStart == 2031))).ShouldBeFalse();
        (await admin.GetStringAsync("/dashboard")).ShouldContain("href=\"/admin/plans\"");
    }

    [Fact]
    public async Task Copying_2024_25_starts_2025_26_with_the_same_indicators()
    {
        var admin = await App.LoggedInAsync("admin");
        var source = await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter));

        var response = await ManageTestKit.PostAsync(admin, "/admin/plans?handler=Copy", new() { ["Copy.FromPlanId"] = source.Id.ToString(), ["Copy.Year"] = "২০২৫-২৬" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, ManageTestKit.ErrorsIn(await response.Content.ReadAsStringAsync()));

        var copy = await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2025 && p.Kind == PlanKind.CitizenCharter));
        copy.Indicators.Select(i => (i.Code, i.Weight, i.AnnualTarget, i.Applicability, i.Source)).OrderBy(x => x.Code)
            .ShouldBe(source.Indicators.Select(i => (i.Code, i.Weight, i.AnnualTarget, i.Applicability, i.Source)).OrderBy(x => x.Code));
        copy.TitleBn.ShouldContain("২০২৫-২০২৬");
        copy.TitleEn.ShouldContain("2025-26");
        var list = await admin.GetStringAsync("/admin/plans");
        list.ShouldContain($"href=\"/admin/plans/{copy.Id}\"");
        list.ShouldContain("২০২৫-২৬");

        var again = await ManageTestKit.PostAsync(admin, "/admin/plans?handler=Copy", new() { ["Copy.FromPlanId"] = source.Id.ToString(), ["Copy.Year"] = "2025-26" });
        ManageTestKit.FieldError(await again.ShouldBeRejectedAsync(), "Copy.Year").ShouldBe("২০২৫-২৬ অর্থবছরে এই কর্মপরিকল্পনা আগে থেকেই আছে।");
    }

    [Fact]
    public async Task A_plan_is_created_and_an_indicator_added_and_edited_with_Bengali_digits()
    {
        var admin = await App.LoggedInAsync("admin");
        var planId = await NewPlanAsync(admin);

        (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/new", Indicator())).ShouldRedirectTo($"/admin/plans/{planId}");
        var added = await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().Include(p => p.Indicators).SingleAsync(p => p.Id == planId));
        var row = added.Indicators.Single();
        (row.Code, row.ActivityCode, row.Unit, row.Weight, row.AnnualTarget, row.TargetQ1, row.TargetQ3, row.AreaMarks, row.Assumed)
            .ShouldBe(("3.1.1", "3.1", IndicatorUnit.Percent, 2m, 90m, (decimal?)90m, (decimal?)null, 5m, true));

        var grid = await admin.GetStringAsync($"/admin/plans/{planId}");
        grid.ShouldContain("[৩.১.১] সেবা সহজীকরণের হার");
        grid.ShouldContain("[I]");
        grid.ShouldContain($"href=\"/admin/plans/{planId}/indicators/{row.Id}\"");

        (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/{row.Id}", Indicator(weight: "৩.৫", annual: "৮০", q: "৭৫")))
            .ShouldRedirectTo($"/admin/plans/{planId}");
        var edited = await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().Include(p => p.Indicators).SingleAsync(p => p.Id == planId));
        (edited.Indicators.Single().Weight, edited.Indicators.Single().AnnualTarget, edited.Indicators.Single().TargetQ2).ShouldBe((3.5m, 80m, (decimal?)75m));
        edited.TotalMarks(hasSubordinates: true).ShouldBe(3.5m);

        (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}", new() { ["Titles.TitleBn"] = "নতুন শিরোনাম", ["Titles.TitleEn"] = "New title", ["Titles.SourceNote"] = "অনুমিত" }))
            .ShouldRedirectTo($"/admin/plans/{planId}");
        (await App.WithDbAsync(db => db.ActionPlans.AsNoTracking().SingleAsync(p => p.Id == planId))).TitleBn.ShouldBe("নতুন শিরোনাম");
        var blank = await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}", new() { ["Titles.TitleBn"] = " ", ["Titles.TitleEn"] = "x" });
        ManageTestKit.FieldError(await blank.ShouldBeRejectedAsync(), "Titles.TitleBn").ShouldBe("কর্মপরিকল্পনার বাংলা শিরোনাম দিন।");
    }

    [Theory]
    [InlineData("TextBn", "Input.TextBn", "সূচকের বাংলা পাঠ দিন।")]
    [InlineData("Weight0", "Input.Weight", "সূচকের মান শূন্যের বেশি হতে হবে।")]
    [InlineData("Percent120", "Input.AnnualTarget", "শতকরা লক্ষ্যমাত্রা ১০০-এর বেশি হতে পারে না।")]
    [InlineData("QuartersAboveAnnual", "Input.QuarterTargets", "ত্রৈমাসিক লক্ষ্যমাত্রার যোগফল বার্ষিক লক্ষ্যমাত্রার বেশি।")]
    [InlineData("CodeAbc", "Input.Code", "সূচকের নম্বর বিন্দু দিয়ে যুক্ত সংখ্যা হবে, যেমন ১.১.১।")]
    [InlineData("WeightText", "Input.Weight", "সংখ্যা লিখুন, যেমন ৯০ বা 90।")]
    public async Task Bad_indicator_input_is_refused_beside_the_field_with_what_was_typed_kept(string bad, string field, string message)
    {
        var admin = await App.LoggedInAsync("admin");
        var planId = await NewPlanAsync(admin);
        var form = bad switch
        {
            "TextBn" => Indicator(textBn: " "),
            "Weight0" => Indicator(weight: "০"),
            "Percent120" => Indicator(annual: "১২০", q: ""),
            "QuartersAboveAnnual" => Indicator(unit: "Count", annual: "৪", q: "৩"),
            "CodeAbc" => Indicator(code: "abc"),
            _ => Indicator(weight: "দুই"),
        };

        var html = await (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/new", form)).ShouldBeRejectedAsync();

        ManageTestKit.FieldError(html, field).ShouldBe(message);
        html.ShouldContain("value=\"" + WebUtility.HtmlEncode(form["Input.Weight"]) + "\"");
        html.ShouldContain(WebUtility.HtmlEncode(form["Input.EvidenceBn"]));
        (await App.WithDbAsync(db => db.ActionPlans.Where(p => p.Id == planId).SelectMany(p => p.Indicators).CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task An_indicator_a_report_uses_cannot_be_deleted_and_an_unused_one_can()
    {
        var admin = await App.LoggedInAsync("admin");
        var planId = await NewPlanAsync(admin);
        (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/new", Indicator(code: "1.1.1"))).ShouldRedirectTo($"/admin/plans/{planId}");
        (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/new", Indicator(code: "1.1.2"))).ShouldRedirectTo($"/admin/plans/{planId}");
        var office = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var (used, unused) = await App.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.Id == planId);
            var report = new ProgressReport(office.Id, plan, ReportPeriod.Q1, ReportingCalendar.DefaultDue(plan.FiscalYear, ReportPeriod.Q1));
            var first = plan.Indicators.Single(i => i.Code == "1.1.1");
            report.Enter(first, 50, null, null);
            db.ProgressReports.Add(report);
            await db.SaveChangesAsync();
            return (first.Id, plan.Indicators.Single(i => i.Code == "1.1.2").Id);
        });

        var refused = await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/{used}?handler=Delete", [], $"/admin/plans/{planId}/indicators/{used}");
        (await refused.ShouldBeRejectedAsync()).ShouldContain("দপ্তরসমূহ এই সূচকে ইতোমধ্যে অগ্রগতি প্রতিবেদন দিয়েছে, তাই এটি মুছা যাবে না");
        (await ManageTestKit.PostAsync(admin, $"/admin/plans/{planId}/indicators/{unused}?handler=Delete", [], $"/admin/plans/{planId}/indicators/{unused}"))
            .ShouldRedirectTo($"/admin/plans/{planId}");
        (await App.WithDbAsync(db => db.ActionPlans.Where(p => p.Id == planId).SelectMany(p => p.Indicators).Select(i => i.Code).ToListAsync())).ShouldBe(["1.1.1"]);
    }

    [Fact]
    public async Task A_deadline_set_for_a_tier_is_what_the_calendar_uses_and_one_before_the_period_ends_is_refused()
    {
        var admin = await App.LoggedInAsync("admin");
        var year = FreshYear();
        var url = $"/admin/deadlines?fy={year.LabelEn}&handler=Set";
        var page = $"/admin/deadlines?fy={year.LabelEn}";
        var due = new DateOnly(year.StartYear, 10, 22);

        (await ManageTestKit.PostAsync(admin, url, new() { ["Set.Period"] = "Q1", ["Set.Tier"] = "UpazilaOffice", ["Set.DueOn"] = FormIso(due), ["Set.OpensOn"] = FormIso(due.AddDays(-10)) }, page))
            .ShouldRedirectTo(page);
        var configured = await App.WithDbAsync(db => db.ReportingDeadlines.AsNoTracking().Where(d => d.FiscalYearStart == year.StartYear).ToListAsync());
        ReportingCalendar.DueOn(year, ReportPeriod.Q1, OfficeKind.UpazilaOffice, configured).ShouldBe(due);
        ReportingCalendar.DueOn(year, ReportPeriod.Q1, OfficeKind.DistrictOffice, configured).ShouldBe(new DateOnly(year.StartYear, 10, 15));
        configured.Single().OpensOn.ShouldBe(due.AddDays(-10));
        (await admin.GetStringAsync(page)).ShouldContain("২২ অক্টোবর");

        var early = await ManageTestKit.PostAsync(admin, url, new() { ["Set.Period"] = "Q1", ["Set.Tier"] = "", ["Set.DueOn"] = BengaliDigits.ToBengali(FormIso(new DateOnly(year.StartYear, 9, 1))), ["Set.OpensOn"] = "" }, page);
        ManageTestKit.FieldError(await early.ShouldBeRejectedAsync(), "Set.DueOn").ShouldBe("প্রতিবেদনের সময়সীমা সংশ্লিষ্ট সময়কাল শেষ হওয়ার পরে হতে হবে।");

        (await ManageTestKit.PostAsync(admin, $"/admin/deadlines?fy={year.LabelEn}&handler=Clear", new() { ["period"] = "Q1", ["tier"] = "UpazilaOffice" }, page)).ShouldRedirectTo(page);
        (await App.WithDbAsync(db => db.ReportingDeadlines.AnyAsync(d => d.FiscalYearStart == year.StartYear))).ShouldBeFalse();
    }

    private static string FormIso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class PlanAdminTests_Sqlite(SqliteApp app) : PlanAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PlanAdminTests_Postgres(PostgresApp app) : PlanAdminTests<PostgresApp>(app), IClassFixture<PostgresApp>;
