using Protishruti.Web.Infrastructure;

// `--demo` loads demo data; `import-offices FILE` imports a CSV and exits. Neither is configuration.
var demo = args.Contains("--demo");
var command = args.FirstOrDefault() is { } first && !first.StartsWith('-') ? first : null;
var appArgs = args.Where(a => a != "--demo" && a != command).ToArray();

var builder = WebApplication.CreateBuilder(appArgs);
builder.AddProtishruti();
var app = builder.Build();
app.UseProtishruti();

await app.PrepareDatabaseAsync(loadDemo: demo);
if (command is not null)
    return await CommandLine.RunAsync(app, command, appArgs.Where(a => a != command).ToArray());

await app.RunAsync();
return 0;

public partial class Program;
