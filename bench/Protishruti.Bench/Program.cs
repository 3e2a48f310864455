using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protishruti.Bench;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Features.Search;
using Protishruti.Web.Infrastructure;

// Loads the national office hierarchy through the app's own start-up and CSV importer, and times it.
//   dotnet run -c Release --project bench/Protishruti.Bench -- national-offices [--DataDirectory=DIR]
//   (PostgreSQL: --Database:Provider=Postgres --ConnectionStrings:Postgres="Host=…;Database=…")
//   --times=2 imports twice (the second run updates every office); --drop-after deletes the database afterwards.
//   dotnet run -c Release --project bench/Protishruti.Bench -- charter-40 --DataDirectory=DIR
//   loads the demo and adds an office with a published 40-service charter (bench/charter.sh measures its page);
//   --with-update publishes a second version too (for looking at history and diff).
if (args.FirstOrDefault() == "charter-40")
{
    var charterBuilder = WebApplication.CreateBuilder(args.Skip(1).Where(a => a != "--with-update").ToArray());
    charterBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
    charterBuilder.AddProtishruti();
    var charterApp = charterBuilder.Build();
    await charterApp.PrepareDatabaseAsync(loadDemo: true);
    await using var charterScope = charterApp.Services.CreateAsyncScope();
    Console.WriteLine($"path={await Charter40.EnsureAsync(charterScope.ServiceProvider, update: args.Contains("--with-update"))}");
    return 0;
}
// documents: the demo, the 40-service office and a 200-service one, then warm charter PDF times (bench/documents.sh);
//   --renders=N (default 40).
if (args.FirstOrDefault() == "documents")
{
    var renders = args.FirstOrDefault(a => a.StartsWith("--renders=", StringComparison.Ordinal)) is { } n ? int.Parse(n[10..]) : 40;
    var documentsBuilder = WebApplication.CreateBuilder(args.Skip(1).Where(a => !a.StartsWith("--renders=", StringComparison.Ordinal)).ToArray());
    documentsBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
    documentsBuilder.AddProtishruti();
    await using var documentsApp = documentsBuilder.Build();
    await documentsApp.PrepareDatabaseAsync(loadDemo: true);
    return await DocumentsBench.RunAsync(documentsApp, renders, documentsApp.Configuration["PublicBaseUrl"] ?? "http://127.0.0.1");
}
// search-eval: the demo in a database of its own, then the citizen queries of bench/search-queries.tsv through the
//   search; prints recall in the first five results and each miss (bench/search-eval.sh).
if (args.FirstOrDefault() == "search-eval")
{
    var evalBuilder = WebApplication.CreateBuilder(args.Skip(1).Where(a => a != "--drop-after").ToArray());
    evalBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
    evalBuilder.AddProtishruti();
    await using var evalApp = evalBuilder.Build();
    await evalApp.PrepareDatabaseAsync(loadDemo: true);
    var evalQueries = SearchEvaluation.Parse(await File.ReadAllTextAsync(SearchEvaluation.QueriesFile(Directory.GetCurrentDirectory())));
    var evalReport = await SearchEvaluation.RunAsync(evalApp.Services, evalQueries);
    var evalProvider = DatabaseSetup.ProviderFrom(evalApp.Configuration);
    foreach (var o in evalReport.Outcomes)
        Console.WriteLine($"query rank={(o.Rank == 0 ? "-" : o.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture))} q=\"{o.Query.Text}\" note=\"{o.Query.Note}\"" +
                          (o.Rank is > 0 and <= 5 ? "" : $" top=\"{string.Join(" · ", o.Top)}\""));
    Console.WriteLine($"provider={evalProvider} queries={evalReport.Outcomes.Count} found={evalReport.Found} " +
                      $"recall5={evalReport.RecallAt5.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} " +
                      $"recall1={evalReport.RecallAt1.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}");
    if (args.Contains("--drop-after"))
    {
        await using var evalScope = evalApp.Services.CreateAsyncScope();
        await evalScope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
    }
    return 0;
}
// national-compliance: the national offices under one Cabinet Division office, four quarters of FY 2024-25 reports,
//   committees and meetings for all of them (set-based SQL), then the compliance page and API over HTTP
//   (bench/compliance.sh); --repetitions=N (default 40) per target; --drop-after deletes the database afterwards.
if (args.FirstOrDefault() == "national-compliance")
{
    var ncRepetitions = args.FirstOrDefault(a => a.StartsWith("--repetitions=", StringComparison.Ordinal)) is { } ncR ? int.Parse(ncR[14..]) : 40;
    // The web project's name, so its Razor pages and static-asset manifest are found as when it runs itself.
    var ncBuilder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        ApplicationName = "Protishruti.Web",
        Args = args.Skip(1).Where(a => a != "--drop-after" && !a.StartsWith("--repetitions=", StringComparison.Ordinal)).ToArray(),
    });
    ncBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
    ncBuilder.AddProtishruti();
    var ncApp = ncBuilder.Build();
    ncApp.UseProtishruti();
    await ncApp.PrepareDatabaseAsync(loadDemo: false);
    var ncProvider = DatabaseSetup.ProviderFrom(ncApp.Configuration);
    var (ncOffices, ncSeconds) = await NationalCompliance.LoadOfficesAsync(ncApp.Services);
    Console.WriteLine($"provider={ncProvider} phase=offices offices={ncOffices} seconds={ncSeconds:0.0}");
    var ncData = await NationalCompliance.GenerateAsync(ncApp.Services, ncProvider);
    Console.WriteLine($"provider={ncProvider} phase=generate reports={ncData.Reports} entries={ncData.Entries} meetings={ncData.Meetings} " +
                      $"decisions={ncData.Decisions} committee_records={ncData.CommitteeRecords} seconds={ncData.Seconds:0.0}");
    foreach (var ncT in await NationalCompliance.TimeAsync(ncApp, ncRepetitions))
        Console.WriteLine($"provider={ncProvider} target=\"{ncT.Target}\" n={ncT.Count} p50={NationalCompliance.Format(ncT.P50)} " +
                          $"p95={NationalCompliance.Format(ncT.P95)} max={NationalCompliance.Format(ncT.Max)} " +
                          $"cpu_p50={NationalCompliance.Format(ncT.CpuP50)} cpu_p95={NationalCompliance.Format(ncT.CpuP95)} bytes={ncT.Bytes}");
    if (args.Contains("--drop-after"))
    {
        await using var ncScope = ncApp.Services.CreateAsyncScope();
        await ncScope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
    }
    return 0;
}
// national-grievances: the national offices under one Cabinet Division office; (a) complaints offered at --rate=N a second
//   (default 200) for --seconds=N (default 30) after --warmup=N seconds (default 5) through Open311's POST on a loopback
//   port by an open-loop client, the app's /css/site.css at the same rate as the reference, then the complaints counted
//   in the database; (b) --complaints=N (default 2,000,000) in FY 2025-26 set-based in SQL, then the statistics API of
//   the Cabinet Division, a ministry, a district and an upazila, --repetitions=N (default 40) each (bench/grievances.sh).
//   Raise RateLimits:Api:PermitLimit for the run (the script does). --drop-after deletes the database afterwards.
if (args.FirstOrDefault() == "national-grievances")
{
    string? Opt(string name) => args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];
    var ngRate = Opt("rate") is { } ngR ? int.Parse(ngR) : 200;
    var ngSeconds = Opt("seconds") is { } ngS ? double.Parse(ngS, System.Globalization.CultureInfo.InvariantCulture) : 30;
    var ngWarmup = Opt("warmup") is { } ngW ? double.Parse(ngW, System.Globalization.CultureInfo.InvariantCulture) : 5;
    var ngCount = Opt("complaints") is { } ngC ? int.Parse(ngC) : 2_000_000;
    var ngAnonymous = args.Contains("--anonymous"); // no name, mobile or e-mail: no receipts queued
    var ngRepetitions = Opt("repetitions") is { } ngP ? int.Parse(ngP) : 40;
    string[] ngOwn = ["--rate=", "--seconds=", "--warmup=", "--complaints=", "--repetitions=", "--skip-submission", "--skip-statistics", "--anonymous"];
    var ngBuilder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        ApplicationName = "Protishruti.Web",
        Args = args.Skip(1).Where(a => a != "--drop-after" && !ngOwn.Any(o => a.StartsWith(o, StringComparison.Ordinal))).ToArray(),
    });
    ngBuilder.Logging.SetMinimumLevel(LogLevel.Error);
    ngBuilder.AddProtishruti();
    var ngApp = ngBuilder.Build();
    ngApp.UseProtishruti();
    await ngApp.PrepareDatabaseAsync(loadDemo: false);
    var ngProvider = DatabaseSetup.ProviderFrom(ngApp.Configuration);
    var (ngOffices, ngOfficeSeconds) = await NationalCompliance.LoadOfficesAsync(ngApp.Services);
    Console.WriteLine($"provider={ngProvider} phase=offices offices={ngOffices} seconds={ngOfficeSeconds:0.0}");
    var ngTargets = await NationalGrievances.TargetsAsync(ngApp.Services);
    var ngAddress = await NationalGrievances.StartAsync(ngApp);
    using var ngClient = NationalGrievances.Client(ngAddress);
    if (!args.Contains("--skip-submission"))
    {
        // Complaints go to the upazila, district and ministry targets in turn (the duplicate check reads each office's recent ones).
        var codes = ngTargets.Skip(1).Select(t => t.Code).ToArray();
        var run = Guid.NewGuid().ToString("N")[..8];
        var tracking = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>();
        HttpRequestMessage Static(int i) => new(HttpMethod.Get, "/css/site.css");
        HttpRequestMessage Complaint(int i) => NationalGrievances.Complaint(codes[i % codes.Length], run, i, ngAnonymous);
        var warmStatic = await NationalGrievances.FireAsync("warm-up", ngClient, Static, System.Net.HttpStatusCode.OK, ngRate, ngWarmup);
        var reference = await NationalGrievances.FireAsync("static file /css/site.css (GET)", ngClient, Static, System.Net.HttpStatusCode.OK, ngRate, ngSeconds);
        var warmRun = run + "w";
        var warm = await NationalGrievances.FireAsync("warm-up", ngClient, i => NationalGrievances.Complaint(codes[i % codes.Length], warmRun, i, ngAnonymous),
            System.Net.HttpStatusCode.Created, ngRate, ngWarmup);
        var submit = await NationalGrievances.FireAsync("Open311 POST /open311/v2/requests.json", ngClient, Complaint, System.Net.HttpStatusCode.Created,
            ngRate, ngSeconds, (_, body) =>
            {
                using var json = System.Text.Json.JsonDocument.Parse(body);
                tracking.TryAdd(json.RootElement[0].GetProperty("service_request_id").GetString()!, 0);
            });
        var ngRows = await NationalGrievances.CountAsync(ngApp.Services, run);
        var warmRows = await NationalGrievances.CountAsync(ngApp.Services, warmRun);
        foreach (var (l, extra) in new[] { (reference, $"warmup_errors={warmStatic.Errors}"),
                     (submit, $"created={submit.Ok} tracking_numbers={tracking.Count} rows={ngRows} warmup_created={warm.Ok} warmup_rows={warmRows} warmup_errors={warm.Errors}") })
            Console.WriteLine($"provider={ngProvider} phase=submit target=\"{l.Target}\" offered={l.Offered} seconds={ngSeconds:0} sent={l.Sent} " +
                              $"achieved={l.AchievedPerSecond:0.0} ok={l.Ok} errors={l.Errors} p50={NationalGrievances.Format(l.P50)} " +
                              $"p95={NationalGrievances.Format(l.P95)} p99={NationalGrievances.Format(l.P99)} max={NationalGrievances.Format(l.Max)} cpu_ms={NationalGrievances.Format(l.CpuPerRequest)} {extra}");
    }
    if (!args.Contains("--skip-statistics"))
    {
        var ngData = await NationalGrievances.GenerateAsync(ngApp.Services, ngProvider, ngCount);
        Console.WriteLine($"provider={ngProvider} phase=generate complaints={ngData.Complaints} seconds={ngData.Seconds:0.0}");
        foreach (var ngT in await NationalGrievances.TimeStatisticsAsync(ngClient, ngTargets, ngRepetitions))
            Console.WriteLine($"provider={ngProvider} target=\"{ngT.Target}\" offices={ngT.Offices} received={ngT.Received} n={ngT.Count} p50={NationalGrievances.Format(ngT.P50)} " +
                              $"p95={NationalGrievances.Format(ngT.P95)} max={NationalGrievances.Format(ngT.Max)} cpu_p50={NationalGrievances.Format(ngT.CpuP50)} " +
                              $"cpu_p95={NationalGrievances.Format(ngT.CpuP95)} bytes={ngT.Bytes}");
    }
    await ngApp.StopAsync();
    if (args.Contains("--drop-after"))
    {
        await using var ngScope = ngApp.Services.CreateAsyncScope();
        await ngScope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
    }
    return 0;
}
// national-delivery: the national offices under one Cabinet Division office, a published charter cloned to each, then
//   --applications=N (default 10,000,000) set-based over the 730 days up to today, the performance facts rebuilt; then
//   (a) bulk ingest through POST /api/v1/offices/{code}/applications, --clients=N (default 4) e-service systems posting
//   batches of 1,000 back to back for --ingest-seconds=N (default 30); (b) the performance API (FY of 90 days ago,
//   annual) of the Cabinet Division, a ministry, a district and an upazila, --repetitions=N each, with ingest going on
//   at --background-rate=N applications/s (default 1,000), beside the static file; (c) due dates recomputed after a holiday
//   list import over the window (bench/delivery.sh). --skip-ingest, --skip-read, --skip-recompute leave parts out.
if (args.FirstOrDefault() == "national-delivery")
{
    string? Opt(string name) => args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];
    var ndCount = Opt("applications") is { } ndA ? int.Parse(ndA) : 10_000_000;
    var ndClients = Opt("clients") is { } ndC ? int.Parse(ndC) : 4;
    var ndSeconds = Opt("ingest-seconds") is { } ndS ? double.Parse(ndS, System.Globalization.CultureInfo.InvariantCulture) : 30;
    var ndRepetitions = Opt("repetitions") is { } ndP ? int.Parse(ndP) : 40;
    var ndBackground = Opt("background-rate") is { } ndB ? int.Parse(ndB) : 1000;
    string[] ndOwn = ["--applications=", "--clients=", "--ingest-seconds=", "--repetitions=", "--background-rate=", "--skip-ingest", "--skip-read", "--skip-recompute"];
    var ndBuilder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        ApplicationName = "Protishruti.Web",
        Args = args.Skip(1).Where(a => a != "--drop-after" && !ndOwn.Any(o => a.StartsWith(o, StringComparison.Ordinal))).ToArray(),
    });
    ndBuilder.Logging.SetMinimumLevel(LogLevel.Error);
    ndBuilder.AddProtishruti();
    var ndApp = ndBuilder.Build();
    ndApp.UseProtishruti();
    await ndApp.PrepareDatabaseAsync(loadDemo: false);
    var ndProvider = DatabaseSetup.ProviderFrom(ndApp.Configuration);
    var ndToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));
    if (ndProvider == DatabaseProvider.Postgres)
    {
        await using var ndScope0 = ndApp.Services.CreateAsyncScope();
        var ndDb0 = ndScope0.ServiceProvider.GetRequiredService<AppDbContext>();
        var ndSettings = await ndDb0.Database.SqlQueryRaw<string>(
            "SELECT name || '=' || current_setting(name) AS \"Value\" FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'work_mem') ORDER BY name").ToListAsync();
        Console.WriteLine($"provider={ndProvider} phase=server settings={string.Join(",", ndSettings)}");
    }
    var (ndOffices, ndOfficeSeconds) = await NationalCompliance.LoadOfficesAsync(ndApp.Services);
    Console.WriteLine($"provider={ndProvider} phase=offices offices={ndOffices} seconds={ndOfficeSeconds:0.0}");
    var ndSetup = await NationalDelivery.ChartersAsync(ndApp.Services, ndProvider, ndToday.AddDays(-800));
    Console.WriteLine($"provider={ndProvider} phase=charters offices={ndSetup.Offices} services={ndSetup.Services} seconds={ndSetup.Seconds:0.0}");
    var ndData = await NationalDelivery.GenerateAsync(ndApp.Services, ndProvider, ndCount, ndToday);
    Console.WriteLine($"provider={ndProvider} phase=generate applications={ndData.Applications} open={ndData.Open} seconds={ndData.Seconds:0.0} " +
                      $"facts_seconds={ndData.FactsSeconds:0.0} fact_rows={ndData.FactRows} subtree_fact_rows={ndData.SubtreeFactRows}");
    var ndTargets = await NationalGrievances.TargetsAsync(ndApp.Services);
    var ndKeys = await NationalDelivery.KeysAsync(ndApp.Services, Math.Max(ndClients, 2) + 2);
    var ndAddress = await NationalGrievances.StartAsync(ndApp);
    using var ndClient = NationalGrievances.Client(ndAddress);
    var ndRun = Guid.NewGuid().ToString("N")[..6];
    if (!args.Contains("--skip-ingest"))
    {
        var warm = await NationalDelivery.IngestAsync(ndClient, ndKeys, 1, 3, 1000, ndToday, ndRun + "w");
        var ing = await NationalDelivery.IngestAsync(ndClient, ndKeys, ndClients, ndSeconds, 1000, ndToday, ndRun);
        Console.WriteLine($"provider={ndProvider} phase=ingest clients={ing.Clients} batches={ing.Batches} sent={ing.Applications} created={ing.Created} errors={ing.Errors} " +
                          $"seconds={ing.Seconds:0.0} per_second={ing.PerSecond:0} batch_p50={NationalDelivery.F(ing.BatchP50)} batch_p95={NationalDelivery.F(ing.BatchP95)} " +
                          $"replay_unchanged={ing.ReplayUnchanged} warmup_created={warm.Created}");
    }
    if (!args.Contains("--skip-read"))
    {
        var fy = Protishruti.Domain.Calendar.FiscalYear.Of(ndToday.AddDays(-90));
        var reference = await NationalDelivery.TimeAsync(ndClient, "static file /css/site.css", "/css/site.css", 0, ndRepetitions);
        using var stop = new CancellationTokenSource();
        var clients = Math.Max(1, ndBackground / 1000);
        var background = NationalDelivery.IngestAsync(ndClient, ndKeys.Skip(ndKeys.Count - 2).ToList(), clients, 3600, 1000, ndToday, ndRun + "b",
            (double)ndBackground / 1000 / clients, stop.Token);
        var timings = new List<NationalDelivery.Timing> { reference };
        foreach (var ndT in ndTargets)
            timings.Add(await NationalDelivery.TimeAsync(ndClient, ndT.Name, $"/api/v1/offices/{ndT.Code}/performance?fy={fy.LabelEn}&quarter=annual", ndT.Offices, ndRepetitions));
        await stop.CancelAsync();
        var bg = await background;
        foreach (var ndR in timings)
            Console.WriteLine($"provider={ndProvider} phase=read target=\"{ndR.Target}\" offices={ndR.Offices} received={ndR.Received} n={ndR.N} p50={NationalDelivery.F(ndR.P50)} " +
                              $"p95={NationalDelivery.F(ndR.P95)} max={NationalDelivery.F(ndR.Max)} bytes={ndR.Bytes} ratio={(reference.P95 > 0 ? ndR.P95 / reference.P95 : 0):0.0} " +
                              $"background_per_second={bg.PerSecond:0} background_errors={bg.Errors}");
    }
    if (!args.Contains("--skip-recompute"))
    {
        foreach (var retroactive in new[] { false, true })
        {
            var rc = await NationalDelivery.RecomputeAsync(ndApp.Services, ndToday, retroactive);
            Console.WriteLine($"provider={ndProvider} phase=recompute scenario={rc.Scenario} open={rc.Open} examined={rc.Examined} moved={rc.Moved} holidays={rc.Holidays} seconds={rc.Seconds:0.0}");
        }
    }
    await ndApp.StopAsync();
    if (args.Contains("--drop-after"))
    {
        await using var ndScope = ndApp.Services.CreateAsyncScope();
        await ndScope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
    }
    return 0;
}
// national-search: the same offices, then a published charter for each (--scale=0.05 for a share of them), then the
//   search query mix (--rounds=N, default 20), timed per query class (bench/search.sh).
var command = args.FirstOrDefault();
if (command is not ("national-offices" or "national-search"))
{
    Console.Error.WriteLine("Usage: national-offices|national-search|national-compliance|national-grievances|national-delivery|search-eval|charter-40|documents [--times=N] [--scale=F] [--rounds=N] [--drop-after] [app configuration, e.g. --DataDirectory=DIR or --Database:Provider=Postgres]");
    return 2;
}

string? Option(string name) => args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];
var times = Option("times") is { } t ? int.Parse(t) : 1;
var scale = Option("scale") is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 1.0;
var rounds = Option("rounds") is { } r ? int.Parse(r) : 20;
var dropAfter = args.Contains("--drop-after");
string[] own = ["--times=", "--scale=", "--rounds="];
var builder = WebApplication.CreateBuilder(args.Skip(1).Where(a => a != "--drop-after" && !own.Any(o => a.StartsWith(o, StringComparison.Ordinal))).ToArray());
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddProtishruti();
var app = builder.Build();
await app.PrepareDatabaseAsync(loadDemo: false);
var provider = DatabaseSetup.ProviderFrom(app.Configuration);

var csv = NationalOffices.Csv();
var rows = csv.Count(c => c == '\n') - 1;
for (var run = 1; run <= times; run++)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var before = await db.Offices.CountAsync();
    if (command == "national-search" && before >= rows) break; // offices already loaded: reuse them
    var watch = Stopwatch.StartNew();
    var report = await scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>().ImportAsync(csv);
    watch.Stop();
    if (!report.Succeeded)
    {
        foreach (var e in report.Errors.Take(20)) Console.Error.WriteLine($"line {e.Line} {e.Column}: {e.MessageEn}");
        return 1;
    }
    Console.WriteLine($"provider={provider} run={run} rows={rows} created={report.Created} updated={report.Updated} " +
                      $"offices_before={before} offices_after={await db.Offices.CountAsync()} seconds={watch.Elapsed.TotalSeconds:0.0}");
}

if (command == "national-search")
{
    var generated = await NationalCharters.GenerateAsync(app.Services, scale);
    Console.WriteLine("phases: " + string.Join(", ", NationalCharters.Phases.Select(p => $"{p.Key} {p.Value:0.0}s")));
    int entries;
    await using (var scope = app.Services.CreateAsyncScope())
        entries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ServiceSearchEntry>().CountAsync();
    Console.WriteLine($"provider={provider} charters={generated.Offices} services={generated.Services} indexed={entries} seconds={generated.Seconds:0.0}");
    // A live database is searched after autovacuum has merged the bulk load into the trigram index and refreshed the
    // planner's statistics; right after loading half a million rows it is not. Do what autovacuum would, and time it.
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var maintenance = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? """VACUUM (ANALYZE) "ServiceSearchEntries" """ : "ANALYZE");
        Console.WriteLine($"maintenance: {(provider == DatabaseProvider.Postgres ? "VACUUM (ANALYZE) ServiceSearchEntries" : "ANALYZE")} {maintenance.Elapsed.TotalSeconds:0.0}s");
    }
    foreach (var c in await SearchBench.RunAsync(app.Services, rounds))
        Console.WriteLine($"provider={provider} class=\"{c.Class}\" queries={c.Count} p50={SearchBench.Format(c.P50)} p95={SearchBench.Format(c.P95)} p99={SearchBench.Format(c.P99)} max={SearchBench.Format(c.Max)}");
}

if (dropAfter)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
}
return 0;
