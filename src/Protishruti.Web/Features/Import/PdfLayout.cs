using System.Text;
using System.Text.RegularExpressions;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// pdftotext -layout keeps a table's columns at their places on the page (ADR 0040). A row of headings (with সিদ্ধান্ত
/// or সেবার নাম) says how many columns there are; where the cells' text starts in the lines below says where they are
/// (headings are often centred, so their own positions are not used). Each line is then cut there into tab-separated
/// cells, so a cell's wrapped lines arrive as continuation rows with an empty serial, and a header repeated after a page
/// break starts the columns again.
/// </summary>
public static partial class PdfLayout
{
    private const int Tolerance = 4;

    public static string ToRows(string layout)
    {
        var lines = layout.Replace("\f", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        var sb = new StringBuilder();
        var i = 0;
        while (i < lines.Count)
        {
            var segments = Segments(lines[i]);
            if (segments.Count >= 3 && IsHeading(lines[i]))
            {
                sb.Append(string.Join('\t', segments.Select(s => s.Text))).Append('\n');
                var end = RegionEnd(lines, i + 1);
                var columns = Columns(lines, i + 1, end, segments.Count);
                for (var j = i + 1; j < end; j++)
                    sb.Append(Cut(lines[j], columns)).Append('\n');
                i = end;
                continue;
            }
            sb.Append(string.Join("  ", segments.Select(s => s.Text))).Append('\n');
            i++;
        }
        return sb.ToString();
    }

    // The table ends at a paragraph starting at the margin (one long segment), at the closing words, or at another header.
    private static int RegionEnd(List<string> lines, int from)
    {
        for (var j = from; j < lines.Count; j++)
        {
            var segs = Segments(lines[j]);
            if (segs.Count == 0) continue;
            if (segs.Count >= 3 && IsHeading(lines[j])) return j;
            if (segs.Count == 1 && segs[0].Start <= 1 && segs[0].Text.Length > 25) return j;
        }
        return lines.Count;
    }

    private static int[] Columns(List<string> lines, int from, int to, int count)
    {
        var starts = new List<int>();
        for (var j = from; j < to; j++)
            starts.AddRange(Segments(lines[j]).Select(s => s.Start));
        if (starts.Count == 0) return [0];
        var clusters = new List<(int Min, int Count)>();
        foreach (var p in starts.Order())
        {
            if (clusters.Count > 0 && p - clusters[^1].Min <= Tolerance) clusters[^1] = (clusters[^1].Min, clusters[^1].Count + 1);
            else clusters.Add((p, 1));
        }
        var leftmost = clusters[0];
        var chosen = clusters.Skip(1).OrderByDescending(c => c.Count).Take(count - 1).Append(leftmost).Select(c => c.Min).Order().ToArray();
        return chosen;
    }

    private static string Cut(string line, int[] columns)
    {
        var cells = new string?[columns.Length];
        foreach (var (start, text) in SplitAtColumns(Segments(line), columns))
        {
            if (text.Length == 0) continue;
            var c = Array.FindLastIndex(columns, x => x <= start + Tolerance);
            if (c < 0) c = 0;
            cells[c] = cells[c] is null ? text : cells[c] + " " + text;
        }
        return cells.All(c => c is null) ? "" : string.Join('\t', cells.Select(x => x ?? ""));
    }

    // Two cells' words one space apart ("ই-নথির সকল") come as one segment: cut it at the space nearest a column start.
    private static IEnumerable<(int Start, string Text)> SplitAtColumns(List<(int Start, string Text)> segments, int[] columns)
    {
        foreach (var (start, text) in segments)
        {
            var from = 0;
            foreach (var col in columns)
            {
                var offset = col - start;
                if (offset <= from + 1 || offset >= text.Length - 1) continue;
                var cut = -1;
                for (var d = 0; d <= 3 && cut < 0; d++)
                {
                    if (offset - d > from && text[offset - d] == ' ') cut = offset - d;
                    else if (offset + d < text.Length && text[offset + d] == ' ') cut = offset + d;
                }
                if (cut < 0) continue;
                yield return (start + from, text[from..cut].Trim());
                from = cut + 1;
            }
            yield return (start + from, text[from..].Trim());
        }
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

    // Text with at most two spaces in a row.
    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")]
    private static partial Regex Segment();
}
