using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Meetings;

/// <summary>One party a form offers: its form value (<see cref="Key"/>), its label, and the list it is shown under.</summary>
public sealed record PartyChoice(string Key, string LabelBn, string LabelEn, PartyKind Kind, IReadOnlyCollection<int> OfficeIds)
{
    public string Label(bool bengali) => bengali || string.IsNullOrWhiteSpace(LabelEn) ? LabelBn : LabelEn;

    public Party ToParty(string? labelBn = null) => Kind switch
    {
        PartyKind.Office => Party.Office(OfficeIds.Single(), Pick(labelBn), LabelEn),
        PartyKind.Post => Party.Post(int.Parse(Key[5..], CultureInfo.InvariantCulture), OfficeIds.Single(), Pick(labelBn), LabelEn),
        _ => Party.Group(Enum.Parse<OfficeKind>(Key.Split(':')[1]), int.Parse(Key.Split(':')[2], CultureInfo.InvariantCulture), Pick(labelBn), LabelEn),
    };

    private string Pick(string? labelBn) => string.IsNullOrWhiteSpace(labelBn) ? LabelBn : labelBn.Trim();
}

/// <summary>
/// Whom an office's meeting may invite and assign decisions to: the office itself, the offices under it (to two
/// levels, at most <see cref="MaxOffices"/>), every office of a kind under it as one group ("উপজেলা নির্বাহী অফিসারের
/// কার্যালয় (সকল)"), and the posts of the office and its direct subordinates, named by designation and today's holder.
/// Anything else is outside the hierarchy and refused; people outside it are invited by name (a Text party), and
/// cannot implement a decision.
/// </summary>
public sealed class PartyCatalog
{
    public const int MaxOffices = 500;
    private readonly Dictionary<string, PartyChoice> _byKey;

    private readonly HashSet<int> _invitableOffices;

    public PartyCatalog(Office office, IReadOnlyList<PartyChoice> offices, IReadOnlyList<PartyChoice> groups, IReadOnlyList<PartyChoice> posts,
        IEnumerable<int>? officesBelow = null)
    {
        Office = office;
        _invitableOffices = [office.Id, .. officesBelow ?? [], .. office.ParentId is { } parent ? [parent] : Array.Empty<int>()];
        Offices = offices;
        Groups = groups;
        Posts = posts;
        _byKey = offices.Concat(groups).Concat(posts).ToDictionary(c => c.Key);
    }

    public Office Office { get; }
    public IReadOnlyList<PartyChoice> Offices { get; }
    public IReadOnlyList<PartyChoice> Groups { get; }
    public IReadOnlyList<PartyChoice> Posts { get; }

    public static string KeyOf(Party party) => party.Kind switch
    {
        PartyKind.Office => $"office:{party.OfficeId}",
        PartyKind.Post => $"post:{party.PostId}",
        PartyKind.Group => $"group:{party.GroupKind}:{party.OfficeId}",
        _ => $"text:{party.LabelBn}",
    };

    public PartyChoice? Find(string? key) => key is not null && _byKey.TryGetValue(key.Trim(), out var c) ? c : null;

    /// <summary>The party a form value names, with an optional label of the user's own; a clear message when it is not one of ours.</summary>
    public Party Parse(string? key, string? labelBn = null) =>
        Find(key)?.ToParty(labelBn) ?? throw new DomainException(
            $"That office or post is not in {Office.NameEn}'s hierarchy. Choose from the list, or write the name as free text (free-text invitees cannot implement a decision).",
            $"এই দপ্তর বা পদ {Office.NameBn}-এর দপ্তর কাঠামোর মধ্যে নেই। তালিকা থেকে বেছে নিন, অথবা নাম লিখে দিন (লিখে দেওয়া নাম কোনো সিদ্ধান্তের বাস্তবায়নকারী হতে পারে না)।");

    /// <summary>
    /// Whether <paramref name="party"/> may stay invited (ADR 0047): anything this catalog offers, free text, and besides
    /// them a post of the parent office or of any office below (the heads of every upazila office under a division) —
    /// invited, never assigned: only <see cref="Parse"/>'s choices implement decisions.
    /// </summary>
    public bool MayInvite(Party party) => party.Kind == PartyKind.Text || Find(KeyOf(party)) is not null
        || (party.Kind == PartyKind.Post && party.OfficeId is { } o && _invitableOffices.Contains(o));

    /// <summary>Throws the catalog's bilingual message for an invitee the hierarchy does not hold.</summary>
    public void EnsureInvitable(Party party)
    {
        if (!MayInvite(party)) Parse(KeyOf(party));
    }

    /// <summary>
    /// The offices a party stands for, for the domain's issue rules (<see cref="Meeting.IssueMinutes"/>): none for a
    /// party that is not in this catalog (an implementer outside the hierarchy) or for free text.
    /// </summary>
    public IReadOnlyCollection<int> OfficesOf(Party party) => party.Kind == PartyKind.Text ? [] : Find(KeyOf(party))?.OfficeIds
        ?? (party.Kind == PartyKind.Post && MayInvite(party) ? [party.OfficeId!.Value] : []);
}

public sealed class MeetingParties(AppDbContext db)
{
    public async Task<PartyCatalog> ForAsync(Office office, CancellationToken ct = default)
    {
        var prefix = $"{office.Path}{office.Id}/";
        var below = await db.Offices.AsNoTracking()
            .Where(o => o.Path.StartsWith(prefix))
            .Select(o => new { o.Id, o.NameBn, o.NameEn, o.Kind, o.ParentId, o.Depth })
            .ToListAsync(ct);

        var offices = new List<PartyChoice> { new($"office:{office.Id}", office.NameBn, office.NameEn, PartyKind.Office, [office.Id]) };
        offices.AddRange(below.Where(o => o.Depth <= office.Depth + 2).OrderBy(o => o.Depth).ThenBy(o => o.NameBn, StringComparer.Ordinal)
            .Take(MaxOfficesBelow).Select(o => new PartyChoice($"office:{o.Id}", o.NameBn, o.NameEn, PartyKind.Office, [o.Id])));

        var groups = below.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g =>
        {
            var ids = g.Select(o => o.Id).ToList();
            return new PartyChoice($"group:{g.Key}:{office.Id}", GroupLabel(g.Select(o => o.NameBn), g.Key.Bn(), "(সকল)"),
                GroupLabel(g.Select(o => o.NameEn), g.Key.En(), "(all)"), PartyKind.Group, ids);
        }).ToList();

        var childIds = below.Where(o => o.ParentId == office.Id).Select(o => o.Id).Append(office.Id).ToList();
        var posts = await db.Set<Post>().AsNoTracking()
            .Where(p => childIds.Contains(p.OfficeId))
            .OrderBy(p => p.OfficeId == office.Id ? 0 : 1).ThenBy(p => p.OfficeId).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.OfficeId, p.DesignationBn, p.DesignationEn, p.UnitBn, OfficeBn = p.Office.NameBn, OfficeEn = p.Office.NameEn,
            })
            .Take(PartyCatalog.MaxOffices)
            .ToListAsync(ct);
        var postChoices = posts.Select(p => new PartyChoice($"post:{p.Id}",
            PostLabel(p.DesignationBn, p.OfficeId == office.Id ? p.UnitBn : Place(p.OfficeBn)),
            PostLabel(p.DesignationEn, p.OfficeId == office.Id ? null : Place(p.OfficeEn)),
            PartyKind.Post, [p.OfficeId])).ToList();

        return new PartyCatalog(office, offices, groups, postChoices, below.Select(o => o.Id));
    }

    private const int MaxOfficesBelow = PartyCatalog.MaxOffices - 1;

    /// <summary>"উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)" when the offices share the part of their names before the comma; else the kind.</summary>
    private static string GroupLabel(IEnumerable<string> names, string kindName, string all)
    {
        var stems = names.Select(n => n.Split(',')[0].Trim()).Distinct().ToList();
        return stems.Count == 1 ? $"{stems[0]} {all}" : $"{kindName} {all}";
    }

    /// <summary>"জেলা প্রশাসকের কার্যালয়, নাটোর" → "নাটোর": a subordinate's post is named by its place ("উপজেলা নির্বাহী অফিসার, সিংড়া").</summary>
    private static string? Place(string officeName)
    {
        var parts = officeName.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts[1] : officeName;
    }

    private static string PostLabel(string designation, string? where) =>
        string.IsNullOrWhiteSpace(where) ? designation : $"{designation}, {where}";
}
