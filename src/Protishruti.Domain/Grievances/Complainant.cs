using System.Text.RegularExpressions;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Grievances;

/// <summary>
/// Who complained and how to reach them. Seen only by the officers handling the complaint; an anonymous complaint has
/// none and gets no reply but its public status.
/// </summary>
public sealed partial record Complainant
{
    public const int MaxNameLength = 200;

    private Complainant(string name, string? mobile, string? email) => (Name, Mobile, Email) = (name, mobile, email);

    public string Name { get; }
    /// <summary>"01712345678": eleven digits, as Bangladesh's operators number them.</summary>
    public string? Mobile { get; }
    public string? Email { get; }

    /// <summary>The typed name, mobile and e-mail, checked; a name and at least one way to reach the person.</summary>
    public static Complainant Of(string? name, string? mobile, string? email)
    {
        var n = TypedText.Trim(name);
        if (string.IsNullOrEmpty(n))
            throw new DomainException("Write your name, or choose to complain anonymously.",
                "আপনার নাম লিখুন, অথবা নাম প্রকাশ না করে অভিযোগ করুন।") { Field = nameof(Name) };
        if (n.Length > MaxNameLength)
            throw new DomainException($"The name can be at most {MaxNameLength} characters.",
                $"নাম সর্বোচ্চ {BengaliDigits.ToBengali(MaxNameLength)} অক্ষরের হতে পারে।") { Field = nameof(Name) };
        var m = NormalizeMobile(mobile);
        var e = NormalizeEmail(email);
        if (m is null && e is null)
            throw new DomainException("Give a mobile number or an e-mail address, so that the office can answer you.",
                "মোবাইল নম্বর অথবা ই-মেইল ঠিকানা দিন, যাতে দপ্তর আপনাকে উত্তর জানাতে পারে।") { Field = nameof(Mobile) };
        return new Complainant(n, m, e);
    }

    /// <summary>"০১৭১২-৩৪৫৬৭৮", "+8801712345678", "8801712345678" → "01712345678"; null when empty.</summary>
    public static string? NormalizeMobile(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var digits = new string(BengaliDigits.ToAscii(typed).Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("880", StringComparison.Ordinal)) digits = digits[2..];
        if (!MobilePattern().IsMatch(digits))
            throw new DomainException($"'{typed.Trim()}' is not a Bangladeshi mobile number (11 digits starting 013–019).",
                $"'{typed.Trim()}' বাংলাদেশের মোবাইল নম্বর নয় (০১৩–০১৯ দিয়ে শুরু ১১ অঙ্ক)।") { Field = nameof(Mobile) };
        return digits;
    }

    /// <summary>The office directory's e-mail rule, one for the whole app.</summary>
    public static string? NormalizeEmail(string? typed) => Offices.Office.ValidEmail(typed, nameof(Email));

    [GeneratedRegex("^01[3-9][0-9]{8}$")]
    private static partial Regex MobilePattern();
}
