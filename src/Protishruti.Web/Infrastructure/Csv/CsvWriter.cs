using System.Text;

namespace Protishruti.Web.Infrastructure.Csv;

/// <summary>
/// Writes RFC 4180 CSV as Excel opens it: UTF-8 with a byte-order mark (or Bengali turns into mojibake), CRLF line ends.
/// Every CSV the app offers goes through here, so every cell is neutralised against formula injection (<see cref="Neutralise"/>).
/// </summary>
public static class CsvWriter
{
    /// <summary>The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").</summary>
    private const string FormulaStarts = "=+-@\t\r";

    public static byte[] ToUtf8WithBom(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        AppendLine(sb, header);
        foreach (var row in rows) AppendLine(sb, row);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(sb.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendLine(StringBuilder sb, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(Quote(Neutralise(field ?? "")));
        }
        sb.Append("\r\n");
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c>, <c>+</c>, <c>-</c>, <c>@</c>, a leading tab or
    /// CR) gets a leading <c>'</c>, which Excel and LibreOffice read as "this is text" and do not show.
    /// <see cref="CsvTable"/> takes it off again, so a file exported here imports as it was.
    /// </summary>
    public static string Neutralise(string field) => field.Length > 0 && FormulaStarts.Contains(field[0]) ? "'" + field : field;

    /// <summary>The cell as it was before <see cref="Neutralise"/>.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    public static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 && field.Trim().Length == field.Length
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
