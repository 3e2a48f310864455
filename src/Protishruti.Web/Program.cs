using Protishruti.Web.Features.Import;
using Protishruti.Web.Infrastructure;

// `parse-document FILE` reads a document and prints JSON: no host, no database, no configuration (ADR 0040).
if (args.FirstOrDefault() == ParseDocumentCommand.Name)
    return await ParseDocumentCommand.RunAsync(args[1..], Console.Out, Console.Error, Console.In);

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
