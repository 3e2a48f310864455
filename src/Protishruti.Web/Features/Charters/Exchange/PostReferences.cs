using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>
/// A post as the exchange format names it: by its Bengali (or English) designation within the charter's office, with
/// the unit in square brackets when two posts share a designation, or "office-code: designation" for a post of another
/// office. Post ids differ between installations; designations are what the office's organogram (posts.csv) carries.
/// </summary>
public sealed partial class PostReferences
{
    public sealed record PostName(int Id, int OfficeId, string OfficeCode, string DesignationBn, string DesignationEn, string? UnitBn);

    private readonly Office _office;
    private readonly List<PostName> _posts;

    private PostReferences(Office office, List<PostName> posts) => (_office, _posts) = (office, posts);

    /// <summary>The office's posts, the posts <paramref name="ids"/> and the posts of the offices <paramref name="officeCodes"/>.</summary>
    public static async Task<PostReferences> LoadAsync(AppDbContext db, Office office, IEnumerable<int> ids, IEnumerable<string> officeCodes, CancellationToken ct)
    {
        var idList = ids.Distinct().ToList();
        var codes = officeCodes.Select(c => c.ToLowerInvariant()).Distinct().ToList();
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.OfficeId == office.Id || idList.Contains(p.Id) || codes.Contains(p.Office.Code))
            .Select(p => new PostName(p.Id, p.OfficeId, p.Office.Code, p.DesignationBn, p.DesignationEn, p.UnitBn))
            .ToListAsync(ct);
        return new PostReferences(office, posts);
    }

    /// <summary>Every post of every office, for loading many charters at once.</summary>
    internal static Task<List<PostName>> AllAsync(AppDbContext db, CancellationToken ct) =>
        db.Posts.AsNoTracking().Select(p => new PostName(p.Id, p.OfficeId, p.Office.Code, p.DesignationBn, p.DesignationEn, p.UnitBn)).ToListAsync(ct);

    internal static PostReferences For(Office office, List<PostName> all) => new(office, all);

    /// <summary>The office codes named in "code: designation" cells, to load their posts too.</summary>
    public static IEnumerable<string> CodesIn(IEnumerable<string?> cells) =>
        cells.OfType<string>().Select(c => Foreign().Match(c)).Where(m => m.Success).Select(m => m.Groups["code"].Value);

    public string? Name(int? postId)
    {
        if (postId is not { } id) return null;
        var post = _posts.FirstOrDefault(p => p.Id == id);
        if (post is null) return null;
        var sameDesignation = _posts.Count(p => p.OfficeId == post.OfficeId && CharterText.Key(p.DesignationBn) == CharterText.Key(post.DesignationBn));
        var name = sameDesignation > 1 && post.UnitBn is not null ? $"{post.DesignationBn} [{post.UnitBn}]" : post.DesignationBn;
        return post.OfficeId == _office.Id ? name : $"{post.OfficeCode}: {name}";
    }

    public int? Resolve(string? cell)
    {
        if (cell is null) return null;
        var text = cell.Trim();
        var (officeId, code) = (_office.Id, _office.Code);
        if (Foreign().Match(text) is { Success: true } f)
        {
            code = f.Groups["code"].Value.ToLowerInvariant();
            text = f.Groups["rest"].Value;
            var other = _posts.FirstOrDefault(p => p.OfficeCode == code);
            if (other is null)
                throw new DomainException($"Office '{code}' has no posts in Protishruti (or no such office).", $"'{code}' দপ্তরের কোনো পদ প্রতিশ্রুতিতে নেই (অথবা এমন দপ্তর নেই)।");
            officeId = other.OfficeId;
        }
        string? unit = null;
        if (Unit().Match(text) is { Success: true } u)
            (text, unit) = (u.Groups["designation"].Value, u.Groups["unit"].Value);
        var key = CharterText.Key(text);
        var candidates = _posts.Where(p => p.OfficeId == officeId && (CharterText.Key(p.DesignationBn) == key || CharterText.Key(p.DesignationEn) == key)).ToList();
        if (unit is not null) candidates = candidates.Where(p => CharterText.Key(p.UnitBn) == CharterText.Key(unit)).ToList();
        return candidates.Count switch
        {
            1 => candidates[0].Id,
            0 => throw new DomainException(
                $"The office {code} has no post '{cell.Trim()}'. Write the designation as in the office's list of posts (e.g. {Example(officeId, false)}).",
                $"{code} দপ্তরে '{cell.Trim()}' পদ নেই। দপ্তরের পদের তালিকার মতো পদবি লিখুন (যেমন {Example(officeId, true)})।"),
            _ => throw new DomainException(
                $"Several posts of {code} are called '{text}'; add the unit in square brackets: {string.Join(", ", candidates.Select(c => $"{c.DesignationBn} [{c.UnitBn}]"))}.",
                $"{code} দপ্তরে '{text}' নামে একাধিক পদ আছে; বন্ধনীতে শাখা লিখুন: {string.Join(", ", candidates.Select(c => $"{c.DesignationBn} [{c.UnitBn}]"))}।"),
        };
    }

    private string Example(int officeId, bool bengali) =>
        string.Join(", ", _posts.Where(p => p.OfficeId == officeId).Take(3).Select(p => $"'{(bengali ? p.DesignationBn : p.DesignationEn)}'")) is { Length: > 0 } s ? s : "—";

    [GeneratedRegex(@"^(?<code>[a-z][a-z0-9-]{1,59})\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Foreign();

    [GeneratedRegex(@"^(?<designation>.+?)\s*\[(?<unit>[^\]]+)\]$")]
    private static partial Regex Unit();
}
