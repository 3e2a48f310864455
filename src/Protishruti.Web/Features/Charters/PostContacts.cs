using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Charters;

/// <summary>
/// What a charter shows for a post (responsible / supervising officer, GRS level): designation and office from the
/// post, name from today's holder, phone and e-mail from the post's own contacts or else the holder's. A transfer
/// changes these without a new charter version.
/// </summary>
public sealed record PostContact(
    int PostId,
    int OfficeId,
    string DesignationBn,
    string DesignationEn,
    string? HolderNameBn,
    string? HolderNameEn,
    string? Room,
    string? Phone,
    string? Email,
    string? UnitBn = null,
    string? UnitEn = null)
{
    public bool IsVacant => HolderNameBn is null;

    public string Designation(bool bengali) => bengali || string.IsNullOrWhiteSpace(DesignationEn) ? DesignationBn : DesignationEn;

    /// <summary>The branch or section (শাখা) the post sits in, which the field layout's officer columns print.</summary>
    public string? Unit(bool bengali) => bengali || string.IsNullOrWhiteSpace(UnitEn) ? UnitBn : UnitEn;

    public string? HolderName(bool bengali) => bengali || string.IsNullOrWhiteSpace(HolderNameEn) ? HolderNameBn : HolderNameEn;

    /// <summary>What the quality check needs to know about the post.</summary>
    public PostInfo ToPostInfo() =>
        new(!IsVacant, !string.IsNullOrWhiteSpace(Phone), !string.IsNullOrWhiteSpace(Email), DesignationBn, DesignationEn);
}

public static class PostContacts
{
    /// <summary>Loads the posts a charter version refers to (services, GRS ladder), with their holders on <paramref name="today"/>.</summary>
    public static Task<Dictionary<int, PostContact>> ForVersionAsync(this AppDbContext db, CharterVersion version, DateOnly today, CancellationToken ct = default) =>
        db.PostContactsAsync(ReferencedPosts(version), today, ct);

    public static IEnumerable<int> ReferencedPosts(CharterVersion version) =>
        version.Services.SelectMany(s => new[] { s.ResponsibleOfficerPostId, s.SupervisingOfficerPostId })
            .Concat(version.GrievanceLevels.Select(g => g.WhomPostId))
            .OfType<int>()
            .Distinct();

    public static async Task<Dictionary<int, PostContact>> PostContactsAsync(this AppDbContext db, IEnumerable<int> postIds, DateOnly today, CancellationToken ct = default)
    {
        var ids = postIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var rows = await (
            from p in db.Posts.AsNoTracking()
            where ids.Contains(p.Id)
            let holder = p.Incumbencies.Where(i => i.From <= today && (i.To == null || i.To >= today))
                .OrderByDescending(i => i.From).Select(i => i.Person).FirstOrDefault()
            select new
            {
                p.Id, p.OfficeId, p.DesignationBn, p.DesignationEn, p.UnitBn, p.UnitEn, p.Room, p.Phone, p.Email,
                HolderBn = holder == null ? null : holder.NameBn,
                HolderEn = holder == null ? null : holder.NameEn,
                HolderMobile = holder == null ? null : holder.Mobile,
                HolderEmail = holder == null ? null : holder.Email,
            }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new PostContact(
            r.Id, r.OfficeId, r.DesignationBn, r.DesignationEn, r.HolderBn, r.HolderEn, r.Room,
            r.Phone ?? r.HolderMobile, r.Email ?? r.HolderEmail, r.UnitBn, r.UnitEn));
    }

    /// <summary>The lookup <see cref="CharterVersion.Submit"/>, <see cref="CharterVersion.Publish"/> and <see cref="CharterQuality.Check"/> take.</summary>
    public static Func<int, PostInfo?> AsLookup(this IReadOnlyDictionary<int, PostContact> contacts) =>
        id => contacts.TryGetValue(id, out var c) ? c.ToPostInfo() : null;
}
