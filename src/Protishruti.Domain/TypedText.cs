using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Protishruti.Domain;

/// <summary>
/// What a person typed, as it is kept: trimmed of white space and of the invisible format characters (zero-width space,
/// zero-width joiners, byte-order mark, word joiner, direction marks) that copying from Word, phones and web pages leaves
/// at the ends. A name made only of such characters is empty, so the rule that requires it refuses it; inside the text
/// they stay (ZWJ and ZWNJ shape Bengali conjuncts, as in র‍্যাব).
/// </summary>
public static class TypedText
{
    public static string Trim(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var start = 0;
        var end = value.Length;
        while (start < end && Invisible(value[start])) start++;
        while (end > start && Invisible(value[end - 1])) end--;
        return start == 0 && end == value.Length ? value : value[start..end];
    }

    /// <summary>Null for text that is empty once trimmed.</summary>
    public static string? TrimToNull(string? value) => Trim(value) is { Length: > 0 } t ? t : null;

    public static bool IsBlank([NotNullWhen(false)] string? value) => Trim(value).Length == 0;

    private static bool Invisible(char c) => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
