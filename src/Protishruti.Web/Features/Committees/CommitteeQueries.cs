using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Committees;

/// <summary>A member as the public office page shows them: the post, today's holder, their photo and contacts.</summary>
public sealed record BoxMember(
    CommitteeKind Kind,
    CommitteeRole Role,
    string DesignationBn,
    string DesignationEn,
    string? OfficeBn,
    string? OfficeEn,
    string? NameBn,
    string? NameEn,
    int? PersonId,
    bool HasPhoto,
    string? Phone,
    string? Email)
{
    public string Designation(bool bengali) => bengali || string.IsNullOrWhiteSpace(DesignationEn) ? DesignationBn : DesignationEn;
    public string? Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
    public string? Office(bool bengali) => bengali || string.IsNullOrWhiteSpace(OfficeEn) ? OfficeBn : OfficeEn;
}

/// <summary>The office order that constituted the committee in force (its memo and, when issued here, its document).</summary>
public sealed record CurrentOrder(string MemoNumber, DateOnly EffectiveFrom, long? MemoId);

/// <summary>What the public office page's "focal point, alternate and committee" box shows.</summary>
public sealed record CommitteeBox(string OfficeCode, IReadOnlyList<BoxMember> Members, IReadOnlyDictionary<CommitteeKind, CurrentOrder> Orders)
{
    public BoxMember? Holding(CommitteeKind kind, CommitteeRole role) => Members.FirstOrDefault(m => m.Kind == kind && m.Role == role);

    public IEnumerable<CommitteeKind> Kinds => CommitteeSlugs.All.Where(k => Members.Any(m => m.Kind == k));
}

public static class CommitteeQueries
{
    /// <summary>
    /// Whether the office reconstituted its committee of <paramref name="kind"/> or certified it unchanged in
    /// <paramref name="quarter"/>: the action plan's indicator "committee reconstituted each quarter" (both count).
    /// </summary>
    public static Task<bool> ActedThisQuarterAsync(AppDbContext db, int officeId, FiscalQuarter quarter,
        CommitteeKind kind = CommitteeKind.CharterMonitoring, CancellationToken ct = default) =>
        db.Set<CommitteeQuarterRecord>().AnyAsync(q => q.Committee.OfficeId == officeId && q.Committee.Kind == kind
            && q.FiscalYearStart == quarter.FiscalYear.StartYear && q.Quarter == quarter.Number, ct);

    /// <summary>The box for the public office page, in two queries; null when the office has no committee in force.</summary>
    public static async Task<CommitteeBox?> BoxAsync(AppDbContext db, int officeId, string officeCode, DateOnly today, CancellationToken ct = default)
    {
        var rows = await (
            from m in db.Set<CommitteeMember>().AsNoTracking()
            where m.Committee.OfficeId == officeId && m.From <= today && (m.To == null || m.To >= today)
            join p in db.Posts on m.PostId equals p.Id
            let holder = p.Incumbencies.Where(i => i.From <= today && (i.To == null || i.To >= today))
                .OrderByDescending(i => i.From).Select(i => i.Person).FirstOrDefault()
            orderby m.Id
            select new
            {
                m.Committee.Kind, m.Role, p.DesignationBn, p.DesignationEn, p.OfficeId, OfficeBn = p.Office.NameBn, OfficeEn = p.Office.NameEn,
                p.Phone, p.Email,
                PersonId = holder == null ? (int?)null : holder.Id,
                NameBn = holder == null ? null : holder.NameBn,
                NameEn = holder == null ? null : holder.NameEn,
                Photo = holder == null ? null : holder.PhotoPath,
                Mobile = holder == null ? null : holder.Mobile,
                HolderEmail = holder == null ? null : holder.Email,
            }).ToListAsync(ct);
        if (rows.Count == 0) return null;

        var members = rows
            .Select(r => new BoxMember(r.Kind, r.Role, r.DesignationBn, r.DesignationEn,
                r.OfficeId == officeId ? null : r.OfficeBn, r.OfficeId == officeId ? null : r.OfficeEn,
                r.NameBn, r.NameEn, r.PersonId, r.Photo is not null, r.Phone ?? r.Mobile, r.Email ?? r.HolderEmail))
            .OrderBy(m => m.Kind).ThenBy(m => m.Role.PrintOrder()).ToList();

        var orders = await (
            from q in db.Set<CommitteeQuarterRecord>().AsNoTracking()
            where q.Committee.OfficeId == officeId && q.Action == CommitteeQuarterAction.Reconstituted && q.On <= today && q.MemoNumber != null
            select new
            {
                q.Committee.Kind, q.On, q.MemoNumber,
                MemoId = db.IssuedMemos.Where(i => i.OfficeId == officeId && i.Number == q.MemoNumber && i.DocumentJson != null)
                    .OrderByDescending(i => i.Id).Select(i => (long?)i.Id).FirstOrDefault(),
            }).ToListAsync(ct);
        var current = orders.GroupBy(o => o.Kind)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.On).Select(o => new CurrentOrder(o.MemoNumber!, o.On, o.MemoId)).First());
        return new CommitteeBox(officeCode, members, current);
    }
}
