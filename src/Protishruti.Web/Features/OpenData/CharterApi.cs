using System.Globalization;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Public;

namespace Protishruti.Web.Features.OpenData;

/// <summary>
/// GET /api/v1/offices/{code}/charter: the current published version as plain JSON (camelCase, enums as camelCase
/// strings, every key always present, null when empty). The shape is documented in docs/adr/0009.
/// </summary>
public static class CharterApi
{
    public sealed record CharterDto(
        OfficeDto Office, int Version, string Layout, DateTimeOffset PublishedAt, DatesDto LastUpdated,
        string? VisionBn, string? VisionEn, string? MissionBn, string? MissionEn,
        IReadOnlyList<ServiceDto> Services, IReadOnlyList<ExpectationDto> Expectations,
        IReadOnlyList<GrievanceLevelDto> GrievanceLadder, IReadOnlyList<SubordinateDto> SubordinateOffices, LinksDto Links);

    public sealed record OfficeDto(string Code, string NameBn, string NameEn, string Kind, string? AddressBn, string? AddressEn,
        string? Phone, string? Email, string? Website, string Url);

    public sealed record DatesDto(string Date, string BanglaDateBn, string BanglaDateEn);

    public sealed record ServiceDto(Guid Key, ServiceCategory Category, int Order, string NameBn, string? NameEn, string Url,
        DeliveryDto? DeliveryMethod, bool NoDocumentsRequired, IReadOnlyList<DocumentDto> Documents, FeeDto? Fee, TimeLimitDto? TimeLimit,
        OfficerDto? ResponsibleOfficer, OfficerDto? SupervisingOfficer);

    public sealed record DeliveryDto(string TextBn, string? TextEn, IReadOnlyList<string> Channels, string? OnlineUrl);

    public sealed record DocumentDto(int Order, string NameBn, string? NameEn, string? WhereToGetBn, string? WhereToGetEn);

    public sealed record FeeDto(bool Free, decimal? Amount, string Currency, PaymentMethod? PaymentMethod, string? PaymentMethodText,
        string? Note, string TextBn, string TextEn);

    /// <param name="Value">null when the text names no measurable time (<paramref name="Measurable"/> false).</param>
    public sealed record TimeLimitDto(int? Value, TimeLimitUnit? Unit, bool Measurable, string Text, string TextBn, string TextEn);

    public sealed record OfficerDto(int PostId, string DesignationBn, string DesignationEn, bool Vacant, string? NameBn, string? NameEn,
        string? Room, string? Phone, string? Email);

    public sealed record ExpectationDto(int Order, string TextBn, string? TextEn);

    public sealed record GrievanceLevelDto(int Level, string WhenBn, string? WhenEn, string? WhomBn, string? WhomEn, OfficerDto? Officer,
        string? AddressBn, string? AddressEn, TimeLimitDto? ResolutionLimit);

    public sealed record SubordinateDto(string Code, string NameBn, string NameEn, string CharterUrl, IReadOnlyList<ServiceLinkDto> Services);

    public sealed record ServiceLinkDto(Guid Key, ServiceCategory Category, string NameBn, string? NameEn, string Url);

    public sealed record LinksDto(string Html, string History, string JsonLd, string Csv, string Xlsx, string Open311);

    public static CharterDto From(CharterDocument doc, string site)
    {
        var o = doc.Office;
        var v = doc.Version;
        var officeUrl = site + Links.Office(o.Code);
        var date = doc.PublishedOn;
        var bangla = BanglaDate.FromGregorian(date);
        return new CharterDto(
            new OfficeDto(o.Code, o.NameBn, o.NameEn, o.Kind.ToString(), o.AddressBn, o.AddressEn, o.Phone, o.Email, o.Website, officeUrl),
            v.Number, v.Layout.ToString(), v.PublishedAt!.Value,
            new DatesDto(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), bangla.ToBengaliString(), bangla.ToEnglishString()),
            v.VisionBn, v.VisionEn, v.MissionBn, v.MissionEn,
            v.ServicesInPrintedOrder().Select(s => Service(doc, s, site)).ToList(),
            v.Expectations.OrderBy(e => e.Order).Select(e => new ExpectationDto(e.Order, e.TextBn, e.TextEn)).ToList(),
            v.GrievanceLevels.OrderBy(g => g.Order).Select(g => new GrievanceLevelDto(g.Order, g.WhenBn, g.WhenEn, g.WhomBn, g.WhomEn,
                Officer(doc.Contact(g.WhomPostId)), g.AddressBn, g.AddressEn, Limit(g.ResolutionLimit))).ToList(),
            doc.Subordinates.Select(sub => new SubordinateDto(sub.Office.Code, sub.Office.NameBn, sub.Office.NameEn,
                $"{site}/offices/{sub.Office.Code}/charter",
                sub.Services.Select(s => new ServiceLinkDto(s.Key, s.Category, s.NameBn, s.NameEn, $"{site}/offices/{sub.Office.Code}/services/{s.Key}")).ToList())).ToList(),
            new LinksDto(site + Links.Charters.Page(o.Code), site + Links.Charters.History(o.Code), site + Links.Charters.JsonLd(o.Code),
                site + Links.Charters.Csv(o.Code), site + Links.Charters.Xlsx(o.Code), site + Links.Charters.Open311(o.Code)));
    }

    private static ServiceDto Service(CharterDocument doc, CharterService s, string site) => new(
        s.Key, s.Category, s.Order, s.NameBn, s.NameEn, site + Links.Charters.Service(doc.Office.Code, s.Key),
        s.DeliveryMethod is { } m ? new DeliveryDto(m.TextBn, m.TextEn, CharterColumns.Channels(m.Channels).Select(OpenDataJson.Channel).ToList(), m.OnlineUrl) : null,
        s.NoDocumentsRequired,
        s.Documents.OrderBy(d => d.Order).Select(d => new DocumentDto(d.Order, d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn)).ToList(),
        s.Fee is { } f ? new FeeDto(f.IsFree, f.Amount, "BDT", f.PaymentMethod, f.OtherMethodText, f.Note, f.Describe(true), f.Describe(false)) : null,
        Limit(s.TimeLimit),
        Officer(doc.Contact(s.ResponsibleOfficerPostId)),
        Officer(doc.Contact(s.SupervisingOfficerPostId)));

    public static TimeLimitDto? Limit(TimeLimit? t) =>
        t is null ? null : new TimeLimitDto(t.IsMeasurable ? t.Value : null, t.Unit, t.IsMeasurable, t.Text, t.Describe(true), t.Describe(false));

    private static OfficerDto? Officer(PostContact? c) =>
        c is null ? null : new OfficerDto(c.PostId, c.DesignationBn, c.DesignationEn, c.IsVacant, c.HolderNameBn, c.HolderNameEn, c.Room, c.Phone, c.Email);
}
