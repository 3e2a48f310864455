using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Charters;

// Bengali text arrives from Word, phones and old Bijoy converters in several Unicode spellings of the same letters
// (য় as one code point or as য + nukta), so everything stored is NFC and everything compared is a normalised key.
/// <summary>Text rules shared by the charter entities; the limits are public so the database columns match them.</summary>
public static class CharterText
{
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 2000;

    public static string Clean(string? value) => TypedText.Trim(value).Normalize(NormalizationForm.FormC);

    public static string Required(string? value, string fieldEn, string fieldBn, int max = MaxTextLength)
    {
        var v = Clean(value);
        if (v.Length == 0)
            throw new DomainException($"{fieldEn} is required.", $"{fieldBn} আবশ্যক।");
        CheckLength(v, fieldEn, fieldBn, max);
        return v;
    }

    public static string? Optional(string? value, string fieldEn, string fieldBn, int max = MaxTextLength)
    {
        var v = Clean(value);
        if (v.Length == 0) return null;
        CheckLength(v, fieldEn, fieldBn, max);
        return v;
    }

    /// <summary>Case-, whitespace- and Unicode-form-insensitive key, for uniqueness and matching.</summary>
    public static string Key(string? value)
    {
        var v = Clean(value).Replace("\u200C", "", StringComparison.Ordinal).Replace("\u200D", "", StringComparison.Ordinal);
        var sb = new StringBuilder(v.Length);
        var space = false;
        foreach (var c in v)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static void CheckLength(string v, string fieldEn, string fieldBn, int max)
    {
        if (v.Length > max)
            throw new DomainException($"{fieldEn} is longer than {max} characters ({v.Length}).",
                $"{fieldBn} {BengaliDigits.ToBengali(max)} অক্ষরের বেশি ({BengaliDigits.ToBengali(v.Length)})।");
    }
}
