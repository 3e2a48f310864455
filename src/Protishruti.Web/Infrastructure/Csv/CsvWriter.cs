using System.Text;

namespace Protishruti.Web.Infrastructure.Csv;

/// <summary>Writes RFC 4180 CSV as Excel opens it: UTF-8 with a byte-order mark (or Bengali turns into mojibake), CRLF line ends.</summary>
public static class CsvWriter
{
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
            sb.Append(Quote(field ?? ""));
        }
        sb.Append("\r\n");
    }

    public static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 && field.Trim().Length == field.Length
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
