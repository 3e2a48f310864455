using System.Globalization;
using System.Text;

namespace Protishruti.Domain.Import;

/// <summary>
/// Converts text typed with Bijoy for the SutonnyMJ font (Windows-1252 bytes that the font draws as Bengali glyphs) to
/// Unicode Bengali (ADR 0040). The glyph table is data (<c>bijoy-layout.tsv</c>); this class maps greedily, longest key
/// first, then puts the characters in Unicode's logical order: a pre-base vowel sign typed before its consonant cluster
/// goes after it (ে…া and ে…ৗ become ো and ৌ), and a reph typed after the cluster goes before it.
/// </summary>
public static class BijoyConverter
{
    // A private-use stand-in for the reph until it is moved in front of its cluster.
    private const char Reph = '\uE000';
    private const char Hasanta = '\u09CD';
    private const char Nukta = '\u09BC';

    // Windows-1252 positions 0x80–0x9F; text decoded as Latin-1 carries them as C1 controls instead.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly Lazy<(Dictionary<string, string> Map, int MaxKey)> Layout = new(LoadLayout);

    /// <summary>The Windows-1252 character at byte <paramref name="b"/>.</summary>
    public static char FromByte(int b) => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;

    /// <summary>Text decoded as Latin-1 (C1 controls) read as Windows-1252, which is what the font's users typed.</summary>
    public static string NormalizeC1(string text)
    {
        if (!text.Any(c => c is >= '\u0080' and <= '\u009F')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '\u0080' and <= '\u009F') chars[i] = Cp1252High[chars[i] - 0x80];
        return new string(chars);
    }

    /// <summary>The set of characters that the layout gives a Bengali meaning and that English prose almost never uses.</summary>
    public static bool IsLayoutSymbol(char c) =>
        c is '‡' or '†' or '©' or 'Ö' or 'ª' or '«' or '¨' or '¯' or 'š' or '›' or 'Í' or '¤' or '®' or '×' or '¶' or 'ˆ'
            or '‰' or 'Š' or '¸' or '¿' or 'Î' or 'Ø' or 'Ü' or 'µ' or '³' or 'Ë' or 'Á' or 'ß' or '½' or 'Ä' or 'æ'
            or 'œ' or '¥' or '¦' or '¡' or 'ú' or 'ø' or 'Ÿ' or '„' or 'ƒ' or '÷' or 'ó' or 'ô' or 'ò' or 'ï' or 'Ô'
            or 'Õ' or 'Ò' or 'Ó' or '‹' or 'Œ' or '¢' or 'Ý' or 'Û' or '•' or 'Ú' or 'å' or 'â' or 'ã' or 'ä';

    public static string Convert(string bijoy)
    {
        ArgumentNullException.ThrowIfNull(bijoy);
        var (map, maxKey) = Layout.Value;
        var text = NormalizeC1(bijoy);
        var mapped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            for (var len = Math.Min(maxKey, text.Length - i); len >= 1; len--)
            {
                if (!map.TryGetValue(text.Substring(i, len), out var value)) continue;
                mapped.Append(value);
                i += len;
                matched = true;
                break;
            }
            if (matched) continue;
            mapped.Append(text[i]);
            i++;
        }
        // A half form (ন্) before a phala (্ত্র) draws one conjunct: one hasanta.
        return Cleanup(Reorder(mapped.Replace("্্", "্").ToString()));
    }

    private static string Reorder(string s)
    {
        var o = new StringBuilder(s.Length + 4);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsPreBase(c))
            {
                var j = i + 1;
                var marks = new StringBuilder();
                while (j < s.Length && s[j] == 'ঁ') // chandrabindu typed before the consonant
                {
                    marks.Append(s[j]);
                    j++;
                }
                if (j < s.Length && IsConsonant(s[j]))
                {
                    var clusterEnd = ClusterEnd(s, j);
                    var end = clusterEnd;
                    var reph = false;
                    if (end < s.Length && s[end] == Reph)
                    {
                        reph = true;
                        end++;
                    }
                    var sign = c.ToString();
                    if (c == 'ে' && end < s.Length && s[end] == 'া')
                    {
                        sign = "ো";
                        end++;
                    }
                    else if (c == 'ে' && end < s.Length && s[end] == 'ৗ')
                    {
                        sign = "ৌ";
                        end++;
                    }
                    if (reph) o.Append('র').Append(Hasanta);
                    o.Append(s, j, clusterEnd - j).Append(sign).Append(marks);
                    i = end;
                    continue;
                }
                o.Append(c);
                i++;
                continue;
            }
            if (IsConsonant(c))
            {
                var clusterEnd = ClusterEnd(s, i);
                if (clusterEnd < s.Length && s[clusterEnd] == Reph)
                {
                    o.Append('র').Append(Hasanta).Append(s, i, clusterEnd - i);
                    i = clusterEnd + 1;
                    continue;
                }
                // A reph typed after a following vowel sign (কর্মী typed as "Kgx©").
                if (clusterEnd + 1 < s.Length && IsPostBase(s[clusterEnd]) && s[clusterEnd + 1] == Reph)
                {
                    o.Append('র').Append(Hasanta).Append(s, i, clusterEnd - i).Append(s[clusterEnd]);
                    i = clusterEnd + 2;
                    continue;
                }
                o.Append(s, i, clusterEnd - i);
                i = clusterEnd;
                continue;
            }
            if (c == Reph)
            {
                o.Append('র').Append(Hasanta); // a reph with nothing to sit on: keep it where it was typed
                i++;
                continue;
            }
            o.Append(c);
            i++;
        }
        return o.ToString();
    }

    private static int ClusterEnd(string s, int start)
    {
        var k = start + 1;
        while (true)
        {
            if (k < s.Length && s[k] == Nukta)
            {
                k++;
                continue;
            }
            if (k + 1 < s.Length && s[k] == Hasanta && IsConsonant(s[k + 1]))
            {
                k += 2;
                continue;
            }
            return k;
        }
    }

    private static string Cleanup(string s)
    {
        s = s.Replace("্্", "্", StringComparison.Ordinal).Replace("অা", "আ", StringComparison.Ordinal);
        // A chandrabindu typed before a vowel sign sits after it in Unicode (পাঁচ).
        var sb = new StringBuilder(s);
        for (var i = 0; i + 1 < sb.Length; i++)
        {
            if (sb[i] == 'ঁ' && IsPostBase(sb[i + 1]))
                (sb[i], sb[i + 1]) = (sb[i + 1], sb[i]);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsPreBase(char c) => c is 'ি' or 'ে' or 'ৈ';

    private static bool IsPostBase(char c) => c is 'া' or 'ী' or 'ু' or 'ূ' or 'ৃ' or 'ৗ' or 'ো' or 'ৌ';

    internal static bool IsConsonant(char c) => c is (>= '\u0995' and <= '\u09B9') or '\u09DC' or '\u09DD' or '\u09DF' or '\u09CE';

    private static (Dictionary<string, string>, int) LoadLayout()
    {
        using var stream = typeof(BijoyConverter).Assembly.GetManifestResourceStream("Protishruti.Domain.Import.bijoy-layout.tsv")
            ?? throw new InvalidOperationException("The Bijoy layout table is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var max = 1;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            var key = new string(cols[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(h => FromByte(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))).ToArray());
            var value = cols[1] == "REPH" ? Reph.ToString() : cols[1];
            if (!map.TryAdd(key, value))
                throw new InvalidOperationException($"The Bijoy layout lists '{cols[0]}' twice.");
            max = Math.Max(max, key.Length);
        }
        return (map, max);
    }
}
