using System.Text;
using System.Text.RegularExpressions;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Import;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// The clean-up every imported text gets, whatever file it came from (ADR 0040): JSON and HTML escapes undone, Bijoy
/// lines converted, pipe (Markdown) tables turned into tab-separated rows, spaces and blank lines tidied, and the
/// charter's NFC normalisation (<see cref="CharterText.Clean"/>).
/// </summary>
public static partial class ImportedText
{
    /// <summary>True when the text is a JSON string body or escaped HTML (a portal page's API answer, a saved AJAX response).</summary>
    public static bool LooksEscaped(string text) =>
        JsonUnicodeEscape().IsMatch(text) || text.Contains("<\\/", StringComparison.Ordinal)
        || (text.Contains("\\r\\n", StringComparison.Ordinal) || text.Contains("\\n", StringComparison.Ordinal)) && !text.Contains('\n');

    public static string Unescape(string text)
    {
        var s = JsonUnicodeEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        s = s.Replace("\\r\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\/", "/", StringComparison.Ordinal)
            .Replace("\\\"", "\"", StringComparison.Ordinal);
        return s;
    }

    public static bool LooksLikeHtml(string text) => HtmlTag().Count(text) >= 2;

    /// <summary>The final form of any imported text.</summary>
    public static string Normalize(string text, bool convertBijoy = true)
    {
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ')
            .Replace("\u200B", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal);
        if (convertBijoy) s = BijoyText.ToUnicode(s);
        var lines = s.Split('\n').Select(PipeRow).Where(l => l is not null).Select(l => Markdown(SpaceRuns().Replace(l!, " ").TrimEnd()));
        s = string.Join("\n", lines);
        s = BlankLines().Replace(s, "\n\n").Trim('\n');
        return CharterText.Clean(s);
    }

    // "**সভার কার্যবিবরণী**", "## নোটিশ": the words without the Markdown.
    private static string Markdown(string line)
    {
        var t = MarkdownHeading().Replace(line, "");
        return t.Length > 4 && t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal) ? t[2..^2].Trim() : t;
    }

    // "| ১ | আলোচনা | সিদ্ধান্ত |" → tab-separated cells; "|---|---|" lines go.
    private static string? PipeRow(string line)
    {
        var t = line.Trim();
        if (t.Length < 2 || t[0] != '|') return line;
        if (PipeSeparator().IsMatch(t)) return null;
        var inner = t.Trim('|');
        return string.Join('\t', inner.Split('|').Select(c => c.Trim()));
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonUnicodeEscape();

    [GeneratedRegex(@"<(p|br|div|table|tr|td|span|h[1-6]|li|ul|strong|b|font)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex PipeSeparator();

    [GeneratedRegex(@"[ \u2002\u2003\u2009]{2,}")]
    private static partial Regex SpaceRuns();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}

/// <summary>A text read from a file, with what the reader wants a person to know.</summary>
public sealed record ExtractedText(string Text, IReadOnlyList<string> Warnings);

internal static class TextBuilderExtensions
{
    public static StringBuilder EnsureNewLine(this StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
        return sb;
    }
}
