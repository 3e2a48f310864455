using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Protishruti.Domain;
using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>One row of a sheet (or of a CSV record type): its row number as Excel or a text editor shows it, and its cells.</summary>
public sealed class SheetRow(int row, IReadOnlyDictionary<string, string> cells)
{
    public int Row { get; } = row;

    /// <summary>The trimmed cell, or null when it is empty or the column is absent.</summary>
    public string? this[string column] => cells.TryGetValue(column, out var v) && v.Trim() is { Length: > 0 } t ? t : null;
}

/// <summary>A sheet of the exchange format: the columns its header names and its rows.</summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<SheetRow> Rows);

/// <summary>
/// The charter exchange format (docs/charter-format.md) as one logical workbook: four sheets with fixed columns.
/// XLSX stores each as a worksheet; CSV stores them in one table with a <c>record</c> column naming the sheet.
/// </summary>
public static class CharterSheets
{
    public const string Charter = "charter";
    public const string Services = "services";
    public const string Expectations = "expectations";
    public const string Grievance = "grs";
    public const string RecordColumn = "record";

    public static readonly string[] CharterColumns = ["office_code", "version", "layout", "vision_bn", "vision_en", "mission_bn", "mission_en"];

    public static readonly string[] ServiceColumns =
    [
        "category", "no", "key", "name_bn", "name_en", "method_bn", "method_en", "channels", "online_url",
        "documents_bn", "documents_en", "fee", "payment_method", "fee_note",
        "time_limit", "time_limit_value", "time_limit_unit", "responsible_officer", "supervising_officer",
    ];

    public static readonly string[] ExpectationColumns = ["no", "text_bn", "text_en"];

    public static readonly string[] GrievanceColumns =
    [
        "no", "when_bn", "when_en", "whom_post", "whom_bn", "whom_en", "address_bn", "address_en",
        "resolution_limit", "resolution_limit_value", "resolution_limit_unit",
    ];

    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        [Charter] = CharterColumns, [Services] = ServiceColumns, [Expectations] = ExpectationColumns, [Grievance] = GrievanceColumns,
    };

    /// <summary>The CSV header: the record type, then every sheet's columns once, in sheet order.</summary>
    public static readonly string[] CsvColumns = [RecordColumn, .. Columns.Values.SelectMany(c => c).Distinct()];

    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // ---- writing ----

    public static byte[] WriteCsv(IReadOnlyDictionary<string, List<Dictionary<string, string?>>> sheets) =>
        CsvWriter.ToUtf8WithBom(CsvColumns, Columns.Keys.SelectMany(name =>
            sheets.TryGetValue(name, out var rows) ? rows.Select(r => CsvColumns.Select(c => c == RecordColumn ? name : r.GetValueOrDefault(c)).ToList()) : []));

    public static byte[] WriteXlsx(IReadOnlyDictionary<string, List<Dictionary<string, string?>>> sheets)
    {
        // DataTables keep the header row even on an empty sheet, so a clerk sees where to type.
        var book = new Dictionary<string, object>();
        foreach (var (name, columns) in Columns)
        {
            var table = new DataTable(name) { Locale = CultureInfo.InvariantCulture };
            foreach (var c in columns) table.Columns.Add(c, typeof(string));
            foreach (var row in sheets.TryGetValue(name, out var rows) ? rows : [])
                table.Rows.Add(columns.Select(c => (object?)row.GetValueOrDefault(c) ?? "").ToArray());
            book[name] = table;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(book, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    // ---- reading ----

    /// <summary>Reads a CSV charter file; the <c>record</c> column says which sheet each row belongs to.</summary>
    public static IReadOnlyDictionary<string, Sheet> ReadCsv(string text)
    {
        var table = CsvTable.Parse(text);
        if (table.Header.Count == 0) throw Empty();
        if (!table.Header.Contains(RecordColumn))
            throw new DomainException(
                $"The first line must be the header of a charter file, starting with '{RecordColumn}' (charter, services, expectations, grs); export a charter to see the format.",
                $"প্রথম লাইনে প্রতিশ্রুতি ফাইলের শিরোনাম থাকতে হবে, শুরুতে '{RecordColumn}' কলাম (charter, services, expectations, grs); ছকটি দেখতে একটি প্রতিশ্রুতি এক্সপোর্ট করুন।");
        var rows = new Dictionary<string, List<SheetRow>>();
        var unknown = new List<SheetRow>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = table.Header.Distinct().ToDictionary(h => h, h => row[h] ?? "");
            // Row numbers as Excel shows the file (a cell with line breaks is still one row), not text lines.
            var sheetRow = new SheetRow(r + 2, cells);
            var name = SheetName(row[RecordColumn]);
            if (name is null) unknown.Add(sheetRow);
            else (rows.TryGetValue(name, out var list) ? list : rows[name] = []).Add(sheetRow);
        }
        var sheets = rows.ToDictionary(kv => kv.Key, kv => new Sheet(kv.Key, table.Header, kv.Value));
        if (unknown.Count > 0) sheets[RecordColumn] = new Sheet(RecordColumn, table.Header, unknown);
        return sheets;
    }

    /// <summary>Reads an XLSX charter workbook: the sheets named like the format's (other sheets are ignored).</summary>
    public static IReadOnlyDictionary<string, Sheet> ReadXlsx(byte[] bytes)
    {
        var sheets = new Dictionary<string, Sheet>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            foreach (var sheetName in stream.GetSheetNames())
            {
                var name = SheetName(sheetName);
                if (name is null || sheets.ContainsKey(name)) continue;
                stream.Position = 0;
                var raw = stream.Query(useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX)
                    .Cast<IDictionary<string, object?>>().ToList();
                if (raw.Count == 0) continue;
                // Header: the first row; its cells name the columns (letters A, B… key the raw rows).
                var header = raw[0].Where(kv => Text(kv.Value) is { Length: > 0 }).ToDictionary(kv => kv.Key, kv => Text(kv.Value)!.ToLowerInvariant());
                var rows = new List<SheetRow>();
                for (var i = 1; i < raw.Count; i++)
                {
                    var cells = new Dictionary<string, string>();
                    foreach (var (letter, column) in header)
                        if (!cells.ContainsKey(column)) cells[column] = Text(raw[i].TryGetValue(letter, out var v) ? v : null) ?? "";
                    if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                    rows.Add(new SheetRow(i + 1, cells));
                }
                sheets[name] = new Sheet(name, header.Values.Distinct().ToList(), rows);
            }
        }
        catch (Exception e) when (e is not DomainException and not OutOfMemoryException)
        {
            throw new DomainException("The XLSX file could not be read; it may be damaged. Open it in Excel, save it again and upload it.",
                "XLSX ফাইলটি পড়া যায়নি; সম্ভবত ফাইলটি নষ্ট। এক্সেলে খুলে আবার সংরক্ষণ করে আপলোড করুন।", e);
        }
        if (sheets.Count == 0)
            throw new DomainException(
                $"The workbook has none of the sheets of a charter file ({string.Join(", ", Columns.Keys)}); export a charter to see the format.",
                $"ওয়ার্কবুকে প্রতিশ্রুতি ফাইলের কোনো শিট ({string.Join(", ", Columns.Keys)}) নেই; ছকটি দেখতে একটি প্রতিশ্রুতি এক্সপোর্ট করুন।");
        return sheets;
    }

    public static DomainException Empty() => new("The file is empty.", "ফাইলটি খালি।");

    /// <summary>The sheet a record type or worksheet name stands for: English names, singular or plural, or the Bengali section names.</summary>
    public static string? SheetName(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "charter" or "প্রতিশ্রুতি" => Charter,
        "services" or "service" or "সেবা" => Services,
        "expectations" or "expectation" or "প্রত্যাশা" => Expectations,
        "grs" or "grievance" or "অভিযোগ প্রতিকার" => Grievance,
        _ => null,
    };

    // Excel stores numbers typed into a cell as numbers; the format reads every cell as text.
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
