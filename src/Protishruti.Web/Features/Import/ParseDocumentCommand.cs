using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Protishruti.Domain.Import;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// `parse-document FILE` (or `-` for standard input): prints what the importer reads from a file as JSON, without a
/// database and without starting the web host (ADR 0040).
/// </summary>
public static class ParseDocumentCommand
{
    public const string Name = "parse-document";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Output(string Text, List<ImportedDocument> Documents, List<string> Warnings);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        if (args.Contains("--folder")) return await FolderReport.RunAsync(args, stdout, stderr);
        var file = args.FirstOrDefault(a => a == "-" || !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null)
        {
            await stderr.WriteLineAsync($"Usage: {Name} FILE   (.docx .doc .pdf .html .htm .txt .json; - reads text from standard input)");
            await stderr.WriteLineAsync($"       {Name} --folder DIR [--office CODE] [--json FILE|-]   (a report on every document under DIR)");
            return 2;
        }
        if (file != "-" && !File.Exists(file))
        {
            await stderr.WriteLineAsync($"No such file: {file}");
            return 2;
        }
        var output = await ParseAsync(file == "-" ? null : file, file == "-" ? await stdin.ReadToEndAsync() : null);
        await stdout.WriteLineAsync(JsonSerializer.Serialize(output, Json));
        return 0;
    }

    /// <summary>Reads a file (or pasted text when <paramref name="path"/> is null) and parses it.</summary>
    public static async Task<Output> ParseAsync(string? path, string? pasted = null, CancellationToken ct = default)
    {
        var extracted = path is null ? DocumentReader.FromString(pasted ?? "") : await DocumentReader.ReadFileAsync(path, ct);
        if (extracted.Text.Length == 0) return new Output("", [], [.. extracted.Warnings]);
        var result = DocumentParser.Parse(extracted.Text);
        return new Output(extracted.Text, result.Documents, [.. extracted.Warnings, .. result.Warnings]);
    }
}
