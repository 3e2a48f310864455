using System.Globalization;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Charters;

public enum PaymentMethod
{
    TreasuryChallan = 1,
    Bank = 2,
    MobileFinancialService = 3,
    CashWithReceipt = 4,
    EPayment = 5,
    Other = 9,
}

/// <summary>সেবার মূল্য এবং পরিশোধ পদ্ধতি: free, or an amount in taka and how to pay it.</summary>
public sealed record Fee
{
    public const decimal MaxAmount = 10_000_000m;

    private Fee() { }

    public static Fee Free { get; } = new() { IsFree = true };

    /// <param name="note">What the amount depends on, as printed ("প্রতি পৃষ্ঠা", "সরকার নির্ধারিত হারে").</param>
    public static Fee Of(decimal amount, Charters.PaymentMethod method, string? otherMethodText = null, string? note = null)
    {
        if (amount < 0)
            throw new DomainException("A fee cannot be negative.", "সেবার মূল্য ঋণাত্মক হতে পারে না।");
        if (amount == 0)
            throw new DomainException("A fee of 0 taka is a free service: choose \"free\" instead.", "০ টাকা মানে বিনামূল্যে সেবা: \"বিনামূল্যে\" নির্বাচন করুন।");
        if (amount > MaxAmount)
            throw new DomainException($"A fee above {MaxAmount:N0} taka is not plausible; check the amount.",
                $"{BengaliDigits.ToBengali(MaxAmount.ToString("0", CultureInfo.InvariantCulture))} টাকার বেশি সেবামূল্য অসম্ভব; পরিমাণটি যাচাই করুন।");
        if (decimal.Round(amount, 2) != amount)
            throw new DomainException("A fee has at most two decimal places (poisha).", "সেবামূল্যে দশমিকের পর সর্বোচ্চ দুই অঙ্ক (পয়সা) থাকতে পারে।");
        if (!Enum.IsDefined(method))
            throw new DomainException("Unknown payment method.", "অজানা পরিশোধ পদ্ধতি।");
        var other = CharterText.Optional(otherMethodText, "The payment method", "পরিশোধ পদ্ধতি", 200);
        if (method == Charters.PaymentMethod.Other && other is null)
            throw new DomainException("Say how the fee is paid when the payment method is \"other\".", "পরিশোধ পদ্ধতি \"অন্যান্য\" হলে কীভাবে পরিশোধ করতে হবে তা লিখুন।");
        if (method != Charters.PaymentMethod.Other) other = null;
        return new Fee
        {
            Amount = amount,
            PaymentMethod = method,
            OtherMethodText = other,
            Note = CharterText.Optional(note, "The fee note", "সেবামূল্যের টীকা"),
        };
    }

    public bool IsFree { get; private init; }
    public decimal? Amount { get; private init; }
    public PaymentMethod? PaymentMethod { get; private init; }
    public string? OtherMethodText { get; private init; }
    public string? Note { get; private init; }

    public string Describe(bool bengali)
    {
        if (IsFree) return bengali ? "বিনামূল্যে" : "Free";
        var amount = Amount!.Value.ToString(Amount % 1 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);
        var method = PaymentMethod == Charters.PaymentMethod.Other ? OtherMethodText : PaymentMethod!.Value.Name(bengali);
        var text = bengali ? $"{BengaliDigits.ToBengali(amount)} টাকা ({method})" : $"Tk {amount} ({method})";
        return Note is null ? text : $"{text}; {Note}";
    }

    public override string ToString() => Describe(bengali: false);
}

public static class PaymentMethodNames
{
    public static string Name(this PaymentMethod method, bool bengali) => method switch
    {
        PaymentMethod.TreasuryChallan => bengali ? "ট্রেজারি চালান" : "treasury challan",
        PaymentMethod.Bank => bengali ? "ব্যাংক" : "bank",
        PaymentMethod.MobileFinancialService => bengali ? "মোবাইল ব্যাংকিং" : "mobile financial service",
        PaymentMethod.CashWithReceipt => bengali ? "নগদ (রসিদসহ)" : "cash with receipt",
        PaymentMethod.EPayment => bengali ? "ই-পেমেন্ট" : "e-payment",
        _ => bengali ? "অন্যান্য" : "other",
    };
}
