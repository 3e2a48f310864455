using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Features.Monitoring.Compliance;
using Protishruti.Web.Features.Offices;
using static Protishruti.Tests.Infrastructure.CharterBuilder;

namespace Protishruti.Tests.Features.Monitoring.Compliance;

/// <summary>
/// The compliance dashboard, its CSV/XLSX and its API against a small hierarchy counted by hand, for FY 2024-25 Q1
/// (due 15 October 2024; "other" offices have a deadline far away, so they are not yet due):
/// <code>
/// R  district   own report on time, accepted             (has subordinates)
/// ├─ A  district   late, awaiting review; held a coordination meeting with 2 decisions, 1 implemented
/// │  ├─ A1 upazila  returned (first sent on time)
/// │  └─ A2 upazila  on time, awaiting review
/// ├─ B  upazila    a draft never sent → missing; committee reconstituted in Q1
/// ├─ C  other      no report, not yet due
/// └─ D  upazila    no report → missing; charter version published in Q1
/// </code>
/// </summary>
public abstract class ComplianceDashboardTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Query = "fy=2024-25&quarter=1";

    private sealed record Tree(TestOffice R, TestOffice A, TestOffice A1, TestOffice A2, TestOffice B, TestOffice C, TestOffice D);

    private async Task<Tree> BuildAsync()
    {
        var r = await App.NewOfficeAsync("district", "divcom-rajshahi");
        var a = await App.NewOfficeAsync("district", r.Code);
        var a1 = await App.NewOfficeAsync("upazila", a.Code);
        var a2 = await App.NewOfficeAsync("upazila", a.Code);
        var b = await App.NewOfficeAsync("upazila", r.Code);
        var c = await App.NewOfficeAsync("other", r.Code);
        var d = await App.NewOfficeAsync("upazila", r.Code);
        var year = new FiscalYear(2024);

        await App.WithDbAsync(async db =>
        {
            if (!await db.ReportingDeadlines.AnyAsync(x => x.FiscalYearStart == 2024 && x.Period == ReportPeriod.Q1 && x.Tier == OfficeKind.Other))
                db.ReportingDeadlines.Add(new ReportingDeadline(year, ReportPeriod.Q1, OfficeKind.Other, new DateOnly(2040, 1, 15)));
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter);
            ProgressReport Report(TestOffice o, bool hasSubordinates, bool good, DateTimeOffset? submitted)
            {
                var report = new ProgressReport(o.Id, plan, ReportPeriod.Q1, new DateOnly(2024, 10, 15));
                var applicable = plan.For(hasSubordinates).ToList();
                foreach (var i in applicable)
                {
                    var value = good ? (i.Unit == IndicatorUnit.Percent ? 100m : 1m) : 0m;
                    if (i.IsComputed) report.Compute(i, value, "/offices/x/documents/1", "প্রমাণ");
                    else
                    {
                        report.Enter(i, value, null, null);
                        if (value > 0) report.AttachEvidence(i, "files/ab/cd", "photo.jpg", "image/jpeg");
                    }
                }
                if (submitted is { } at) report.Submit(applicable, at, "editor", null, "{}");
                db.ProgressReports.Add(report);
                return report;
            }
            DateTimeOffset On(int month, int day) => new(2024, month, day, 6, 0, 0, TimeSpan.Zero);
            Report(r, true, true, On(10, 10)).Accept(On(10, 12), "head", null, null);
            Report(a, true, false, On(10, 20));
            Report(a1, false, true, On(10, 9)).Return(On(10, 11), "head", null, "প্রমাণক অস্পষ্ট", []);
            Report(a2, false, true, On(10, 14));
            Report(b, false, true, null);
            await db.SaveChangesAsync();

            // B reconstituted its committee in Q1.
            var posts = new List<int> { b.HeadPostId, b.OfficerPostId };
            for (var i = 0; i < 3; i++)
            {
                var post = new Post(db.Offices.Single(o => o.Id == b.Id), $"সদস্য {i}", $"Member {i}");
                db.Posts.Add(post);
                await db.SaveChangesAsync();
                posts.Add(post.Id);
            }
            var committee = new Committee(b.Id, CommitteeKind.CharterMonitoring);
            committee.Reconstitute([new(posts[0], CommitteeRole.Convener), new(posts[1], CommitteeRole.MemberSecretary), new(posts[2], CommitteeRole.FocalPoint),
                new(posts[3], CommitteeRole.AlternateFocalPoint), new(posts[4], CommitteeRole.Member)], new DateOnly(2024, 7, 7), "০৫.৪৩.০০০০.০০০.০১", "head");
            db.Committees.Add(committee);

            // A held a coordination meeting in Q1: two decisions, one for A1 (done) and one for A2 (pending).
            var day = new DateOnly(2024, 8, 10);
            var m = new Meeting(a.Id, MeetingKind.CharterCoordination, "ত্রৈমাসিক সমন্বয় সভা", day, new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
            var item = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
            var officer = Party.Post(a.OfficerPostId, a.Id, "সহকারী পরিচালক");
            m.Invite(officer);
            m.IssueNotice("০৫.৪৩.০০০০.০০০.০২", day.AddDays(-4), "editor");
            m.RecordAttendance([new Attendee(officer, null, false)], day);
            m.SetMinutesFrame("সভাপতি", "স্বাগত", "সমাপ্তি", a.HeadPostId);
            m.SetDiscussion(item, "আলোচনা");
            m.AddDecision(item, "প্রথম সিদ্ধান্ত", [Party.Office(a1.Id, "উপজেলা ১")]);
            m.AddDecision(item, "দ্বিতীয় সিদ্ধান্ত", [Party.Office(a2.Id, "উপজেলা ২")]);
            m.IssueMinutes("০৫.৪৩.০০০০.০০০.০৩", day.AddDays(2), day.AddDays(2).ToDateTime(new TimeOnly(10, 0)), "editor", p => [p.OfficeId!.Value]);
            db.Meetings.Add(m);
            await db.SaveChangesAsync();
            var saved = await db.Whole().SingleAsync(x => x.Id == m.Id);
            saved.Decisions.Single(x => x.Text == "প্রথম সিদ্ধান্ত").ProgressOf(a1.Id).Update(DecisionStatus.Done, "সম্পন্ন", null, day.AddDays(20), "uno");
            return await db.SaveChangesAsync();
        });

        // D published a charter version; its publication day is moved into Q1 (the builder publishes today).
        await App.PublishCharterAsync(d);
        await App.WithDbAsync(db => db.Set<CharterVersion>().Where(v => v.Charter.OfficeId == d.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedOn, new DateOnly(2024, 8, 1))));
        return new Tree(r, a, a1, a2, b, c, d);
    }

    [Fact]
    public async Task The_page_shows_the_hand_counted_statuses_rate_activity_drill_down_and_indicators()
    {
        var t = await BuildAsync();
        var client = await App.LoggedInAsync("monitor.mopa");
        var response = await client.GetAsync($"/offices/{t.R.Code}/compliance?{Query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Value(Between(html, "id=\"total-offices\">", "<")).ShouldBe("7");
        Value(Between(html, "id=\"on-time-rate\">", "<")).ShouldBe("33.3%");
        Status(html, ComplianceStatus.OnTime).ShouldBe("2");
        Status(html, ComplianceStatus.Late).ShouldBe("1");
        Status(html, ComplianceStatus.Returned).ShouldBe("1");
        Status(html, ComplianceStatus.Missing).ShouldBe("2");
        Status(html, ComplianceStatus.NotDue).ShouldBe("1");
        Value(Between(html, "id=\"charter-published\">", "<")).ShouldBe("1");
        Value(Between(html, "id=\"committee-acted\">", "<")).ShouldBe("1");
        Value(Between(html, "id=\"meetings-held\">", "<")).ShouldBe("1");
        Value(Between(html, "id=\"decisions\">", "<")).ShouldBe("50%");

        // Drill-down: one row per direct subordinate, with its whole subtree.
        var a = Row(html, t.A.Code);
        (Cell(a, "offices"), Cell(a, "due"), Cell(a, "OnTime"), Cell(a, "Late"), Cell(a, "Returned"), Cell(a, "awaiting"), Cell(a, "rate"), Cell(a, "meetings"), Cell(a, "decisions"))
            .ShouldBe(("3", "3", "1", "1", "1", "2", "33.3%", "1", "50%"));
        a.ShouldContain($"href=\"/offices/{t.A.Code}/compliance?{Query}\"");
        a.ShouldContain($"href=\"/offices/{t.A.Code}/monitoring/2024-25/q1/review\""); // the parent (monitor above) reviews A's submitted report
        var b = Row(html, t.B.Code);
        (Cell(b, "Missing"), Cell(b, "committee"), Cell(b, "rate")).ShouldBe(("1", "1", "0%"));
        b.ShouldContain($"href=\"/offices/{t.B.Code}/monitoring/2024-25/q1\"");
        b.ShouldNotContain("/review"); // a draft is not reviewed
        var c = Row(html, t.C.Code);
        (Cell(c, "NotDue"), Cell(c, "due"), Cell(c, "rate")).ShouldBe(("1", "0", "—"));
        (Cell(Row(html, t.D.Code), "Missing"), Cell(Row(html, t.D.Code), "charter")).ShouldBe(("1", "1"));
        html.ShouldNotContain($"data-office=\"{t.A1.Code}\""); // grandchildren are one click down

        // The whole-scope indicator 1.1.1 (committee): R and A2 reached 1, A reported 0; A1's returned report does not count.
        var ind = Regex.Match(html, "<tr data-indicator=\"1.1.1\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        (Cell(ind, "applicable"), Cell(ind, "reached"), Cell(ind, "below"), Cell(ind, "none")).ShouldBe(("7", "2", "1", "4"));
        var coordination = Regex.Match(html, "<tr data-indicator=\"1.3.1\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        (Cell(coordination, "applicable"), Cell(coordination, "reached"), Cell(coordination, "below"), Cell(coordination, "none")).ShouldBe(("2", "1", "1", "0"));

        // The child's own dashboard: A and its two upazilas.
        var down = WebUtility.HtmlDecode(await client.GetStringAsync($"/offices/{t.A.Code}/compliance?{Query}"));
        Value(Between(down, "id=\"total-offices\">", "<")).ShouldBe("3");
        Cell(Row(down, t.A1.Code), "Returned").ShouldBe("1");
        Row(down, t.A2.Code).ShouldContain($"href=\"/offices/{t.A2.Code}/monitoring/2024-25/q1/review\"");
    }

    [Fact]
    public async Task The_csv_and_the_api_give_the_same_figures_and_the_xlsx_opens_with_them()
    {
        var t = await BuildAsync();
        var client = await App.LoggedInAsync("monitor.mopa");

        var csvResponse = await client.GetAsync($"/offices/{t.R.Code}/compliance.csv?{Query}");
        csvResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        lines[0].ShouldStartWith("কোড / Code,দপ্তর / Office");
        var root = lines[1].Split(',');
        root[0].ShouldBe(t.R.Code);
        // Offices, due, on time, late, returned, missing, not due, accepted, awaiting, rate
        root[4..14].ShouldBe(["7", "6", "2", "1", "1", "2", "1", "1", "2", "33.3"]);
        var a = lines.Single(l => l.StartsWith(t.A.Code + ",")).Split(',');
        a[4..14].ShouldBe(["3", "3", "1", "1", "1", "0", "0", "0", "2", "33.3"]);
        a[16..20].ShouldBe(["1", "1", "2", "50"]);
        lines.ShouldContain(l => l.StartsWith("1.1.1,") && l.EndsWith(",7,2,1,4"));

        var xlsx = await client.GetByteArrayAsync($"/offices/{t.R.Code}/compliance.xlsx?{Query}");
        using (var stream = new MemoryStream(xlsx))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "Offices").Cast<IDictionary<string, object>>().ToList();
            var rowA = rows.Single(x => (string)x["কোড / Code"] == t.A.Code);
            Convert.ToInt32(rowA["বিলম্বে / Late"]).ShouldBe(1);
            Convert.ToDecimal(rows[0]["সময়মতো দাখিলের হার % / On-time rate %"]).ShouldBe(33.3m);
        }

        // The API is open data: no login needed.
        var json = await App.Browser().GetStringAsync($"/api/v1/offices/{t.R.Code}/compliance?{Query}");
        using var doc = JsonDocument.Parse(json);
        var total = doc.RootElement.GetProperty("total");
        total.GetProperty("offices").GetInt32().ShouldBe(7);
        var s = total.GetProperty("statuses");
        (s.GetProperty("onTime").GetInt32(), s.GetProperty("late").GetInt32(), s.GetProperty("returned").GetInt32(), s.GetProperty("missing").GetInt32(),
            s.GetProperty("notDue").GetInt32()).ShouldBe((2, 1, 1, 2, 1));
        total.GetProperty("onTimeRate").GetDecimal().ShouldBe(33.3m);
        total.GetProperty("accepted").GetInt32().ShouldBe(1);
        total.GetProperty("awaitingReview").GetInt32().ShouldBe(2);
        total.GetProperty("decisions").GetProperty("percent").GetDecimal().ShouldBe(50m);
        doc.RootElement.GetProperty("own").GetProperty("status").GetString().ShouldBe("onTime");
        var children = doc.RootElement.GetProperty("children").EnumerateArray().ToList();
        children.Count.ShouldBe(4);
        var childA = children.Single(x => x.GetProperty("office").GetProperty("code").GetString() == t.A.Code);
        childA.GetProperty("own").GetProperty("status").GetString().ShouldBe("late");
        childA.GetProperty("figures").GetProperty("offices").GetInt32().ShouldBe(3);
        var committee = doc.RootElement.GetProperty("indicators").EnumerateArray().Single(x => x.GetProperty("code").GetString() == "1.1.1");
        (committee.GetProperty("reached").GetInt32(), committee.GetProperty("below").GetInt32(), committee.GetProperty("noFigure").GetInt32()).ShouldBe((2, 1, 4));
    }

    [Fact]
    public async Task When_a_returned_report_is_resubmitted_and_accepted_the_figures_follow()
    {
        var t = await BuildAsync();
        await App.WithDbAsync(async db =>
        {
            var report = await db.ProgressReports.Include(r => r.Entries).ThenInclude(e => e.Indicator).SingleAsync(r => r.OfficeId == t.A1.Id);
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.Id == report.ActionPlanId);
            report.Submit(plan.For(false).ToList(), new DateTimeOffset(2024, 10, 25, 6, 0, 0, TimeSpan.Zero), "editor", null, "{}");
            report.Accept(new DateTimeOffset(2024, 10, 26, 6, 0, 0, TimeSpan.Zero), "head", null, null);
            return await db.SaveChangesAsync();
        });
        using var doc = JsonDocument.Parse(await App.Browser().GetStringAsync($"/api/v1/offices/{t.R.Code}/compliance?{Query}"));
        var total = doc.RootElement.GetProperty("total");
        // A1 was first sent on time: resubmitted after the deadline, it stays on time (the first submission decides).
        total.GetProperty("statuses").GetProperty("onTime").GetInt32().ShouldBe(3);
        total.GetProperty("statuses").GetProperty("returned").GetInt32().ShouldBe(0);
        total.GetProperty("accepted").GetInt32().ShouldBe(2);
        total.GetProperty("onTimeRate").GetDecimal().ShouldBe(50m);
    }

    /// <summary>
    /// ADR 0022: the dashboard sums per-office facts kept current by triggers. After each kind of change — made through
    /// the domain, by a bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> that no EF hook sees, or by moving an office —
    /// the kept figures change as a user would expect and equal a fresh count from the source tables.
    /// </summary>
    [Fact]
    public async Task The_kept_figures_follow_every_kind_of_change_and_equal_a_fresh_count()
    {
        var t = await BuildAsync();
        DateTimeOffset On(int month, int day) => new(2024, month, day, 6, 0, 0, TimeSpan.Zero);
        Task<ComplianceReport> AgreeAsync(string after) => KeptEqualsFreshAsync(t.R, after);

        var built = await AgreeAsync("the quarter is built");
        (built.Total.Offices, built.Total.OnTime, built.Total.Returned, built.Total.Missing, built.Total.NotDue).ShouldBe((7, 2, 1, 2, 1));

        await App.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter);
            (await db.ProgressReports.Include(r => r.Entries).ThenInclude(x => x.Indicator).SingleAsync(r => r.OfficeId == t.A1.Id)).Submit(plan.For(false).ToList(), On(10, 25), "editor", null, "{}");
            (await db.ProgressReports.SingleAsync(r => r.OfficeId == t.A2.Id)).Accept(On(10, 26), "head", null, null);
            return await db.SaveChangesAsync();
        });
        var reviewed = await AgreeAsync("A1 resubmitted, A2 accepted");
        (reviewed.Total.OnTime, reviewed.Total.Returned, reviewed.Total.Accepted).ShouldBe((3, 0, 2));

        await App.WithDbAsync(async db =>
        {
            var meeting = await db.Whole().SingleAsync(m => m.OfficeId == t.A.Id);
            meeting.Decisions.Single(x => x.Text == "দ্বিতীয় সিদ্ধান্ত").ProgressOf(t.A2.Id).Update(DecisionStatus.Done, "সম্পন্ন", null, new DateOnly(2024, 9, 1), "uno");
            return await db.SaveChangesAsync();
        });
        (await AgreeAsync("A2's decision done")).Total.DecisionsShare.ShouldBe(100m);

        await App.WithDbAsync(db => db.Set<CommitteeQuarterRecord>().Where(q => q.Committee.OfficeId == t.B.Id).ExecuteDeleteAsync());
        await App.WithDbAsync(db => db.Set<CharterVersion>().Where(v => v.Charter.OfficeId == t.D.Id)
            .ExecuteUpdateAsync(x => x.SetProperty(v => v.PublishedOn, new DateOnly(2025, 1, 5))));
        var bulk = await AgreeAsync("B's committee record deleted and D's charter moved to Q3, in bulk");
        (bulk.Total.CommitteeActed, bulk.Total.CharterPublished).ShouldBe((0, 0));

        await App.WithDbAsync(async db =>
        {
            var d = await db.Offices.SingleAsync(o => o.Id == t.D.Id);
            await OfficeHierarchy.MoveAsync(db, d, await db.Offices.SingleAsync(o => o.Id == t.A.Id));
            return await db.SaveChangesAsync();
        });
        var moved = await AgreeAsync("D moved under A");
        moved.Children.Select(c => c.Code).ShouldNotContain(t.D.Code);
        moved.Children.Single(c => c.Code == t.A.Code).Figures.Offices.ShouldBe(4);

        var e = await App.NewOfficeAsync("upazila", t.R.Code);
        var added = await AgreeAsync("an office added under R");
        (added.Total.Offices, added.Total.Missing).ShouldBe((8, 3));
        added.Children.Single(c => c.Code == e.Code).Own.Status.ShouldBe(ComplianceStatus.Missing);

        // A plan edit changes every target comparison: raise a count indicator's Q1 target beyond every figure.
        var indicator = built.Indicators.First(i => i.Unit == IndicatorUnit.Count && i.Reached > 0);
        var target = indicator.Target;
        try
        {
            await App.WithDbAsync(db => db.Set<PlanIndicator>().Where(i => i.Id == indicator.IndicatorId).ExecuteUpdateAsync(x => x.SetProperty(i => i.TargetQ1, 99m)));
            var raised = await AgreeAsync("a target raised");
            raised.Indicators.Single(i => i.IndicatorId == indicator.IndicatorId).Reached.ShouldBe(0);
        }
        finally
        {
            await App.WithDbAsync(db => db.Set<PlanIndicator>().Where(i => i.Id == indicator.IndicatorId).ExecuteUpdateAsync(x => x.SetProperty(i => i.TargetQ1, target)));
        }

        await App.WithDbAsync(db => db.Meetings.Where(m => m.OfficeId == t.A.Id).ExecuteDeleteAsync());
        var deleted = await AgreeAsync("A's meeting deleted with its decisions");
        (deleted.Total.MeetingsHeld, deleted.Total.DecisionsCounted).ShouldBe((0, 0));
    }

    /// <summary>The dashboard's figures for R as kept (the facts, refreshed first) and as a fresh count from the source tables: they must be equal.</summary>
    private async Task<ComplianceReport> KeptEqualsFreshAsync(TestOffice r, string after, ReportPeriod period = ReportPeriod.Q1, DateOnly? on = null)
    {
        var (today, year) = (on ?? new DateOnly(2024, 11, 1), new FiscalYear(2024));
        ComplianceReport kept = null!, fresh = null!;
        await App.WithDbAsync(async db =>
        {
            var root = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == r.Id);
            kept = await new ComplianceQueries(db, new ComplianceFactStore(db, TimeProvider.System)).ForAsync(root, year, period, PlanKind.CitizenCharter, today);
            fresh = await new LiveCompliance(db).ForAsync(root, year, period, PlanKind.CitizenCharter, today);
            // The decisions figure is the follow-up pages' own share (ImplementationShares), office by office.
            var prefix = $"{root.Path}{root.Id}/";
            var shares = new Protishruti.Web.Features.Decisions.ImplementationShares(db);
            var (implemented, counted) = (0, 0);
            foreach (var id in await db.Offices.Where(o => o.Id == root.Id || o.Path.StartsWith(prefix)).Select(o => o.Id).ToListAsync())
            {
                var share = period.Quarter(year) is { } q ? await shares.ForOfficeAsync(id, q)
                    : (await shares.ForOfficeByQuarterAsync(id, year)).Aggregate(new ImplementationShare(0, 0), (a, x) => new(a.Implemented + x.Share.Implemented, a.Counted + x.Share.Counted));
                (implemented, counted) = (implemented + share.Implemented, counted + share.Counted);
            }
            (kept.Total.DecisionsImplemented, kept.Total.DecisionsCounted).ShouldBe((implemented, counted), after);
            return 0;
        });
        kept.Total.ShouldBe(fresh.Total, after);
        kept.Children.ShouldBe(fresh.Children, after);
        kept.Indicators.ShouldBe(fresh.Indicators, after);
        kept.RootOwn.ShouldBe(fresh.RootOwn, after);
        return kept;
    }

    /// <summary>
    /// The annual report on the dashboard (`quarter=annual`): each office's annual report against the 15 July deadline,
    /// and the year's activity — the Q1 meeting, committee record and charter version count for the year.
    /// </summary>
    [Fact]
    public async Task The_annual_dashboard_counts_the_annual_reports_and_the_years_activity()
    {
        var t = await BuildAsync();
        await App.WithDbAsync(async db =>
        {
            var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter);
            ProgressReport Annual(TestOffice o, bool hasSubordinates, DateTimeOffset? sent)
            {
                var report = new ProgressReport(o.Id, plan, ReportPeriod.Annual, new DateOnly(2025, 7, 15));
                var applicable = plan.For(hasSubordinates).ToList();
                foreach (var i in applicable)
                {
                    if (i.IsComputed) report.Compute(i, 1, null, null);
                    else
                    {
                        report.Enter(i, i.Unit == IndicatorUnit.Percent ? 95 : 4, null, null);
                        report.AttachEvidence(i, "files/ab/cd", "photo.jpg", "image/jpeg");
                    }
                }
                if (sent is { } at) report.Submit(applicable, at, "editor", null, "{}");
                db.ProgressReports.Add(report);
                return report;
            }
            Annual(t.R, true, new DateTimeOffset(2025, 7, 10, 6, 0, 0, TimeSpan.Zero)).Accept(new DateTimeOffset(2025, 7, 12, 6, 0, 0, TimeSpan.Zero), "head", null, null);
            Annual(t.A1, false, new DateTimeOffset(2025, 7, 20, 6, 0, 0, TimeSpan.Zero));
            Annual(t.B, false, null);
            return await db.SaveChangesAsync();
        });

        var annual = await KeptEqualsFreshAsync(t.R, "annual", ReportPeriod.Annual, new DateOnly(2025, 8, 1));
        var f = annual.Total;
        (f.Offices, f.OnTime, f.Late, f.Missing, f.NotDue, f.Accepted, f.AwaitingReview).ShouldBe((7, 1, 1, 5, 0, 1, 1));
        (f.CharterPublished, f.CommitteeActed, f.MeetingsHeld, f.DecisionsShare).ShouldBe((1, 1, 1, 50m));

        using var doc = JsonDocument.Parse(await App.Browser().GetStringAsync($"/api/v1/offices/{t.R.Code}/compliance?fy=2024-25&quarter=annual"));
        doc.RootElement.GetProperty("period").GetString().ShouldBe("annual");
        doc.RootElement.GetProperty("quarter").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("total").GetProperty("statuses").GetProperty("late").GetInt32().ShouldBe(1);

        var client = await App.LoggedInAsync("monitor.mopa");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/offices/{t.R.Code}/compliance?fy=2024-25&quarter=annual"));
        html.ShouldContain("২০২৪-২৫ অর্থবছর (বার্ষিক, জুলাই–জুন)");
        html.ShouldContain("এই অর্থবছরের কার্যক্রম");
        html.ShouldContain("বার্ষিক লক্ষ্যমাত্রা");
        html.ShouldContain("<option value=\"annual\" selected=\"selected\">");
        Status(html, ComplianceStatus.Late).ShouldBe("1");
        Row(html, t.A.Code).ShouldContain($"/offices/{t.A.Code}/compliance?fy=2024-25&quarter=annual");
    }

    /// <summary>
    /// Reports change while dashboards are read, from parallel requests: the refreshes take turns (one at a time may
    /// take the change marks), no change is lost, and the final figures equal a fresh count.
    /// </summary>
    [Fact]
    public async Task Reports_changing_while_dashboards_are_read_in_parallel_end_with_the_fresh_count()
    {
        var t = await BuildAsync();
        await KeptEqualsFreshAsync(t.R, "built");
        var offices = new[] { t.R.Id, t.A.Id, t.A1.Id, t.A2.Id };
        var work = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            var office = offices[i / 2 % offices.Length];
            if (i % 2 == 0)
                await App.WithDbAsync(db => db.ProgressReports.Where(x => x.OfficeId == office)
                    .ExecuteUpdateAsync(x => x.SetProperty(r => r.State, r => r.State == ReportState.Returned ? ReportState.Accepted : ReportState.Returned)));
            else
                await App.WithDbAsync(async db =>
                {
                    var root = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == t.R.Id);
                    return (await new ComplianceQueries(db, new ComplianceFactStore(db, TimeProvider.System))
                        .ForAsync(root, new FiscalYear(2024), ReportPeriod.Q1, PlanKind.CitizenCharter, new DateOnly(2024, 11, 1))).Total.Offices;
                });
        }));
        await Task.WhenAll(work);
        // Each of the four reports was toggled three times: returned ↔ accepted, so each ends in the other state.
        var after = await KeptEqualsFreshAsync(t.R, "after the parallel changes");
        after.Total.Returned.ShouldBe(3);
    }

    [Fact]
    public async Task A_monitor_above_may_see_it_a_sibling_editor_may_not_and_anonymous_users_are_sent_to_log_in()
    {
        var t = await BuildAsync();
        var url = $"/offices/{t.R.Code}/compliance?{Query}";
        (await (await App.LoggedInAsync("monitor.mopa")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sibling = await App.LoggedInAsync("editor.dc-natore");
        (await sibling.GetAsync(url)).ShouldBeDenied();
        (await sibling.GetAsync($"/offices/{t.R.Code}/compliance.csv?{Query}")).ShouldBeDenied();
        (await App.Browser().GetAsync(url)).ShouldAskToLogIn();
        (await App.Browser().GetAsync($"/offices/{t.R.Code}/compliance.xlsx?{Query}")).ShouldAskToLogIn();
        // The office dashboard links to it for those who may monitor.
        (await (await App.LoggedInAsync("monitor.mopa")).GetStringAsync($"/dashboard/{t.R.Code}")).ShouldContain($"/offices/{t.R.Code}/compliance");
    }

    [Fact]
    public async Task A_wrong_query_is_a_400_with_the_message_in_both_languages_and_an_unknown_office_a_404()
    {
        var office = await App.NewOfficeAsync("district", "divcom-rajshahi");
        var client = await App.LoggedInAsync("monitor.mopa");
        var page = await client.GetAsync($"/offices/{office.Code}/compliance?fy=abc&quarter=1");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("অর্থবছর 'abc' বোঝা যায়নি");
        html.ShouldContain("The fiscal year 'abc' is not understood");
        html.ShouldContain("value=\"abc\""); // the typed value is kept

        var api = await App.Browser().GetAsync($"/api/v1/offices/{office.Code}/compliance?fy=2024-25&quarter=7");
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await api.Content.ReadAsStringAsync();
        problem.ShouldContain("The quarter '7' is not valid");
        problem.ShouldContain("কোয়ার্টার '7' সঠিক নয়");
        (await App.Browser().GetAsync("/api/v1/offices/no-such-office/compliance?fy=2024-25&quarter=1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/offices/{office.Code}/compliance.csv?fy=2024-25&quarter=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/offices/no-such-office/compliance.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Without a query: the last quarter that ended.
        (await client.GetAsync($"/offices/{office.Code}/compliance")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.GetAsync("/?lang=en");
        var en = WebUtility.HtmlDecode(await client.GetStringAsync($"/offices/{office.Code}/compliance?{Query}"));
        en.ShouldContain("Compliance dashboard");
        en.ShouldContain("Q1 (July–September)");
    }

    private static string Between(string html, string start, string end)
    {
        var i = html.IndexOf(start, StringComparison.Ordinal);
        i.ShouldBeGreaterThanOrEqualTo(0, $"'{start}' not on the page");
        i += start.Length;
        return html[i..html.IndexOf(end, i, StringComparison.Ordinal)];
    }

    private static string Value(string text) => BengaliDigits.ToAscii(text.Trim());

    private static string Status(string html, ComplianceStatus s) =>
        Value(Regex.Match(html, $"<tr data-status=\"{s}\">.*?<td>([^<]*)</td>", RegexOptions.Singleline).Groups[1].Value);

    private static string Row(string html, string code)
    {
        var m = Regex.Match(html, $"<tr data-office=\"{Regex.Escape(code)}\">(.*?)</tr>", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no row for {code}");
        return m.Groups[1].Value;
    }

    private static string Cell(string row, string col)
    {
        var m = Regex.Match(row, $"<td data-col=\"{col}\">(.*?)</td>", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no cell {col}");
        return Value(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""));
    }
}

public sealed class ComplianceDashboardTests_Sqlite(SqliteApp app) : ComplianceDashboardTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ComplianceDashboardTests_Postgres(PostgresApp app) : ComplianceDashboardTests<PostgresApp>(app), IClassFixture<PostgresApp>;
