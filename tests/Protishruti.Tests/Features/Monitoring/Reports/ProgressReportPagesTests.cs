using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Monitoring.Reports;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Tests.Features.Monitoring.Reports;

/// <summary>
/// The office's progress report: achievements counted from its records, marks by period, manual entry with evidence,
/// submission (on time, late, refused), who may do what, and the APA-grid document.
/// </summary>
public abstract partial class ProgressReportPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();

    /// <summary>This fiscal year: a test plan of its own (the grievance plan) with manual rows of every unit and a computed charter row.</summary>
    private FiscalYear ThisYear => FiscalYear.Of(Today);

    private Task<ActionPlan> TestPlanAsync() => App.WithDbAsync(async db =>
    {
        var year = ThisYear;
        var plan = await db.ActionPlans.Include(p => p.Indicators).SingleOrDefaultAsync(p => p.FiscalYearStart == year.StartYear && p.Kind == PlanKind.Grievance);
        if (plan is not null) return plan;
        plan = new ActionPlan(year, PlanKind.Grievance, $"অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা, {year.LabelBn}", $"GRS action plan, {year.LabelEn}");
        decimal?[] each(decimal v) => [v, v, v, v];
        plan.Add(new IndicatorDefinition("প্রাতিষ্ঠানিক", "Institutional", 15, "1.1", "অভিযোগ নিষ্পত্তি", "Settle grievances",
            "1.1.1", "নিষ্পত্তিকৃত অভিযোগ", "Grievances settled", IndicatorUnit.Percent, 4, 90, each(90),
            "নিষ্পত্তি প্রতিবেদন", "Settlement report", Applicability.AllOffices, AchievementSource.Manual, false));
        plan.Add(new IndicatorDefinition("প্রাতিষ্ঠানিক", "Institutional", 15, "1.2", "প্রশিক্ষণ আয়োজন", "Hold trainings",
            "1.2.1", "প্রশিক্ষণ আয়োজিত", "Trainings held", IndicatorUnit.Count, 6, 4, each(1),
            "হাজিরা", "Attendance", Applicability.AllOffices, AchievementSource.Manual, false));
        plan.Add(new IndicatorDefinition("প্রাতিষ্ঠানিক", "Institutional", 15, "1.3", "ওয়েবসাইট হালনাগাদ", "Update the website",
            "1.3.1", "হালনাগাদের তারিখ", "Updated on", IndicatorUnit.Date, 2, 0, [null, null, null, null],
            "স্ক্রিনশট", "Screenshot", Applicability.AllOffices, AchievementSource.Manual, false, year.Quarter(1).End.AddDays(-5)));
        plan.Add(new IndicatorDefinition("সক্ষমতা", "Capacity", 3, "2.1", "প্রতিশ্রুতি হালনাগাদ", "Update the charter",
            "2.1.1", "হালনাগাদকৃত", "Updated", IndicatorUnit.Count, 3, 4, each(1),
            "প্রকাশিত প্রতিশ্রুতি", "Published charter", Applicability.AllOffices, AchievementSource.CharterPublished, false));
        db.ActionPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    });

    private Task<Office> OfficeAsync() =>
        App.NewOfficeAsync("dc-natore", ("editor.dc-natore", OfficeRole.Editor), ("head.dc-natore", OfficeRole.Approver));

    private static string GrsUrl(Office o, FiscalYear y, string period) => $"/offices/{o.Code}/monitoring/{y.LabelEn}/{period}?plan=grs";

    /// <summary>Starts the report of a period with the deadline given (as if the tier's deadline were configured so).</summary>
    private Task<int> StartReportAsync(Office office, ActionPlan plan, ReportPeriod period, DateOnly dueOn) => App.WithDbAsync(async db =>
    {
        var p = await db.ActionPlans.Include(x => x.Indicators).SingleAsync(x => x.Id == plan.Id);
        db.ProgressReports.Add(new ProgressReport(office.Id, p, period, dueOn));
        return await db.SaveChangesAsync();
    });

    private Task<ProgressReport?> ReportAsync(Office office, int planId, ReportPeriod period) =>
        App.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Entries).ThenInclude(e => e.Indicator).Include(r => r.Steps)
            .SingleOrDefaultAsync(r => r.OfficeId == office.Id && r.ActionPlanId == planId && r.Period == period));

    private static int Id(ActionPlan plan, string code) => plan.Indicators.Single(i => i.Code == code).Id;

    /// <summary>Posts one row's form as the browser sends it: the fields, then the file last.</summary>
    private static async Task<HttpResponseMessage> EnterAsync(HttpClient client, string url, int indicatorId, string? achieved = null,
        string? doneOn = null, string? remarks = null, (string Name, byte[] Bytes)? file = null)
    {
        var page = await client.GetStringAsync(url, Ct);
        var token = Token().Match(page);
        token.Success.ShouldBeTrue($"No form on {url}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(indicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "IndicatorId" },
        };
        if (achieved is not null) content.Add(new StringContent(achieved), "Achieved");
        if (doneOn is not null) content.Add(new StringContent(doneOn), "DoneOn");
        if (remarks is not null) content.Add(new StringContent(remarks), "Remarks");
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            content.Add(part, "Evidence", f.Name);
        }
        return await client.PostAsync(url + (url.Contains('?') ? "&" : "?") + "handler=entry", content, Ct);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url) =>
        TestApp.PostFormAsync(client, url + (url.Contains('?') ? "&" : "?") + "handler=submit", [], url);

    private static string? FieldError(string html, int indicatorId, string field) => ManageTestKit.FieldError(html, $"Row{indicatorId}.{field}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    // ---- computed achievements ----

    [Fact]
    public async Task Computed_rows_count_the_committee_order_the_coordination_or_stakeholder_meeting_and_decisions_with_their_evidence()
    {
        var year = new FiscalYear(2024);
        var day = year.Quarter(1).Start.AddDays(40); // 10 August 2024
        var district = await OfficeAsync();
        var leaf = await OfficeAsync();
        await ManageTestKit.NewOfficeAsync(App, district.Code); // a subordinate: the district holds coordination meetings
        var posts = new List<int>();
        for (var i = 0; i < 5; i++) posts.Add(await App.NewPostAsync(district.Code, $"Member {i}"));
        await App.WithDbAsync(async db =>
        {
            var c = new Committee(district.Id, CommitteeKind.CharterMonitoring);
            CommitteeRole[] roles = [CommitteeRole.Convener, CommitteeRole.FocalPoint, CommitteeRole.AlternateFocalPoint, CommitteeRole.MemberSecretary, CommitteeRole.Member];
            c.Reconstitute(posts.Zip(roles, (p, r) => new Seat(p, r)).ToList(), day, "05.43.6900.001.26", "test");
            db.Committees.Add(c);
            db.Meetings.Add(Held(district.Id, posts[0], MeetingKind.CharterCoordination, day, decisions: 2));
            db.Meetings.Add(Held(leaf.Id, null, MeetingKind.CharterStakeholder, day, decisions: 0));
            return await db.SaveChangesAsync();
        });
        await App.WithDbAsync(async db =>
        {
            var progress = await db.Set<DecisionProgress>().Where(p => p.OfficeId == district.Id).OrderBy(p => p.Id).FirstAsync();
            progress.Update(DecisionStatus.Done, "সম্পন্ন", null, day.AddDays(10), "test");
            return await db.SaveChangesAsync();
        });

        var editor = await App.LoggedInAsync("editor.dc-natore");
        var districtPage = await editor.GetStringAsync($"/offices/{district.Code}/monitoring/2024-25/q1", Ct);
        var leafPage = await editor.GetStringAsync($"/offices/{leaf.Code}/monitoring/2024-25/q1", Ct);

        var plan = await App.WithDbAsync(db => db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter));
        var d = (await ReportAsync(district, plan.Id, ReportPeriod.Q1))!;
        d.EntryFor(Id(plan, "1.1.1"))!.Achieved.ShouldBe(1);
        d.EntryFor(Id(plan, "1.3.1"))!.Achieved.ShouldBe(1);
        d.EntryFor(Id(plan, "1.3.2")).ShouldBeNull(); // not for an office with subordinates
        d.EntryFor(Id(plan, "1.2.1"))!.Achieved.ShouldBe(50); // one of two decisions implemented
        districtPage.ShouldContain("অফিস আদেশ 05.43.6900.001.26");
        districtPage.ShouldContain($"href=\"/offices/{district.Code}/committees\"");
        districtPage.ShouldContain($"href=\"/offices/{district.Code}/meetings/");
        districtPage.ShouldNotContain("[১.৩.২]");

        var l = (await ReportAsync(leaf, plan.Id, ReportPeriod.Q1))!;
        l.EntryFor(Id(plan, "1.3.2"))!.Achieved.ShouldBe(1);
        l.EntryFor(Id(plan, "1.3.1")).ShouldBeNull();
        l.EntryFor(Id(plan, "1.1.1"))!.Achieved.ShouldBe(0);
        leafPage.ShouldContain("[১.৩.২]");
        leafPage.ShouldContain("এই সময়ে জারিকৃত কার্যবিবরণীতে কোনো সিদ্ধান্ত নেই");
    }

    private static Meeting Held(int officeId, int? signatory, MeetingKind kind, DateOnly day, int decisions)
    {
        var m = new Meeting(officeId, kind, "সেবা প্রদান প্রতিশ্রুতি বিষয়ক সভা", day, new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
        m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.SetMinutesFrame("সভাপতি, পরীক্ষা দপ্তর", "স্বাগত।", "সমাপ্তি।", signatory ?? 1);
        m.SetDiscussion(m.Agenda[0], "আলোচনা হয়।");
        var self = Party.Office(officeId, "পরীক্ষা দপ্তর");
        for (var i = 0; i < decisions; i++) m.AddDecision(m.Agenda[0], $"সিদ্ধান্ত {i + 1}", [self]);
        m.IssueMinutes("05.43.0000.002.26", day, day.AddDays(1).ToDateTime(new TimeOnly(10, 0)), "test",
            p => p.OfficeId is { } id ? [id] : []);
        return m;
    }

    [Fact]
    public async Task A_charter_version_published_in_the_quarter_counts_for_the_charter_row_with_a_link_to_the_version()
    {
        var plan = await TestPlanAsync();
        var office = await CharterBuilder.NewOfficeAsync(App, "upazila", "dc-natore");
        await App.WithDbAsync(async db =>
        {
            db.RoleGrants.Add(new RoleGrant(db.Users.Single(u => u.UserName == "editor.dc-natore").Id, OfficeRole.Editor, office.Id));
            return await db.SaveChangesAsync();
        });
        var number = await App.PublishCharterAsync(office);
        var quarter = FiscalQuarter.Of(Today);

        var editor = await App.LoggedInAsync("editor.dc-natore");
        var o = await App.WithDbAsync(db => db.Offices.SingleAsync(x => x.Id == office.Id));
        var page = await editor.GetStringAsync(GrsUrl(o, ThisYear, $"q{quarter.Number}"), Ct);

        var report = (await ReportAsync(o, plan.Id, (ReportPeriod)quarter.Number))!;
        report.EntryFor(Id(plan, "2.1.1"))!.Achieved.ShouldBe(1);
        page.ShouldContain($"href=\"/offices/{o.Code}/charter/versions/{number}\"");
        page.ShouldContain("স্বয়ংক্রিয় গণনা");
        page.ShouldContain("দপ্তরের নিজস্ব রেকর্ড");
        // Counted rows have no form; the manual ones do.
        page.ShouldNotContain($"name=\"IndicatorId\" value=\"{Id(plan, "2.1.1")}\"");
        page.ShouldContain($"name=\"IndicatorId\" value=\"{Id(plan, "1.1.1")}\"");
    }

    // ---- marks ----

    [Fact]
    public void Marks_are_proportional_to_what_is_due_by_the_period_and_the_grade_follows_the_share()
    {
        var plan = new ActionPlan(new FiscalYear(2024), PlanKind.Grievance, "পরীক্ষা", "Test");
        decimal?[] each(decimal v) => [v, v, v, v];
        var percent = plan.Add(new IndicatorDefinition("ক", "A", 10, "1.1", "ক", "A", "1.1.1", "হার", "Rate", IndicatorUnit.Percent, 4, 90, each(90),
            "প্রমাণ", "Proof", Applicability.AllOffices, AchievementSource.Manual, false));
        var count = plan.Add(new IndicatorDefinition("ক", "A", 10, "1.2", "ক", "A", "1.2.1", "সভা", "Meetings", IndicatorUnit.Count, 6, 4, each(1),
            "প্রমাণ", "Proof", Applicability.AllOffices, AchievementSource.Manual, false));
        var later = plan.Add(new IndicatorDefinition("ক", "A", 10, "1.3", "ক", "A", "1.3.1", "প্রশিক্ষণ", "Trainings", IndicatorUnit.Count, 2, 1, [null, null, 1, null],
            "প্রমাণ", "Proof", Applicability.AllOffices, AchievementSource.Manual, false));
        SetIds(percent, 1); SetIds(count, 2); SetIds(later, 3);
        var office = new Office("t-marks", "পরীক্ষা দপ্তর", "Test office", OfficeKind.Other);

        var q2 = new ProgressReport(1, plan, ReportPeriod.Q2, new DateOnly(2025, 1, 15));
        q2.Enter(percent, 75, null, null);
        q2.Enter(count, 1, null, null);
        q2.Enter(later, 0, null, null);
        var grid = ProgressReports.Grid(q2, office, "জেলা", plan.Indicators.ToList(),
            [(ReportPeriod.Q1, 2, 1m, null), (ReportPeriod.Q1, 1, 90m, null)], null, DateTime.UtcNow);

        var p = grid.Rows.Single(r => r.Code == "1.1.1");
        p.Quarters.Take(2).ShouldBe([90m, 75m]); // the earlier quarter is shown in the Q2 report
        p.Total.ShouldBe(82.5m); // a percentage is the mean of the quarters
        p.Marks.ShouldBe(3.67m); // 4 × 82.5 ÷ 90
        var c = grid.Rows.Single(r => r.Code == "1.2.1");
        c.Total.ShouldBe(2); // counts add up: 1 + 1
        c.TargetToDate.ShouldBe(2); // two quarterly targets due by Q2
        c.Marks.ShouldBe(6);
        grid.Rows.Single(r => r.Code == "1.3.1").Marks.ShouldBeNull(); // the training is due in Q3: not scored yet
        grid.ScoredWeight.ShouldBe(10);
        grid.Marks.ShouldBe(9.67m);
        grid.Grade.ShouldBe(ApaGrade.VeryGood); // 96.7%
        grid.FullMarks.ShouldBe(12);

        var q1 = new ProgressReport(1, plan, ReportPeriod.Q1, new DateOnly(2024, 10, 15));
        q1.Enter(percent, 75, null, null);
        q1.Enter(count, 0, null, null);
        var first = ProgressReports.Grid(q1, office, null, plan.Indicators.ToList(), [], null, DateTime.UtcNow);
        first.Rows.Single(r => r.Code == "1.1.1").Marks.ShouldBe(3.33m); // 75% of a 90% target on weight 4
        first.Marks.ShouldBe(3.33m);
        first.Grade.ShouldBe(ApaGrade.None); // 3.33 of 10: 33%
        ReportGrid.FromJson(first.ToJson()).Marks.ShouldBe(3.33m);
    }

    private static void SetIds(PlanIndicator i, int id) => typeof(PlanIndicator).GetProperty(nameof(PlanIndicator.Id))!.SetValue(i, id);

    // ---- manual entry and submission ----

    [Fact]
    public async Task The_editor_enters_achievements_with_evidence_and_submits_on_time_then_the_page_is_read_only_with_its_history()
    {
        var plan = await TestPlanAsync();
        var office = await OfficeAsync();
        var year = ThisYear;
        await StartReportAsync(office, plan, ReportPeriod.Q1, Today.AddDays(30)); // a deadline still ahead
        var url = GrsUrl(office, year, "q1");
        var editor = await App.LoggedInAsync("editor.dc-natore");

        (await EnterAsync(editor, url, Id(plan, "1.1.1"), achieved: "৭৫", remarks: "নিষ্পত্তি হার", file: ("নিষ্পত্তি.pdf", Pdf)))
            .ShouldRedirectTo($"{url}#row-{Id(plan, "1.1.1")}");
        (await EnterAsync(editor, url, Id(plan, "1.2.1"), achieved: "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EnterAsync(editor, url, Id(plan, "1.3.1"), doneOn: year.Quarter(1).End.AddDays(-10).ToString("yyyy-MM-dd"), file: ("screen.pdf", Pdf)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!;
        saved.EntryFor(Id(plan, "1.1.1"))!.Achieved.ShouldBe(75);
        saved.EntryFor(Id(plan, "1.1.1"))!.EvidenceName.ShouldBe("নিষ্পত্তি.pdf");
        var evidence = await editor.GetAsync($"/offices/{office.Code}/monitoring/{year.LabelEn}/q1/evidence/{Id(plan, "1.1.1")}", Ct);
        evidence.StatusCode.ShouldBe(HttpStatusCode.OK);
        evidence.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("নিষ্পত্তি.pdf");
        (await evidence.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(Pdf);

        var submitted = await SubmitAsync(editor, url);
        submitted.ShouldRedirectTo(url);
        var page = await editor.GetStringAsync(url, Ct);
        page.ShouldContain("দাখিল করা হয়েছে");
        page.ShouldContain("সময়মতো দাখিল");
        page.ShouldNotContain("handler=submit");
        page.ShouldNotContain("handler=entry");

        var report = (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!;
        report.State.ShouldBe(ReportState.Submitted);
        report.SubmittedLate.ShouldBeFalse();
        var step = report.Steps.Single();
        step.By.ShouldBe("editor.dc-natore");
        var frozen = ReportGrid.FromJson(step.SnapshotJson!);
        frozen.Rows.Single(r => r.Code == "1.1.1").Marks.ShouldBe(3.33m);
        page.ShouldContain($"submission={step.Id}");
        var copy = await editor.GetStringAsync($"{url}&submission={step.Id}", Ct);
        copy.ShouldContain("দাখিলকৃত অনুলিপি");
        copy.ShouldContain("[১.১.১]");

        // Submitted: no more changes, and the home page shows the marks as sent.
        (await (await EnterAsync(editor, url, Id(plan, "1.2.1"), achieved: "1")).ShouldBeRejectedAsync()).ShouldContain("পর্যালোচনাধীন");
        (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!.EntryFor(Id(plan, "1.2.1"))!.Achieved.ShouldBe(0);
        var home = await editor.GetStringAsync($"/offices/{office.Code}/monitoring?fy={year.LabelEn}&plan=grs", Ct);
        home.ShouldContain("দাখিলকৃত");
        home.ShouldContain("সময়মতো দাখিল");
    }

    /// <summary>
    /// The annual report of last year: the grid shows the quarters as reported, the office types the year's own
    /// figures (they replace the sum of the quarters), submits after 15 July (late, with a warning), and the document
    /// says it is the annual report.
    /// </summary>
    [Fact]
    public async Task The_annual_report_shows_the_quarters_takes_the_years_figures_and_is_submitted_and_printed_as_annual()
    {
        var lastYear = new FiscalYear(ThisYear.StartYear - 1);
        var plan = await App.WithDbAsync(async db =>
        {
            var existing = await db.ActionPlans.Include(p => p.Indicators).SingleOrDefaultAsync(p => p.FiscalYearStart == lastYear.StartYear && p.Kind == PlanKind.Grievance);
            if (existing is not null) return existing;
            var p = new ActionPlan(lastYear, PlanKind.Grievance, $"অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা, {lastYear.LabelBn}", $"GRS action plan, {lastYear.LabelEn}");
            p.Add(new IndicatorDefinition("প্রাতিষ্ঠানিক", "Institutional", 15, "1.1", "অভিযোগ নিষ্পত্তি", "Settle grievances",
                "1.1.1", "নিষ্পত্তিকৃত অভিযোগ", "Grievances settled", IndicatorUnit.Percent, 4, 90, [90, 90, 90, 90],
                "নিষ্পত্তি প্রতিবেদন", "Settlement report", Applicability.AllOffices, AchievementSource.Manual, false));
            p.Add(new IndicatorDefinition("প্রাতিষ্ঠানিক", "Institutional", 15, "1.2", "প্রশিক্ষণ আয়োজন", "Hold trainings",
                "1.2.1", "প্রশিক্ষণ আয়োজিত", "Trainings held", IndicatorUnit.Count, 6, 4, [1, 1, 1, 1],
                "হাজিরা", "Attendance", Applicability.AllOffices, AchievementSource.Manual, false));
            db.ActionPlans.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var office = await OfficeAsync();
        // Q1 was reported: 80% settled, one training.
        await App.WithDbAsync(async db =>
        {
            var p = await db.ActionPlans.Include(x => x.Indicators).SingleAsync(x => x.Id == plan.Id);
            var q1 = new ProgressReport(office.Id, p, ReportPeriod.Q1, lastYear.Quarter(1).End.AddDays(15));
            q1.Enter(p.Indicators.Single(i => i.Code == "1.1.1"), 80, null, null);
            q1.Enter(p.Indicators.Single(i => i.Code == "1.2.1"), 1, null, null);
            db.ProgressReports.Add(q1);
            db.ProgressReports.Add(new ProgressReport(office.Id, p, ReportPeriod.Annual, new DateOnly(lastYear.StartYear + 1, 7, 15)));
            return await db.SaveChangesAsync();
        });
        var url = $"/offices/{office.Code}/monitoring/{lastYear.LabelEn}/annual?plan=grs";
        var editor = await App.LoggedInAsync("editor.dc-natore");

        var page = WebUtility.HtmlDecode(await editor.GetStringAsync(url, Ct));
        page.ShouldContain("বার্ষিক");
        page.ShouldContain("৮০"); // Q1's figure, as reported
        page.ShouldContain("বিলম্বে দাখিল হিসেবে চিহ্নিত হবে"); // 15 July has passed

        (await EnterAsync(editor, url, Id(plan, "1.1.1"), achieved: "৯২", file: ("বার্ষিক.pdf", Pdf))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EnterAsync(editor, url, Id(plan, "1.2.1"), achieved: "4", file: ("হাজিরা.pdf", Pdf))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubmitAsync(editor, url)).ShouldRedirectTo(url);

        var annual = (await ReportAsync(office, plan.Id, ReportPeriod.Annual))!;
        annual.State.ShouldBe(ReportState.Submitted);
        annual.SubmittedLate.ShouldBeTrue();
        var sent = ReportGrid.FromJson(annual.Steps.Single().SnapshotJson!);
        // The year's own figures stand for the year (not 80 + nothing), and reach the annual targets: full marks.
        sent.Rows.Single(r => r.Code == "1.1.1").Total.ShouldBe(92);
        sent.Rows.Single(r => r.Code == "1.1.1").Quarters[0].ShouldBe(80);
        sent.Rows.Single(r => r.Code == "1.2.1").Total.ShouldBe(4);
        sent.Rows.Sum(r => r.Marks ?? 0).ShouldBe(10);
        (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!.State.ShouldBe(ReportState.Draft); // the quarter's own report is untouched

        var html = WebUtility.HtmlDecode(await editor.GetStringAsync($"/offices/{office.Code}/monitoring/{lastYear.LabelEn}/annual/report.html?plan=grs", Ct));
        html.ShouldContain("বার্ষিক");
        html.ShouldContain(office.NameBn);
        html.ShouldNotContain("খসড়া");
    }

    [Fact]
    public async Task A_report_sent_after_the_deadline_is_accepted_and_marked_late_after_a_warning()
    {
        var plan = await TestPlanAsync();
        var office = await OfficeAsync();
        var year = ThisYear;
        var url = GrsUrl(office, year, "q1");
        var editor = await App.LoggedInAsync("editor.dc-natore");
        await StartReportAsync(office, plan, ReportPeriod.Q1, year.Quarter(1).End.AddDays(1)); // due the day after the quarter: passed
        (await EnterAsync(editor, url, Id(plan, "1.1.1"), achieved: "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EnterAsync(editor, url, Id(plan, "1.2.1"), achieved: "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EnterAsync(editor, url, Id(plan, "1.3.1"), doneOn: "")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await editor.GetStringAsync(url, Ct);
        page.ShouldContain("বিলম্বে দাখিল হিসেবে চিহ্নিত হবে");
        // A blank date row: refused with nothing changed.
        var blank = await (await SubmitAsync(editor, url)).ShouldBeRejectedAsync();
        blank.ShouldContain("১.৩.১ সূচকের অর্জন লিখুন");
        (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!.State.ShouldBe(ReportState.Draft);

        (await EnterAsync(editor, url, Id(plan, "1.3.1"), doneOn: year.Quarter(1).End.AddDays(-2).ToString("yyyy-MM-dd"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // A date claimed without evidence: refused.
        (await (await SubmitAsync(editor, url)).ShouldBeRejectedAsync()).ShouldContain("প্রমাণক সংযুক্ত করুন");
        (await EnterAsync(editor, url, Id(plan, "1.3.1"), doneOn: year.Quarter(1).End.AddDays(-2).ToString("yyyy-MM-dd"), file: ("web.pdf", Pdf)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await SubmitAsync(editor, url)).ShouldRedirectTo(url);
        (await editor.GetStringAsync(url, Ct)).ShouldContain("বিলম্বিত হিসেবে চিহ্নিত");
        var report = (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!;
        report.State.ShouldBe(ReportState.Submitted);
        report.SubmittedLate.ShouldBeTrue();
        report.StatusOn(Today).ShouldBe(ComplianceStatus.Late);
        // Already submitted: a second submission is refused.
        (await (await SubmitAsync(editor, url)).ShouldBeRejectedAsync()).ShouldContain("পর্যালোচনাধীন");
    }

    [Fact]
    public async Task Bad_values_and_files_are_refused_beside_the_field_in_both_languages_with_the_typed_value_kept_and_nothing_saved()
    {
        var plan = await TestPlanAsync();
        var office = await OfficeAsync();
        var url = GrsUrl(office, ThisYear, "q1");
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var (percent, count) = (Id(plan, "1.1.1"), Id(plan, "1.2.1"));

        var over = await (await EnterAsync(editor, url, percent, achieved: "120", remarks: "লিখে রাখা মন্তব্য")).ShouldBeRejectedAsync();
        FieldError(over, percent, "Achieved").ShouldBe("শতকরা অর্জন ১০০-এর বেশি হতে পারে না।");
        over.ShouldContain("value=\"120\"");
        over.ShouldContain("লিখে রাখা মন্তব্য");

        var negative = await (await EnterAsync(editor, url, count, achieved: "-1")).ShouldBeRejectedAsync();
        FieldError(negative, count, "Achieved").ShouldBe("অর্জন ঋণাত্মক হতে পারে না।");
        var fraction = await (await EnterAsync(editor, url, count, achieved: "১.৫")).ShouldBeRejectedAsync();
        FieldError(fraction, count, "Achieved").ShouldBe("সংখ্যা পূর্ণসংখ্যা হতে হবে।");
        fraction.ShouldContain("value=\"১.৫\"");
        var words = await (await EnterAsync(editor, url, count, achieved: "তিন")).ShouldBeRejectedAsync();
        FieldError(words, count, "Achieved").ShouldBe("অর্জন সংখ্যায় লিখুন, যেমন ৩ বা ৭৫।");

        var exe = await (await EnterAsync(editor, url, count, achieved: "2", file: ("tool.exe", "MZ\u0090\0\u0003"u8.ToArray()))).ShouldBeRejectedAsync();
        FieldError(exe, count, "Evidence")!.ShouldContain("PDF, JPEG, PNG, DOCX বা XLSX নয়");
        exe.ShouldContain("value=\"2\"");
        var text = await (await EnterAsync(editor, url, count, achieved: "2", file: ("notes.pdf", "just text"u8.ToArray()))).ShouldBeRejectedAsync();
        FieldError(text, count, "Evidence")!.ShouldContain("PDF, JPEG, PNG, DOCX বা XLSX নয়");

        // The same refusal in English.
        var english = await App.LoggedInAsync("editor.dc-natore");
        await english.GetAsync("/?lang=en", Ct);
        var en = await (await EnterAsync(english, url, percent, achieved: "120")).ShouldBeRejectedAsync();
        FieldError(en, percent, "Achieved").ShouldBe("A percentage achievement is at most 100.");

        var report = (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!;
        report.EntryFor(percent)?.Achieved.ShouldBeNull();
        report.EntryFor(count)?.Achieved.ShouldBeNull();
        report.Entries.ShouldAllBe(e => e.EvidencePath == null);
    }

    [Fact]
    public async Task Too_big_a_file_is_refused_with_the_typed_value_kept()
    {
        var plan = await TestPlanAsync();
        var office = await OfficeAsync();
        var url = GrsUrl(office, ThisYear, "q1");
        await using var small = App.WithWebHostBuilder(b => b.UseSetting("Uploads:MaxBytes", "1024"));
        var client = small.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await TestApp.PostFormAsync(client, "/account/login", new() { ["Input.UserName"] = "editor.dc-natore", ["Input.Password"] = Protishruti.Web.Demo.DemoData.Password });
        var big = new byte[4096];
        Pdf.CopyTo(big, 0);
        var html = await (await EnterAsync(client, url, Id(plan, "1.2.1"), achieved: "3", file: ("big.pdf", big))).ShouldBeRejectedAsync();
        FieldError(html, Id(plan, "1.2.1"), "Evidence")!.ShouldContain("মেগাবাইটের বেশি");
        html.ShouldContain("value=\"3\"");
        (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!.EntryFor(Id(plan, "1.2.1"))?.Achieved.ShouldBeNull();
    }

    [Fact]
    public async Task A_report_cannot_be_sent_before_its_period_has_ended()
    {
        var plan = await TestPlanAsync();
        var office = await OfficeAsync();
        var quarter = FiscalQuarter.Of(Today);
        var url = GrsUrl(office, ThisYear, $"q{quarter.Number}");
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await editor.GetStringAsync(url, Ct)).ShouldContain("এরপর দাখিল করা যাবে");
        var refused = await (await SubmitAsync(editor, url)).ShouldBeRejectedAsync();
        refused.ShouldContain("প্রতিবেদনের সময়কাল");
        refused.ShouldContain("শেষ হবে; এরপর দাখিল করা যাবে");
        (await ReportAsync(office, plan.Id, (ReportPeriod)quarter.Number))!.State.ShouldBe(ReportState.Draft);
    }

    // ---- who may ----

    [Fact]
    public async Task The_office_editor_writes_a_monitor_above_reads_a_stranger_is_refused_and_the_anonymous_asked_to_log_in()
    {
        var plan = await TestPlanAsync();
        var office = await OfficeAsync();
        var url = GrsUrl(office, ThisYear, "q1");
        var home = $"/offices/{office.Code}/monitoring?fy=2024-25";
        var pdfDocx = $"/offices/{office.Code}/monitoring/2024-25/q1/report.docx";

        (await App.Browser().GetAsync(url, Ct)).ShouldAskToLogIn();
        (await App.Browser().GetAsync(home, Ct)).ShouldAskToLogIn();
        (await App.Browser().GetAsync(pdfDocx, Ct)).ShouldAskToLogIn();

        var stranger = await App.LoggedInAsync("editor.dco-bandarban");
        (await stranger.GetAsync(url, Ct)).ShouldBeDenied();
        (await stranger.GetAsync(home, Ct)).ShouldBeDenied();
        (await stranger.GetAsync(pdfDocx, Ct)).ShouldBeDenied();

        var monitor = await App.LoggedInAsync("monitor.mopa");
        var read = await monitor.GetStringAsync(url, Ct);
        read.ShouldContain("[১.১.১]");
        read.ShouldNotContain("handler=entry");
        read.ShouldNotContain("handler=submit");
        (await ReportAsync(office, plan.Id, ReportPeriod.Q1)).ShouldBeNull(); // reading starts nothing
        (await monitor.GetAsync(home, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await monitor.GetAsync(pdfDocx, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var editor = await App.LoggedInAsync("editor.dc-natore");
        var write = await editor.GetStringAsync(url, Ct);
        write.ShouldContain("handler=entry");
        write.ShouldContain("handler=submit");
        var homePage = await editor.GetStringAsync(home, Ct);
        homePage.ShouldContain("সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা, ২০২৪-২০২৫");
        homePage.ShouldContain($"/offices/{office.Code}/compliance?fy=2024-25");
        homePage.ShouldNotContain("/monitoring/reviews"); // no subordinates
        (await editor.GetStringAsync("/offices/dc-natore/monitoring?fy=2024-25", Ct)).ShouldContain("/offices/dc-natore/monitoring/reviews");
        (await editor.GetStringAsync($"/dashboard/{office.Code}", Ct)).ShouldContain($"/offices/{office.Code}/monitoring");

        // The monitor cannot post; the stranger neither.
        (await EnterAsync(editor, url, Id(plan, "1.2.1"), achieved: "1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var token = Token().Match(write).Groups[1].Value;
        var post = await monitor.PostAsync(url + "&handler=submit", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }), Ct);
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        if (post.StatusCode == HttpStatusCode.Redirect) post.ShouldBeDenied();
        (await ReportAsync(office, plan.Id, ReportPeriod.Q1))!.State.ShouldBe(ReportState.Draft);
    }

    // ---- the document ----

    [Fact]
    public async Task The_document_prints_the_office_and_indicators_in_Bengali_as_a_draft_until_submitted()
    {
        var office = await OfficeAsync();
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var docx = await editor.GetAsync($"/offices/{office.Code}/monitoring/2024-25/q1/report.docx", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var text = DocxText(await docx.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain(office.NameBn);
        text.ShouldContain("সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা, ২০২৪-২০২৫ এর অগ্রগতি প্রতিবেদন (১ম কোয়ার্টার)");
        text.ShouldContain("কমিটি পুনর্গঠিত");
        text.ShouldContain("কর্মসম্পাদন সূচকের মান");
        text.ShouldContain("খসড়া");

        var pdf = await editor.GetAsync($"/offices/{office.Code}/monitoring/2024-25/q1/report.pdf", Ct);
        if (pdf.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            (await pdf.Content.ReadAsStringAsync(Ct)).ShouldContain("report.html");
            return;
        }
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = new PdfFile(await pdf.Content.ReadAsByteArrayAsync(Ct));
        var (w, h) = file.PageSize;
        w.ShouldBeGreaterThan(h); // landscape
        var printed = Regex.Replace(file.Text(), @"\s+", " ");
        printed.ShouldContain(office.NameBn);
        printed.ShouldContain("কমিটি পুনর্গঠিত");
        printed.ShouldContain("অগ্রগতি প্রতিবেদন (১ম কোয়ার্টার)");
    }

    [Fact]
    public async Task Without_a_focal_point_the_post_flagged_head_signs_the_report_even_with_a_higher_sort_order()
    {
        var office = await OfficeAsync();
        var since = new DateOnly(2024, 1, 1);
        await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id, Ct);
            var first = new Post(o, "সহকারী কমিশনার", "Assistant Commissioner");
            first.SetDetails(null, null, null, null, null, 1); // the lowest sort order: the old rule's head
            first.AssignHolder(new Person("নিম্নক্রম কর্মকর্তা", null), since);
            var head = new Post(o, "জেলা প্রশাসক", "Deputy Commissioner");
            head.SetDetails(null, null, null, null, null, 90);
            head.AssignHolder(new Person("পতাকাধারী প্রধান", null), since);
            db.Posts.AddRange(first, head);
            Post.MakeHead(head, [first, head]);
            return await db.SaveChangesAsync(Ct);
        });
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var docx = await editor.GetAsync($"/offices/{office.Code}/monitoring/2024-25/q1/report.docx", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = DocxText(await docx.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain("পতাকাধারী প্রধান");
        text.ShouldContain("জেলা প্রশাসক");
        text.ShouldNotContain("নিম্নক্রম কর্মকর্তা");
    }

    private static string DocxText(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Join("\n", xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
    }
}

public sealed class ProgressReportPagesTests_Sqlite(SqliteApp app) : ProgressReportPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ProgressReportPagesTests_Postgres(PostgresApp app) : ProgressReportPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
