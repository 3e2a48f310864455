namespace Protishruti.Domain.Memos;

/// <summary>What kind of document a memo number was issued for; the register lists it, and a file may be meant for one kind.</summary>
public enum MemoDocumentKind
{
    Notice = 1,
    Minutes = 2,
    OfficeOrder = 3,
    Charter = 4,
    Letter = 5,
    Other = 9,
}

public static class MemoDocumentKinds
{
    public static readonly MemoDocumentKind[] All =
        [MemoDocumentKind.Notice, MemoDocumentKind.Minutes, MemoDocumentKind.OfficeOrder, MemoDocumentKind.Charter, MemoDocumentKind.Letter, MemoDocumentKind.Other];

    public static string Name(this MemoDocumentKind kind, bool bengali) => kind switch
    {
        MemoDocumentKind.Notice => bengali ? "সভার নোটিশ" : "Meeting notice",
        MemoDocumentKind.Minutes => bengali ? "কার্যবিবরণী" : "Minutes",
        MemoDocumentKind.OfficeOrder => bengali ? "অফিস আদেশ" : "Office order",
        MemoDocumentKind.Charter => bengali ? "সেবা প্রদান প্রতিশ্রুতি" : "Citizen charter",
        MemoDocumentKind.Letter => bengali ? "পত্র" : "Letter",
        _ => bengali ? "অন্যান্য" : "Other",
    };
}
