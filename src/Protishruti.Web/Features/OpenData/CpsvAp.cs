using System.Globalization;
using System.Text.Json.Nodes;
using Protishruti.Domain.Charters;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Public;
using static Protishruti.Web.Features.OpenData.OpenDataJson;

namespace Protishruti.Web.Features.OpenData;

/// <summary>
/// An office's current charter as CPSV-AP 3 JSON-LD (mapping: domain.md §10.2, decisions: docs/adr/0009). What CPSV-AP
/// cannot say — working-day time limits, the charter's version, the service category code list, the GRS ladder's
/// limits — is said with properties in the <see cref="Namespace"/> vocabulary, never by bending a standard property.
/// </summary>
public static class CpsvAp
{
    /// <summary>The extension vocabulary (prefix <c>bdcc</c>: Bangladesh Citizen Charter).</summary>
    public const string Namespace = "https://protishruti.gov.bd/ns/charter#";

    private const string Currency = "http://publications.europa.eu/resource/authority/currency/BDT";
    private const string Bengali = "http://publications.europa.eu/resource/authority/language/BEN";
    private const string English = "http://publications.europa.eu/resource/authority/language/ENG";

    public static JsonObject Context() => new()
    {
        ["cpsv"] = "http://purl.org/vocab/cpsv#",
        ["cv"] = "http://data.europa.eu/m8g/",
        ["dct"] = "http://purl.org/dc/terms/",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["locn"] = "http://www.w3.org/ns/locn#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["bdcc"] = Namespace,
    };

    public static JsonObject Build(CharterDocument doc, string site)
    {
        var o = doc.Office;
        var v = doc.Version;
        var officeUrl = site + Links.Office(o.Code);
        var charterUrl = site + Links.Charters.Page(o.Code);

        var organisation = new JsonObject
        {
            ["@id"] = officeUrl,
            ["@type"] = "cv:PublicOrganisation",
            ["dct:identifier"] = o.Code,
            ["skos:prefLabel"] = Texts(o.NameBn, o.NameEn),
            ["foaf:homepage"] = o.Website is null ? officeUrl : o.Website,
        };
        if (o.AddressBn is not null || o.AddressEn is not null)
            organisation["locn:address"] = new JsonObject
            {
                ["@type"] = "locn:Address",
                ["locn:fullAddress"] = Texts(o.AddressBn ?? o.AddressEn!, o.AddressBn is null ? null : o.AddressEn),
                ["locn:adminUnitL1"] = "BD",
            };
        if (o.GeoCode is { } geo && geo.Trim('0').Length > 0) organisation["bdcc:bbsGeoCode"] = geo;
        if (o.Phone is not null || o.Email is not null) organisation["cv:contactPoint"] = Contact(o.Phone, o.Email, null);

        var services = v.ServicesInPrintedOrder().Select(s => (JsonNode)Service(doc, s, site, officeUrl)).ToArray();
        var charter = new JsonObject
        {
            ["@id"] = charterUrl,
            ["@type"] = "bdcc:CitizenCharter",
            ["dct:title"] = Texts($"সেবা প্রদান প্রতিশ্রুতি — {o.NameBn}", $"Citizen Charter — {o.NameEn}"),
            ["dct:publisher"] = new JsonObject { ["@id"] = officeUrl },
            ["bdcc:version"] = v.Number,
            ["dct:modified"] = Typed(doc.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "xsd:date"),
            ["bdcc:layout"] = v.Layout.ToString(),
            ["dct:hasPart"] = new JsonArray(v.ServicesInPrintedOrder().Select(s => (JsonNode)new JsonObject { ["@id"] = site + Links.Charters.Service(o.Code, s.Key) }).ToArray()),
        };
        if (v.VisionBn is not null) charter["bdcc:vision"] = Texts(v.VisionBn, v.VisionEn);
        if (v.MissionBn is not null) charter["bdcc:mission"] = Texts(v.MissionBn, v.MissionEn);
        charter["bdcc:expectation"] = new JsonArray(v.Expectations.OrderBy(e => e.Order).Select(e => (JsonNode)new JsonObject
        {
            ["bdcc:order"] = e.Order,
            ["bdcc:text"] = Texts(e.TextBn, e.TextEn),
        }).ToArray());
        charter["bdcc:grievanceLevel"] = new JsonArray(v.GrievanceLevels.OrderBy(g => g.Order).Select(g => (JsonNode)Grievance(doc, g)).ToArray());

        return new JsonObject
        {
            ["@context"] = Context(),
            ["@graph"] = new JsonArray([organisation, charter, .. services]),
        };
    }

    private static JsonObject Service(CharterDocument doc, CharterService s, string site, string officeUrl)
    {
        var node = new JsonObject
        {
            ["@id"] = site + Links.Charters.Service(doc.Office.Code, s.Key),
            ["@type"] = "cpsv:PublicService",
            ["dct:identifier"] = s.Key.ToString(),
            ["dct:title"] = Texts(s.NameBn, s.NameEn),
            ["dct:type"] = new JsonObject { ["@id"] = $"bdcc:{Category(s.Category)}Service" },
            ["dct:language"] = new JsonArray(new JsonObject { ["@id"] = Bengali }, new JsonObject { ["@id"] = English }),
            ["cv:hasCompetentAuthority"] = new JsonObject { ["@id"] = officeUrl },
            ["bdcc:order"] = s.Order,
        };
        if (s.DeliveryMethod is { } m)
        {
            node["dct:description"] = Texts(m.TextBn, m.TextEn);
            var channels = new JsonArray();
            foreach (var c in CharterColumns.Channels(m.Channels))
            {
                var channel = new JsonObject
                {
                    ["@type"] = "cv:Channel",
                    ["dct:type"] = new JsonObject { ["@id"] = $"bdcc:{Channel(c)}Channel" },
                    ["cv:ownedBy"] = new JsonObject { ["@id"] = officeUrl },
                };
                if (c == DeliveryChannels.Online && m.OnlineUrl is not null) channel["foaf:page"] = new JsonObject { ["@id"] = m.OnlineUrl };
                channels.Add(channel);
            }
            if (channels.Count > 0) node["cv:hasChannel"] = channels;
        }
        if (s.Documents.Count > 0)
        {
            node["cpsv:hasInput"] = new JsonArray(s.Documents.OrderBy(d => d.Order).Select(d =>
            {
                var evidence = new JsonObject
                {
                    ["@type"] = "cv:Evidence",
                    ["dct:title"] = Texts(d.NameBn, d.NameEn),
                    ["bdcc:order"] = d.Order,
                };
                if (d.WhereToGetBn is not null) evidence["dct:description"] = Texts(d.WhereToGetBn, d.WhereToGetEn);
                return (JsonNode)evidence;
            }).ToArray());
        }
        node["bdcc:noDocumentsRequired"] = s.NoDocumentsRequired;
        if (s.Fee is { } fee)
        {
            var cost = new JsonObject
            {
                ["@type"] = "cv:Cost",
                ["cv:value"] = Typed(fee.IsFree ? "0.00" : Money(fee.Amount!.Value), "xsd:decimal"),
                ["cv:currency"] = new JsonObject { ["@id"] = Currency },
                ["dct:description"] = Texts(fee.Describe(true), fee.Describe(false)),
                ["cv:isDefinedBy"] = new JsonObject { ["@id"] = officeUrl },
            };
            if (fee.PaymentMethod is { } pm) cost["bdcc:paymentMethod"] = pm.ToString();
            node["cv:hasCost"] = new JsonArray(cost);
        }
        if (s.TimeLimit is { } limit) AddTimeLimit(node, limit, "cv:processingTime");

        var contacts = new JsonArray();
        if (doc.Contact(s.ResponsibleOfficerPostId) is { } r) contacts.Add(Contact(r.Phone, r.Email, r, "responsible"));
        if (doc.Contact(s.SupervisingOfficerPostId) is { } sup) contacts.Add(Contact(sup.Phone, sup.Email, sup, "supervising"));
        if (contacts.Count > 0) node["cv:hasContactPoint"] = contacts;
        return node;
    }

    private static JsonObject Grievance(CharterDocument doc, GrievanceLevel g)
    {
        var contact = doc.Contact(g.WhomPostId) is { } c ? Contact(c.Phone, c.Email, c, "grievance") : new JsonObject { ["@type"] = "cv:ContactPoint", ["bdcc:role"] = "grievance" };
        contact["bdcc:level"] = g.Order;
        contact["bdcc:when"] = Texts(g.WhenBn, g.WhenEn);
        if (g.WhomBn is not null) contact["bdcc:whom"] = Texts(g.WhomBn, g.WhomEn);
        if (g.AddressBn is not null) contact["bdcc:address"] = Texts(g.AddressBn, g.AddressEn);
        if (g.ResolutionLimit is { } limit) AddTimeLimit(contact, limit, "bdcc:resolutionTime");
        return contact;
    }

    /// <summary>
    /// Calendar units as an xsd:duration in <paramref name="durationProperty"/>; working days as bdcc:workingDays, because
    /// "P7D" would promise seven calendar days. The text as printed always goes with it.
    /// </summary>
    private static void AddTimeLimit(JsonObject node, TimeLimit limit, string durationProperty)
    {
        if (limit.Unit == TimeLimitUnit.WorkingDays)
            node["bdcc:workingDays"] = Typed(limit.Value!.Value.ToString(CultureInfo.InvariantCulture), "xsd:integer");
        else if (IsoDuration(limit) is { } iso)
            node[durationProperty] = Typed(iso, "xsd:duration");
        node["bdcc:timeLimitText"] = Lang(limit.Text, "bn");
    }

    private static JsonObject Contact(string? phone, string? email, PostContact? post, string? role = null)
    {
        var point = new JsonObject { ["@type"] = "cv:ContactPoint" };
        if (role is not null) point["bdcc:role"] = role;
        if (post is not null)
        {
            point["bdcc:designation"] = Texts(post.DesignationBn, post.DesignationEn);
            if (post.HolderNameBn is not null) point["bdcc:holder"] = Texts(post.HolderNameBn, post.HolderNameEn);
            if (post.Room is not null) point["bdcc:room"] = post.Room;
        }
        if (phone is not null) point["cv:telephone"] = phone;
        if (email is not null) point["cv:email"] = email;
        return point;
    }
}
