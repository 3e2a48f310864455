using System.Globalization;
using System.Text;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// The one normalization applied to indexed text and to queries alike: NFC, lower case, Bengali digits as ASCII,
/// zero-width joiners dropped, anything that is not a letter, a combining mark or a digit separates words.
/// </summary>
public static class SearchText
{
    /// <summary>A word shorter than this is ignored in a query (one letter matches nearly everything).</summary>
    public const int MinTermLength = 2;
    /// <summary>Words of this length or more match anywhere inside a word; shorter ones match at a word's start.</summary>
    public const int SubstringLength = 3;
    public const int MaxTerms = 8;
    public const int MaxQueryLength = 200;

    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var normalized = text.Normalize(NormalizationForm.FormC);
        var word = new StringBuilder();
        foreach (var c in normalized)
        {
            if (c is '\u200C' or '\u200D') continue; // ZWNJ/ZWJ: র‍্যাব and র্যাব are one word
            if (IsWordChar(c))
            {
                word.Append(c is >= '০' and <= '৯' ? (char)('0' + (c - '০')) : char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>The indexed form of several texts: " w1 w2 … " (a space on each side lets short words match a word's start).</summary>
    public static string Terms(params string?[] texts)
    {
        var sb = new StringBuilder(" ");
        foreach (var w in texts.SelectMany(Words).Distinct()) sb.Append(w).Append(' ');
        return sb.ToString();
    }

    /// <summary>The distinct words of a query, in order, without those too short to search for.</summary>
    public static List<string> QueryTerms(string? query) =>
        Words(query).Where(w => w.Length >= MinTermLength).Distinct().ToList();

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
