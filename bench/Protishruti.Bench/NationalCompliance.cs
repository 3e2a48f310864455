using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Bench;

/// <summary>
/// The compliance dashboard at national scale (issue 6): the national hierarchy under one Cabinet Division office,
/// four quarters of FY 2024-25 progress reports for every office in a realistic mix of states with their entries,
/// monitoring committees and coordination/stakeholder meetings — written set-based in SQL (INSERT … SELECT over the
/// offices; no auditing, unlike the app's own saves) — then the dashboard page, and the JSON API, timed over HTTP.
/// </summary>
#pragma warning disable EF1002 // the SQL is built from numbers and dates computed here, never from input
public static partial class NationalCompliance
{
    public const string Root = "cabinet-division";
    public const string Ministry = "nm-01";
    private const string User = "bench.admin";
    private const string Password = "Bench-password-1";

    /// <summary>The national CSV with one Cabinet Division office on top of the 58 ministries.</summary>
    public static string Csv()
    {
        var csv = NationalOffices.Csv();
        var header = csv[..(csv.IndexOf('\n') + 1)];
        var body = csv[header.Length..].Replace(",ministry,,", $",ministry,{Root},", StringComparison.Ordinal);
        return header + $"{Root},\"মন্ত্রিপরিষদ বিভাগ\",\"Cabinet Division\",ministry,,\"ঢাকা\",\"Dhaka\",,cabinet@example.gov.bd,https://cabinet.example.gov.bd,01,00,0000\n" + body;
    }

    public static async Task<(int Offices, double Seconds)> LoadOfficesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var watch = Stopwatch.StartNew();
        if (!await db.Offices.AnyAsync(o => o.Code == Root))
        {
            var report = await scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>().ImportAsync(Csv());
            if (!report.Succeeded) throw new InvalidOperationException(string.Join("; ", report.Errors.Take(5).Select(e => $"line {e.Line}: {e.MessageEn}")));
        }
        return (await db.Offices.CountAsync(), watch.Elapsed.TotalSeconds);
    }

    public sealed record Generated(int Reports, int Entries, int Meetings, int Decisions, int CommitteeRecords, double Seconds);

    /// <summary>
    /// Per quarter of FY 2024-25, by a hash of the office id: 55% accepted on time, 15% on time awaiting review,
    /// 5% late and accepted, 5% late awaiting review, 5% returned, 5% a draft never sent, 10% no report at all.
    /// Every report has its applicable indicators' entries (one in six below target); two offices in three have a
    /// monitoring committee that acted in three quarters of four; two in five hold a coordination (with
    /// subordinates) or stakeholder meeting per quarter with minutes issued and two decisions.
    /// </summary>
    public static async Task<Generated> GenerateAsync(IServiceProvider services, DatabaseProvider provider)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));
        var watch = Stopwatch.StartNew();
        var plan = await db.ActionPlans.SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter);
        if (await db.ProgressReports.AnyAsync(r => r.ActionPlanId == plan.Id)) return await CountAsync(db, watch);

        var pg = provider == DatabaseProvider.Postgres;
        string D(DateOnly d) => pg ? $"DATE '{d:yyyy-MM-dd}'" : $"'{d:yyyy-MM-dd}'";
        string T(DateOnly d) => pg ? $"TIMESTAMP '{d:yyyy-MM-dd} 06:00:00'" : $"'{d:yyyy-MM-dd} 06:00:00'";
        var json = pg ? "'[]'::jsonb" : "'[]'";
        var time = pg ? "TIME '11:00:00'" : "'11:00:00'";
        string Dec(string x) => pg ? x : $"CAST({x} AS TEXT)";
        const string hasChildren = """EXISTS (SELECT 1 FROM "Offices" c WHERE c."ParentId" = o."Id")""";
        var year = new Domain.Calendar.FiscalYear(2024);

        await using var tx = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "Committees" ("OfficeId", "Kind") SELECT o."Id", 1 FROM "Offices" o WHERE o."Id" % 3 <> 0
            """);
        foreach (var q in year.Quarters)
        {
            var due = ReportingCalendar.DefaultDue(year, (ReportPeriod)q.Number);
            var n = q.Number;
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "ProgressReports" ("OfficeId", "ActionPlanId", "FiscalYearStart", "Period", "State", "DueOn", "FirstSubmittedAt",
                    "LastSubmittedAt", "SubmittedLate", "ReviewedAt", "Submissions")
                SELECT x."Id", {plan.Id}, 2024, {n},
                    CASE WHEN x.b < 55 THEN 3 WHEN x.b < 70 THEN 1 WHEN x.b < 75 THEN 3 WHEN x.b < 80 THEN 1 WHEN x.b < 85 THEN 2 ELSE 0 END,
                    {D(due)},
                    CASE WHEN x.b < 70 THEN {T(due.AddDays(-3))} WHEN x.b < 80 THEN {T(due.AddDays(9))} WHEN x.b < 85 THEN {T(due.AddDays(-2))} ELSE NULL END,
                    CASE WHEN x.b < 70 THEN {T(due.AddDays(-3))} WHEN x.b < 80 THEN {T(due.AddDays(9))} WHEN x.b < 85 THEN {T(due.AddDays(-2))} ELSE NULL END,
                    (x.b >= 70 AND x.b < 80),
                    CASE WHEN x.b < 55 OR (x.b >= 70 AND x.b < 75) OR (x.b >= 80 AND x.b < 85) THEN {T(due.AddDays(5))} ELSE NULL END,
                    CASE WHEN x.b < 85 THEN 1 ELSE 0 END
                FROM (SELECT o."Id", (o."Id" * 37 + {n * 11}) % 100 AS b FROM "Offices" o) x
                WHERE x.b < 90
                """);
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "ReportEntries" ("ProgressReportId", "PlanIndicatorId", "Achieved", "DoneOn", "Remarks", "Computed", "EvidenceUrl",
                    "EvidenceLabel", "EvidencePath", "EvidenceName", "EvidenceContentType")
                SELECT r."Id", i."Id",
                    {Dec("""CASE WHEN (r."Id" + i."Id") % 6 = 0 THEN 0 WHEN i."Unit" = 2 THEN 95 ELSE 1 END""")},
                    NULL, NULL, (i."Source" <> 0),
                    CASE WHEN i."Source" <> 0 THEN '/offices/bench/evidence' ELSE NULL END, NULL,
                    CASE WHEN i."Source" = 0 AND (r."Id" + i."Id") % 6 <> 0 THEN 'bench/evidence.pdf' ELSE NULL END, NULL, NULL
                FROM "ProgressReports" r
                JOIN "Offices" o ON o."Id" = r."OfficeId"
                JOIN "PlanIndicators" i ON i."ActionPlanId" = r."ActionPlanId"
                WHERE r."ActionPlanId" = {plan.Id} AND r."Period" = {n}
                  AND (i."Applicability" = 0 OR (i."Applicability" = 1 AND {hasChildren}) OR (i."Applicability" = 2 AND NOT {hasChildren}))
                """);
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "CommitteeQuarterRecords" ("CommitteeId", "FiscalYearStart", "Quarter", "Action", "On", "By", "MemoNumber", "Note")
                SELECT c."Id", 2024, {n}, CASE WHEN {n} = 1 THEN 1 ELSE 2 END, {D(q.Start.AddDays(10))}, 'bench', NULL, NULL
                FROM "Committees" c WHERE (c."OfficeId" + {n}) % 4 <> 0
                """);
            var day = q.Start.AddDays(40);
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "Meetings" ("OfficeId", "Kind", "Title", "Date", "Time", "Venue", "OnlineLink", "NoticeState", "MinutesState", "Chair",
                    "Opening", "Closing", "SignatoryPostId", "MinutesMemoNumber", "MinutesDate", "MinutesIssuedBy", "Attendees", "Corrigenda",
                    "Invitees", "NoticeIssues")
                SELECT o."Id", CASE WHEN {hasChildren} THEN 1 ELSE 2 END, 'সেবা প্রদান প্রতিশ্রুতি বিষয়ক সভা', {D(day)}, {time}, NULL, NULL, 1, 1, NULL,
                    NULL, NULL, NULL, 'bench', {D(day.AddDays(3))}, 'bench', {json}, {json}, {json}, {json}
                FROM "Offices" o WHERE (o."Id" + {n}) % 5 < 2
                """);
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "AgendaItems" ("MeetingId", "Order", "Title", "Details", "Discussion")
                SELECT m."Id", 1, 'সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ', NULL, NULL FROM "Meetings" m WHERE m."Date" = {D(day)}
                """);
            foreach (var order in new[] { 1, 2 })
                await db.Database.ExecuteSqlRawAsync($"""
                    INSERT INTO "Decisions" ("AgendaItemId", "Order", "Text", "Due", "Implementers")
                    SELECT a."Id", {order}, 'সেবা বক্স হালনাগাদ করতে হবে', NULL, {json}
                    FROM "AgendaItems" a JOIN "Meetings" m ON m."Id" = a."MeetingId" WHERE m."Date" = {D(day)}
                    """);
        }
        await tx.CommitAsync();
        // What autovacuum would do after a bulk load: fresh planner statistics.
        await db.Database.ExecuteSqlRawAsync(pg ? "VACUUM ANALYZE" : "ANALYZE");
        return await CountAsync(db, watch);
    }

    private static async Task<Generated> CountAsync(AppDbContext db, Stopwatch watch) => new(
        await db.ProgressReports.CountAsync(), await db.Set<ReportEntry>().CountAsync(), await db.Meetings.CountAsync(),
        await db.Set<Domain.Meetings.Decision>().CountAsync(), await db.Set<Domain.Committees.CommitteeQuarterRecord>().CountAsync(),
        watch.Elapsed.TotalSeconds);

    /// <summary>Wall times, and the process's processor time per request (client and server share the process): the
    /// latter says what a request costs when the machine is shared and wall times swing.</summary>
    public sealed record Timing(string Target, int Count, double P50, double P95, double Max, double CpuP50, double CpuP95, int Bytes);

    /// <summary>
    /// Starts the app on a loopback port, signs a SystemAdmin in through the login form, and requests each target
    /// <paramref name="repetitions"/> times after a warm-up, cycling the four quarters so no two requests in a row are alike.
    /// </summary>
    public static async Task<List<Timing>> TimeAsync(WebApplication app, int repetitions)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(User) is null)
            {
                var user = new AppUser { UserName = User, DisplayName = "Bench admin", Email = "bench@example.invalid" };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join(", ", created.Errors.Select(e => e.Description)));
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.RoleGrants.Add(new RoleGrant(user.Id, OfficeRole.SystemAdmin, null));
                await db.SaveChangesAsync();
            }
        }
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Urls.First();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var form = await client.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = User, ["Input.Password"] = Password, ["__RequestVerificationToken"] = token,
        }));
        if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"login failed: {login.StatusCode}");

        var targets = new (string Name, Func<int, string> Url)[]
        {
            ("Cabinet Division page (20,831 offices)", q => $"/offices/{Root}/compliance?fy=2024-25&quarter={q}"),
            ("Cabinet Division API", q => $"/api/v1/offices/{Root}/compliance?fy=2024-25&quarter={q}"),
            ($"ministry page ({Ministry})", q => $"/offices/{Ministry}/compliance?fy=2024-25&quarter={q}"),
            ($"ministry API ({Ministry})", q => $"/api/v1/offices/{Ministry}/compliance?fy=2024-25&quarter={q}"),
        };
        var results = new List<Timing>();
        async Task<(double Ms, double Cpu, int Bytes)> RequestAsync(string url)
        {
            var cpuFrom = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            return (watch.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpuFrom).TotalMilliseconds, body.Length);
        }
        void Add(string name, List<(double Ms, double Cpu, int Bytes)> runs)
        {
            var ms = runs.Select(r => r.Ms).Order().ToList();
            var cpu = runs.Select(r => r.Cpu).Order().ToList();
            static double At(List<double> xs, double p) => xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
            results.Add(new Timing(name, ms.Count, At(ms, 0.5), At(ms, 0.95), ms[^1], At(cpu, 0.5), At(cpu, 0.95), runs[^1].Bytes));
        }

        // The generated rows left change marks (the triggers fire on bulk SQL too), so the first request of each quarter
        // builds that quarter's facts for every office: a one-off cost, measured on its own.
        var builds = new List<(double, double, int)>();
        for (var q = 1; q <= 4; q++) builds.Add(await RequestAsync(targets[1].Url(q)));
        Add("first request of a quarter: builds its facts for every office (once)", builds);

        foreach (var (name, url) in targets)
        {
            for (var w = 1; w <= 3; w++) await RequestAsync(url(w));
            var runs = new List<(double, double, int)>();
            for (var i = 0; i < repetitions; i++) runs.Add(await RequestAsync(url(1 + i % 4)));
            Add(name, runs);
        }

        // The usual case in production: something changed since the last request (here one report is returned or
        // resubmitted before each request), so the request first recounts that office in every built quarter.
        var ids = await WithDbAsync(app, db => db.ProgressReports.Where(r => r.FirstSubmittedAt != null).OrderBy(r => r.Id).Select(r => r.Id).Take(repetitions + 3).ToListAsync());
        var changed = new List<(double, double, int)>();
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            await WithDbAsync(app, db => db.ProgressReports.Where(r => r.Id == id)
                .ExecuteUpdateAsync(x => x.SetProperty(r => r.State, r => r.State == ReportState.Returned ? ReportState.Submitted : ReportState.Returned)));
            var run = await RequestAsync(targets[1].Url(1 + i % 4));
            if (i >= 3) changed.Add(run);
        }
        Add("Cabinet Division API, a report changed before each request", changed);
        await app.StopAsync();
        return results;
    }

    private static async Task<T> WithDbAsync<T>(WebApplication app, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static string Format(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
