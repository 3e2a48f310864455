using System.Globalization;

namespace Protishruti.Domain.Calendar;

// .NET cultures never emit Bengali digits (bn-BD formats with 0-9), so official documents need this.
public static class BengaliDigits
{
    private const char BengaliZero = '\u09E6';

    public static string ToBengali(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiDigit(c) ? (char)(BengaliZero + (c - '0')) : c;
            }
        });
    }

    public static string ToBengali(long number) => ToBengali(number.ToString(CultureInfo.InvariantCulture));

    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange(BengaliZero, (char)(BengaliZero + 9)) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = IsBengaliDigit(c) ? (char)('0' + (c - BengaliZero)) : c;
            }
        });
    }

    public static bool TryParseInt(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // NumberStyles.Integer would also accept the trailing/leading whitespace, but only ASCII whitespace;
        // people paste numbers from Word with no-break spaces around them.
        return int.TryParse(ToAscii(text.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static string Localize(string text, bool bengali) => bengali ? ToBengali(text) : text;

    private static bool IsBengaliDigit(char c) => c is >= BengaliZero and <= (char)(BengaliZero + 9);
}
