using System.Text.Json.Nodes;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Public;
using static Protishruti.Web.Features.OpenData.OpenDataJson;

namespace Protishruti.Web.Features.OpenData;

/// <summary>schema.org GovernmentService for one charter service (domain.md §10.2), embedded in the service page.</summary>
public static class SchemaOrgService
{
    public static JsonObject Build(CharterDocument charter, CharterService s, string siteUrl)
    {
        var office = charter.Office;
        var officeUrl = siteUrl + Links.Office(office.Code);
        var url = siteUrl + Links.Charters.Service(office.Code, s.Key);
        var responsible = charter.Contact(s.ResponsibleOfficerPostId);
        var supervising = charter.Contact(s.SupervisingOfficerPostId);

        var provider = Organization(office, officeUrl);
        var contacts = new JsonArray();
        if (responsible is not null) contacts.Add(ContactPoint(responsible, "responsible officer"));
        if (supervising is not null) contacts.Add(ContactPoint(supervising, "escalation"));
        if (contacts.Count > 0) provider["contactPoint"] = contacts;

        var service = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentService",
            ["@id"] = url,
            ["url"] = url,
            ["identifier"] = s.Key.ToString(),
            ["name"] = Texts(s.NameBn, s.NameEn),
            ["serviceType"] = s.Category.En(),
            ["audience"] = new JsonObject { ["@type"] = "Audience", ["audienceType"] = Category(s.Category) },
            ["provider"] = provider,
            ["serviceOperator"] = new JsonObject { ["@id"] = officeUrl },
            ["areaServed"] = Area(office),
        };
        if (s.DeliveryMethod is { } method) service["description"] = Texts(method.TextBn, method.TextEn);
        service["availableChannel"] = Channels(s, office, officeUrl, responsible);
        if (s.Fee is { } fee) service["offers"] = Offer(fee);

        var properties = new JsonArray();
        if (s.TimeLimit is { } limit)
        {
            var time = new JsonObject
            {
                ["@type"] = "PropertyValue",
                ["propertyID"] = "timeLimit",
                ["name"] = Texts("সেবা প্রদানের সময়সীমা", "Time limit"),
                ["description"] = Lang(limit.Text, "bn"),
            };
            if (limit.Unit is { } unit)
            {
                time["value"] = limit.Value;
                time["unitText"] = unit switch
                {
                    TimeLimitUnit.WorkingDays => "working days",
                    TimeLimitUnit.Days => "days",
                    TimeLimitUnit.Hours => "hours",
                    TimeLimitUnit.Months => "months",
                    _ => "immediate",
                };
            }
            properties.Add(time);
        }
        foreach (var d in s.Documents.OrderBy(d => d.Order))
        {
            var doc = new JsonObject
            {
                ["@type"] = "PropertyValue",
                ["propertyID"] = "requiredDocument",
                ["name"] = Texts("প্রয়োজনীয় কাগজপত্র", "Required document"),
                ["value"] = Texts(d.NameBn, d.NameEn),
                ["position"] = d.Order,
            };
            if (d.WhereToGetBn is not null) doc["description"] = Texts(d.WhereToGetBn, d.WhereToGetEn);
            properties.Add(doc);
        }
        if (s.NoDocumentsRequired)
            properties.Add(new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "requiredDocument", ["value"] = "none" });
        if (properties.Count > 0) service["additionalProperty"] = properties;
        return service;
    }

    public static JsonObject Organization(Office office, string officeUrl)
    {
        var org = new JsonObject
        {
            ["@type"] = "GovernmentOrganization",
            ["@id"] = officeUrl,
            ["url"] = officeUrl,
            ["name"] = Texts(office.NameBn, office.NameEn),
        };
        if (office.AddressBn is not null || office.AddressEn is not null) org["address"] = Address(office);
        if (office.Phone is not null) org["telephone"] = office.Phone;
        if (office.Email is not null) org["email"] = office.Email;
        if (office.Website is not null) org["sameAs"] = office.Website;
        return org;
    }

    private static JsonObject Address(Office office) => new()
    {
        ["@type"] = "PostalAddress",
        ["streetAddress"] = Texts(office.AddressBn ?? office.AddressEn!, office.AddressBn is null ? null : office.AddressEn),
        ["addressCountry"] = "BD",
    };

    private static JsonObject Area(Office office)
    {
        var area = new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = Texts(office.AddressBn ?? office.NameBn, office.AddressEn ?? office.NameEn) };
        if (office.GeoCode is { } geo && geo.Trim('0').Length > 0) area["identifier"] = $"BBS-geo:{geo}";
        return area;
    }

    private static JsonObject ContactPoint(PostContact c, string type)
    {
        var point = new JsonObject
        {
            ["@type"] = "ContactPoint",
            ["contactType"] = type,
            ["jobTitle"] = Texts(c.DesignationBn, c.DesignationEn),
        };
        if (c.HolderNameBn is not null) point["name"] = Texts(c.HolderNameBn, c.HolderNameEn);
        if (c.Phone is not null) point["telephone"] = c.Phone;
        if (c.Email is not null) point["email"] = c.Email;
        return point;
    }

    private static JsonArray Channels(CharterService s, Office office, string officeUrl, PostContact? responsible)
    {
        var channels = new JsonArray();
        var flags = s.DeliveryMethod?.Channels ?? DeliveryChannels.None;
        if (flags == DeliveryChannels.None) flags = DeliveryChannels.InPerson; // a charter service is at least delivered at the office
        var iso = IsoDuration(s.TimeLimit);
        foreach (var channel in CharterColumns.Channels(flags))
        {
            var c = new JsonObject
            {
                ["@type"] = "ServiceChannel",
                ["name"] = Texts(CharterColumns.ChannelName(channel, true), CharterColumns.ChannelName(channel, false)),
                ["availableLanguage"] = "bn",
            };
            switch (channel)
            {
                case DeliveryChannels.Online:
                    c["serviceUrl"] = s.DeliveryMethod!.OnlineUrl;
                    break;
                case DeliveryChannels.InPerson:
                    var place = new JsonObject { ["@type"] = "GovernmentOffice", ["name"] = Texts(office.NameBn, office.NameEn), ["url"] = officeUrl };
                    if (office.AddressBn is not null || office.AddressEn is not null) place["address"] = Address(office);
                    c["serviceLocation"] = place;
                    break;
                case DeliveryChannels.Post:
                    if (office.AddressBn is not null || office.AddressEn is not null) c["servicePostalAddress"] = Address(office);
                    break;
                case DeliveryChannels.Phone:
                    if ((responsible?.Phone ?? office.Phone) is { } phone)
                        c["servicePhone"] = new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = phone };
                    break;
                case DeliveryChannels.Email:
                    if ((responsible?.Email ?? office.Email) is { } mail) c["serviceUrl"] = $"mailto:{mail}";
                    break;
            }
            if (iso is not null) c["processingTime"] = iso;
            channels.Add(c);
        }
        return channels;
    }

    private static JsonObject Offer(Fee fee)
    {
        var offer = new JsonObject
        {
            ["@type"] = "Offer",
            ["price"] = fee.IsFree ? "0" : Money(fee.Amount!.Value),
            ["priceCurrency"] = "BDT",
            ["description"] = Texts(fee.Describe(true), fee.Describe(false)),
        };
        if (fee.PaymentMethod is { } pm)
            offer["acceptedPaymentMethod"] = pm == PaymentMethod.Other ? fee.OtherMethodText : pm.Name(false);
        return offer;
    }
}
