using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Delivery;
using Protishruti.Web.Features.Delivery.Performance;

namespace Protishruti.Bench;

/// <summary>
/// Applications at national scale (issue 18, "Scale and speed"; ADR 0044). Every national office gets a published
/// charter cloned set-based from one generated through the domain (the same national services in every office, as a
/// ministry's standard charter gives its field offices); then N applications over the 730 days up to today are written
/// set-based in SQL with a skew (office rank ⌊N·u⁴⌋ of a fixed shuffle, service rank ⌊S·v³⌋), due dates and working
/// days taken from the app's own calendar, and the performance facts rebuilt once. Measured: (a) bulk ingest through
/// <c>POST /api/v1/offices/{code}/applications</c> with Bearer keys, batches of 1,000, several clients; (b) the
/// performance API of the Cabinet Division, a ministry, a district and an upazila while ingest runs at a moderate rate,
/// against the app's static file; (c) due dates recomputed after a holiday change over the open applications.
/// </summary>
#pragma warning disable EF1002, EF1003 // the SQL is built from numbers and names computed here, never from input
public static class NationalDelivery
{
    public sealed record Setup(int Offices, int Services, double Seconds);

    private static async Task<List<string>> ColumnsAsync(AppDbContext db, bool pg, string table) => await db.Database.SqlQueryRaw<string>(pg
        ? $"""SELECT column_name AS "Value" FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = current_schema() ORDER BY ordinal_position"""
        : $"""SELECT name AS "Value" FROM pragma_table_info('{table}')""").ToListAsync();

    /// <summary>A published charter for every office that has none: one generated through the domain, cloned in SQL (version and services).</summary>
    public static async Task<Setup> ChartersAsync(IServiceProvider services, DatabaseProvider provider, DateOnly publishedOn)
    {
        var watch = Stopwatch.StartNew();
        var pg = provider == DatabaseProvider.Postgres;
        await using (var check = services.CreateAsyncScope())
        {
            var d = check.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await d.Charters.CountAsync() < 5) await NationalCharters.GenerateAsync(services, 0.0006);
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var published = CharterVersionState.Published;
        // The template: the published version with most services among those with a measurable working-day limit.
        var template = await db.Set<CharterVersion>().AsNoTracking().Where(v => v.State == published)
            .OrderByDescending(v => v.Services.Count).ThenBy(v => v.Id).Select(v => new { v.Id, v.CharterId, Count = v.Services.Count }).FirstAsync();
        var charterCols = (await ColumnsAsync(db, pg, "Charters")).Where(c => c is not ("Id" or "OfficeId")).ToList();
        var versionCols = (await ColumnsAsync(db, pg, "CharterVersions")).Where(c => c is not ("Id" or "CharterId")).ToList();
        var serviceCols = (await ColumnsAsync(db, pg, "CharterServices"))
            .Where(c => c is not ("Id" or "CharterVersionId" or "ResponsibleOfficerPostId" or "SupervisingOfficerPostId")).ToList();
        string Q(IEnumerable<string> cols, string alias) => string.Join(", ", cols.Select(c => alias.Length == 0 ? $"\"{c}\"" : $"{alias}.\"{c}\""));
        var on = pg ? $"DATE '{publishedOn:yyyy-MM-dd}'" : $"'{publishedOn:yyyy-MM-dd}'";

        await using var tx = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "Charters" ("OfficeId"{(charterCols.Count > 0 ? ", " + Q(charterCols, "") : "")})
            SELECT o."Id"{(charterCols.Count > 0 ? ", " + Q(charterCols, "t") : "")} FROM "Offices" o CROSS JOIN "Charters" t
            WHERE t."Id" = {template.CharterId} AND NOT EXISTS (SELECT 1 FROM "Charters" c WHERE c."OfficeId" = o."Id")
            """);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "CharterVersions" ("CharterId", {Q(versionCols, "")})
            SELECT c."Id", {Q(versionCols, "t")} FROM "Charters" c CROSS JOIN "CharterVersions" t
            WHERE t."Id" = {template.Id} AND NOT EXISTS (SELECT 1 FROM "CharterVersions" v WHERE v."CharterId" = c."Id")
            """);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "CharterServices" ("CharterVersionId", {Q(serviceCols, "")})
            SELECT v."Id", {Q(serviceCols, "s")} FROM "CharterVersions" v CROSS JOIN "CharterServices" s
            WHERE s."CharterVersionId" = {template.Id} AND v."Id" <> {template.Id} AND NOT EXISTS (SELECT 1 FROM "CharterServices" x WHERE x."CharterVersionId" = v."Id")
            """);
        await db.Database.ExecuteSqlRawAsync($"""UPDATE "CharterVersions" SET "PublishedOn" = {on} WHERE "State" = {(int)published}""");
        await tx.CommitAsync();
        var offices = await db.Offices.CountAsync();
        return new Setup(offices, template.Count, watch.Elapsed.TotalSeconds);
    }

    public sealed record Generated(int Applications, int Open, double Seconds, double FactsSeconds, long FactRows, long SubtreeFactRows);

    /// <summary>
    /// <paramref name="count"/> applications received over the 730 days up to <paramref name="today"/>, set-based:
    /// office i is rank ⌊N·u⁴⌋ of a fixed shuffle of the offices (the top 1% get about a third), its service rank ⌊S·v³⌋
    /// of the template's S services (the first fifth get about 58%). Outcomes by another hash: 62% delivered within the
    /// limit, 10% delivered late, 5% rejected, 3% withdrawn or transferred, 20% not yet closed (and any whose closing day
    /// would be after today). Due dates and working days taken come from the app's calendar (Promise.For), so they are
    /// the app's own. The fact triggers are off during the load; the facts are then rebuilt in one statement.
    /// </summary>
    public static async Task<Generated> GenerateAsync(IServiceProvider services, DatabaseProvider provider, int count, DateOnly today)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(60));
        var pg = provider == DatabaseProvider.Postgres;
        var watch = Stopwatch.StartNew();
        var start = today.AddDays(-729);
        var calendar = await new WorkingCalendarSource(db).LoadAsync();
        var published = CharterVersionState.Published;
        var template = await db.Set<CharterService>().AsNoTracking()
            .Where(s => s.CharterVersionId == db.Set<CharterVersion>().Where(v => v.State == published)
                .OrderByDescending(v => v.Services.Count).ThenBy(v => v.Id).Select(v => v.Id).First())
            .OrderBy(s => s.Category).ThenBy(s => s.Order).ToListAsync();
        var offices = await db.Offices.CountAsync();
        string Date(DateOnly d) => pg ? $"DATE '{d:yyyy-MM-dd}'" : $"'{d:yyyy-MM-dd}'";
        string Key(Guid g) => pg ? $"'{g}'::uuid" : $"'{g.ToString().ToUpperInvariant()}'";
        string Null(int? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "NULL";
        string Floor(string x) => pg ? $"CAST(floor({x}) AS integer)" : $"CAST({x} AS INTEGER)";

        async Task Exec(string sql) => await db.Database.ExecuteSqlRawAsync(sql);
        async Task Values(string table, IEnumerable<string> rows)
        {
            foreach (var chunk in rows.Chunk(500)) await Exec($"INSERT INTO {table} VALUES {string.Join(", ", chunk)}");
        }
        foreach (var t in new[] { "bench_offices", "bench_services", "bench_os", "bench_due", "bench_close" }) await Exec($"DROP TABLE IF EXISTS {t}");
        await Exec("""
            CREATE TABLE bench_offices AS
            SELECT row_number() OVER (ORDER BY (o."Id" * 7919) % 100003, o."Id") AS rn, o."Id" AS id FROM "Offices" o
            """);
        await Exec("CREATE UNIQUE INDEX bench_offices_rn ON bench_offices (rn)");
        await Exec($"CREATE TABLE bench_services (k integer PRIMARY KEY, skey {(pg ? "uuid" : "TEXT")}, unit integer, value integer)");
        await Values("bench_services", template.Select((s, k) => $"({k}, {Key(s.Key)}, {Null((int?)s.TimeLimit?.Unit)}, {Null(s.TimeLimit?.Value)})"));
        // Each office's own service row and version for rank k (the clone kept the template's keys).
        await Exec($"""
            CREATE TABLE bench_os AS
            SELECT c."OfficeId" AS office_id, bs.k AS k, s."Id" AS service_id, v."Id" AS version_id
            FROM "Charters" c JOIN "CharterVersions" v ON v."CharterId" = c."Id" AND v."State" = {(int)published}
            JOIN "CharterServices" s ON s."CharterVersionId" = v."Id" JOIN bench_services bs ON bs.skey = s."Key"
            """);
        await Exec("CREATE UNIQUE INDEX bench_os_key ON bench_os (office_id, k)");
        await Exec($"CREATE TABLE bench_due (k integer, d {(pg ? "date" : "TEXT")}, due {(pg ? "date" : "TEXT")}, wd integer, PRIMARY KEY (k, d))");
        var days = Enumerable.Range(0, 730).Select(i => start.AddDays(i)).ToList();
        await Values("bench_due", template.SelectMany((s, k) => days.Select(d =>
        {
            var due = Promise.For(s.TimeLimit?.Unit, s.TimeLimit?.Value, d, calendar).DueOn;
            var wd = due is { } x ? calendar.WorkingDaysBetween(d, x) : 20;
            return $"({k}, {Date(d)}, {(due is { } y ? Date(y) : "NULL")}, {Math.Max(wd, 1)})";
        })));
        const int maxTaken = 90;
        await Exec($"CREATE TABLE bench_close (d {(pg ? "date" : "TEXT")}, n integer, closed {(pg ? "date" : "TEXT")}, taken integer, PRIMARY KEY (d, n))");
        await Values("bench_close", days.SelectMany(d => Enumerable.Range(0, maxTaken + 1).Select(n =>
        {
            var closed = n == 0 ? d : calendar.AddWorkingDays(d, n);
            return $"({Date(d)}, {n}, {Date(closed)}, {calendar.WorkingDaysBetween(d, closed)})";
        })));

        var disable = pg ? """ALTER TABLE "Applications" DISABLE TRIGGER USER""" : string.Join(" ", ApplicationFactTriggers.DropSqlite());
        var enable = pg ? """ALTER TABLE "Applications" ENABLE TRIGGER USER""" : null;
        await Exec(disable);
        var prefix = pg ? "" : $"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count}) ";
        var series = pg ? $"generate_series(CAST(1 AS bigint), {count}) AS s(i)" : "s";
        var day = pg ? $"({Date(start)} + CAST(s.i % 730 AS integer))" : $"date({Date(start)}, '+' || (s.i % 730) || ' days')";
        var services_ = template.Count;
        var todaySql = Date(today);
        await Exec($"""
            {prefix}INSERT INTO "Applications" ("OfficeId", "CharterVersionId", "CharterServiceId", "ServiceKey", "LimitUnit", "LimitValue", "Reference",
                "ReceivedOn", "Channel", "DueOn", "Outcome", "ClosedOn", "OutcomeReason", "Note", "TrackingNumber", "WorkingDaysTaken")
            SELECT y.office_id, y.version_id, y.service_id, y.skey, y.unit, y.value, 'B' || y.i, y.d, 1 + y.i % 4, y.due,
                CASE WHEN bc.closed IS NULL OR bc.closed > {todaySql} THEN NULL WHEN y.b < 72 THEN 1 WHEN y.b < 77 THEN 2 WHEN y.b < 79 THEN 3 ELSE 4 END,
                CASE WHEN bc.closed IS NULL OR bc.closed > {todaySql} THEN NULL ELSE bc.closed END,
                CASE WHEN bc.closed <= {todaySql} AND y.b BETWEEN 72 AND 76 THEN 'কাগজপত্র অসম্পূর্ণ' ELSE NULL END,
                NULL,
                {(pg ? "'B' || lpad(y.i::text, 9, '0')" : "'B' || substr('000000000' || y.i, -9, 9)")},
                CASE WHEN bc.closed <= {todaySql} AND y.b < 72 AND y.due IS NOT NULL THEN bc.taken ELSE NULL END
            FROM (SELECT x.i, x.d, x.b, os.office_id, os.version_id, os.service_id, bs.skey, bs.unit, bs.value, bd.due,
                         CASE WHEN x.b < 62 THEN 1 + x.i % bd.wd WHEN x.b < 72 THEN {Min("bd.wd + 1 + x.i % 20", maxTaken, pg)}
                              WHEN x.b < 77 THEN 2 WHEN x.b < 80 THEN 1 ELSE NULL END AS n
                  FROM (SELECT s.i, {day} AS d, (s.i * 37 + s.i / 1000) % 100 AS b,
                               ((s.i * 2654435761) % 4294967296) / 4294967296.0 AS u,
                               ((s.i * 40503 + 12345) % 65536) / 65536.0 AS v
                        FROM {series}) x
                  JOIN bench_offices bo ON bo.rn = 1 + {Floor($"{offices} * x.u * x.u * x.u * x.u")}
                  JOIN bench_services bs ON bs.k = {Floor($"{services_} * x.v * x.v * x.v")}
                  JOIN bench_os os ON os.office_id = bo.id AND os.k = bs.k
                  JOIN bench_due bd ON bd.k = bs.k AND bd.d = x.d) y
            LEFT JOIN bench_close bc ON bc.d = y.d AND bc.n = y.n
            """);
        var generated = watch.Elapsed.TotalSeconds;
        foreach (var t in new[] { "bench_offices", "bench_services", "bench_os", "bench_due", "bench_close" }) await Exec($"DROP TABLE {t}");
        var facts = Stopwatch.StartNew();
        await Exec(ApplicationFactTriggers.Rebuild(pg));
        if (enable is not null) await Exec(enable);
        else foreach (var sql in ApplicationFactTriggers.Sqlite()) await Exec(sql);
        await Exec(pg ? """VACUUM ANALYZE "Applications"; """ : "ANALYZE");
        if (pg)
        {
            await Exec("""VACUUM ANALYZE "ApplicationFacts" """);
            await Exec("""VACUUM ANALYZE "ApplicationSubtreeFacts" """);
        }
        var factSeconds = facts.Elapsed.TotalSeconds;
        var total = await db.Applications.CountAsync();
        var open = await db.Applications.CountAsync(a => a.Outcome == null);
        return new Generated(total, open, generated, factSeconds, await db.Set<ApplicationFact>().LongCountAsync(), await db.Set<ApplicationSubtreeFact>().LongCountAsync());
    }

    private static string Min(string a, int b, bool pg) => pg ? $"least({a}, {b})" : $"min({a}, {b})";

    public sealed record Keyed(string Code, int OfficeId, string Secret, List<Guid> Services);

    /// <summary>An API key for each of the first <paramref name="n"/> upazila offices (by id).</summary>
    public static async Task<List<Keyed>> KeysAsync(IServiceProvider services, int n)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var offices = await db.Offices.AsNoTracking().Where(o => o.Kind == OfficeKind.UpazilaOffice).OrderBy(o => o.Id).Take(n).ToListAsync();
        var result = new List<Keyed>();
        foreach (var o in offices)
        {
            var (key, secret) = ApiKey.Create(o.Id, "bench", DateTimeOffset.UtcNow, "bench");
            db.ApiKeys.Add(key);
            var keys = (await db.Charters.Where(c => c.OfficeId == o.Id).SelectMany(c => c.Versions).Where(v => v.State == CharterVersionState.Published)
                .SelectMany(v => v.Services).ToListAsync()).Where(s => s.TimeLimit?.Unit is not null).Select(s => s.Key).ToList();
            result.Add(new Keyed(o.Code, o.Id, secret, keys));
        }
        await db.SaveChangesAsync();
        return result;
    }

    /// <summary>A batch of <paramref name="size"/> new applications for the office: received in the last 60 days, half delivered.</summary>
    public static HttpRequestMessage Batch(Keyed k, string run, int batch, int size, DateOnly today)
    {
        var items = Enumerable.Range(0, size).Select(i =>
        {
            var n = batch * size + i;
            var received = today.AddDays(-(n % 60));
            var delivered = n % 2 == 0 ? received.AddDays(n % 7) : (DateOnly?)null;
            if (delivered > today) delivered = today;
            return new
            {
                service = k.Services[n % k.Services.Count].ToString(),
                reference = $"I-{run}-{n}",
                receivedOn = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                channel = "online",
                deliveredOn = delivered?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                outcome = delivered is null ? null : "delivered",
            };
        });
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/offices/{k.Code}/applications")
        {
            Content = new StringContent(JsonSerializer.Serialize(items), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", k.Secret);
        return request;
    }

    public sealed record Ingest(int Clients, int Batches, int Applications, int Created, int Errors, double Seconds, double PerSecond, double BatchP50, double BatchP95, int ReplayUnchanged);

    /// <summary>
    /// <paramref name="clients"/> e-service systems (one office and key each) posting batches back to back for
    /// <paramref name="seconds"/>; then the first batch posted again, which must answer every item unchanged (idempotent).
    /// </summary>
    public static async Task<Ingest> IngestAsync(HttpClient client, List<Keyed> keys, int clients, double seconds, int size, DateOnly today, string run,
        double? perClientBatchesPerSecond = null, CancellationToken stop = default)
    {
        var created = 0; var errors = 0; var batches = 0;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var watch = Stopwatch.StartNew();
        async Task One(int c)
        {
            var k = keys[c % keys.Count];
            for (var b = 0; watch.Elapsed.TotalSeconds < seconds && !stop.IsCancellationRequested; b++)
            {
                var began = watch.Elapsed.TotalSeconds;
                var w = Stopwatch.StartNew();
                using var response = await client.SendAsync(Batch(k, $"{run}-{c}", b, size, today), CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                latencies.Add(w.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref batches);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.MultiStatus)
                    Interlocked.Add(ref created, CountKind(body, "created"));
                else Interlocked.Increment(ref errors);
                if (perClientBatchesPerSecond is { } rate)
                {
                    var wait = began + 1 / rate - watch.Elapsed.TotalSeconds;
                    if (wait > 0) try { await Task.Delay(TimeSpan.FromSeconds(wait), stop); } catch (TaskCanceledException) { }
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => One(c))));
        var elapsed = watch.Elapsed.TotalSeconds;
        var replay = 0;
        if (perClientBatchesPerSecond is null)
        {
            using var again = await client.SendAsync(Batch(keys[0], $"{run}-0", 0, size, today), CancellationToken.None);
            replay = CountKind(await again.Content.ReadAsStringAsync(CancellationToken.None), "unchanged");
        }
        var ms = latencies.Order().ToList();
        static double At(List<double> xs, double p) => xs.Count == 0 ? 0 : xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
        return new Ingest(clients, batches, batches * size, created, errors, elapsed, created / elapsed, At(ms, 0.5), At(ms, 0.95), replay);
    }

    private static int CountKind(string body, string kind)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(kind, out var n) && n.ValueKind == JsonValueKind.Number
                ? n.GetInt32() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    public sealed record Timing(string Target, int Offices, int Received, int N, double P50, double P95, double Max, int Bytes);

    public static async Task<Timing> TimeAsync(HttpClient client, string name, string url, int offices, int repetitions)
    {
        var runs = new List<double>();
        var received = 0; var bytes = 0;
        for (var i = 0; i < repetitions + 3; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            bytes = body.Length;
            if (i >= 3) runs.Add(watch.Elapsed.TotalMilliseconds);
            else if (i == 0 && url.Contains("/performance", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(body);
                received = json.RootElement.GetProperty("total").GetProperty("received").GetInt32();
            }
        }
        var ms = runs.Order().ToList();
        static double At(List<double> xs, double p) => xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
        return new Timing(name, offices, received, ms.Count, At(ms, 0.5), At(ms, 0.95), ms[^1], bytes);
    }

    public sealed record Recompute(string Scenario, int Open, int Examined, int Moved, double Seconds, int Holidays);

    /// <summary>
    /// A holiday change and the recompute it sets off. <paramref name="retroactive"/> false: one closure announced for
    /// the fifth working day from today (an executive order for next week: every open application whose count crosses
    /// it moves). True: one closure a month over the last twelve months and the next (as a holiday CSV import of a
    /// corrected list would be): the worst case, where delivered applications' working days taken are stamped again too.
    /// </summary>
    public static async Task<Recompute> RecomputeAsync(IServiceProvider services, DateOnly today, bool retroactive)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var calendar = await new WorkingCalendarSource(db).LoadAsync();
        var dates = (retroactive ? Enumerable.Range(-12, 13).Select(m => today.AddMonths(m).AddDays(3)) : [calendar.AddWorkingDays(today, 5)]).Select(d =>
        {
            while (!calendar.IsWorkingDay(d)) d = d.AddDays(1);
            return d;
        }).Distinct().ToList();
        foreach (var d in dates.Where(d => !db.Holidays.Any(h => h.Date == d)))
            db.Holidays.Add(new Domain.Calendar.Holiday(d, Domain.Calendar.HolidayKind.ExecutiveOrder, "বেঞ্চ ছুটি", "Bench holiday"));
        await db.SaveChangesAsync();
        var (from, to) = (dates.Min(), dates.Max());
        var open = await db.Applications.CountAsync(a => a.Outcome == null);
        var examined = await db.Applications.CountAsync(a => a.Outcome == null && a.LimitUnit != null && a.ReceivedOn < to && a.DueOn >= from);
        var watch = Stopwatch.StartNew();
        var moved = await DueDates.RecomputeOpenAsync(db, from, to, default);
        return new Recompute(retroactive ? "retroactive" : "next-week", open, examined, moved, watch.Elapsed.TotalSeconds, dates.Count);
    }

    public static string F(double x) => x.ToString("0.0", CultureInfo.InvariantCulture);
}
