using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Monitoring;

/// <summary>
/// A parent office watching its subordinates' charters: every office below it, whether it published an update this
/// fiscal quarter, its current and open versions with their stored quality scores. Counts and one page of offices are
/// a few indexed queries on the office path; no service is loaded, so a ministry with thousands of offices stays fast.
/// </summary>
[Authorize]
public sealed class SubordinatesModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public const int PageSize = 50;
    public FiscalQuarter Quarter { get; private set; }
    public List<KindCount> Kinds { get; private set; } = [];
    public int Total { get; private set; }
    public int PublishedThisQuarter { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public int Matching { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount => Math.Max(1, (Matching + PageSize - 1) / PageSize);
    /// <summary>Levels below this office that have offices (1 = direct subordinates).</summary>
    public List<int> Levels { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public OfficeKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    /// <summary>"behind" = only offices that have not published this quarter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public sealed record KindCount(OfficeKind Kind, int Total, int Published);

    public sealed record VersionInfo(int Number, CharterVersionState State, DateOnly? PublishedOn, int? QualityScore);

    public sealed record Row(int Id, string Code, string NameBn, string NameEn, OfficeKind Kind, int Level, string? ParentBn, string? ParentEn,
        VersionInfo? Current, VersionInfo? Open, bool PublishedThisQuarter)
    {
        public string Name(bool bengali) => bengali || string.IsNullOrWhiteSpace(NameEn) ? NameBn : NameEn;
        public string? Parent(bool bengali) => bengali || string.IsNullOrWhiteSpace(ParentEn) ? ParentBn : ParentEn;
    }

    public async Task<IActionResult> OnGetAsync(string code, int? page, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.Monitor, ct) is { } denied) return denied;
        var office = Office;
        Quarter = FiscalQuarter.Of(time.TodayInBangladesh());
        var start = Quarter.Start;

        var prefix = $"{office.Path}{office.Id}/";
        var below = Db.Offices.AsNoTracking().Where(o => o.Path.StartsWith(prefix));
        var published = PublishedSince(start);
        Levels = (await below.Select(o => o.Depth).Distinct().ToListAsync(ct)).Select(d => d - office.Depth).Order().ToList();

        var filtered = below;
        if (Kind is { } kind) filtered = filtered.Where(o => o.Kind == kind);
        if (Level is { } level) filtered = filtered.Where(o => o.Depth == office.Depth + level);

        var totals = await filtered.GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var done = await filtered.Where(o => published.Contains(o.Id)).GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Kinds = totals.OrderBy(t => t.Key)
            .Select(t => new KindCount(t.Key, t.Count, done.FirstOrDefault(d => d.Key == t.Key)?.Count ?? 0)).ToList();
        Total = Kinds.Sum(k => k.Total);
        PublishedThisQuarter = Kinds.Sum(k => k.Published);

        var listed = Show == "behind" ? filtered.Where(o => !published.Contains(o.Id)) : filtered;
        Matching = Show == "behind" ? Total - PublishedThisQuarter : Total;
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        var offices = await listed.OrderBy(o => o.Depth).ThenBy(o => o.Kind).ThenBy(o => o.NameEn).ThenBy(o => o.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new { o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.Depth, ParentBn = o.Parent!.NameBn, ParentEn = o.Parent.NameEn })
            .ToListAsync(ct);

        var ids = offices.Select(o => o.Id).ToList();
        var versions = (await (
                from c in Db.Charters.AsNoTracking()
                where ids.Contains(c.OfficeId)
                join v in Db.Set<CharterVersion>().AsNoTracking() on c.Id equals v.CharterId
                select new { c.OfficeId, v.Number, v.State, v.PublishedOn, v.QualityScore }).ToListAsync(ct))
            .ToLookup(v => v.OfficeId, v => new VersionInfo(v.Number, v.State, v.PublishedOn, v.QualityScore));
        Rows = offices.Select(o =>
        {
            var vs = versions[o.Id].ToList();
            var current = vs.Where(v => v.State == CharterVersionState.Published).MaxBy(v => v.Number);
            var open = vs.FirstOrDefault(v => v.State != CharterVersionState.Published);
            var thisQuarter = vs.Any(v => v.State == CharterVersionState.Published && v.PublishedOn >= start);
            return new Row(o.Id, o.Code, o.NameBn, o.NameEn, o.Kind, o.Depth - office.Depth, o.ParentBn, o.ParentEn, current, open, thisQuarter);
        }).ToList();
        return Page();
    }

    /// <summary>Offices with a version published on or after <paramref name="start"/> (a Bangladesh date, stored at publish).</summary>
    private IQueryable<int> PublishedSince(DateOnly start) =>
        Db.Charters.Where(c => c.Versions.Any(v => v.State == CharterVersionState.Published && v.PublishedOn >= start)).Select(c => c.OfficeId);

    /// <summary>This page's address with one filter changed (and the page reset).</summary>
    public string Link(OfficeKind? kind = null, int? level = null, string? show = null, int? page = null, bool clearKind = false, bool clearLevel = false, bool clearShow = false)
    {
        var q = new List<string>();
        var k = clearKind ? null : kind ?? Kind;
        var l = clearLevel ? null : level ?? Level;
        var s = clearShow ? null : show ?? Show;
        if (k is not null) q.Add($"kind={k}");
        if (l is not null) q.Add($"level={l}");
        if (s is not null) q.Add($"show={s}");
        if (page is > 1) q.Add($"page={page}");
        return Links.Charters.Subordinates(Office.Code) + (q.Count == 0 ? "" : "?" + string.Join("&", q));
    }
}
