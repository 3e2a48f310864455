using CsvHelper;

namespace Protishruti.Web.Infrastructure.Csv;

/// <summary>
/// An RFC 4180 CSV file read whole (by CsvHelper): a header row and data rows, each with the line it starts on for
/// error reports. Lines end in CR LF, LF or a lone CR; quoted cells may hold commas, quotes and line breaks. A quote
/// that is never closed is refused (<see cref="CsvFormatException"/>) rather than read as one cell to the end of the file.
/// </summary>
public sealed class CsvTable
{
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows) => (Header, Rows) = (header, rows);

    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false, // the header is trimmed and lower-cased here, and a blank first line is not a header
        Separator = ',',    // never guessed: a Bengali name with a semicolon must not split the file differently
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        // A stray quote inside a cell (ab"c, "ab"c) is kept as Excel keeps it; only an unclosed one is an error.
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    /// <exception cref="CsvFormatException">A quoted cell is never closed.</exception>
    public static CsvTable Parse(string text)
    {
        CsvMalformedRecord? unclosed = null;
        var options = Options with { OnMalformedRecord = m => unclosed ??= m.Reason == CsvMalformedReason.UnterminatedQuote ? m : null };
        var records = new List<(int Line, string[] Fields)>();
        using (var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), options))
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                // A leading ' our export put before a formula-like cell (CsvWriter.Neutralise) is taken off again.
                for (var i = 0; i < fields.Length; i++) fields[i] = CsvWriter.Restore(reader.GetString(i));
                if (fields.Any(f => f.Length > 0)) records.Add(((int)reader.LineNumber, fields));
            }
        }
        if (records.Count == 0) return new CsvTable([], []);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (unclosed is { } bad) throw Unclosed(bad, records[0].Line < bad.LineNumber ? header : []);
        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i);
        return new CsvTable(header, records.Skip(1).Select(r => new CsvRow(r.Line, r.Fields, index)).ToList());
    }

    public IEnumerable<string> MissingColumns(params string[] required) => required.Where(c => !Header.Contains(c));

    /// <summary>
    /// Where the quote that was never closed opens: CsvHelper reports the record's first line and the end of the
    /// input, so its raw text is walked again to find the line and cell the opening quote is in.
    /// </summary>
    private static CsvFormatException Unclosed(CsvMalformedRecord record, List<string> header)
    {
        var raw = record.RawRecord;
        var (line, field, fieldStart, quoteLine, quoteField) = ((int)record.LineNumber, 0, true, 0, 0);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quoteLine > 0 && c == '"')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '"') { i++; continue; }
                quoteLine = 0; // closed: the rest of this cell is text
                fieldStart = false;
                continue;
            }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n') i++;
                line++;
                continue;
            }
            if (quoteLine > 0) continue;
            if (c == ',') { field++; fieldStart = true; continue; }
            if (c == '"' && fieldStart) (quoteLine, quoteField) = (line, field);
            fieldStart = false;
        }
        var number = quoteField + 1;
        var name = quoteField < header.Count && header[quoteField].Length > 0 ? header[quoteField] : null;
        return new CsvFormatException(quoteLine > 0 ? quoteLine : (int)record.LineNumber, number, name);
    }
}

public sealed class CsvRow(int line, IReadOnlyList<string> fields, IReadOnlyDictionary<string, int> index)
{
    public int Line { get; } = line;

    /// <summary>The cells in file order, for files whose columns are chosen by the user rather than named by a format.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    public string? this[string column] =>
        index.TryGetValue(column, out var i) && i < Fields.Count && Fields[i].Trim() is { Length: > 0 } v ? v : null;
}
