using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>A published version with everything a reader sees: the office, its officers as of today, its subordinates' services.</summary>
public sealed record CharterDocument(
    Office Office,
    CharterVersion Version,
    IReadOnlyDictionary<int, PostContact> Contacts,
    IReadOnlyList<SubordinateCharter> Subordinates,
    bool IsCurrent)
{
    public PostContact? Contact(int? postId) => postId is { } id && Contacts.TryGetValue(id, out var c) ? c : null;

    public DateOnly PublishedOn => PublicCharters.BangladeshDate(Version.PublishedAt!.Value);
}

public sealed record SubordinateCharter(OfficeLink Office, IReadOnlyList<SubordinateService> Services);

public sealed record SubordinateService(Guid Key, ServiceCategory Category, int Order, string NameBn, string? NameEn)
{
    public string Name(bool bengali) => bengali || NameEn is null ? NameBn : NameEn;
}

/// <summary>An office and its current published charter (null when none is published), as the charter and service pages show them.</summary>
public sealed record CurrentCharter(Office Office, CharterDocument? Document)
{
    public RenderedHtml Html { get; } = new();
}

public sealed record PublishedVersionRow(int Number, DateTimeOffset PublishedAt, int ServiceCount)
{
    public DateOnly PublishedOn => PublicCharters.BangladeshDate(PublishedAt);
}

/// <summary>
/// The public's reads of charters. Only published versions are ever loaded here: a draft, submitted or returned
/// version is invisible to every public page and format, whatever number is asked for.
/// </summary>
public static class PublicCharters
{
    public static DateOnly BangladeshDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Clock.BangladeshOffset).DateTime);

    public static Task<Office?> PublicOfficeAsync(this AppDbContext db, string? code, CancellationToken ct = default)
    {
        var c = (code ?? "").Trim().ToLowerInvariant();
        return db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Code == c, ct);
    }

    public static IQueryable<CharterVersion> PublishedVersions(this AppDbContext db, int officeId) =>
        db.Set<CharterVersion>().Where(v => v.Charter.OfficeId == officeId && v.State == CharterVersionState.Published);

    /// <summary>The published version <paramref name="number"/>, or the current one when no number is given.</summary>
    public static Task<CharterVersion?> PublishedVersionAsync(this AppDbContext db, int officeId, int? number = null, CancellationToken ct = default)
    {
        var q = db.PublishedVersions(officeId);
        q = number is { } n ? q.Where(v => v.Number == n) : q.OrderByDescending(v => v.Number);
        return q.AsNoTracking()
            .Include(v => v.Services).ThenInclude(s => s.Documents)
            .Include(v => v.Expectations)
            .Include(v => v.GrievanceLevels)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
    }

    public static Task<int?> CurrentNumberAsync(this AppDbContext db, int officeId, CancellationToken ct = default) =>
        db.PublishedVersions(officeId).MaxAsync(v => (int?)v.Number, ct);

    public static Task<List<PublishedVersionRow>> HistoryAsync(this AppDbContext db, int officeId, CancellationToken ct = default) =>
        db.PublishedVersions(officeId).OrderByDescending(v => v.Number)
            .Select(v => new PublishedVersionRow(v.Number, v.PublishedAt!.Value, v.Services.Count))
            .ToListAsync(ct);

    /// <summary>Loads a published version (the current one when <paramref name="number"/> is null) for display, or null.</summary>
    public static async Task<CharterDocument?> DocumentAsync(this AppDbContext db, Office office, int? number, DateOnly today,
        bool withSubordinates, CancellationToken ct = default)
    {
        var version = await db.PublishedVersionAsync(office.Id, number, ct);
        if (version is null) return null;
        var contacts = await db.ForVersionAsync(version, today, ct);
        var current = number is null || await db.CurrentNumberAsync(office.Id, ct) == version.Number;
        var subordinates = withSubordinates ? await db.SubordinateChartersAsync(office.Id, ct) : [];
        return new CharterDocument(office, version, contacts, subordinates, current);
    }

    /// <summary>
    /// The office and its current charter, from <see cref="PublicReadCache"/> when there: a published version never
    /// changes, and the officers and subordinates around it change only through saves, which evict the cache.
    /// A hit builds no database context: <paramref name="services"/> gives one only on a miss.
    /// </summary>
    public static Task<CurrentCharter?> CurrentCharterAsync(this PublicReadCache reads, IServiceProvider services, string? code, DateOnly today,
        bool withSubordinates, CancellationToken ct = default)
    {
        var c = (code ?? "").Trim().ToLowerInvariant();
        return reads.GetAsync("current-charter", (c, today, withSubordinates), async t =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            return await db.PublicOfficeAsync(c, t) is { } office
                ? new CurrentCharter(office, await db.DocumentAsync(office, number: null, today, withSubordinates, t))
                : null;
        }, ct);
    }

    /// <summary>Section ২.৪: each direct subordinate office with a published charter, and the services of its current version.</summary>
    public static async Task<List<SubordinateCharter>> SubordinateChartersAsync(this AppDbContext db, int officeId, CancellationToken ct = default)
    {
        var children = await db.Offices.AsNoTracking().Where(o => o.ParentId == officeId)
            .OrderBy(o => o.Kind).ThenBy(o => o.NameEn).AsLinks().ToListAsync(ct);
        if (children.Count == 0) return [];
        var ids = children.Select(c => c.Id).ToList();
        var published = await db.Set<CharterVersion>()
            .Where(v => ids.Contains(v.Charter.OfficeId) && v.State == CharterVersionState.Published)
            .Select(v => new { v.Id, v.Charter.OfficeId, v.Number })
            .ToListAsync(ct);
        if (published.Count == 0) return [];
        var versionOffice = published.GroupBy(v => v.OfficeId).Select(g => g.MaxBy(v => v.Number)!)
            .ToDictionary(v => v.Id, v => v.OfficeId);
        var versionIds = versionOffice.Keys.ToList();
        var services = await db.Set<CharterService>().AsNoTracking()
            .Where(s => versionIds.Contains(s.CharterVersionId))
            .Select(s => new { s.CharterVersionId, s.Key, s.Category, s.Order, s.NameBn, s.NameEn })
            .ToListAsync(ct);
        var byOffice = services.ToLookup(s => versionOffice[s.CharterVersionId]);
        return children.Where(c => versionOffice.ContainsValue(c.Id))
            .Select(c => new SubordinateCharter(c, byOffice[c.Id].OrderBy(s => s.Category).ThenBy(s => s.Order)
                .Select(s => new SubordinateService(s.Key, s.Category, s.Order, s.NameBn, s.NameEn)).ToList()))
            .ToList();
    }
}
