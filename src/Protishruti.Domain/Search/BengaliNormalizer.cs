using System.Globalization;
using System.Text;

namespace Protishruti.Domain.Search;

/// <summary>
/// The one normalization of search text, applied alike to what is indexed and to what citizens type (ADR 0010).
/// It folds the spellings people confuse into one form, so that "নামজারী" finds "নামজারি" and "বয়স্ক" finds "বয়স্ক":
/// <list type="bullet">
/// <item>ী→ি, ূ→ু (and ঈ→ই, ঊ→উ); ৎ→ত; ণ→ন; শ, ষ→স; ঙ→ং; ড়→র; ঢ়→ঢ; য়→য (nukta dropped);</item>
/// <item>hasanta (্), zero-width (non-)joiners, chandrabindu and visarga dropped, so conjuncts, য-ফলা written with or
/// without ZWJ (র‍্যাব, র্যাব) and "অ্যা"/"এ্যা"/"এ" compare equal; ক্ষ→খ;</item>
/// <item>Bengali digits as ASCII digits; Latin letters in lower case;</item>
/// <item>light suffix stripping (<see cref="Stem"/>): -র, -এর, -ের, -কে, -তে, -য়, -গুলো, -গুলি, -সমূহ, -সহ and the
/// locative -ে in Bengali, a plural -s in English.</item>
/// </list>
/// A folded form is a key for comparing, not text to show: "জন্ম" folds to "জনম".
/// </summary>
public static class BengaliNormalizer
{
    private const char Nukta = '\u09BC';
    private const char Virama = '\u09CD';

    /// <summary>The folded words of a text, in order (a word is a run of letters, combining marks and digits).</summary>
    public static List<string> FoldedWords(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var normalized = PreFold(text.Normalize(NormalizationForm.FormC));
        var word = new StringBuilder();
        var afterVirama = false;
        foreach (var c in normalized)
        {
            switch (c)
            {
                case Nukta:
                    // NFC writes ড়, ঢ়, য় as a letter and a nukta: ড় is read as র, the others as their letter.
                    if (word.Length > 0 && word[^1] == 'ড') word[^1] = 'র';
                    continue;
                case Virama:
                    afterVirama = true;
                    continue;
                case 'ঁ' or 'ঃ' or '\u09D7':
                    continue;
            }
            if (c == 'ষ' && afterVirama && word.Length > 0 && word[^1] == 'ক')
            {
                word[^1] = 'খ'; // ক্ষ is said, and often typed, as খ
                afterVirama = false;
                continue;
            }
            afterVirama = false;
            if (IsWordChar(c))
            {
                word.Append(FoldChar(c));
            }
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
    /// Strips one common inflection (repeatedly, as "দপ্তরসমূহের" carries two) from a folded word, leaving a stem of
    /// at least two or three letters. Both sides of a comparison are stemmed, and the index keeps the unstemmed word as
    /// well, so a wrong cut only widens a query a little.
    /// </summary>
    public static string Stem(string folded)
    {
        if (folded.Length == 0) return folded;
        if (IsBengali(folded[^1]))
        {
            for (var i = 0; i < 3; i++)
            {
                var stripped = StripBengali(folded);
                if (stripped == folded) break;
                folded = stripped;
            }
            return folded;
        }
        return IsAsciiWord(folded) ? StripEnglish(folded) : folded;
    }

    /// <summary>
    /// A key for matching romanised Bengali as typed on phones ("jonmo nibondhon", "janma nibandhan", "namjary"):
    /// aspirates lose their h, a and o are one vowel, ee/y are i, oo is u, z is j, v is b, doubled letters are one and a
    /// final o is dropped. Used only to look words up in the search dictionary, never to match indexed text.
    /// </summary>
    public static string RomanKey(string word)
    {
        var w = StripEnglish(word.ToLowerInvariant());
        if (!IsAsciiWord(w)) return w;
        w = w.Replace("ph", "f", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal)
            .Replace("oo", "u", StringComparison.Ordinal).Replace("ck", "k", StringComparison.Ordinal);
        var sb = new StringBuilder(w.Length + 2);
        foreach (var c in w)
        {
            if (c == 'h' && sb.Length > 0 && sb[^1] is not ('a' or 'e' or 'i' or 'o' or 'u')) continue; // kh, bh, sh, chh …
            switch (c)
            {
                case 'x': sb.Append("ks"); continue;
                case 'z': sb.Append('j'); continue;
                case 'v': sb.Append('b'); continue;
                case 'w' or 'a': sb.Append('o'); continue;
                case 'q': sb.Append('k'); continue;
                case 'y': sb.Append('i'); continue;
                default: sb.Append(c); continue;
            }
        }
        var collapsed = new StringBuilder(sb.Length);
        foreach (var c in sb.ToString())
            if (collapsed.Length == 0 || collapsed[^1] != c) collapsed.Append(c);
        if (collapsed.Length >= 4 && collapsed[^1] == 'o') collapsed.Length--;
        return collapsed.ToString();
    }

    /// <summary>The key a dictionary is looked up by: <see cref="RomanKey"/> for Latin words, the stem otherwise.</summary>
    public static string LookupKey(string foldedWord)
    {
        var stem = Stem(foldedWord);
        return IsAsciiWord(stem) ? RomanKey(stem) : stem;
    }

    public static bool IsBengali(char c) => c is >= '\u0980' and <= '\u09FF';

    public static bool IsAsciiWord(string word)
    {
        foreach (var c in word)
            if (c is not (>= 'a' and <= 'z')) return false;
        return word.Length > 0;
    }

    private static bool IsVowelSign(char c) => c is >= '\u09BE' and <= '\u09C4' or '\u09C7' or '\u09C8' or '\u09CB' or '\u09CC';

    private static bool IsVowel(char c) => c is >= '\u0985' and <= '\u0994' || IsVowelSign(c);

    private static string StripBengali(string w)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["গুলো", "গুলি", "সমুহ"])
            if (w.Length - suffix.Length >= 2 && w.EndsWith(suffix, StringComparison.Ordinal)) return w[..^suffix.Length];
        if (w.Length >= 4 && w.EndsWith("সহ", StringComparison.Ordinal)) return w[..^2];
        if (w.Length >= 4 && (w.EndsWith("এর", StringComparison.Ordinal) || w.EndsWith("ের", StringComparison.Ordinal))) return w[..^2];
        // -কে, -তে after a word's own ং are part of it (ব্যাংকে is ব্যাংক + এ).
        if (w.Length >= 5 && (w.EndsWith("কে", StringComparison.Ordinal) || w.EndsWith("তে", StringComparison.Ordinal)) && w[^3] != 'ং') return w[..^2];
        // A bare -র or -য় is an inflection only after a vowel (ভূমির, ভাতার, উপজেলায়); after a consonant it is the word's own
        // letter (নগর, সময়).
        if (w.Length >= 4 && w[^1] == 'র' && IsVowel(w[^2])) return w[..^1];
        if (w.Length >= 3 && w[^1] == 'য' && IsVowel(w[^2])) return w[..^1];
        // The locative -ে after a consonant (কোর্টে, অফিসে, ব্যাংকে), leaving four letters: shorter words ending in ে are
        // words of their own (ছেলে, জেলে).
        if (w.Length >= 5 && w[^1] == '\u09C7' && !IsVowel(w[^2]) && w[^2] != 'ং') return w[..^1];
        return w;
    }

    private static string StripEnglish(string w)
    {
        if (!IsAsciiWord(w)) return w;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) return w[..^1];
        return w;
    }

    /// <summary>Before the letters are folded: invisible joiners go, and the spellings of the "অ্যা" sound become "এ".</summary>
    private static string PreFold(string text)
    {
        if (text.AsSpan().IndexOfAny("\u200B\u200C\u200D\u00AD\uFEFF") >= 0)
            text = text.Replace("\u200B", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal)
                .Replace("\u200D", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal);
        if (text.Contains("\u09CD\u09AF\u09BE", StringComparison.Ordinal))
            text = text.Replace("অ্যা", "এ", StringComparison.Ordinal).Replace("এ্যা", "এ", StringComparison.Ordinal);
        return text;
    }

    private static char FoldChar(char c) => c switch
    {
        >= '০' and <= '৯' => (char)('0' + (c - '০')),
        'ী' => 'ি',
        'ূ' => 'ু',
        'ঈ' => 'ই',
        'ঊ' => 'উ',
        'ৎ' => 'ত',
        'ণ' => 'ন',
        'শ' or 'ষ' => 'স',
        'ঙ' => 'ং',
        'ৰ' => 'র',
        'ৱ' => 'ব',
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
