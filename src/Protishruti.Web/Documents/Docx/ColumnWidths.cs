namespace Protishruti.Web.Documents.Docx;

/// <summary>
/// Table column widths that no word has to break in. Word and LibreOffice break a word letter by letter when it is
/// wider than its column ("মান" printed as "মা / ন" in a 3 % column), so each column gets at least the width of its
/// longest word — estimated from the letters, as no font is at hand when the file is written — and the rest of the
/// line is shared as the document asks.
/// </summary>
public static class ColumnWidths
{
    /// <summary>Cell padding, left and right, as the Table Grid style sets it, plus the borders.</summary>
    private const int CellPaddingTwips = 2 * 100 + 20;

    /// <summary>Widths in twips that add up to <paramref name="total"/>: the shares, raised where a word needs more.</summary>
    public static int[] Fit(IReadOnlyList<int> shares, IReadOnlyList<IEnumerable<string>> columnTexts, int total, int fontHalfPoints, bool boldHeader = true)
    {
        var n = shares.Count;
        var need = new int[n];
        for (var i = 0; i < n; i++)
        {
            var longest = i < columnTexts.Count
                ? columnTexts[i].SelectMany(t => t.Split([' ', '\n', '\r', '\t', '/', '-'], StringSplitOptions.RemoveEmptyEntries))
                    .Select(WidthInEm).DefaultIfEmpty(0).Max()
                : 0;
            // Bold is a little wider; 15 % keeps the estimate on the safe side of the real font.
            need[i] = (int)Math.Ceiling(longest * (boldHeader ? 1.08 : 1.0) * 1.15 * fontHalfPoints * 10) + CellPaddingTwips;
        }

        var shareTotal = shares.Sum();
        var widths = shares.Select(s => total * s / shareTotal).ToArray();
        if (need.Sum() > total)
        {
            // Not even the words fit: share by need, so each column is short by the same proportion.
            var needTotal = need.Sum();
            return need.Select(w => total * w / needTotal).ToArray();
        }

        // Raise the columns that are too narrow; take the difference from the others in proportion to what they
        // have above their own need, and repeat until none is below its need.
        for (var round = 0; round < n; round++)
        {
            var shortBy = 0;
            for (var i = 0; i < n; i++)
            {
                if (widths[i] < need[i]) { shortBy += need[i] - widths[i]; widths[i] = need[i]; }
            }
            if (shortBy == 0) break;
            var spare = Enumerable.Range(0, n).Sum(i => Math.Max(0, widths[i] - need[i]));
            for (var i = 0; i < n && spare > 0; i++)
            {
                var above = Math.Max(0, widths[i] - need[i]);
                widths[i] -= (int)Math.Ceiling((double)shortBy * above / spare);
            }
        }
        widths[Array.IndexOf(widths, widths.Max())] += total - widths.Sum();
        return widths;
    }

    /// <summary>
    /// A word's printed width in ems, letter by letter: a Bengali letter about 0.62 em, a vowel sign about a third, a
    /// consonant joined under or beside another by hasanta (a conjunct or a ফলা) about a fifth.
    /// </summary>
    public static double WidthInEm(string word)
    {
        double em = 0;
        var joined = false;
        foreach (var c in word)
        {
            if (c == '\u09CD') { joined = true; continue; } // hasanta: the next consonant joins this one
            em += c switch
            {
                >= '\u0985' and <= '\u09B9' or '\u09CE' or >= '\u09DC' and <= '\u09E1' => joined ? 0.2 : 0.62,
                >= '\u09BE' and <= '\u09CC' or '\u09D7' => 0.32,
                '\u0982' or '\u0983' => 0.32,
                '\u0981' or '\u09BC' or '\u200C' or '\u200D' => 0,
                >= '\u09E6' and <= '\u09EF' => 0.55,
                >= 'A' and <= 'Z' or 'm' or 'w' => 0.68,
                _ when char.IsLetterOrDigit(c) => 0.55,
                _ => 0.33,
            };
            joined = false;
        }
        return em;
    }
}
