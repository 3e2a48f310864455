using System.Xml.Linq;
using Protishruti.Domain.Charters;
using Protishruti.Web.Features.Charters.Public;

namespace Protishruti.Web.Features.OpenData;

/// <summary>
/// Open311 GeoReport v2 discovery of an office's charter services, as JSON and as XML. jurisdiction_id = office code,
/// service_code = the service's stable key. Requests are not taken here (type "blackbox": the GRS handles grievances),
/// so the definition's attributes are all informational (variable = false): documents, fee, time limit.
/// </summary>
public static class Open311
{
    public sealed record ServiceEntry(string ServiceCode, string ServiceName, string Description, bool Metadata, string Type, string Keywords, string Group);

    public sealed record ServiceDefinition(string ServiceCode, IReadOnlyList<AttributeDefinition> Attributes);

    public sealed record AttributeDefinition(bool Variable, string Code, string Datatype, bool Required, string? DatatypeDescription, int Order, string Description);

    public sealed record Error(int Code, string Description);

    public static ServiceEntry Entry(CharterDocument doc, CharterService s, bool bn) => new(
        s.Key.ToString(),
        s.Name(bn),
        Description(doc, s, bn),
        Metadata: true,
        Type: "blackbox",
        Keywords: string.Join(",", new[] { s.NameBn, s.NameEn, s.Category.Bn(), s.Category.En() }.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Replace(",", " "))),
        Group: s.Category.Name(bn));

    public static ServiceDefinition Definition(CharterService s, bool bn)
    {
        var attributes = new List<AttributeDefinition>();
        var order = 0;
        foreach (var d in s.Documents.OrderBy(d => d.Order))
            attributes.Add(new AttributeDefinition(false, $"document-{d.Order}", "string", false, d.WhereToGet(bn), ++order,
                (bn ? "প্রয়োজনীয় কাগজপত্র: " : "Required document: ") + d.Name(bn)));
        if (s.NoDocumentsRequired)
            attributes.Add(new AttributeDefinition(false, "documents", "string", false, null, ++order, bn ? "কোনো কাগজপত্র লাগে না" : "No documents required"));
        if (s.Fee is { } fee)
            attributes.Add(new AttributeDefinition(false, "fee", "string", false, fee.IsFree ? null : "BDT", ++order, (bn ? "সেবার মূল্য: " : "Fee: ") + fee.Describe(bn)));
        if (s.TimeLimit is { } limit)
            attributes.Add(new AttributeDefinition(false, "time-limit", "string", false, limit.Text, ++order, (bn ? "সময়সীমা: " : "Time limit: ") + limit.Describe(bn)));
        return new ServiceDefinition(s.Key.ToString(), attributes);
    }

    private static string Description(CharterDocument doc, CharterService s, bool bn)
    {
        var parts = new List<string>();
        if (s.DeliveryMethod is { } m) parts.Add(m.Text(bn));
        if (s.Fee is { } f) parts.Add((bn ? "সেবার মূল্য: " : "Fee: ") + f.Describe(bn));
        if (s.TimeLimit is { } t) parts.Add((bn ? "সময়সীমা: " : "Time limit: ") + t.Describe(bn));
        parts.Add(doc.Office.Name(bn));
        return string.Join(bn ? "। " : ". ", parts);
    }

    /// <summary>true for xml, false for json, null for anything else.</summary>
    public static bool? FormatOf(string format) => format.ToLowerInvariant() switch
    {
        "json" => false,
        "xml" => true,
        _ => null,
    };

    public static IResult Xml(XElement root, int status = 200) =>
        TypedResults.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root,
            "application/xml; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static XElement ToXml(IEnumerable<ServiceEntry> entries) => new("services", entries.Select(e => new XElement("service",
        new XElement("service_code", e.ServiceCode),
        new XElement("service_name", e.ServiceName),
        new XElement("description", e.Description),
        new XElement("metadata", e.Metadata ? "true" : "false"),
        new XElement("type", e.Type),
        new XElement("keywords", e.Keywords),
        new XElement("group", e.Group))));

    public static XElement ToXml(ServiceDefinition d) => new("service_definition",
        new XElement("service_code", d.ServiceCode),
        new XElement("attributes", d.Attributes.Select(a => new XElement("attribute",
            new XElement("variable", a.Variable ? "true" : "false"),
            new XElement("code", a.Code),
            new XElement("datatype", a.Datatype),
            new XElement("required", a.Required ? "true" : "false"),
            new XElement("datatype_description", a.DatatypeDescription ?? ""),
            new XElement("order", a.Order),
            new XElement("description", a.Description)))));

    public static XElement ToXml(Error e) => new("errors", new XElement("error", new XElement("code", e.Code), new XElement("description", e.Description)));
}
