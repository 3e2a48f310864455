using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Memos;

/// <summary>
/// A memo number as a past document printed it ("স্মারক নং- ১১৬৪", "০৫.৪৪.৬৯৭০.০০০.০৬.০০১.২০- ২৬৭/১৬৫", anything):
/// kept as written, not checked for form (ADR 0043). Only unique in the office, compared by <see cref="Key"/>.
/// </summary>
public static class PrintedMemoNumber
{
    public const int MaxLength = 100;

    // The label the documents print before the number themselves; typed with the number, it is dropped.
    private static readonly string[] Labels =
        ["স্মারক নম্বর", "স্মারক নং", "স্মারক নংঃ", "স্মারক", "স্মাঃ নং", "সূত্র নং", "সূত্র", "memo no.", "memo no", "memo", "ref. no.", "ref no", "no."];

    /// <summary>
    /// The number as it is kept and printed: the label ("স্মারক নং-") dropped, spaces collapsed, digits in ASCII (documents
    /// print them in Bengali). Refuses an empty or over-long number with a bilingual message for the field "PrintedNumber".
    /// </summary>
    public static string Clean(string? typed)
    {
        var t = Collapse(BengaliDigits.ToAscii(TypedText.Trim(typed)));
        foreach (var label in Labels)
        {
            if (!t.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = t[label.Length..].TrimStart(' ', '-', '–', '—', ':', 'ঃ', '.', '।').Trim();
            if (rest.Length > 0 && rest.Any(char.IsAsciiDigit)) t = rest;
            break;
        }
        t = t.TrimStart('~').TrimStart(); // "~" starts the register key of a document without a number (IssuedMemo.Unnumbered)
        if (t.Length == 0)
            throw new DomainException("Give the memo number as the document printed it.", "দলিলে যেভাবে ছাপা হয়েছিল সেভাবে স্মারক নম্বর লিখুন।") { Field = "PrintedNumber" };
        if (t.Length > MaxLength)
            throw new DomainException($"A memo number is at most {MaxLength} characters.",
                $"স্মারক নম্বর সর্বোচ্চ {BengaliDigits.ToBengali(MaxLength)} অক্ষরের।") { Field = "PrintedNumber" };
        return t;
    }

    /// <summary>
    /// What makes two numbers the same: ASCII digits, no spaces, every dash a hyphen, the dari a dot, Latin letters
    /// lower-case. "২০- ২৬৭" and "20-267" are one number; the issued "05.43.6900.006.32.001.21.768" is its own key.
    /// </summary>
    public static string Key(string number)
    {
        var s = BengaliDigits.ToAscii(number);
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF') continue;
            b.Append(c switch
            {
                '–' or '—' or '‐' or '‑' or '−' => '-',
                '।' => '.',
                _ => char.ToLowerInvariant(c),
            });
        }
        return b.ToString();
    }

    private static string Collapse(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
