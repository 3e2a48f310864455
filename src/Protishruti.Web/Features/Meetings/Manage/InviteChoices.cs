using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>One office's block in the invitee checklist: the office itself and its posts, head first.</summary>
public sealed record InviteSection(string Role, PartyChoice Office, IReadOnlyList<PartyChoice> Posts);

/// <summary>Every office of a kind below the meeting's office, and the head post of each ("every UNO of the district").</summary>
public sealed record HeadsOfKind(OfficeKind Kind, string LabelBn, string LabelEn, int Offices, IReadOnlyList<PartyChoice> Heads)
{
    public string Label(bool bengali) => bengali ? LabelBn : LabelEn;
}

/// <summary>
/// What the invitee checklist offers in one post (ADR 0047): the posts of the meeting's office, of its parent and of
/// each office directly under it, grouped by office; the heads of every office of a kind below; and pasted lines
/// matched exactly to a post ("উপজেলা নির্বাহী অফিসার, সিংড়া") or an office by name. A line that matches nothing,
/// or more than one, is not guessed.
/// </summary>
public sealed partial class InviteChoices
{
    /// <summary>Above this many offices of a kind the checklist offers the kind as a group (one line) instead of each head.</summary>
    public const int MaxHeads = PartyCatalog.MaxOffices;

    private readonly Dictionary<string, PartyChoice> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PartyChoice>> _byName = new(StringComparer.Ordinal);

    public IReadOnlyList<InviteSection> Sections { get; private set; } = [];
    public IReadOnlyList<HeadsOfKind> HeadKinds { get; private set; } = [];

    public PartyChoice? Find(string? key) => key is not null && _byKey.TryGetValue(key.Trim(), out var c) ? c : null;

    public HeadsOfKind? HeadsOf(string? kind) => HeadKinds.FirstOrDefault(h => h.Kind.ToString() == kind);

    /// <summary>The one post or office a pasted line names exactly (serial, spacing and a closing "।" aside); null when none or several.</summary>
    public PartyChoice? Match(string line) =>
        _byName.TryGetValue(NameKey(line), out var found) && found.Select(c => c.Key).Distinct().Count() == 1 ? found[0] : null;

    /// <summary>A pasted line as it is compared: Unicode NFC, no serial, one space after each comma, no closing punctuation.</summary>
    public static string NameKey(string line)
    {
        var t = DistributionLine.StripSerial(TypedText.Trim(line)).Normalize(NormalizationForm.FormC);
        t = Spaces().Replace(t, " ");
        t = Commas().Replace(t, ", ");
        return t.TrimEnd('।', '.', ',', ';', ' ');
    }

    private void Add(PartyChoice choice, params string?[] names)
    {
        _byKey.TryAdd(choice.Key, choice);
        foreach (var n in names.Append(choice.LabelBn))
        {
            if (string.IsNullOrWhiteSpace(n)) continue;
            var key = NameKey(n);
            if (!_byName.TryGetValue(key, out var list)) _byName[key] = list = [];
            if (!list.Contains(choice)) list.Add(choice);
        }
    }

    public static async Task<InviteChoices> ForAsync(AppDbContext db, PartyCatalog catalog, CancellationToken ct)
    {
        var office = catalog.Office;
        var prefix = $"{office.Path}{office.Id}/";
        var children = await db.Offices.AsNoTracking().Where(o => o.ParentId == office.Id).OrderBy(o => o.NameBn)
            .Select(o => new { o.Id, o.NameBn, o.NameEn }).Take(PartyCatalog.MaxOffices).ToListAsync(ct);
        var parent = office.ParentId is { } pid
            ? await db.Offices.AsNoTracking().Where(o => o.Id == pid).Select(o => new { o.Id, o.NameBn, o.NameEn }).FirstOrDefaultAsync(ct)
            : null;
        var ids = children.Select(c => c.Id).Append(office.Id).Concat(parent is null ? [] : [parent.Id]).ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.OfficeId))
            .OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new PostRow(p.Id, p.OfficeId, p.DesignationBn, p.DesignationEn, p.UnitBn, p.Office.NameBn, p.Office.NameEn))
            .Take(PartyCatalog.MaxOffices * 4).ToListAsync(ct);

        var result = new InviteChoices();
        var sections = new List<InviteSection>();
        void Section(string role, int id, string nameBn, string nameEn)
        {
            var officeChoice = catalog.Find($"office:{id}") ?? new PartyChoice($"office:{id}", nameBn, nameEn, PartyKind.Office, [id]);
            // The parent office is invited through its posts only: an office party must be one the catalog holds.
            if (catalog.Find(officeChoice.Key) is not null) result.Add(officeChoice, nameBn);
            var own = posts.Where(p => p.OfficeId == id).Select(p =>
            {
                var choice = catalog.Find($"post:{p.Id}") ?? new PartyChoice($"post:{p.Id}", Label(p.DesignationBn, Place(p.OfficeBn)),
                    Label(p.DesignationEn, Place(p.OfficeEn)), PartyKind.Post, [p.OfficeId]);
                result.Add(choice, Label(p.DesignationBn, p.OfficeBn), Label(p.DesignationBn, Place(p.OfficeBn)), p.DesignationBn);
                return choice;
            }).ToList();
            sections.Add(new InviteSection(role, officeChoice, own));
        }
        Section("own", office.Id, office.NameBn, office.NameEn);
        if (parent is not null) Section("parent", parent.Id, parent.NameBn, parent.NameEn);
        foreach (var c in children) Section("below", c.Id, c.NameBn, c.NameEn);
        foreach (var c in catalog.Offices.Concat(catalog.Groups)) result.Add(c);

        // The heads of every office of a kind below: the flagged head post, else the lowest sort order (ADR 0043).
        var below = await db.Offices.AsNoTracking().Where(o => o.Path.StartsWith(prefix))
            .Select(o => new { o.Id, o.Kind }).ToListAsync(ct);
        var kinds = below.GroupBy(o => o.Kind).Where(g => g.Count() <= MaxHeads).ToList();
        var headOffices = kinds.SelectMany(g => g.Select(o => o.Id)).ToList();
        var headRows = (await db.Posts.AsNoTracking().Where(p => headOffices.Contains(p.OfficeId))
                .Select(p => new { p.IsHead, p.SortOrder, Row = new PostRow(p.Id, p.OfficeId, p.DesignationBn, p.DesignationEn, p.UnitBn, p.Office.NameBn, p.Office.NameEn) })
                .ToListAsync(ct))
            .GroupBy(p => p.Row.OfficeId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Row.Id).First().Row);
        var headKinds = new List<HeadsOfKind>();
        foreach (var g in kinds.OrderBy(g => g.Key))
        {
            var heads = g.Where(o => headRows.ContainsKey(o.Id)).Select(o => headRows[o.Id])
                .OrderBy(h => h.OfficeBn, StringComparer.Ordinal)
                .Select(h =>
                {
                    var choice = catalog.Find($"post:{h.Id}") ?? new PartyChoice($"post:{h.Id}", Label(h.DesignationBn, Place(h.OfficeBn)),
                        Label(h.DesignationEn, Place(h.OfficeEn)), PartyKind.Post, [h.OfficeId]);
                    result.Add(choice, Label(h.DesignationBn, h.OfficeBn), Label(h.DesignationBn, Place(h.OfficeBn)));
                    return choice;
                }).ToList();
            if (heads.Count == 0) continue;
            var group = catalog.Find($"group:{g.Key}:{office.Id}");
            headKinds.Add(new HeadsOfKind(g.Key, group?.LabelBn ?? g.Key.Bn(), group?.LabelEn ?? g.Key.En(), g.Count(), heads));
        }
        result.Sections = sections;
        result.HeadKinds = headKinds;
        return result;
    }

    private sealed record PostRow(int Id, int OfficeId, string DesignationBn, string DesignationEn, string? UnitBn, string OfficeBn, string OfficeEn);

    private static string Label(string designation, string? where) =>
        string.IsNullOrWhiteSpace(where) ? designation : $"{designation}, {where}";

    /// <summary>"জেলা প্রশাসকের কার্যালয়, নাটোর" → "নাটোর"; "উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর" → "সিংড়া".</summary>
    private static string? Place(string officeName)
    {
        var parts = officeName.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts[1] : officeName;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex Commas();
}
