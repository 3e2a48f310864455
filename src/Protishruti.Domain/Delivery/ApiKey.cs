using System.Security.Cryptography;
using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Delivery;

/// <summary>
/// A key an office gives an e-service system to record its applications through the API. Only the SHA-256 of the
/// key is stored: the key is 160 random bits, so a fast hash is as safe as a slow one and lets a request find its key
/// by one indexed look-up. The key itself is shown once, when it is made. A revoked key is refused from the next request.
/// </summary>
public sealed class ApiKey
{
    public const int MaxLabelLength = 100;
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    private ApiKey() { }

    private ApiKey(int officeId, string label, string hash, string prefix, DateTimeOffset createdAt, string? createdBy)
    {
        OfficeId = officeId;
        Label = label;
        Hash = hash;
        Prefix = prefix;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public string Label { get; private set; } = "";
    /// <summary>Hex SHA-256 of the key.</summary>
    public string Hash { get; private set; } = "";
    /// <summary>The key's first characters, so an admin can tell keys apart without the key.</summary>
    public string Prefix { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new key: the entity to store and the key to show once.</summary>
    public static (ApiKey Key, string Secret) Create(int officeId, string? label, DateTimeOffset now, string? createdBy)
    {
        Span<char> chars = stackalloc char[32];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var secret = "pk_" + new string(chars);
        return (FromSecret(officeId, label, secret, now, createdBy), secret);
    }

    /// <summary>A key with a known secret (the demo's); never offered on a page.</summary>
    public static ApiKey FromSecret(int officeId, string? label, string secret, DateTimeOffset now, string? createdBy)
    {
        var l = TypedText.Trim(label);
        if (l.Length == 0)
            throw new DomainException("Name the key after the system that will use it.", "যে সিস্টেম চাবিটি ব্যবহার করবে তার নামে চাবির নাম দিন।") { Field = nameof(Label) };
        if (l.Length > MaxLabelLength)
            throw new DomainException($"The name is longer than {MaxLabelLength} characters.", $"নাম {BengaliDigits.ToBengali(MaxLabelLength)} অক্ষরের বেশি।") { Field = nameof(Label) };
        return new ApiKey(officeId, l, HashOf(secret), secret[..Math.Min(7, secret.Length)], now, createdBy);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void Revoke(DateTimeOffset now, string? by)
    {
        if (RevokedAt is not null)
            throw new DomainException("The key was already revoked.", "চাবিটি ইতোমধ্যে বাতিল করা হয়েছে।");
        RevokedAt = now;
        RevokedBy = by;
    }
}
