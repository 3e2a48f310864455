using Protishruti.Web.Features.Offices.Import;

namespace Protishruti.Web.Infrastructure;

/// <summary>`dotnet run --project src/Protishruti.Web -- import-offices FILE`: the same importer as the admin page.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        switch (command)
        {
            case "import-offices":
                if (args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is not { } file || !File.Exists(file))
                {
                    await Console.Error.WriteLineAsync("Usage: import-offices FILE.csv   (offices or posts; see docs/import-format.md)");
                    return 2;
                }
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var importer = scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>();
                    var report = await importer.ImportAsync(await File.ReadAllTextAsync(file));
                    if (report.Succeeded)
                    {
                        Console.WriteLine($"Imported {report.Kind} from {file}: {report.Created} created, {report.Updated} updated.");
                        return 0;
                    }
                    await Console.Error.WriteLineAsync($"Nothing was imported: {report.Errors.Count} problem(s) in {file}.");
                    foreach (var e in report.Errors)
                        await Console.Error.WriteLineAsync($"  line {e.Line}{(e.Column is null ? "" : $", column {e.Column}")}: {e.MessageEn} / {e.MessageBn}");
                    return 1;
                }
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: import-offices FILE, parse-document FILE");
                return 2;
        }
    }
}
