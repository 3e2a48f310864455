using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Dashboard;

/// <summary>An office's dashboard: what the user may do here, and the offices below it.</summary>
[Authorize]
public sealed class OfficeModel(AppDbContext db, OfficeAccess access, TimeProvider time, Decisions.ImplementationShares shares, Inbox.WorkInbox inbox)
    : OfficePage(db, access)
{
    public List<OfficeLink> Ancestors { get; private set; } = [];
    public List<OfficeRole> MyRoles { get; private set; } = [];
    public HashSet<OfficeAction> Allowed { get; } = [];
    /// <summary>Subordinates whose dashboard the user may open: all of them for a monitor above or a system admin, else those they hold a role in.</summary>
    public Func<int, bool> CanOpenSubordinate { get; private set; } = _ => false;
    public List<OfficeLink> Subordinates { get; private set; } = [];
    public int DescendantCount { get; private set; }
    /// <summary>The state of the charter version being written or waiting for approval (null when there is none).</summary>
    public Domain.Charters.CharterVersionState? OpenDraft { get; private set; }
    /// <summary>What waits for the user here (null when they hold no role in this office itself: a monitor above it).</summary>
    public List<Inbox.WorkItem>? Work { get; private set; }
    public int PostCount { get; private set; }
    public int VacantPostCount { get; private set; }
    /// <summary>Decisions of this office's meetings implemented, and of those assigned to it done (null without Monitor).</summary>
    public (Domain.Meetings.ImplementationShare Convened, Domain.Meetings.ImplementationShare Assigned)? DecisionShares { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ViewDashboard, ct) is { } denied) return denied;
        var office = Office;
        foreach (var action in Enum.GetValues<OfficeAction>())
            if (await CanAsync(action, ct)) Allowed.Add(action);
        var grants = await Access.GrantsAsync(User, ct);
        var chain = office.AncestorIds().Append(office.Id).ToHashSet();
        var openAll = grants.Any(g => g.Role == OfficeRole.SystemAdmin || (g.Role == OfficeRole.Monitor && g.OfficeId is int id && chain.Contains(id)));
        var own = grants.Where(g => g.OfficeId is not null).Select(g => g.OfficeId!.Value).ToHashSet();
        CanOpenSubordinate = id => openAll || own.Contains(id);
        MyRoles = (await Access.GrantsAsync(User, ct)).Where(g => g.OfficeId == office.Id).Select(g => g.Role).Order().ToList();
        Ancestors = await Db.AncestorsAsync(office, ct);
        Subordinates = await Db.Offices.AsNoTracking().Where(o => o.ParentId == office.Id)
            .OrderBy(o => o.Kind).ThenBy(o => o.NameEn).AsLinks().ToListAsync(ct);
        var prefix = $"{office.Path}{office.Id}/";
        DescendantCount = await Db.Offices.CountAsync(o => o.Path.StartsWith(prefix), ct);
        var today = time.TodayInBangladesh();
        PostCount = await Db.Posts.CountAsync(p => p.OfficeId == office.Id, ct);
        VacantPostCount = await Db.Posts.CountAsync(p => p.OfficeId == office.Id
            && !p.Incumbencies.Any(i => i.From <= today && (i.To == null || i.To >= today)), ct);
        if (Allowed.Contains(OfficeAction.Monitor))
            DecisionShares = (await shares.ForOfficeAsync(office.Id, null, ct), await shares.ForImplementerAsync(office.Id, null, ct));
        OpenDraft = await Db.Charters.AsNoTracking().Where(c => c.OfficeId == office.Id)
            .SelectMany(c => c.Versions).Where(v => v.State != Domain.Charters.CharterVersionState.Published)
            .Select(v => (Domain.Charters.CharterVersionState?)v.State).FirstOrDefaultAsync(ct);
        if (MyRoles.Count > 0)
            Work = (await inbox.ForAsync(User, ct)).Where(i => i.ActingOfficeCode == office.Code).ToList();
        return Page();
    }
}
