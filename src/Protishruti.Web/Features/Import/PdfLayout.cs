using System.Text;
using System.Text.RegularExpressions;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// pdftotext -layout keeps a table's columns at their places on the page. A row of headings (with সিদ্ধান্ত or সেবার
/// নাম) gives the columns' starts; each later line is cut there into tab-separated cells, so a cell's wrapped lines
/// arrive as continuation rows with an empty serial, and a header repeated after a page break is recognised again.
/// </summary>
public static partial class PdfLayout
{
    public static string ToRows(string layout)
    {
        var sb = new StringBuilder();
        int[]? columns = null;
        foreach (var raw in layout.Replace("\f", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            var segments = Gap().Split(line).Length > 0 ? Segments(line) : [];
            if (segments.Count >= 3 && IsHeading(line))
            {
                columns = segments.Select(s => s.Start).ToArray();
                sb.Append(string.Join('\t', segments.Select(s => s.Text))).Append('\n');
                continue;
            }
            if (columns is not null && line.Trim().Length > 0)
            {
                var cells = new string[columns.Length];
                var fits = true;
                foreach (var (start, text) in segments)
                {
                    var c = Array.FindLastIndex(columns, x => x <= start + 2);
                    if (c < 0) c = 0;
                    // A paragraph running across the column lines ends the table.
                    if (c + 1 < columns.Length && start + text.Length > columns[c + 1] + 6 && segments.Count == 1 && c == 0)
                    {
                        fits = false;
                        break;
                    }
                    cells[c] = cells[c] is null ? text : cells[c] + " " + text;
                }
                if (fits)
                {
                    sb.Append(string.Join('\t', cells.Select(x => x ?? ""))).Append('\n');
                    continue;
                }
                columns = null;
            }
            sb.Append(string.Join("  ", segments.Select(s => s.Text))).Append('\n');
        }
        return sb.ToString();
    }

    private static bool IsHeading(string line) =>
        (line.Contains("সিদ্ধান্ত", StringComparison.Ordinal) && (line.Contains("ক্রম", StringComparison.Ordinal) || line.Contains("ক্র", StringComparison.Ordinal) || line.Contains("নং", StringComparison.Ordinal)))
        || line.Contains("সেবার নাম", StringComparison.Ordinal);

    private static List<(int Start, string Text)> Segments(string line)
    {
        var list = new List<(int, string)>();
        foreach (Match m in Segment().Matches(line))
            list.Add((m.Index, m.Value.Trim()));
        return list;
    }

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex Gap();

    // Text with at most two spaces in a row.
    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")]
    private static partial Regex Segment();
}
