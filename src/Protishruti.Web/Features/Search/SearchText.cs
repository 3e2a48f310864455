using System.Globalization;
using System.Text;
using Protishruti.Domain.Search;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// What is indexed for a service and how a query is cut into words, both through <see cref="BengaliNormalizer"/>
/// (ADR 0010). The indexed text (<see cref="ServiceSearchEntry.Terms"/>) has three parts in order of weight — the
/// service's names, its office and district, its documents and method — as " name words | office words | text words ",
/// each word folded, and stemmed when the stem differs (both kept, so "ব্যাংকে" is found by "ব্যাংক" and "ব্যাংকের").
/// </summary>
public static class SearchText
{
    /// <summary>A word shorter than this is ignored in a query (one letter matches nearly everything).</summary>
    public const int MinTermLength = 2;
    /// <summary>Words of this length or more match anywhere inside a word; shorter ones match at a word's start.</summary>
    public const int SubstringLength = 3;
    public const int MaxTerms = 8;
    public const int MaxQueryLength = 200;
    /// <summary>Separates the parts of <see cref="ServiceSearchEntry.Terms"/>; never inside a word, so never matched.</summary>
    public const char PartSeparator = '|';

    /// <summary>The weight of a match in each part of the indexed text: the service's name outweighs its office and its text.</summary>
    public static readonly double[] PartWeights = [3.0, 1.5, 1.0];

    /// <summary>The words of a text as typed (the surface a "did you mean" shows), split where <see cref="BengaliNormalizer"/> splits.</summary>
    public static List<string> RawWords(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c is '\u200C' or '\u200D' || IsWordChar(c)) word.Append(c);
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>
    /// The indexed text of a service: its names; its office's and district's names; its documents and method. Also
    /// gives, for each indexed word, the word as written (what "did you mean" offers).
    /// </summary>
    public static (string Terms, Dictionary<string, string> Surfaces) Build(IEnumerable<string?> names, IEnumerable<string?> office, IEnumerable<string?> text)
    {
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var sb = new StringBuilder(" ");
        var first = true;
        foreach (var part in new[] { names, office, text })
        {
            if (!first) sb.Append(PartSeparator).Append(' ');
            first = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in part.SelectMany(RawWords))
            {
                foreach (var folded in BengaliNormalizer.FoldedWords(raw))
                {
                    var stem = BengaliNormalizer.Stem(folded);
                    foreach (var token in stem == folded ? [folded] : new[] { folded, stem })
                    {
                        if (!seen.Add(token)) continue;
                        sb.Append(token).Append(' ');
                        surfaces.TryAdd(token, raw.ToLower(CultureInfo.InvariantCulture));
                    }
                }
            }
        }
        return (sb.ToString(), surfaces);
    }

    /// <summary>The distinct words of an indexed text (without the part separators).</summary>
    public static IEnumerable<string> Tokens(string terms) =>
        terms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t is not [PartSeparator]).Distinct(StringComparer.Ordinal);

    /// <summary>The parts of an indexed text, each " w1 w2 … " (a space on each side).</summary>
    public static string[] Parts(string terms)
    {
        var parts = terms.Split($" {PartSeparator} ");
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].StartsWith(' ')) parts[i] = " " + parts[i];
            if (!parts[i].EndsWith(' ')) parts[i] += " ";
        }
        return parts;
    }

    /// <summary>
    /// How well a query word matches in one part of the indexed text: 1 for a whole word, 0.85 at a word's start,
    /// 0.7 inside a word (only for words of <see cref="SubstringLength"/> or more, as in the database), 0 for none.
    /// </summary>
    public static double MatchIn(string part, string token)
    {
        if (part.Contains(" " + token + " ", StringComparison.Ordinal)) return 1.0;
        if (part.Contains(" " + token, StringComparison.Ordinal)) return 0.85;
        return token.Length >= SubstringLength && part.Contains(token, StringComparison.Ordinal) ? 0.7 : 0;
    }

    public static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
