using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Bench;

/// <summary>
/// Complaints at scale (issue 19, "Scale"). (a) Submission: complaints offered at a fixed rate through Open311's
/// anonymous <c>POST /open311/v2/requests.json</c> by an open-loop client (a request leaves at its scheduled time
/// whatever the earlier ones are doing, and its latency counts from that time, as wrk2 does), the app's own static file
/// at the same rate as the reference, then the complaints counted in the database. (b) National statistics: complaints
/// in FY 2025-26 over the national hierarchy written set-based in SQL (not audited, unlike the app's own saves) with a
/// skew — a few offices and services carry most — and a mix of states, then <c>GET /api/v1/offices/{code}/grievances/statistics</c>
/// for the Cabinet Division, a ministry, a district and an upazila, timed.
/// </summary>
#pragma warning disable EF1002, EF1003 // the SQL is built from numbers computed here, never from input
public static class NationalGrievances
{
    public const string Marker = "bench-open311";

    /// <summary>One fixed-rate run; <paramref name="CpuPerRequest"/> is the bench process's processor time (client and app, not the
    /// database server) over the run divided by the requests: what a request costs whatever else the machine is doing.</summary>
    public sealed record Load(string Target, int Offered, int Sent, double AchievedPerSecond, int Ok, int Errors, double P50, double P95, double P99, double Max,
        double CpuPerRequest);

    /// <summary>Starts the app on a loopback port; the caller stops it.</summary>
    public static async Task<Uri> StartAsync(WebApplication app)
    {
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        return new Uri(app.Urls.First());
    }

    public static HttpClient Client(Uri address) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        UseCookies = false,
        AllowAutoRedirect = false,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>
    /// Fires <paramref name="rate"/> requests a second for <paramref name="seconds"/> seconds, each at its scheduled time
    /// (open loop), and returns each one's latency from that scheduled time, and its status (0 for a failure).
    /// </summary>
    public static async Task<Load> FireAsync(string target, HttpClient client, Func<int, HttpRequestMessage> make, HttpStatusCode expected,
        int rate, double seconds, Action<HttpResponseMessage, string>? onOk = null)
    {
        var n = (int)Math.Round(rate * seconds);
        var tasks = new Task<(double Ms, bool Ok, long End)>[n];
        var cpuFrom = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        var tick = (double)Stopwatch.Frequency / rate;
        async Task<(double, bool, long)> One(int i, long due)
        {
            try
            {
                using var request = make(i);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var end = Stopwatch.GetTimestamp();
                var ok = response.StatusCode == expected;
                if (ok) onOk?.Invoke(response, body);
                return (Stopwatch.GetElapsedTime(due, end).TotalMilliseconds, ok, end);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                var end = Stopwatch.GetTimestamp();
                return (Stopwatch.GetElapsedTime(due, end).TotalMilliseconds, false, end);
            }
        }
        var next = 0;
        while (next < n)
        {
            var now = Stopwatch.GetTimestamp();
            while (next < n && start + (long)(next * tick) <= now)
            {
                var due = start + (long)(next * tick);
                var i = next++;
                tasks[i] = Task.Run(() => One(i, due));
            }
            if (next < n) await Task.Delay(1);
        }
        var results = await Task.WhenAll(tasks);
        var cpu = (Environment.CpuUsage.TotalTime - cpuFrom).TotalMilliseconds / n;
        var last = results.Max(r => r.End);
        var ms = results.Select(r => r.Ms).Order().ToList();
        static double At(List<double> xs, double p) => xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
        var ok = results.Count(r => r.Ok);
        return new Load(target, rate, n, ok / Stopwatch.GetElapsedTime(start, last).TotalSeconds, ok, n - ok,
            At(ms, 0.5), At(ms, 0.95), At(ms, 0.99), ms[^1], cpu);
    }

    /// <summary>An anonymous-client complaint as GeoReport v2 says: form-encoded, service "other", a name, a mobile and an e-mail.</summary>
    /// <remarks><paramref name="anonymous"/> leaves out name, mobile and e-mail (no receipts are queued).</remarks>
    public static HttpRequestMessage Complaint(string office, string run, int i, bool anonymous = false)
    {
        var form = new Dictionary<string, string>
        {
            ["jurisdiction_id"] = office,
            ["service_code"] = "other",
            ["description"] = $"{Marker} {run} {i}: সেবা নিতে গিয়ে নির্ধারিত সময়ে সেবা পাইনি, বারবার ঘুরতে হয়েছে।",
        };
        if (!anonymous)
        {
            form["first_name"] = "Bench";
            form["phone"] = $"017{i % 100000000:00000000}";
            form["email"] = $"bench{i}@example.invalid";
        }
        return new HttpRequestMessage(HttpMethod.Post, "/open311/v2/requests.json") { Content = new FormUrlEncodedContent(form) };
    }

    public static async Task<int> CountAsync(IServiceProvider services, string run)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = $"{Marker} {run} ";
        return await db.Grievances.CountAsync(g => g.WhatHappened.StartsWith(prefix));
    }

    public sealed record Generated(int Complaints, double Seconds);

    /// <summary>
    /// <paramref name="count"/> complaints received in FY 2025-26 (1 July 2025 – 30 June 2026), evenly over its days. The
    /// office of complaint i is drawn as rank ⌊N·u⁴⌋ of a fixed shuffle of all offices (u uniform from a hash of i): the
    /// top 1% of offices get about 32% of the complaints. Its service is one of 12 (rank ⌊13·v²⌋, the 13th being "other"),
    /// so the first three get about half. States by another hash: 50% resolved within the deadline (8% rated satisfied,
    /// 4% rated "not resolved"), 10% resolved late, 8% rejected or not a grievance, 12% appealed (half closed, half open
    /// and overdue), 5% at the cabinet cell, open, 10% open at the office and overdue, 5% waiting for the citizen or
    /// under investigation with the extension.
    /// </summary>
    public static async Task<Generated> GenerateAsync(IServiceProvider services, DatabaseProvider provider, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var watch = Stopwatch.StartNew();
        var start = new DateOnly(2025, 7, 1);
        if (await db.Grievances.AnyAsync(g => g.SubmittedOn >= start && g.SubmittedOn <= new DateOnly(2026, 6, 30)))
            return new Generated(await db.Grievances.CountAsync(g => g.SubmittedOn >= start && g.SubmittedOn <= new DateOnly(2026, 6, 30)), 0);
        var pg = provider == DatabaseProvider.Postgres;
        var offices = await db.Offices.CountAsync();
        string Plus(string date, int days) => pg ? $"({date} + {days})" : $"date({date}, '+{days} days')";
        var f = pg ? "false" : "0";
        var t = pg ? "true" : "0";
        string Floor(string x) => pg ? $"CAST(floor({x}) AS integer)" : $"CAST({x} AS INTEGER)";
        var keys = Enumerable.Range(1, 12).Select(k => new Guid($"00000000-0000-4000-8000-{k:000000000000}")).ToList();
        string Key(Guid g) => pg ? $"'{g}'::uuid" : $"'{g.ToString().ToUpperInvariant()}'";

        await using var tx = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS bench_offices");
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS bench_services");
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE bench_offices AS
            SELECT row_number() OVER (ORDER BY (o."Id" * 7919) % 100003, o."Id") AS rn, o."Id" AS id, o."ParentId" AS parent FROM "Offices" o
            """);
        await db.Database.ExecuteSqlRawAsync("CREATE UNIQUE INDEX bench_offices_rn ON bench_offices (rn)");
        await db.Database.ExecuteSqlRawAsync($"CREATE TABLE bench_services (k integer PRIMARY KEY, skey {(pg ? "uuid" : "TEXT")}, name text)");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO bench_services (k, skey, name) VALUES " +
            string.Join(", ", keys.Select((g, k) => $"({k}, {Key(g)}, 'সেবা {k + 1}')")) + ", (12, NULL, NULL)");
        var prefix = pg ? "" : $"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count}) ";
        var series = pg ? $"generate_series(CAST(1 AS bigint), {count}) AS s(i)" : "s";
        var day = pg ? "(DATE '2025-07-01' + CAST(s.i % 365 AS integer))" : "date('2025-07-01', '+' || (s.i % 365) || ' days')";
        var at = pg ? "((x.d + TIME '04:00') AT TIME ZONE 'UTC')" : "(x.d || ' 04:00:00+00:00')";
        await db.Database.ExecuteSqlRawAsync($"""
            {prefix}INSERT INTO "Grievances" ("TrackingNumber", "OfficeId", "HandlingOfficeId", "ServiceKey", "ServiceNameBn", "ApplicationTrackingNumber",
                "WhatHappened", "WhatTheyWant", "ComplainantName", "ComplainantMobile", "ComplainantEmail", "SubmittedAt", "SubmittedOn", "Level",
                "State", "LevelStartedOn", "DueOn", "Extended", "Outcome", "Decision", "ClosedOn", "Verdict", "RepliesInEnglish", "SubmissionKey",
                "DuplicateOfId", "Version")
            SELECT {(pg ? "'B' || lpad(x.i::text, 9, '0')" : "'B' || substr('000000000' || x.i, -9, 9)")}, bo.id,
                CASE WHEN x.b BETWEEN 68 AND 79 THEN coalesce(bo.parent, bo.id) WHEN x.b BETWEEN 80 AND 84 THEN NULL ELSE bo.id END,
                bs.skey, bs.name, NULL, 'সেবা নিতে গিয়ে নির্ধারিত সময়ে সেবা পাইনি', NULL, NULL, NULL, NULL,
                {at}, x.d,
                CASE WHEN x.b BETWEEN 68 AND 79 THEN 2 WHEN x.b BETWEEN 80 AND 84 THEN 3 ELSE 1 END,
                CASE WHEN x.b < 74 THEN 3 WHEN x.b < 95 THEN 0 WHEN x.b < 98 THEN 1 ELSE 2 END,
                CASE WHEN x.b BETWEEN 68 AND 79 THEN {Plus("x.d", 45)} WHEN x.b BETWEEN 80 AND 84 THEN {Plus("x.d", 75)} ELSE x.d END,
                CASE WHEN x.b BETWEEN 68 AND 79 THEN {Plus("x.d", 73)} WHEN x.b BETWEEN 80 AND 84 THEN {Plus("x.d", 159)}
                     WHEN x.b >= 95 THEN {Plus("x.d", 63)} ELSE {Plus("x.d", 42)} END,
                CASE WHEN x.b >= 95 THEN {t} ELSE {f} END,
                CASE WHEN x.b < 60 THEN 1 WHEN x.b < 64 THEN 2 WHEN x.b < 68 THEN 3 WHEN x.b < 74 THEN 1 ELSE NULL END,
                CASE WHEN x.b < 74 THEN 'bench' ELSE NULL END,
                CASE WHEN x.b < 50 THEN {Plus("x.d", 20)} WHEN x.b < 60 THEN {Plus("x.d", 60)} WHEN x.b < 68 THEN {Plus("x.d", 25)}
                     WHEN x.b < 74 THEN {Plus("x.d", 70)} ELSE NULL END,
                CASE WHEN x.b < 8 THEN 1 WHEN x.b < 12 THEN 2 WHEN x.b BETWEEN 68 AND 70 THEN 1 ELSE NULL END,
                {f}, NULL, NULL, 0
            FROM (SELECT s.i, {day} AS d, (s.i * 37 + s.i / 1000) % 100 AS b,
                         ((s.i * 2654435761) % 4294967296) / 4294967296.0 AS u,
                         ((s.i * 40503 + 12345) % 65536) / 65536.0 AS v
                  FROM {series}) x
            JOIN bench_offices bo ON bo.rn = 1 + {Floor($"{offices} * x.u * x.u * x.u * x.u")}
            JOIN bench_services bs ON bs.k = {Floor("13 * x.v * x.v")}
            """);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_offices");
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_services");
        await tx.CommitAsync();
        // What autovacuum would do after a bulk load: fresh planner statistics (and, on PostgreSQL, the visibility map).
        await db.Database.ExecuteSqlRawAsync(pg ? """VACUUM ANALYZE "Grievances" """ : "ANALYZE");
        return new Generated(await db.Grievances.CountAsync(g => g.SubmittedOn >= start && g.SubmittedOn <= new DateOnly(2026, 6, 30)), watch.Elapsed.TotalSeconds);
    }

    public sealed record Target(string Name, string Code, int Offices);

    /// <summary>The Cabinet Division, the ministry with most offices under it, its first district office and that district's first upazila office.</summary>
    public static async Task<List<Target>> TargetsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var all = await db.Offices.AsNoTracking().Select(o => new { o.Id, o.Code, o.Kind, o.Path, o.ParentId }).ToListAsync();
        int Under(int id) => 1 + all.Count(o => o.Path.Contains($"/{id}/", StringComparison.Ordinal));
        var root = all.Single(o => o.Code == NationalCompliance.Root);
        var ministry = all.Where(o => o.Kind == OfficeKind.MinistryOrDivision && o.Id != root.Id).MaxBy(o => Under(o.Id))!;
        var district = all.Where(o => o.Kind == OfficeKind.DistrictOffice && o.Path.Contains($"/{ministry.Id}/", StringComparison.Ordinal)).MinBy(o => o.Id)!;
        var upazila = all.Where(o => o.ParentId == district.Id).MinBy(o => o.Id)!;
        return
        [
            new("Cabinet Division (national)", root.Code, Under(root.Id)),
            new($"ministry {ministry.Code}", ministry.Code, Under(ministry.Id)),
            new($"district office {district.Code}", district.Code, Under(district.Id)),
            new($"upazila office {upazila.Code}", upazila.Code, Under(upazila.Id)),
        ];
    }

    public sealed record Timing(string Target, int Offices, int Count, double P50, double P95, double Max, double CpuP50, double CpuP95, int Bytes, int Received);

    /// <summary>Each target's statistics for FY 2025-26 <paramref name="repetitions"/> times after a 3-request warm-up.</summary>
    public static async Task<List<Timing>> TimeStatisticsAsync(HttpClient client, List<Target> targets, int repetitions)
    {
        var results = new List<Timing>();
        foreach (var t in targets)
        {
            var url = $"/api/v1/offices/{t.Code}/grievances/statistics?fy=2025-26";
            var runs = new List<(double Ms, double Cpu, int Bytes)>();
            var received = 0;
            for (var i = 0; i < repetitions + 3; i++)
            {
                var cpuFrom = Environment.CpuUsage.TotalTime;
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                if (i >= 3) runs.Add((watch.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpuFrom).TotalMilliseconds, body.Length));
                else if (i == 0)
                {
                    using var json = System.Text.Json.JsonDocument.Parse(body);
                    received = json.RootElement.GetProperty("total").GetProperty("received").GetInt32();
                }
            }
            var ms = runs.Select(r => r.Ms).Order().ToList();
            var cpu = runs.Select(r => r.Cpu).Order().ToList();
            static double At(List<double> xs, double p) => xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
            results.Add(new Timing(t.Name, t.Offices, ms.Count, At(ms, 0.5), At(ms, 0.95), ms[^1], At(cpu, 0.5), At(cpu, 0.95), runs[^1].Bytes, received));
        }
        return results;
    }

    public static string Format(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
}
