using Protishruti.Domain.Charters;

namespace Protishruti.Web.Features.Charters.Public;

public enum CharterColumn
{
    Serial,
    Name,
    Method,
    /// <summary>Layouts A and C: documents and where to get them in one column.</summary>
    DocumentsAndSources,
    /// <summary>Layout B: documents and their sources in two columns.</summary>
    Documents,
    Sources,
    Fee,
    TimeLimit,
    Responsible,
    Supervising,
}

/// <summary>
/// The services table's columns in each layout, with the headings as the official formats print them
/// (domain.md §1.3). They are part of the format, not interface text, so they live here rather than in the resources.
/// </summary>
public static class CharterColumns
{
    public sealed record Heading(CharterColumn Column, string Bn, string En)
    {
        public string Text(bool bengali) => bengali ? Bn : En;

        /// <summary>The label a cell carries at phone width, where the heading row is hidden: short, since every cell repeats it.</summary>
        public string Label(bool bengali) => Column switch
        {
            CharterColumn.Serial => bengali ? "ক্রমিক" : "No.",
            CharterColumn.Name => bengali ? "সেবার নাম" : "Service",
            CharterColumn.Method => bengali ? "সেবা প্রদান পদ্ধতি" : "Method",
            CharterColumn.DocumentsAndSources or CharterColumn.Documents => bengali ? "প্রয়োজনীয় কাগজপত্র" : "Documents",
            CharterColumn.Sources => bengali ? "প্রাপ্তিস্থান" : "Where to get them",
            CharterColumn.Fee => bengali ? "সেবামূল্য" : "Fee",
            CharterColumn.TimeLimit => bengali ? "সময়সীমা" : "Time limit",
            CharterColumn.Responsible => bengali ? "দায়িত্বপ্রাপ্ত কর্মকর্তা" : "Responsible officer",
            _ => bengali ? "ঊর্ধ্বতন কর্মকর্তা" : "Supervising officer",
        };
    }

    private static readonly Heading[] Hq7 =
    [
        new(CharterColumn.Serial, "ক্রম", "No."),
        new(CharterColumn.Name, "সেবার নাম", "Service"),
        new(CharterColumn.Method, "সেবা প্রদান পদ্ধতি", "Method of delivery"),
        new(CharterColumn.DocumentsAndSources, "প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান", "Required documents and where to get them"),
        new(CharterColumn.Fee, "সেবার মূল্য এবং পরিশোধ পদ্ধতি", "Fee and payment method"),
        new(CharterColumn.TimeLimit, "সেবা প্রদানের সময়সীমা", "Time limit"),
        new(CharterColumn.Responsible, "দায়িত্বপ্রাপ্ত কর্মকর্তা (নাম, পদবি, ফোন নম্বর ও ইমেইল)", "Responsible officer (name, designation, phone and e-mail)"),
    ];

    private static readonly Heading[] Field8 =
    [
        new(CharterColumn.Serial, "ক্রমিক", "No."),
        new(CharterColumn.Name, "সেবার নাম", "Service"),
        new(CharterColumn.TimeLimit, "সেবা প্রদানে সর্বোচ্চ সময়", "Maximum time"),
        new(CharterColumn.Documents, "প্রয়োজনীয় কাগজপত্র", "Required documents"),
        new(CharterColumn.Sources, "প্রয়োজনীয় কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান", "Where to get the documents / application form"),
        new(CharterColumn.Fee, "সেবামূল্য এবং পরিশোধ পদ্ধতি (যদি থাকে)", "Fee and payment method (if any)"),
        new(CharterColumn.Responsible, "শাখার নামসহ দায়িত্বপ্রাপ্ত কর্মকর্তার পদবি, রুম নম্বর, জেলা/উপজেলার কোড, অফিসিয়াল টেলিফোন ও ইমেইল",
            "Responsible officer: designation, room, official phone and e-mail"),
        new(CharterColumn.Supervising, "ঊর্ধ্বতন কর্মকর্তার পদবি, রুম নম্বর, জেলা/উপজেলার কোডসহ অফিসিয়াল টেলিফোন ও ইমেইল",
            "Supervising officer: designation, room, official phone and e-mail"),
    ];

    private static readonly Heading[] Hybrid8 =
    [
        .. Hq7,
        new(CharterColumn.Supervising, "ঊর্ধ্বতন কর্মকর্তার পদবি, রুম নম্বর, ফোন ও ই-মেইল", "Supervising officer: designation, room, phone and e-mail"),
    ];

    public static IReadOnlyList<Heading> For(LayoutProfile layout) => layout switch
    {
        LayoutProfile.Field8 => Field8,
        LayoutProfile.Hybrid8 => Hybrid8,
        _ => Hq7,
    };

    /// <summary>The GRS table (domain.md §2.1).</summary>
    public static readonly Heading[] Grievance =
    [
        new(CharterColumn.Serial, "ক্রমিক", "No."),
        new(CharterColumn.Name, "কখন যোগাযোগ করবেন", "When to contact"),
        new(CharterColumn.Responsible, "কার সঙ্গে যোগাযোগ করবেন", "Whom to contact"),
        new(CharterColumn.Sources, "যোগাযোগের ঠিকানা", "Address"),
        new(CharterColumn.TimeLimit, "নিষ্পত্তির সময়সীমা", "Time limit for resolution"),
    ];

    public static string ChannelName(DeliveryChannels channel, bool bengali) => channel switch
    {
        DeliveryChannels.InPerson => bengali ? "সরাসরি" : "in person",
        DeliveryChannels.Online => bengali ? "অনলাইন" : "online",
        DeliveryChannels.Post => bengali ? "ডাকযোগে" : "by post",
        DeliveryChannels.Email => bengali ? "ই-মেইলে" : "by e-mail",
        DeliveryChannels.Phone => bengali ? "ফোনে" : "by phone",
        _ => channel.ToString(),
    };

    public static IEnumerable<DeliveryChannels> Channels(DeliveryChannels flags) =>
        new[] { DeliveryChannels.InPerson, DeliveryChannels.Online, DeliveryChannels.Post, DeliveryChannels.Email, DeliveryChannels.Phone }
            .Where(c => flags.HasFlag(c));
}
