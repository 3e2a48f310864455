using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Committees;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Monitoring.Reminders;

/// <summary>
/// Who hears of one office's report. <see cref="UserId"/> is null for a focal point who has no user account: such a
/// person is still e-mailed (when the person record has an address), and the reminder row — keyed by the person —
/// is the claim that keeps that e-mail single; it shows in nobody's in-app list.
/// </summary>
public sealed record Recipient(string? UserId, int? PersonId, string Name, string? Email)
{
    /// <summary>The recipient's part of a reminder key.</summary>
    public string Key => UserId ?? $"person-{PersonId}";
}

/// <summary>
/// The office head (Approver role in the office) and the focal point (the holder today of the FocalPoint seat of the
/// office's charter monitoring committee, as the user linked to that person). When no user holds the focal point seat,
/// the office's Editors stand in for it. All by set queries over chunks of office ids.
/// </summary>
public static class ReminderRecipients
{
    private const int Chunk = 1000;

    public static async Task<Dictionary<int, List<Recipient>>> OfOfficesAsync(AppDbContext db, IReadOnlyList<int> officeIds, DateOnly today, CancellationToken ct)
    {
        var result = new Dictionary<int, List<Recipient>>();
        var granted = await GrantsAsync(db, officeIds, [OfficeRole.Approver, OfficeRole.Editor], ct);
        var focal = new Dictionary<int, List<Recipient>>();
        foreach (var chunk in officeIds.Chunk(Chunk))
        {
            var seats = await (from c in db.Committees.AsNoTracking()
                               where chunk.Contains(c.OfficeId) && c.Kind == CommitteeKind.CharterMonitoring
                               from m in c.Members
                               where m.Role == CommitteeRole.FocalPoint && m.From <= today && (m.To == null || m.To >= today)
                               join i in db.Incumbencies on m.PostId equals i.PostId
                               where i.From <= today && (i.To == null || i.To >= today)
                               select new { c.OfficeId, i.PersonId, i.Person.NameBn, PersonEmail = i.Person.Email, PostEmail = i.Post.Email })
                .ToListAsync(ct);
            if (seats.Count == 0) continue;
            var personIds = seats.Select(s => (int?)s.PersonId).Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => personIds.Contains(u.PersonId))
                .Select(u => new { u.Id, u.PersonId, u.DisplayName, u.UserName, u.Email }).ToListAsync(ct);
            foreach (var s in seats)
            {
                var list = focal.TryGetValue(s.OfficeId, out var l) ? l : focal[s.OfficeId] = [];
                var accounts = users.Where(u => u.PersonId == s.PersonId).ToList();
                if (accounts.Count == 0)
                    list.Add(new Recipient(null, s.PersonId, s.NameBn, s.PersonEmail ?? s.PostEmail));
                else
                    list.AddRange(accounts.Select(u => new Recipient(u.Id, s.PersonId, Display(u.DisplayName, u.UserName), u.Email ?? s.PersonEmail ?? s.PostEmail)));
            }
        }
        foreach (var id in officeIds)
        {
            var mine = new List<Recipient>();
            var grants = granted.GetValueOrDefault(id, []);
            mine.AddRange(grants.Where(g => g.Role == OfficeRole.Approver).Select(g => g.Recipient));
            var seat = focal.GetValueOrDefault(id, []);
            mine.AddRange(seat);
            if (!seat.Any(r => r.UserId is not null))
                mine.AddRange(grants.Where(g => g.Role == OfficeRole.Editor).Select(g => g.Recipient));
            var distinct = mine.DistinctBy(r => r.Key).ToList();
            if (distinct.Count > 0) result[id] = distinct;
        }
        return result;
    }

    /// <summary>Users holding one of <paramref name="roles"/> in each office.</summary>
    public static async Task<Dictionary<int, List<Recipient>>> GrantedAsync(AppDbContext db, IReadOnlyList<int> officeIds, OfficeRole[] roles, CancellationToken ct) =>
        (await GrantsAsync(db, officeIds, roles, ct))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Select(g => g.Recipient).DistinctBy(r => r.Key).ToList());

    private static async Task<Dictionary<int, List<(OfficeRole Role, Recipient Recipient)>>> GrantsAsync(AppDbContext db, IReadOnlyList<int> officeIds,
        OfficeRole[] roles, CancellationToken ct)
    {
        var result = new Dictionary<int, List<(OfficeRole, Recipient)>>();
        foreach (var chunk in officeIds.Select(i => (int?)i).Chunk(Chunk))
        {
            var rows = await (from g in db.RoleGrants.AsNoTracking()
                              where chunk.Contains(g.OfficeId) && roles.Contains(g.Role)
                              join u in db.Users on g.UserId equals u.Id
                              select new { OfficeId = g.OfficeId!.Value, g.Role, u.Id, u.PersonId, u.DisplayName, u.UserName, u.Email })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                var list = result.TryGetValue(r.OfficeId, out var l) ? l : result[r.OfficeId] = [];
                list.Add((r.Role, new Recipient(r.Id, r.PersonId, Display(r.DisplayName, r.UserName), r.Email)));
            }
        }
        return result;
    }

    private static string Display(string displayName, string? userName) => string.IsNullOrWhiteSpace(displayName) ? userName ?? "" : displayName;
}
