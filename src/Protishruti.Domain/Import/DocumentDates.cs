using System.Text.RegularExpressions;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Import;

/// <summary>A date found in a document's text: where it stood, what it said, and whether it was a Bangla-calendar date.</summary>
public sealed record FoundDate(DateOnly Date, int Index, int Length, bool Bangla, string Printed);

/// <summary>
/// Reads the dates and times that minutes and notices print (ADR 0040): ২০/১১/২০২২, 20-12-2020, ২৪.১২.২০২৩, ২৪.১২.২৬,
/// "১১ জুন, ২০২৩খ্রিঃ", "22 November 2022", and Bangla-calendar dates ("৭ আশ্বিন ১৪৩১", converted with the 2019 rule).
/// </summary>
public static partial class DocumentDates
{
    private static readonly string[][] GregorianMonths =
    [
        ["জানুয়ারি", "জানুয়ারী", "জানুযারি", "january", "jan"],
        ["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুয়ারি", "february", "feb"],
        ["মার্চ", "march", "mar"],
        ["এপ্রিল", "april", "apr"],
        ["মে", "may"],
        ["জুন", "june", "jun"],
        ["জুলাই", "july", "jul"],
        ["আগস্ট", "আগষ্ট", "অগাস্ট", "august", "aug"],
        ["সেপ্টেম্বর", "september", "sep", "sept"],
        ["অক্টোবর", "october", "oct"],
        ["নভেম্বর", "november", "nov"],
        ["ডিসেম্বর", "december", "dec"],
    ];

    private static readonly string[][] BanglaMonths =
    [
        ["বৈশাখ"], ["জ্যৈষ্ঠ", "জৈষ্ঠ্য", "জ্যৈষ্ঠ্য", "জৈষ্ঠ"], ["আষাঢ়"], ["শ্রাবণ"], ["ভাদ্র"], ["আশ্বিন"],
        ["কার্তিক"], ["অগ্রহায়ণ", "অগ্রহায়ন"], ["পৌষ"], ["মাঘ"], ["ফাল্গুন", "ফাল্গুণ"], ["চৈত্র"],
    ];

    private static readonly Dictionary<string, (int Month, bool Bangla)> MonthNames = BuildMonthNames();

    /// <summary>Every date in <paramref name="text"/>, in the order they appear.</summary>
    public static List<FoundDate> Find(string? text)
    {
        var found = new List<FoundDate>();
        if (string.IsNullOrEmpty(text)) return found;
        var norm = text.Normalize(System.Text.NormalizationForm.FormC);
        foreach (Match m in NumericDate().Matches(norm))
        {
            var d = Int(m.Groups["d"].Value);
            var mo = Int(m.Groups["m"].Value);
            var y = Year(m.Groups["y"].Value);
            if (Valid(y, mo, d)) found.Add(new FoundDate(new DateOnly(y, mo, d), m.Index, m.Length, false, m.Value));
        }
        foreach (Match m in NamedDate().Matches(norm))
        {
            if (found.Any(f => Overlaps(f, m))) continue;
            var name = m.Groups["mon"].Value.ToLowerInvariant();
            if (!MonthNames.TryGetValue(name, out var month)) continue;
            var d = Int(m.Groups["d"].Value);
            var y = Int(m.Groups["y"].Value);
            if (month.Bangla)
            {
                if (BanglaDate.IsValid(y, month.Month, d))
                    found.Add(new FoundDate(new BanglaDate(y, month.Month, d).ToGregorian(), m.Index, m.Length, true, m.Value));
            }
            else if (Valid(y, month.Month, d))
            {
                found.Add(new FoundDate(new DateOnly(y, month.Month, d), m.Index, m.Length, false, m.Value));
            }
        }
        foreach (Match m in EnglishMonthFirst().Matches(norm))
        {
            if (found.Any(f => Overlaps(f, m))) continue;
            if (!MonthNames.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var month) || month.Bangla) continue;
            var d = Int(m.Groups["d"].Value);
            var y = Int(m.Groups["y"].Value);
            if (Valid(y, month.Month, d)) found.Add(new FoundDate(new DateOnly(y, month.Month, d), m.Index, m.Length, false, m.Value));
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    public static DateOnly? First(string? text) => Find(text) is { Count: > 0 } f ? f[0].Date : null;

    /// <summary>
    /// The time of day in "দুপুর ১২:৩০ টা", "বেলা- ১২.৩০ টা", "সকাল ১০.৩০ ঘটিকা", "বিকাল ৩টায়", "10:30 AM" as HH:MM;
    /// afternoon words (দুপুর, বিকাল, সন্ধ্যা, রাত, PM) move an hour below 12 into the afternoon.
    /// </summary>
    public static string? FindTime(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var norm = BengaliDigits.ToAscii(text.Normalize(System.Text.NormalizationForm.FormC));
        var m = TimeOfDay().Match(norm);
        if (!m.Success) return null;
        var h = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var min = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var word = m.Groups["w"].Value + " " + m.Groups["ampm"].Value;
        var afternoon = word.Contains("বিকাল", StringComparison.Ordinal) || word.Contains("বিকেল", StringComparison.Ordinal)
            || word.Contains("সন্ধ্যা", StringComparison.Ordinal) || word.Contains("রাত", StringComparison.Ordinal)
            || word.Contains("pm", StringComparison.OrdinalIgnoreCase) || word.Contains("p.m", StringComparison.OrdinalIgnoreCase)
            || ((word.Contains("দুপুর", StringComparison.Ordinal) || word.Contains("বেলা", StringComparison.Ordinal)) && h < 7);
        if (afternoon && h < 12) h += 12;
        if (h > 23 || min > 59) return null;
        return $"{h:00}:{min:00}";
    }

    private static bool Overlaps(FoundDate f, Match m) => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length;

    private static int Int(string s) => BengaliDigits.TryParseInt(s, out var v) ? v : -1;

    private static int Year(string s)
    {
        var y = Int(s);
        return s.Length == 2 ? 2000 + y : y;
    }

    private static bool Valid(int y, int m, int d) => y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static Dictionary<string, (int, bool)> BuildMonthNames()
    {
        var map = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            foreach (var n in GregorianMonths[i]) map[n.Normalize(System.Text.NormalizationForm.FormC)] = (i + 1, false);
            foreach (var n in BanglaMonths[i]) map[n.Normalize(System.Text.NormalizationForm.FormC)] = (i + 1, true);
        }
        return map;
    }


    [GeneratedRegex(@"(?<![0-9০-৯.])(?<d>[0-9০-৯]{1,2})\s?[/.\-]\s?(?<m>[0-9০-৯]{1,2})\s?[/.\-]\s?(?<y>[0-9০-৯]{4}|[0-9০-৯]{2})(?![0-9০-৯]|\.[0-9০-৯])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9০-৯])(?<d>[0-9০-৯]{1,2})(?:ই|শে|লা|রা|ঠা|st|nd|rd|th)?\s*(?<mon>[\u0980-\u09FF]+|[A-Za-z]+)\.?,?\s*(?<y>[0-9০-৯]{4})")]
    private static partial Regex NamedDate();

    [GeneratedRegex(@"(?<mon>[A-Za-z]+)\.?\s+(?<d>[0-9]{1,2}),?\s+(?<y>[0-9]{4})")]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(@"(?<w>সকাল|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত|বেলা)?\s*[-–:ঃ]?\s*(?<h>[0-9]{1,2})(?:\s*[:.ঃ]\s*(?<min>[0-9]{2}))?\s*(?<ampm>টা|ঘটিকা|am|a\.m\.?|pm|p\.m\.?|AM|PM|মিনিট)")]
    private static partial Regex TimeOfDay();
}
