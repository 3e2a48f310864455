using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Charters;

public enum TimeLimitUnit
{
    WorkingDays = 1,
    Days = 2,
    Hours = 3,
    Months = 4,
    Immediate = 5,
}

/// <summary>
/// সেবা প্রদানের সময়সীমা: a value and a unit, plus the text as the office typed it ("০৭ (সাত) কার্যদিবস").
/// A text that names no measurable time ("যথাসময়ে") is kept with no unit, so the quality check can flag it.
/// </summary>
public sealed partial record TimeLimit
{
    public const int MaxTextLength = 200;

    private TimeLimit() { }

    public int? Value { get; private init; }
    public TimeLimitUnit? Unit { get; private init; }
    public string Text { get; private init; } = "";

    public bool IsMeasurable => Unit is not null;

    public static int MaxValue(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.WorkingDays or TimeLimitUnit.Days => 365,
        TimeLimitUnit.Hours => 720,
        TimeLimitUnit.Months => 24,
        _ => 0,
    };

    public static TimeLimit Immediate(string? text = null) => Of(0, TimeLimitUnit.Immediate, text);

    public static TimeLimit Of(int value, TimeLimitUnit unit, string? text = null)
    {
        if (!Enum.IsDefined(unit))
            throw new DomainException("Unknown time-limit unit.", "সময়সীমার অজানা একক।");
        if (unit == TimeLimitUnit.Immediate)
        {
            value = 0;
        }
        else
        {
            if (value <= 0)
                throw new DomainException("A time limit must be more than zero.", "সময়সীমা শূন্যের বেশি হতে হবে।");
            var max = MaxValue(unit);
            if (value > max)
                throw new DomainException($"A time limit of {value} {UnitEn(unit, value)} is not plausible; the most allowed is {max}.",
                    $"{BengaliDigits.ToBengali(value)} {UnitBn(unit)} সময়সীমা অসম্ভব; সর্বোচ্চ {BengaliDigits.ToBengali(max)} {UnitBn(unit)}।");
        }
        var limit = new TimeLimit { Value = value, Unit = unit };
        return limit with { Text = CharterText.Optional(text, "The time limit", "সময়সীমা", MaxTextLength) ?? limit.Describe(bengali: true) };
    }

    /// <summary>The measurable time limit a text names, or null when it names none (or an impossible one).</summary>
    public static TimeLimit? TryParse(string? text)
    {
        var original = CharterText.Clean(text);
        if (original.Length == 0 || original.Length > MaxTextLength || !Recognise(original, out var value, out var unit)) return null;
        return unit == TimeLimitUnit.Immediate || (value > 0 && value <= MaxValue(unit)) ? Of(value, unit, original) : null;
    }

    /// <summary>
    /// What to store for a typed text: the parsed limit, or the text with no unit when it is vague.
    /// A recognised but impossible value ("০ দিন", "৯০০ দিন") is refused, so the editor corrects it at once.
    /// </summary>
    public static TimeLimit FromText(string? text)
    {
        var original = CharterText.Required(text, "The time limit", "সময়সীমা", MaxTextLength);
        return Recognise(original, out var value, out var unit) ? Of(value, unit, original) : new TimeLimit { Text = original };
    }

    public string Describe(bool bengali)
    {
        if (Unit is not { } unit) return Text;
        if (unit == TimeLimitUnit.Immediate) return bengali ? "তাৎক্ষণিক" : "Immediately";
        var v = Value!.Value;
        return bengali ? $"{BengaliDigits.ToBengali(v)} {UnitBn(unit)}" : $"{v} {UnitEn(unit, v)}";
    }

    public override string ToString() => IsMeasurable ? $"{Describe(bengali: false)} (\"{Text}\")" : $"unmeasured (\"{Text}\")";

    private static string UnitBn(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.WorkingDays => "কর্মদিবস",
        TimeLimitUnit.Days => "দিন",
        TimeLimitUnit.Hours => "ঘণ্টা",
        TimeLimitUnit.Months => "মাস",
        _ => "",
    };

    private static string UnitEn(TimeLimitUnit unit, int value) => (unit, value == 1) switch
    {
        (TimeLimitUnit.WorkingDays, true) => "working day",
        (TimeLimitUnit.WorkingDays, false) => "working days",
        (TimeLimitUnit.Days, true) => "day",
        (TimeLimitUnit.Days, false) => "days",
        (TimeLimitUnit.Hours, true) => "hour",
        (TimeLimitUnit.Hours, false) => "hours",
        (TimeLimitUnit.Months, true) => "month",
        (TimeLimitUnit.Months, false) => "months",
        _ => "",
    };

    // The upper end of a range is the promise ("২ থেকে ৩ দিন" = 3 days): layout B's column is "সর্বোচ্চ সময়".
    private static bool Recognise(string text, out int value, out TimeLimitUnit unit)
    {
        value = 0;
        unit = TimeLimitUnit.Immediate;
        var s = Simplify(text);

        foreach (Match m in Amount().Matches(s))
        {
            if (!TryNumber(m.Groups["a"].Value, out var a)) continue;
            if (m.Groups["b"].Success && TryNumber(m.Groups["b"].Value, out var b)) a = Math.Max(a, b);
            if (Negative(s, m.Index)) a = -a; // "-5 দিন" is a negative time, refused by Of; not 5 days
            var u = m.Groups["unit"].Value;
            (unit, var factor) = u switch
            {
                _ when u.StartsWith("কর্ম", StringComparison.Ordinal) || u.StartsWith("কার্য", StringComparison.Ordinal)
                    || u.StartsWith("work", StringComparison.Ordinal) || u.StartsWith("business", StringComparison.Ordinal) => (TimeLimitUnit.WorkingDays, 1),
                _ when u.StartsWith("ঘণ্টা", StringComparison.Ordinal) || u.StartsWith('h') => (TimeLimitUnit.Hours, 1),
                _ when u.StartsWith("মাস", StringComparison.Ordinal) || u.StartsWith("month", StringComparison.Ordinal) => (TimeLimitUnit.Months, 1),
                _ when u.StartsWith("সপ্তাহ", StringComparison.Ordinal) || u.StartsWith("week", StringComparison.Ordinal) => (TimeLimitUnit.Days, 7),
                _ when u.StartsWith("বছর", StringComparison.Ordinal) || u.StartsWith("বৎসর", StringComparison.Ordinal) || u.StartsWith("year", StringComparison.Ordinal) => (TimeLimitUnit.Months, 12),
                _ => (TimeLimitUnit.Days, 1),
            };
            value = (int)Math.Min(a * (long)factor, int.MaxValue);
            return true;
        }

        if (SameDay().IsMatch(s))
        {
            (value, unit) = (1, TimeLimitUnit.WorkingDays);
            return true;
        }

        return Instant().IsMatch(s);
    }

    /// <summary>A minus sign right before the number, not closing a range ("২-৫ দিন" is matched whole, from its first number).</summary>
    private static bool Negative(string s, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(s[i])) i--;
        if (i < 0 || s[i] is not ('-' or '−' or '–' or '—')) return false;
        i--;
        while (i >= 0 && char.IsWhiteSpace(s[i])) i--;
        return i < 0 || !char.IsDigit(s[i]);
    }

    private static string Simplify(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC)
            .Replace("ত্\u200D", "ৎ", StringComparison.Ordinal)
            .Replace("\u200D", "", StringComparison.Ordinal)
            .Replace("\u200C", "", StringComparison.Ordinal);
        s = SpelledOut().Replace(BengaliDigits.ToAscii(s).ToLowerInvariant(), " ")
            .Replace('(', ' ').Replace(')', ' ')
            .Replace("ঘন্টা", "ঘণ্টা", StringComparison.Ordinal)
            .Replace("তাৎক্ষনিক", "তাৎক্ষণিক", StringComparison.Ordinal);
        return s.Normalize(NormalizationForm.FormC);
    }

    private static bool TryNumber(string token, out int value)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        return NumberWords.TryGetValue(token, out value);
    }

    private static readonly Dictionary<string, int> NumberWords = BuildNumberWords();

    private static Dictionary<string, int> BuildNumberWords()
    {
        var typed = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["এক"] = 1, ["দুই"] = 2, ["দু"] = 2, ["তিন"] = 3, ["চার"] = 4, ["পাঁচ"] = 5, ["ছয়"] = 6, ["সাত"] = 7,
            ["আট"] = 8, ["নয়"] = 9, ["দশ"] = 10, ["এগারো"] = 11, ["বারো"] = 12, ["পনেরো"] = 15, ["পনের"] = 15,
            ["বিশ"] = 20, ["একুশ"] = 21, ["পঁচিশ"] = 25, ["ত্রিশ"] = 30, ["পঁয়তাল্লিশ"] = 45, ["ষাট"] = 60, ["নব্বই"] = 90,
            ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
            ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["sixty"] = 60,
        };
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value) in typed) words[word.Normalize(NormalizationForm.FormC)] = value;
        return words;
    }

    // Number (digits or a word), optionally a range, then a unit; "টি/টা" may sit between ("৩টি কর্মদিবস").
    // Bengali vowel signs are not \w in .NET, so word starts are written as "not after a letter or mark".
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d])(?<a>\d{1,6}|[\p{L}\p{M}]+?)\s*(?:(?:-|–|—|থেকে|হতে|to)\s*(?<b>\d{1,6}|[\p{L}\p{M}]+?)\s*)?(?:টি|টা)?\s*(?<unit>(?:কর্ম|কার্য)\s*-?\s*(?:দিবস|দিন)|working\s*-?\s*days?|work\s*-?\s*days?|business\s*days?|দিবস|দিন|days?|ঘণ্টা|hours?|hrs?|মাস|months?|সপ্তাহ|weeks?|বছর|বৎসর|years?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    // "৭ (সাত)": the number spelled out in brackets repeats the digits, so it is dropped.
    [GeneratedRegex(@"\([^()\d]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"তাৎক্ষণিক|সাথে সাথে|সঙ্গে সঙ্গে|সংগে সংগে|immediate|instant|on the spot|same[- ]?time", RegexOptions.CultureInvariant)]
    private static partial Regex Instant();

    [GeneratedRegex(@"একই দিন|same day|same-day", RegexOptions.CultureInvariant)]
    private static partial Regex SameDay();
}
