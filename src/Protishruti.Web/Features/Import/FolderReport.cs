using System.Text;
using System.Text.Json;
using Protishruti.Domain.Import;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// `parse-document --folder DIR [--office CODE] [--json FILE]` (ADR 0042): reads every document under a folder (an
/// office's or a district's archive) without touching a database, and reports how many documents of each kind and how
/// many rows were read, and which files need a person: warnings, fields read with low confidence, nothing recognised,
/// a file that could not be read. The readable summary goes to standard output; the JSON report to FILE (or, with
/// <c>--json -</c>, to standard output instead of the summary).
/// </summary>
public static class FolderReport
{
    public sealed record FileDocument(string Kind, string? Title, string? Office, int Rows, int Services, int Expectations, int GrievanceLevels, List<string> LowConfidence);

    public sealed record FileReport(string File, List<FileDocument> Documents, List<string> Warnings, string? Error)
    {
        public bool NeedsAHuman => Error is not null || Documents.Count == 0 || Warnings.Count > 0 || Documents.Any(d => d.LowConfidence.Count > 0);
    }

    public sealed record Report(string Folder, string? Office, int Files, Dictionary<string, int> Documents, int DecisionRows, int ServiceRows,
        int Expectations, int GrievanceLevels, int FilesNeedingAHuman, List<FileReport> Items);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var folder = Option(args, "--folder");
        if (folder is null || !Directory.Exists(folder))
        {
            await stderr.WriteLineAsync(folder is null ? "Usage: parse-document --folder DIR [--office CODE] [--json FILE|-]" : $"No such folder: {folder}");
            return 2;
        }
        var report = await BuildAsync(folder, Option(args, "--office"), ct);
        var json = JsonSerializer.Serialize(report, ParseDocumentCommand.Json);
        var jsonTo = Option(args, "--json");
        if (jsonTo == "-")
        {
            await stdout.WriteLineAsync(json);
            return 0;
        }
        if (jsonTo is not null) await File.WriteAllTextAsync(jsonTo, json + "\n", ct);
        await stdout.WriteAsync(Summary(report));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static async Task<Report> BuildAsync(string folder, string? office, CancellationToken ct = default)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal).ToList();
        var items = new List<FileReport>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file);
            try
            {
                var output = await ParseDocumentCommand.ParseAsync(file, null, ct);
                if (output.Text.Length == 0)
                {
                    items.Add(new FileReport(name, [], [], string.Join(" ", output.Warnings)));
                    continue;
                }
                items.Add(new FileReport(name, output.Documents.Select(Describe).ToList(), output.Warnings, null));
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // A damaged file must not stop a whole archive: it is listed for a person to look at.
                items.Add(new FileReport(name, [], [], $"The file could not be read: {e.Message}"));
            }
        }
        var docs = items.SelectMany(i => i.Documents).ToList();
        return new Report(folder, office, items.Count,
            new Dictionary<string, int>
            {
                [ImportedDocument.Charter] = docs.Count(d => d.Kind == ImportedDocument.Charter),
                [ImportedDocument.Minutes] = docs.Count(d => d.Kind == ImportedDocument.Minutes),
                [ImportedDocument.Notice] = docs.Count(d => d.Kind == ImportedDocument.Notice),
            },
            docs.Sum(d => d.Rows), docs.Sum(d => d.Services), docs.Sum(d => d.Expectations), docs.Sum(d => d.GrievanceLevels),
            items.Count(i => i.NeedsAHuman), items);
    }

    private static FileDocument Describe(ImportedDocument d) => new(d.Kind, d.Title, d.Office, d.Rows?.Count ?? 0, d.Services?.Count ?? 0,
        d.Expectations?.Count ?? 0, d.GrievanceLevels?.Count ?? 0,
        d.Confidence?.Where(c => c.Value == ImportedDocument.Low).Select(c => c.Key).Order(StringComparer.Ordinal).ToList() ?? []);

    public static string Summary(Report r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Folder {r.Folder}{(r.Office is null ? "" : $" (office {r.Office})")}: {r.Files} files read.");
        sb.AppendLine($"Documents: {r.Documents[ImportedDocument.Charter]} charters, {r.Documents[ImportedDocument.Minutes]} minutes, {r.Documents[ImportedDocument.Notice]} notices.");
        sb.AppendLine($"Rows: {r.DecisionRows} decision rows, {r.ServiceRows} service rows, {r.Expectations} expectations, {r.GrievanceLevels} GRS steps.");
        sb.AppendLine($"Need a person: {r.FilesNeedingAHuman} of {r.Files} files.");
        foreach (var item in r.Items.Where(i => i.NeedsAHuman))
        {
            sb.AppendLine();
            sb.AppendLine($"* {item.File}");
            if (item.Error is not null) sb.AppendLine($"    not read: {item.Error}");
            else if (item.Documents.Count == 0) sb.AppendLine("    no charter, minutes or notice recognised");
            foreach (var d in item.Documents.Where(d => d.LowConfidence.Count > 0))
                sb.AppendLine($"    {d.Kind}: check {string.Join(", ", d.LowConfidence)}");
            foreach (var w in item.Warnings) sb.AppendLine($"    {w}");
        }
        return sb.ToString();
    }
}
