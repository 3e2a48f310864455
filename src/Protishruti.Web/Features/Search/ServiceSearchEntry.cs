using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// One service of an office's current published charter, as the national search shows and filters it (ADR 0010).
/// A read model: rebuilt for the office whenever a version is published, never edited by hand.
/// </summary>
public sealed class ServiceSearchEntry
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public int CharterVersionId { get; set; }
    public Guid ServiceKey { get; set; }
    public string OfficeCode { get; set; } = "";
    public string OfficeNameBn { get; set; } = "";
    public string OfficeNameEn { get; set; } = "";
    public OfficeKind OfficeKind { get; set; }
    /// <summary>BBS code of the district the office is in (from the district office among its ancestors), if known.</summary>
    public string? DistrictCode { get; set; }
    public ServiceCategory Category { get; set; }
    public int Order { get; set; }
    public string NameBn { get; set; } = "";
    public string? NameEn { get; set; }
    public string? FeeBn { get; set; }
    public string? FeeEn { get; set; }
    public string? TimeLimitBn { get; set; }
    public string? TimeLimitEn { get; set; }
    /// <summary>
    /// The searchable words, folded and stemmed (<see cref="SearchText.Build"/>), in three parts by weight — the service's
    /// names, its office and district, its documents and method — as " name words | office words | text words ".
    /// </summary>
    public string Terms { get; set; } = "";
}
