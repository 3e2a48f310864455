using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protishruti.Bench;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices.Import;
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
if (args.FirstOrDefault() != "national-offices")
{
    Console.Error.WriteLine("Usage: national-offices | charter-40 [app configuration, e.g. --DataDirectory=DIR or --Database:Provider=Postgres]");
    return 2;
}

var times = args.FirstOrDefault(a => a.StartsWith("--times=", StringComparison.Ordinal)) is { } t ? int.Parse(t[8..]) : 1;
var dropAfter = args.Contains("--drop-after");
var builder = WebApplication.CreateBuilder(args.Skip(1).Where(a => a != "--drop-after" && !a.StartsWith("--times=", StringComparison.Ordinal)).ToArray());
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddProtishruti();
var app = builder.Build();
await app.PrepareDatabaseAsync(loadDemo: false);

var csv = NationalOffices.Csv();
var rows = csv.Count(c => c == '\n') - 1;
for (var run = 1; run <= times; run++)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var before = await db.Offices.CountAsync();
    var watch = Stopwatch.StartNew();
    var report = await scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>().ImportAsync(csv);
    watch.Stop();
    if (!report.Succeeded)
    {
        foreach (var e in report.Errors.Take(20)) Console.Error.WriteLine($"line {e.Line} {e.Column}: {e.MessageEn}");
        return 1;
    }
    Console.WriteLine($"provider={DatabaseSetup.ProviderFrom(app.Configuration)} run={run} rows={rows} created={report.Created} updated={report.Updated} " +
                      $"offices_before={before} offices_after={await db.Offices.CountAsync()} seconds={watch.Elapsed.TotalSeconds:0.0}");
}
if (dropAfter)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
}
return 0;
