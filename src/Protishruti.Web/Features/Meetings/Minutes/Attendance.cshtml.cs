using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>
/// Who came (পরিশিষ্ট ক): one row per invitee — an office or a post is one row, a group one row per office of the
/// group — ticked with the name and designation of the person who came (prefilled from the post's holder, or the
/// office head's), plus walk-ins in free rows ("more rows" adds blank ones without JavaScript). Not before the day.
/// </summary>
public sealed class AttendanceModel(AppDbContext db, OfficeAccess access, MeetingParties parties, TimeProvider time) : MinutesPage(db, access)
{
    public const int BlankWalkIns = 3;

    public sealed class Row
    {
        public string Key { get; set; } = "";
        public bool Present { get; set; }
        public string? Name { get; set; }
        public string? Designation { get; set; }
    }

    /// <summary>An invitee row as the server knows it: the party it records and what the form shows.</summary>
    public sealed record Invited(string Key, string Label, string? Group, Func<string, Party> Party, string? HolderName, string? DefaultDesignation);

    public List<Invited> Invitees { get; private set; } = [];

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    [BindProperty]
    public List<Row> WalkIns { get; set; } = [];

    public bool IsBeforeMeeting => time.TodayInBangladesh() < Meeting.Date;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: false, ct) is { } denied) return denied;
        await InviteesAsync(ct);
        Rows = Invitees.Select(i =>
        {
            var a = Meeting.Attendees.FirstOrDefault(x => !x.WalkIn && PartyCatalog.KeyOf(x.Who) == i.Key);
            return a is null
                ? new Row { Key = i.Key, Name = i.HolderName, Designation = i.DefaultDesignation }
                : new Row { Key = i.Key, Present = true, Name = a.Who.LabelBn, Designation = a.Designation };
        }).ToList();
        var known = Invitees.Select(i => i.Key).ToHashSet();
        WalkIns = Meeting.Attendees.Where(a => a.WalkIn || !known.Contains(PartyCatalog.KeyOf(a.Who)))
            .Select(a => new Row { Present = true, Name = a.Who.LabelBn, Designation = a.Designation }).ToList();
        WalkIns.AddRange(Enumerable.Range(0, BlankWalkIns).Select(_ => new Row()));
        return Page();
    }

    /// <summary>More blank walk-in rows, keeping what was typed; nothing is saved.</summary>
    public async Task<IActionResult> OnPostMoreAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        await InviteesAsync(ct);
        WalkIns.AddRange(Enumerable.Range(0, 5).Select(_ => new Row()));
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        var catalog = await InviteesAsync(ct);
        var byKey = Invitees.ToDictionary(i => i.Key);
        var list = new List<Attendee>();
        try
        {
            foreach (var row in Rows.Where(r => r.Present && byKey.ContainsKey(r.Key)))
            {
                var invited = byKey[row.Key];
                var name = string.IsNullOrWhiteSpace(row.Name) ? invited.Label : row.Name.Trim();
                var party = invited.Party(name);
                list.Add(new Attendee(party, row.Designation, party.Kind == PartyKind.Text));
            }
            foreach (var row in WalkIns.Where(r => !string.IsNullOrWhiteSpace(r.Name)))
                list.Add(new Attendee(Party.Text(row.Name!), row.Designation, true));
            Meeting.RecordAttendance(list, time.TodayInBangladesh(), catalog.OfficesOf);
        }
        catch (DomainException e)
        {
            Error(e);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = T($"উপস্থিতি সংরক্ষিত হয়েছে: {Ui.N(list.Count)} জন।", $"Attendance saved: {list.Count} present.");
        return Redirect(Links.Meetings.Attendance(Office.Code, Meeting.Id));
    }

    /// <summary>The invitee rows, with today's holders to prefill who came.</summary>
    private async Task<PartyCatalog> InviteesAsync(CancellationToken ct)
    {
        var catalog = await parties.ForAsync(Office, ct);
        var officeIds = new List<int>();
        var postIds = new List<int>();
        foreach (var p in Meeting.Invitees)
        {
            if (p.Kind == PartyKind.Post) postIds.Add(p.PostId!.Value);
            else if (p.Kind == PartyKind.Office) officeIds.Add(p.OfficeId!.Value);
            else if (p.Kind == PartyKind.Group) officeIds.AddRange(catalog.OfficesOf(p));
        }
        var names = await Db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        // The head of an office is its first post in the office's own order.
        var heads = (await Db.Posts.AsNoTracking().Where(p => officeIds.Contains(p.OfficeId))
                .Select(p => new { p.Id, p.OfficeId, p.IsHead, p.SortOrder }).ToListAsync(ct))
            .GroupBy(p => p.OfficeId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).First().Id);
        var contacts = await Db.PostContactsAsync(postIds.Concat(heads.Values), time.TodayInBangladesh(), ct);
        PostContact? Head(int officeId) => heads.TryGetValue(officeId, out var h) ? contacts.GetValueOrDefault(h) : null;

        Invitees = [];
        foreach (var p in Meeting.Invitees)
        {
            switch (p.Kind)
            {
                case PartyKind.Post:
                    var c = contacts.GetValueOrDefault(p.PostId!.Value);
                    Invitees.Add(new Invited(PartyCatalog.KeyOf(p), p.LabelBn, null, n => Party.Post(p.PostId!.Value, p.OfficeId!.Value, n),
                        c?.HolderNameBn, c?.DesignationBn));
                    break;
                case PartyKind.Office:
                    var oid = p.OfficeId!.Value;
                    Invitees.Add(new Invited(PartyCatalog.KeyOf(p), p.LabelBn, null, n => Party.Office(oid, n), Head(oid)?.HolderNameBn, Head(oid)?.DesignationBn));
                    break;
                case PartyKind.Group:
                    foreach (var gid in catalog.OfficesOf(p).OrderBy(i => names.GetValueOrDefault(i), StringComparer.Ordinal))
                    {
                        var key = $"office:{gid}";
                        if (Invitees.Any(i => i.Key == key)) continue;
                        Invitees.Add(new Invited(key, names.GetValueOrDefault(gid) ?? p.LabelBn, p.LabelBn, n => Party.Office(gid, n),
                            Head(gid)?.HolderNameBn, Head(gid)?.DesignationBn));
                    }
                    break;
                default:
                    Invitees.Add(new Invited(PartyCatalog.KeyOf(p), p.LabelBn, null, n => Party.Text(n), null, null));
                    break;
            }
        }
        // The form posts rows by index; keep them aligned with the server's list whatever was posted.
        if (Rows.Count != Invitees.Count || Rows.Select(r => r.Key).Where((k, i) => k != Invitees[i].Key).Any())
        {
            var posted = Rows.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            if (Request.Method == "POST")
                Rows = Invitees.Select(i => posted.GetValueOrDefault(i.Key) ?? new Row { Key = i.Key }).ToList();
        }
        return catalog;
    }
}
