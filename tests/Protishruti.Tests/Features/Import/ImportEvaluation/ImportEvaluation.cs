using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Protishruti.Web.Features.Import;

namespace Protishruti.Tests.Features.Import.ImportEvaluation;

/// <summary>
/// Field-level scoring of the importer against the evaluation set (ADR 0040). Every expected field that the importer
/// gives exactly (white space aside) is a true positive; a field it misses is a false negative; a field it gives wrongly
/// is both a false negative and a false positive; a field it invents is a false positive. A row (decision or service)
/// is "exact" when all of its fields are.
/// </summary>
public sealed partial class ImportEvaluation
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int ExpectedDecisionRows { get; private set; }
    public int ExactDecisionRows { get; private set; }
    public int ExpectedServiceRows { get; private set; }
    public int ExactServiceRows { get; private set; }
    public int Documents { get; private set; }
    public List<string> Misses { get; } = [];

    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);
    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);
    public double DecisionRowRate => ExactDecisionRows / (double)Math.Max(1, ExpectedDecisionRows);
    public double ServiceRowRate => ExactServiceRows / (double)Math.Max(1, ExpectedServiceRows);

    private static readonly string[] Scalars =
        ["kind", "office", "title", "chair", "date", "time", "venue", "meetingDate", "meetingTime", "memoNumber", "issuedOn", "vision", "mission", "grievance"];

    private static readonly string[] RowFields = ["serial", "subject", "discussion", "decision", "implementer"];

    private static readonly string[] ServiceFields = ["category", "serial", "name", "method", "documents", "fee", "timeLimit", "officer"];

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "ImportEvaluation");

    /// <summary>The documents of the set: every file but the expectations.</summary>
    public static IEnumerable<string> Cases() =>
        Directory.EnumerateFiles(CasesDirectory).Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static string ExpectedPath(string casePath)
    {
        var name = Path.GetFileName(casePath);
        var stem = name.EndsWith(".docx.txt", StringComparison.Ordinal) ? name[..^".docx.txt".Length] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(CasesDirectory, stem + ".expected.json");
    }

    /// <summary>Parses one case (a .docx.txt spec is built into a Word file first), as the command would.</summary>
    public static async Task<ParseDocumentCommand.Output> ParseCaseAsync(string casePath)
    {
        if (!casePath.EndsWith(".docx.txt", StringComparison.Ordinal)) return await ParseDocumentCommand.ParseAsync(casePath);
        var docx = Path.Combine(Path.GetTempPath(), $"import-eval-{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(docx, DocxSpec.Build(await File.ReadAllTextAsync(casePath)));
        try
        {
            return await ParseDocumentCommand.ParseAsync(docx);
        }
        finally
        {
            File.Delete(docx);
        }
    }

    public void Score(string caseName, JsonNode expected, JsonNode actual)
    {
        var exp = expected["documents"]!.AsArray();
        var act = actual["documents"]?.AsArray() ?? [];
        for (var d = 0; d < Math.Max(exp.Count, act.Count); d++)
        {
            var e = d < exp.Count ? exp[d] : null;
            var a = d < act.Count ? act[d] : null;
            if (e is not null) Documents++;
            var where = $"{caseName} #{d + 1}";
            foreach (var f in Scalars) Field($"{where} {f}", e?[f], a?[f]);
            Field($"{where} signatory.name", e?["signatory"]?["name"], a?["signatory"]?["name"]);
            Field($"{where} signatory.designation", e?["signatory"]?["designation"], a?["signatory"]?["designation"]);
            foreach (var list in new[] { "distribution", "copies" })
            {
                var el = e?[list]?.AsArray();
                var al = a?[list]?.AsArray();
                for (var i = 0; i < Math.Max(el?.Count ?? 0, al?.Count ?? 0); i++)
                    Field($"{where} {list}[{i + 1}]", el is not null && i < el.Count ? el[i] : null, al is not null && i < al.Count ? al[i] : null);
            }
            var (expRows, exactRows) = Rows($"{where} row", e?["rows"]?.AsArray(), a?["rows"]?.AsArray(), RowFields);
            ExpectedDecisionRows += expRows;
            ExactDecisionRows += exactRows;
            var (expServices, exactServices) = Rows($"{where} service", e?["services"]?.AsArray(), a?["services"]?.AsArray(), ServiceFields);
            ExpectedServiceRows += expServices;
            ExactServiceRows += exactServices;
        }
    }

    private (int Expected, int Exact) Rows(string where, JsonArray? expected, JsonArray? actual, string[] fields)
    {
        var exact = 0;
        for (var i = 0; i < Math.Max(expected?.Count ?? 0, actual?.Count ?? 0); i++)
        {
            var e = expected is not null && i < expected.Count ? expected[i] : null;
            var a = actual is not null && i < actual.Count ? actual[i] : null;
            var all = true;
            foreach (var f in fields) all &= Field($"{where} {i + 1} {f}", e?[f], a?[f]);
            if (e is not null && all) exact++;
        }
        return (expected?.Count ?? 0, exact);
    }

    private bool Field(string where, JsonNode? expected, JsonNode? actual)
    {
        var e = Norm(expected);
        var a = Norm(actual);
        if (e is null && a is null) return true;
        if (e is not null && a == e)
        {
            TruePositives++;
            return true;
        }
        if (e is not null) FalseNegatives++;
        if (a is not null) FalsePositives++;
        Misses.Add($"{where}: expected {Show(e)}, got {Show(a)}");
        return false;
    }

    private static string Show(string? s) => s is null ? "(none)" : s.Length > 90 ? $"\"{s[..90]}…\"" : $"\"{s}\"";

    private static string? Norm(JsonNode? node)
    {
        if (node is null) return null;
        var s = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        s = Spaces().Replace(s.Normalize(NormalizationForm.FormC), " ").Trim();
        return s.Length == 0 ? null : s;
    }

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"documents {Documents}; fields: TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}");
        sb.AppendLine($"precision {Precision:P1}, recall {Recall:P1}");
        sb.AppendLine($"decision rows exact {ExactDecisionRows}/{ExpectedDecisionRows} ({DecisionRowRate:P1}); service rows exact {ExactServiceRows}/{ExpectedServiceRows} ({ServiceRowRate:P1})");
        foreach (var m in Misses) sb.AppendLine("  " + m);
        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
