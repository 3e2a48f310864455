using System.Globalization;
using System.Text.RegularExpressions;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>How each typed value of the exchange format is written and read (docs/charter-format.md).</summary>
public static partial class CharterCells
{
    public const string DocumentSeparator = " | ";

    private static string Token(string? text) =>
        CharterText.Key(text).Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    // ---- category ----

    public static string Write(ServiceCategory c) => c switch
    {
        ServiceCategory.Citizen => "citizen",
        ServiceCategory.Institutional => "institutional",
        _ => "internal",
    };

    public static ServiceCategory ParseCategory(string? text) => Token(text) switch
    {
        "citizen" or "নাগরিক" or "নাগরিকসেবা" => ServiceCategory.Citizen,
        "institutional" or "প্রাতিষ্ঠানিক" or "প্রাতিষ্ঠানিকসেবা" or "দাপ্তরিক" => ServiceCategory.Institutional,
        "internal" or "অভ্যন্তরীণ" or "অভ্যন্তরীণসেবা" => ServiceCategory.Internal,
        _ => throw new DomainException($"Category '{text}' is not one of citizen, institutional, internal (নাগরিক, প্রাতিষ্ঠানিক, অভ্যন্তরীণ).",
            $"সেবার ধরন '{text}' সঠিক নয়: নাগরিক, প্রাতিষ্ঠানিক বা অভ্যন্তরীণ (citizen, institutional, internal) লিখুন।"),
    };

    // ---- layout ----

    public static string Write(LayoutProfile l) => l switch
    {
        LayoutProfile.Hq7 => "hq7",
        LayoutProfile.Field8 => "field8",
        _ => "hybrid8",
    };

    public static LayoutProfile? ParseLayout(string? text) => text is null ? null : Token(text) switch
    {
        "hq7" or "a" => LayoutProfile.Hq7,
        "field8" or "b" => LayoutProfile.Field8,
        "hybrid8" or "c" => LayoutProfile.Hybrid8,
        _ => throw new DomainException($"Layout '{text}' is not one of hq7, field8, hybrid8.", $"ছক '{text}' সঠিক নয়: hq7, field8 বা hybrid8 লিখুন।"),
    };

    // ---- delivery channels ----

    private static readonly (DeliveryChannels Channel, string Token, string[] Also)[] ChannelNames =
    [
        (DeliveryChannels.InPerson, "in-person", ["inperson", "সরাসরি", "সশরীরে"]),
        (DeliveryChannels.Online, "online", ["অনলাইন", "web"]),
        (DeliveryChannels.Post, "post", ["ডাক", "ডাকযোগে", "mail"]),
        (DeliveryChannels.Email, "email", ["ইমেইল", "ই-মেইল", "ইমেল"]),
        (DeliveryChannels.Phone, "phone", ["ফোন", "telephone", "মোবাইল"]),
    ];

    public static string Write(DeliveryChannels channels) =>
        string.Join(", ", ChannelNames.Where(c => channels.HasFlag(c.Channel)).Select(c => c.Token));

    public static DeliveryChannels ParseChannels(string? text)
    {
        var result = DeliveryChannels.None;
        foreach (var part in (text ?? "").Split([',', ';', '\n', '/', '।'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var t = Token(part);
            var match = ChannelNames.FirstOrDefault(c => Token(c.Token) == t || c.Also.Any(a => Token(a) == t));
            if (match.Token is null)
                throw new DomainException($"Channel '{part}' is not one of in-person, online, post, email, phone.",
                    $"মাধ্যম '{part}' সঠিক নয়: in-person (সরাসরি), online (অনলাইন), post (ডাক), email (ই-মেইল), phone (ফোন) লিখুন।");
            result |= match.Channel;
        }
        return result;
    }

    // ---- documents: one per line, "name | where to get it"; "নেই" / "none" for no document ----

    private static readonly string[] NoneWords = ["নেই", "প্রয়োজন নেই", "প্রযোজ্য নয়", "none", "not required", "no document"];

    public static bool IsNone(string? text) => text is not null && NoneWords.Any(w => CharterText.Key(w) == CharterText.Key(text.Trim('.', '।', ' ')));

    public static string WriteDocuments(IEnumerable<(string? Name, string? Where)> documents) =>
        string.Join("\n", documents.Select(d => d.Where is null ? d.Name ?? "" : $"{d.Name}{DocumentSeparator}{d.Where}"));

    /// <summary>The lines of a documents cell, numbering ("১।", "2.") removed; blank lines kept so English lines pair with Bengali ones.</summary>
    public static List<(string? Name, string? Where)> ParseDocuments(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        return lines.Select(line =>
        {
            var l = Numbering().Replace(line.Trim(), "");
            var bar = l.IndexOf('|', StringComparison.Ordinal);
            var (name, where) = bar < 0 ? (l, "") : (l[..bar], l[(bar + 1)..]);
            return (Null(name), Null(where));
        }).ToList();
    }

    private static string? Null(string s) => s.Trim() is { Length: > 0 } t ? t : null;

    [GeneratedRegex(@"^(?:[০-৯0-9]{1,3}\s*[।.)]|[-•*])\s*")]
    private static partial Regex Numbering();

    // ---- fee ----

    private static readonly (PaymentMethod Method, string Token, string[] Also)[] PaymentNames =
    [
        (PaymentMethod.TreasuryChallan, "treasury-challan", ["challan", "চালান", "ট্রেজারি চালান", "ট্রেজারিচালান", "a-challan", "এ-চালান"]),
        (PaymentMethod.Bank, "bank", ["ব্যাংক", "ব্যাংকে", "bank draft"]),
        (PaymentMethod.MobileFinancialService, "mobile-financial-service", ["mfs", "mobile banking", "মোবাইল ব্যাংকিং", "বিকাশ/নগদ"]),
        (PaymentMethod.CashWithReceipt, "cash-with-receipt", ["cash", "নগদ", "নগদ (রসিদসহ)", "রসিদসহ নগদ"]),
        (PaymentMethod.EPayment, "e-payment", ["epayment", "ই-পেমেন্ট", "অনলাইন পেমেন্ট"]),
    ];

    public static bool IsFree(string? text) => Token(text) is "free" or "বিনামূল্যে" or "বিনামূল্য" or "ফ্রি";

    public static (string Fee, string? Method) Write(Fee fee)
    {
        if (fee.IsFree) return ("free", null);
        var amount = fee.Amount!.Value.ToString(fee.Amount % 1 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);
        var method = fee.PaymentMethod == PaymentMethod.Other
            ? fee.OtherMethodText
            : PaymentNames.First(p => p.Method == fee.PaymentMethod).Token;
        return (amount, method);
    }

    /// <summary>"500", "৫০০/-", "Tk 1,000", "৳ ২০" → the amount; null when the text is not a number.</summary>
    public static decimal? ParseAmount(string text)
    {
        var t = BengaliDigits.ToAscii(text).Replace("টাকা", "", StringComparison.Ordinal).Replace("৳", "", StringComparison.Ordinal)
            .Replace("/-", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (t.StartsWith("tk", StringComparison.OrdinalIgnoreCase)) t = t[2..].TrimStart('.', ' ');
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>A payment method token, or anything else as the text of "other".</summary>
    public static (PaymentMethod Method, string? OtherText) ParsePaymentMethod(string text)
    {
        var t = Token(text);
        var match = PaymentNames.FirstOrDefault(p => Token(p.Token) == t || p.Also.Any(a => Token(a) == t));
        return match.Token is null ? (PaymentMethod.Other, text) : (match.Method, null);
    }

    // ---- time limit ----

    public static string Write(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.WorkingDays => "working-days",
        TimeLimitUnit.Days => "days",
        TimeLimitUnit.Hours => "hours",
        TimeLimitUnit.Months => "months",
        _ => "immediate",
    };

    public static TimeLimitUnit ParseUnit(string text) => Token(text) switch
    {
        "workingdays" or "workingday" or "কর্মদিবস" or "কার্যদিবস" => TimeLimitUnit.WorkingDays,
        "days" or "day" or "দিন" => TimeLimitUnit.Days,
        "hours" or "hour" or "ঘণ্টা" or "ঘন্টা" => TimeLimitUnit.Hours,
        "months" or "month" or "মাস" => TimeLimitUnit.Months,
        "immediate" or "immediately" or "তাৎক্ষণিক" => TimeLimitUnit.Immediate,
        _ => throw new DomainException($"Unit '{text}' is not one of working-days, days, hours, months, immediate.",
            $"একক '{text}' সঠিক নয়: working-days (কর্মদিবস), days (দিন), hours (ঘণ্টা), months (মাস) বা immediate (তাৎক্ষণিক) লিখুন।"),
    };

    /// <summary>
    /// The text decides when it names a measurable time (so editing only the text in Excel works); value and unit are
    /// used when the text names none; a text naming no time and no value/unit is kept as it is (the quality check flags it).
    /// </summary>
    public static TimeLimit? ParseTimeLimit(string? text, string? value, string? unit)
    {
        if (text is null && value is null && unit is null) return null;
        var parsed = text is null ? null : TimeLimit.TryParse(text);
        if (unit is not null)
        {
            var u = ParseUnit(unit);
            var v = 0;
            if (u != TimeLimitUnit.Immediate && !BengaliDigits.TryParseInt(value, out v))
                throw new DomainException($"The time-limit value '{value}' is not a whole number.", $"সময়সীমার মান '{value}' পূর্ণসংখ্যা নয়।");
            var typed = u == TimeLimitUnit.Immediate ? TimeLimit.Immediate(text) : TimeLimit.Of(v, u, text);
            if (parsed is not null && (parsed.Value, parsed.Unit) != (typed.Value, typed.Unit))
                throw new DomainException(
                    $"The text '{text}' says {parsed.Describe(false)} but the value and unit say {typed.Describe(false)}; correct one, or clear the value and unit.",
                    $"লেখা '{text}' অনুযায়ী {parsed.Describe(true)}, কিন্তু মান ও একক অনুযায়ী {typed.Describe(true)}; একটি সংশোধন করুন, অথবা মান ও একক মুছে দিন।");
            return typed;
        }
        if (parsed is not null) return parsed;
        if (value is not null)
            throw new DomainException("Give the unit of the time-limit value (working-days, days, hours, months).", "সময়সীমার মানের একক লিখুন (কর্মদিবস, দিন, ঘণ্টা, মাস)।");
        return TimeLimit.FromText(text);
    }
}
