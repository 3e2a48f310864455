using System.Security.Cryptography;

namespace Protishruti.Domain.Delivery;

/// <summary>
/// An application's tracking number (ট্র্যাকিং নম্বর): ten characters from an alphabet without look-alikes (no 0/O,
/// 1/I/L, 5/S, 2/Z, 8/B, U/V), random from a cryptographic source so nobody can walk to a neighbour's application,
/// shown in groups of 3-3-4 so it can be read out on the phone ("K7M-4QX-9TPA"). 23^10 ≈ 4.1 × 10^13 numbers.
/// </summary>
public static class TrackingNumber
{
    public const string Alphabet = "34679ACDEFGHJKMNPQRTWXY";
    public const int Length = 10;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    /// <summary>"K7M-4QX-9TPA".</summary>
    public static string Grouped(string number) =>
        number.Length == Length ? $"{number[..3]}-{number[3..6]}-{number[6..]}" : number;

    /// <summary>What a person typed, as stored: upper case, without spaces or dashes; null when it cannot be a tracking number.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null) return null;
        var chars = typed.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '–' or '.')).Select(char.ToUpperInvariant).ToArray();
        if (chars.Length != Length || chars.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal))) return null;
        return new string(chars);
    }
}
