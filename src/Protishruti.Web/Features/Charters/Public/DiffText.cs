using Protishruti.Domain.Charters;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>How a <see cref="CharterChange"/> reads on the diff page, in the reader's language.</summary>
public static class DiffText
{
    public static string Kind(CharterChangeKind kind, bool bn) => kind switch
    {
        CharterChangeKind.VisionChanged or CharterChangeKind.MissionChanged or CharterChangeKind.LayoutChanged
            or CharterChangeKind.ServiceChanged or CharterChangeKind.ExpectationChanged or CharterChangeKind.GrievanceLevelChanged
            => bn ? "পরিবর্তিত" : "Changed",
        CharterChangeKind.ServiceAdded or CharterChangeKind.ExpectationAdded or CharterChangeKind.GrievanceLevelAdded
            => bn ? "নতুন যোগ হয়েছে" : "Added",
        CharterChangeKind.ServiceRemoved or CharterChangeKind.ExpectationRemoved or CharterChangeKind.GrievanceLevelRemoved
            => bn ? "বাদ দেওয়া হয়েছে" : "Removed",
        _ => bn ? "ক্রম পরিবর্তিত" : "Order changed",
    };

    public static string CssClass(CharterChangeKind kind) => kind switch
    {
        CharterChangeKind.ServiceAdded or CharterChangeKind.ExpectationAdded or CharterChangeKind.GrievanceLevelAdded => "added",
        CharterChangeKind.ServiceRemoved or CharterChangeKind.ExpectationRemoved or CharterChangeKind.GrievanceLevelRemoved => "removed",
        CharterChangeKind.ServicesReordered or CharterChangeKind.ExpectationsReordered => "reordered",
        _ => "changed",
    };

    /// <summary>The part of the charter a change is in: services, expectations, the GRS table or the header.</summary>
    public static string Area(CharterChange change, bool bn) => change.Kind switch
    {
        CharterChangeKind.ServiceAdded or CharterChangeKind.ServiceRemoved or CharterChangeKind.ServiceChanged
            => change.Category is { } c ? c.Name(bn) : bn ? "সেবা" : "Service",
        CharterChangeKind.ServicesReordered => bn ? "সেবার ক্রম" : "Order of services",
        CharterChangeKind.ExpectationAdded or CharterChangeKind.ExpectationRemoved or CharterChangeKind.ExpectationChanged
            or CharterChangeKind.ExpectationsReordered => bn ? "আপনার কাছে আমাদের প্রত্যাশা" : "What we expect from you",
        CharterChangeKind.GrievanceLevelAdded or CharterChangeKind.GrievanceLevelRemoved or CharterChangeKind.GrievanceLevelChanged
            => bn ? "অভিযোগ প্রতিকার ব্যবস্থাপনা" : "Grievance redress",
        _ => bn ? "ভিশন ও মিশন" : "Vision and mission",
    };

    public static string Field(string field, bool bn) => field switch
    {
        "Vision.Bn" => bn ? "রূপকল্প (বাংলা)" : "Vision (Bengali)",
        "Vision.En" => bn ? "রূপকল্প (ইংরেজি)" : "Vision (English)",
        "Mission.Bn" => bn ? "অভিলক্ষ্য (বাংলা)" : "Mission (Bengali)",
        "Mission.En" => bn ? "অভিলক্ষ্য (ইংরেজি)" : "Mission (English)",
        "Layout" => bn ? "ছক" : "Layout",
        "Name.Bn" => bn ? "সেবার নাম (বাংলা)" : "Service name (Bengali)",
        "Name.En" => bn ? "সেবার নাম (ইংরেজি)" : "Service name (English)",
        "Category" => bn ? "সেবার ধরন" : "Category",
        "DeliveryMethod" => bn ? "সেবা প্রদান পদ্ধতি" : "Method of delivery",
        "Documents" => bn ? "প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান" : "Required documents and where to get them",
        "NoDocumentsRequired" => bn ? "কোনো কাগজপত্র লাগে না" : "No documents required",
        "Fee" => bn ? "সেবার মূল্য ও পরিশোধ পদ্ধতি" : "Fee and payment method",
        "TimeLimit" => bn ? "সেবা প্রদানের সময়সীমা" : "Time limit",
        "ResponsibleOfficer" => bn ? "দায়িত্বপ্রাপ্ত কর্মকর্তা" : "Responsible officer",
        "SupervisingOfficer" => bn ? "ঊর্ধ্বতন কর্মকর্তা" : "Supervising officer",
        "Order" => bn ? "ক্রম" : "Order",
        "Text.Bn" => bn ? "প্রত্যাশা (বাংলা)" : "Expectation (Bengali)",
        "Text.En" => bn ? "প্রত্যাশা (ইংরেজি)" : "Expectation (English)",
        "When.Bn" => bn ? "কখন যোগাযোগ করবেন (বাংলা)" : "When to contact (Bengali)",
        "When.En" => bn ? "কখন যোগাযোগ করবেন (ইংরেজি)" : "When to contact (English)",
        "WhomPost" => bn ? "কার সঙ্গে যোগাযোগ করবেন (পদ)" : "Whom to contact (post)",
        "Whom.Bn" => bn ? "কার সঙ্গে যোগাযোগ করবেন (বাংলা)" : "Whom to contact (Bengali)",
        "Whom.En" => bn ? "কার সঙ্গে যোগাযোগ করবেন (ইংরেজি)" : "Whom to contact (English)",
        "Address.Bn" => bn ? "যোগাযোগের ঠিকানা (বাংলা)" : "Address (Bengali)",
        "Address.En" => bn ? "যোগাযোগের ঠিকানা (ইংরেজি)" : "Address (English)",
        "ResolutionLimit" => bn ? "নিষ্পত্তির সময়সীমা" : "Time limit for resolution",
        _ => field,
    };

    /// <summary>A field's value as lines of text (a list field gives one line per item).</summary>
    public static IReadOnlyList<string> Value(string field, object? value, IReadOnlyDictionary<int, PostContact> posts, bool bn) => value switch
    {
        null => [],
        string s => [s],
        bool b => [b ? (bn ? "হ্যাঁ" : "Yes") : (bn ? "না" : "No")],
        Fee f => [f.Describe(bn)],
        TimeLimit t => [t.Describe(bn) == t.Text ? t.Text : $"{t.Describe(bn)} (“{t.Text}”)"],
        DeliveryMethod m => [m.Text(bn) + (m.Channels == DeliveryChannels.None ? "" :
            $" [{string.Join(", ", CharterColumns.Channels(m.Channels).Select(c => CharterColumns.ChannelName(c, bn)))}]")
            + (m.OnlineUrl is null ? "" : $" {m.OnlineUrl}")],
        int postId when field is "ResponsibleOfficer" or "SupervisingOfficer" or "WhomPost" =>
            [posts.TryGetValue(postId, out var p) ? p.Designation(bn) : (bn ? "(পদটি আর নেই)" : "(post no longer exists)")],
        ServiceCategory c => [c.Name(bn)],
        LayoutProfile l => [bn ? l.Bn() : l.En()],
        IEnumerable<DocumentLine> docs => docs.Select(d =>
        {
            var name = bn || d.NameEn is null ? d.NameBn : d.NameEn;
            var where = bn || d.WhereToGetEn is null ? d.WhereToGetBn : d.WhereToGetEn;
            return where is null ? name : $"{name} — {where}";
        }).ToList(),
        IEnumerable<string> lines => lines.ToList(),
        _ => [value.ToString() ?? ""],
    };
}
