using System.Text;
using System.Text.RegularExpressions;

namespace Protishruti.Domain.Import;

/// <summary>
/// Decides which text is Bijoy (ADR 0040): by font name where the file says it (a DOCX run's w:rFonts, an HTML style or
/// face), otherwise by the text's statistics, line by line. Bijoy words are Latin-1 letters in shapes no English writer
/// produces: layout symbols inside words (Dc‡Rjv), a lower-case letter followed by a capital (miKvi, ZvwiL), "v" (া)
/// before a consonant or at a word's end, a word starting with "w" (ি) and a consonant. English function words, e-mail
/// addresses and web addresses count against it and are never converted.
/// </summary>
public static partial class BijoyText
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "is", "for", "on", "with", "by", "as", "at", "from", "be", "this", "that",
        "are", "was", "were", "will", "an", "a", "or", "not", "it", "its", "has", "have", "had", "all", "any", "our",
        "your", "you", "we", "they", "their", "which", "who", "per", "please", "office", "meeting", "minutes",
        "citizen", "charter", "service", "services", "government", "district", "upazila", "email", "phone", "app",
        "zoom", "cloud", "meetings", "google", "online", "page", "website", "stakeholder", "stakeholders", "date",
    };

    // Acronyms that appear inside Bengali documents; in Bijoy they would be unpronounceable.
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "GRS", "APA", "NIS", "ICT", "RTI", "PDF", "URL", "SMS", "NID", "UNO", "ADC", "DC", "APAMS", "CC", "NGO", "BDT",
    };

    /// <summary>True for SutonnyMJ, SutonnyOMJ and the other Bijoy fonts, whose names end in "MJ".</summary>
    public static bool IsBijoyFont(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName)) return false;
        foreach (var raw in fontName.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = raw.Trim('\'', '"', ' ');
            if (name.Contains("Unicode", StringComparison.OrdinalIgnoreCase)) continue;
            if (BijoyFontName().IsMatch(name)) return true;
        }
        return false;
    }

    /// <summary>Converts every line (or Latin stretch of a line) that reads as Bijoy; everything else is kept.</summary>
    public static string ToUnicode(string text) => ToUnicode(text, out _);

    public static string ToUnicode(string text, out int convertedLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        convertedLines = 0;
        var lines = BijoyConverter.NormalizeC1(text).Split('\n');
        var verdicts = lines.Select(Judge).ToArray();
        var bijoy = verdicts.Count(v => v == Verdict.Bijoy);
        var english = verdicts.Count(v => v == Verdict.English);
        // Short undecided lines ("mfv", "1|") follow the document when it is plainly Bijoy.
        var documentIsBijoy = bijoy >= 2 && bijoy >= 3 * english;
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append('\n');
            var line = lines[i];
            if (verdicts[i] == Verdict.Bijoy || (verdicts[i] == Verdict.Undecided && documentIsBijoy))
            {
                sb.Append(ConvertLine(line));
                convertedLines++;
            }
            else if (verdicts[i] == Verdict.Mixed)
            {
                var converted = ConvertLatinStretches(line);
                if (converted != line) convertedLines++;
                sb.Append(converted);
            }
            else sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>True when the text as a whole reads as Bijoy (a font-less run, a pasted paragraph).</summary>
    public static bool LooksLikeBijoy(string text)
    {
        var tokens = Tokens(BijoyConverter.NormalizeC1(text)).ToList();
        return Score(tokens) is var (sum, signals, english, words) && IsBijoy(sum, signals, english, words, minimum: 3);
    }

    /// <summary>Converts a run known to be Bijoy (from its font), keeping e-mail and web addresses.</summary>
    public static string ConvertRun(string run) => ConvertLine(BijoyConverter.NormalizeC1(run));

    private enum Verdict { Empty, English, Bijoy, Undecided, Mixed }

    private static Verdict Judge(string line)
    {
        if (line.Any(IsBengali))
            return line.Any(c => c is >= 'A' and <= 'z' || c > '\u00A0' && c < '\u0300' || BijoyConverter.IsLayoutSymbol(c)) ? Verdict.Mixed : Verdict.English;
        var tokens = Tokens(line).ToList();
        if (tokens.Count == 0)
            return line.Any(c => char.IsAsciiDigit(c) || c == '|') ? Verdict.Undecided : Verdict.Empty;
        var (sum, signals, english, words) = Score(tokens);
        if (IsBijoy(sum, signals, english, words, minimum: 3)) return Verdict.Bijoy;
        if (english > 0 || sum < 0) return Verdict.English;
        return sum > 0 || words <= 2 ? Verdict.Undecided : Verdict.English;
    }

    private static bool IsBijoy(int sum, int signals, int english, int words, int minimum) =>
        sum >= minimum && signals > english && signals * 10 >= words * 3;

    private static (int Sum, int Signals, int English, int Words) Score(List<string> tokens)
    {
        int sum = 0, signals = 0, english = 0, words = 0;
        foreach (var t in tokens)
        {
            if (IsProtected(t)) continue;
            words++;
            var s = TokenScore(t);
            if (s >= 2) signals++;
            if (s < 0) english++;
            sum += s;
        }
        return (sum, signals, english, words);
    }

    private static int TokenScore(string token)
    {
        var t = token.Trim(',', '.', ';', ':', '(', ')', '"', '!', '?', '-', '/', '|', '[', ']');
        if (t.Length == 0) return 0;
        if (EnglishWords.Contains(t) || Acronyms.Contains(t) || CodeSpan().IsMatch(t)) return -3;
        var score = 0;
        if (t.Any(BijoyConverter.IsLayoutSymbol) && t.Any(char.IsLetter)) score += 3;
        // camelCase English (memoNumber, SystemAdmin) is made of English-looking parts; Bijoy's capitals are letters (miKvi, ZvwiL).
        if (LowerThenUpper().IsMatch(t) && !CamelParts().Split(t).All(EnglishLooking)) score += 2;
        if (KarBeforeConsonant().IsMatch(t)) score += 2;
        if (IKarFirst().IsMatch(t)) score += 2;
        if (BijoyDa().IsMatch(t)) score += 2;
        return score;
    }

    private static bool EnglishLooking(string part) =>
        part.Length >= 2 && EnglishPart().IsMatch(part) && !KarBeforeConsonant().IsMatch(part) && !part.EndsWith('v');

    private static string ConvertLine(string line)
    {
        // Addresses are copied as they are; the rest of the line goes through the layout.
        var sb = new StringBuilder(line.Length);
        var last = 0;
        foreach (Match m in ProtectedToken().Matches(line))
        {
            sb.Append(BijoyConverter.Convert(line[last..m.Index]));
            sb.Append(m.Value);
            last = m.Index + m.Length;
        }
        sb.Append(BijoyConverter.Convert(line[last..]));
        return sb.ToString();
    }

    // A line with Unicode Bengali in it: only a Latin stretch that reads as Bijoy on its own is converted.
    private static string ConvertLatinStretches(string line) => LatinStretch().Replace(line, m =>
    {
        var tokens = Tokens(m.Value).ToList();
        var (sum, signals, english, words) = Score(tokens);
        return IsBijoy(sum, signals, english, words, minimum: 5) ? ConvertLine(m.Value) : m.Value;
    });

    private static IEnumerable<string> Tokens(string line) =>
        line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Any(c => char.IsLetter(c) || BijoyConverter.IsLayoutSymbol(c)));

    private static bool IsProtected(string token) => ProtectedToken().IsMatch(token);

    private static bool IsBengali(char c) => c is >= '\u0980' and <= '\u09FF';

    [GeneratedRegex(@"MJ(\s|$|[-_ ]?(Bold|Italic|Regular))", RegexOptions.IgnoreCase)]
    private static partial Regex BijoyFontName();

    [GeneratedRegex(@"[a-z][A-Z]")]
    private static partial Regex LowerThenUpper();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])")]
    private static partial Regex CamelParts();

    [GeneratedRegex(@"^[A-Z]?[a-z]*[aeiou][a-z]*$")]
    private static partial Regex EnglishPart();

    // Markdown or code: `word`.
    [GeneratedRegex(@"^`[^`]+`$")]
    private static partial Regex CodeSpan();

    // দ (grave accent) inside a word or before a vowel sign or layout symbol: w`b, m`m¨, `vb, `ßi.
    [GeneratedRegex(@"[A-Za-z]`|`[vwxy‡†ˆ‰ßÖ¨ª]")]
    private static partial Regex BijoyDa();

    [GeneratedRegex(@"v(?![aeiouy])|^[A-Z]?v$")]
    private static partial Regex KarBeforeConsonant();

    [GeneratedRegex(@"^w[^aeiouhrs\W]")]
    private static partial Regex IKarFirst();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+|(https?://|www\.)\S+|\b[\w-]+(\.[\w-]+)*\.(gov\.bd|com|org|net|bd)\b\S*")]
    private static partial Regex ProtectedToken();

    [GeneratedRegex(@"[^\u0980-\u09FF\s][^\u0980-\u09FF]*[^\u0980-\u09FF\s]|[^\u0980-\u09FF\s]")]
    private static partial Regex LatinStretch();
}
