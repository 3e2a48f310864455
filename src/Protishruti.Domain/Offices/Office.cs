using System.Text.RegularExpressions;

namespace Protishruti.Domain.Offices;

public sealed partial class Office
{
    public const int MaxNameLength = 300;

    private readonly List<Post> _posts = [];
    private readonly List<Office> _children = [];

    private Office() { }

    public Office(string code, string nameBn, string nameEn, OfficeKind kind)
    {
        Code = ValidCode(code);
        Rename(nameBn, nameEn);
        Kind = kind;
        Path = "/";
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameBn { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public OfficeKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public Office? Parent { get; private set; }

    /// <summary>
    /// Materialized path of ancestor ids, e.g. "/3/17/" for an office whose parent is 17 under root 3.
    /// Lets "everything under office X" be one indexed prefix query, which the monitoring views need at national scale.
    /// </summary>
    public string Path { get; private set; } = "/";
    public int Depth { get; private set; }

    public string? AddressBn { get; private set; }
    public string? AddressEn { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Website { get; private set; }
    /// <summary>A letterhead line under the government's, for the body the office belongs to ("পার্বত্য জেলা পরিষদ").</summary>
    public string? LetterheadParentLine { get; private set; }
    /// <summary>A motto printed above the letterhead, as the office writes it (quotes included).</summary>
    public string? LetterheadMotto { get; private set; }
    /// <summary>The office's name as the letterhead prints it, one or two lines ("জেলা প্রশাসকের কার্যালয়" / "সাতক্ষীরা"); null = the name on one line.</summary>
    public string? LetterheadName { get; private set; }
    /// <summary>Whether the letterhead leaves out the website (it prints it by default when the office has one).</summary>
    public bool LetterheadHidesWebsite { get; private set; }

    /// <summary>Blocks of the digital file number (Secretariat Instructions): ministry 2 digits, office 2, BBS geo 4.</summary>
    public string? MinistryCode { get; private set; }
    public string? OfficeCode { get; private set; }
    public string? GeoCode { get; private set; }

    public IReadOnlyList<Post> Posts => _posts;
    public IReadOnlyList<Office> Children => _children;

    public string Name(bool bengali) => bengali || TypedText.IsBlank(NameEn) ? NameBn : NameEn;

    public IEnumerable<int> AncestorIds() =>
        Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    public bool IsUnder(Office other) => Path.Contains($"/{other.Id}/", StringComparison.Ordinal);

    public void Rename(string nameBn, string nameEn)
    {
        NameBn = Required(nameBn, nameof(NameBn), "Bengali name", "বাংলা নাম", MaxNameLength);
        NameEn = Required(nameEn, nameof(NameEn), "English name", "ইংরেজি নাম", MaxNameLength);
    }

    public void ChangeKind(OfficeKind kind) => Kind = kind;

    public void SetContacts(string? addressBn, string? addressEn, string? phone, string? email, string? website)
    {
        AddressBn = Optional(addressBn, nameof(AddressBn), 500);
        AddressEn = Optional(addressEn, nameof(AddressEn), 500);
        Phone = Optional(phone, nameof(Phone), 50);
        Email = ValidEmail(email, nameof(Email));
        Website = Optional(website, nameof(Website), 300);
        if (Website is not null && !Uri.TryCreate(Website, UriKind.Absolute, out var uri) | uri?.Scheme is not ("http" or "https"))
            throw new DomainException($"'{Website}' is not a web address (http:// or https://).", $"'{Website}' সঠিক ওয়েব ঠিকানা নয় (http:// বা https://)।")
            {
                Field = nameof(Website),
            };
    }

    public const int MaxLetterheadLineLength = 200;

    /// <summary>The letterhead lines the office prints on every document (ADR 0035); empty lines are left out.</summary>
    public void SetLetterhead(string? parentLine, string? motto)
    {
        LetterheadParentLine = Optional(parentLine, nameof(LetterheadParentLine), MaxLetterheadLineLength);
        LetterheadMotto = Optional(motto, nameof(LetterheadMotto), MaxLetterheadLineLength);
    }

    /// <summary>
    /// The office's name as printed (at most two lines, blank lines dropped; null or blank = the name on one line) and
    /// whether the website is left out.
    /// </summary>
    public void SetLetterheadName(string? name, bool hidesWebsite)
    {
        var lines = (name ?? "").Replace("\r", "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length > 2 || lines.Any(l => l.Length > MaxLetterheadLineLength))
            throw new DomainException($"The office's name on the letterhead is one or two lines of at most {MaxLetterheadLineLength} characters.",
                $"প্যাডে দপ্তরের নাম এক বা দুই লাইনের, প্রতি লাইন সর্বোচ্চ {Calendar.BengaliDigits.ToBengali(MaxLetterheadLineLength)} অক্ষরের।")
            { Field = nameof(LetterheadName) };
        LetterheadName = lines.Length == 0 ? null : string.Join('\n', lines);
        LetterheadHidesWebsite = hidesWebsite;
    }

    public void SetFileNumberBlocks(string? ministryCode, string? officeCode, string? geoCode)
    {
        MinistryCode = Digits(ministryCode, nameof(MinistryCode), 2, "ministry code", "মন্ত্রণালয় কোড");
        OfficeCode = Digits(officeCode, nameof(OfficeCode), 2, "office code", "দপ্তর কোড");
        GeoCode = Digits(geoCode, nameof(GeoCode), 4, "geo code", "জিও কোড");
    }

    /// <summary>Moves this office under <paramref name="parent"/> (or to the top when null). The caller must fix descendants' paths.</summary>
    public void MoveUnder(Office? parent)
    {
        if (parent is not null && (parent == this || (Id != 0 && parent.IsUnder(this))))
            throw new DomainException($"{Code} cannot be placed under its own subordinate office.",
                $"{Code} দপ্তরকে তার নিজের অধীন দপ্তরের অধীনে রাখা যায় না।");
        Parent = parent;
        ParentId = parent?.Id;
        RecomputePath();
    }

    /// <summary>Recomputes the path from the parent's; parents must have ids (be saved) first.</summary>
    public void RecomputePath()
    {
        Path = Parent is null ? "/" : $"{Parent.Path}{Parent.Id}/";
        Depth = Parent is null ? 0 : Parent.Depth + 1;
    }

    public static string ValidCode(string? code)
    {
        var c = TypedText.Trim(code).ToLowerInvariant();
        if (!CodePattern().IsMatch(c))
            throw new DomainException(
                $"Office code '{code}' must be 2–60 characters of a–z, 0–9 and hyphens, starting with a letter.",
                $"দপ্তর কোড '{code}' ২–৬০ অক্ষরের হতে হবে: a–z, 0–9 ও হাইফেন, শুরুতে অক্ষর।") { Field = nameof(Code) };
        return c;
    }

    internal static string Required(string? value, string field, string fieldEn, string fieldBn, int max)
    {
        var v = TypedText.Trim(value);
        if (v.Length == 0) throw new DomainException($"{fieldEn} is required.", $"{fieldBn} আবশ্যক।") { Field = field };
        if (v.Length > max) throw new DomainException($"{fieldEn} is longer than {max} characters.", $"{fieldBn} {Calendar.BengaliDigits.ToBengali(max)} অক্ষরের বেশি।") { Field = field };
        return v;
    }

    internal static string? Optional(string? value, string field, int max)
    {
        var v = TypedText.TrimToNull(value);
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Length > max) throw new DomainException($"A field is longer than {max} characters: '{v[..20]}…'.", $"একটি ঘর {Calendar.BengaliDigits.ToBengali(max)} অক্ষরের বেশি: '{v[..20]}…'।") { Field = field };
        return v;
    }

    internal static string? ValidEmail(string? value, string field)
    {
        var email = Optional(value, field, 200);
        if (email is not null && !EmailPattern().IsMatch(email))
            throw new DomainException($"'{email}' is not an e-mail address.", $"'{email}' সঠিক ই-মেইল ঠিকানা নয়।") { Field = field };
        return email;
    }

    private static string? Digits(string? value, string field, int length, string fieldEn, string fieldBn)
    {
        var v = TypedText.TrimToNull(value);
        if (string.IsNullOrEmpty(v)) return null;
        v = Calendar.BengaliDigits.ToAscii(v);
        if (v.Length != length || !v.All(char.IsAsciiDigit))
            throw new DomainException($"The {fieldEn} must be exactly {length} digits.", $"{fieldBn} ঠিক {Calendar.BengaliDigits.ToBengali(length)} অঙ্কের হতে হবে।") { Field = field };
        return v;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,59}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
