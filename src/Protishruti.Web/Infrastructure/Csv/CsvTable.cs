using System.Text;

namespace Protishruti.Web.Infrastructure.Csv;

/// <summary>An RFC 4180 CSV file read whole: a header row and data rows, each with its line number for error reports.</summary>
public sealed class CsvTable
{
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows) => (Header, Rows) = (header, rows);

    public static CsvTable Parse(string text)
    {
        var records = ReadRecords(text.TrimStart('\uFEFF')).Where(r => r.Fields.Any(f => f.Length > 0)).ToList();
        if (records.Count == 0) return new CsvTable([], []);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i);
        return new CsvTable(header, records.Skip(1).Select(r => new CsvRow(r.Line, r.Fields, index)).ToList());
    }

    public IEnumerable<string> MissingColumns(params string[] required) => required.Where(c => !Header.Contains(c));

    private static IEnumerable<(int Line, List<string> Fields)> ReadRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}

public sealed class CsvRow(int line, IReadOnlyList<string> fields, IReadOnlyDictionary<string, int> index)
{
    public int Line { get; } = line;

    public string? this[string column] =>
        index.TryGetValue(column, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;
}
