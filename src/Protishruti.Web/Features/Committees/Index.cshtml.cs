using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Committees;

/// <summary>One quarter's line of evidence: what was done (or nothing), and the office order when one was issued here.</summary>
public sealed record QuarterRow(FiscalQuarter Quarter, CommitteeQuarterRecord? Record, long? MemoId);

/// <summary>A committee as the workspace shows it: the constitution in force (or the next one), and its quarters.</summary>
public sealed record CommitteeView(
    CommitteeKind Kind,
    IReadOnlyList<(CommitteeMember Member, PostContact? Post)> Members,
    DateOnly? EffectiveFrom,
    bool Upcoming,
    CommitteeQuarterRecord? ThisQuarter,
    IReadOnlyList<QuarterRow> Quarters);

/// <summary>The office's monitoring and ethics committees: members, the quarter records, and what this quarter still needs.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public DateOnly Today { get; private set; }
    public FiscalQuarter CurrentQuarter { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanCertify { get; private set; }
    public List<CommitteeView> Committees { get; } = [];
    /// <summary>Names of the other offices whose posts sit on a committee here (a district committee may seat a UNO).</summary>
    public Dictionary<int, Office> OtherOffices { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.Monitor, ct) is { } denied) return denied;
        var office = Office;
        CanManage = await CanAsync(OfficeAction.ManageMeetings, ct);
        CanCertify = await CanAsync(OfficeAction.CertifyCommittee, ct);
        Today = time.TodayInBangladesh();
        CurrentQuarter = FiscalQuarter.Of(Today);

        var committees = await Db.Committees.AsNoTracking().Where(c => c.OfficeId == office.Id)
            .Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery().ToListAsync(ct);
        var contacts = await Db.PostContactsAsync(committees.SelectMany(c => c.Members).Select(m => m.PostId), Today, ct);
        var otherIds = contacts.Values.Select(c => c.OfficeId).Where(id => id != office.Id).Distinct().ToList();
        if (otherIds.Count > 0)
            OtherOffices = await Db.Offices.AsNoTracking().Where(o => otherIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var numbers = committees.SelectMany(c => c.Quarters).Select(q => q.MemoNumber).OfType<string>().Distinct().ToList();
        var memoIds = numbers.Count == 0 ? [] : (await Db.IssuedMemos.AsNoTracking()
                .Where(m => m.OfficeId == office.Id && numbers.Contains(m.Number) && m.DocumentJson != null)
                .Select(m => new { m.Number, m.Id }).ToListAsync(ct))
            .GroupBy(m => m.Number).ToDictionary(g => g.Key, g => g.Max(m => m.Id));

        foreach (var kind in CommitteeSlugs.All)
        {
            var c = committees.FirstOrDefault(x => x.Kind == kind);
            var current = c?.MembersOn(Today).ToList() ?? [];
            var upcoming = current.Count == 0 && c is not null;
            if (upcoming) // a committee whose first constitution starts later: show that one
            {
                var next = c!.Members.Where(m => m.From > Today).Select(m => m.From).DefaultIfEmpty().Min();
                current = c.Members.Where(m => m.From == next).ToList();
            }
            var members = current.OrderBy(m => m.Role.PrintOrder()).ThenBy(m => m.Id)
                .Select(m => (m, contacts.GetValueOrDefault(m.PostId))).ToList();
            Committees.Add(new CommitteeView(kind, members, current.Select(m => (DateOnly?)m.From).Max(), upcoming && current.Count > 0,
                c?.RecordFor(CurrentQuarter), Rows(c, memoIds)));
        }
        return Page();
    }

    /// <summary>Every quarter of this and the last fiscal year up to now (gaps shown), then older records that exist.</summary>
    private List<QuarterRow> Rows(Committee? c, Dictionary<string, long> memoIds)
    {
        QuarterRow Row(FiscalQuarter q)
        {
            var r = c?.RecordFor(q);
            return new QuarterRow(q, r, r?.MemoNumber is { } n && memoIds.TryGetValue(n, out var id) ? id : null);
        }
        var recent = new[] { CurrentQuarter.FiscalYear.StartYear - 1, CurrentQuarter.FiscalYear.StartYear }
            .SelectMany(y => new FiscalYear(y).Quarters)
            .Where(q => q.Start <= CurrentQuarter.Start || c?.RecordFor(q) is not null)
            .ToHashSet();
        var older = (c?.Quarters ?? []).Select(r => r.FiscalQuarter).Where(q => !recent.Contains(q));
        return recent.Concat(older).OrderByDescending(q => q.Start).Select(Row).ToList();
    }
}
