using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Grievances;

public sealed record QueueRow(int Id, string TrackingNumber, string? ServiceNameBn, RedressLevel Level, GrievanceState State, DateOnly SubmittedOn,
    DateOnly DueOn, GrievanceOutcome? Outcome, DateOnly? ClosedOn, bool Anonymous, int? DuplicateOfId, string OfficeCode);

/// <summary>
/// The grievance officer's (and the appeal officer's) list: the complaints this office must decide now, by deadline,
/// overdue first; or those it has decided. Each officer sees the levels their role handles.
/// </summary>
[Authorize]
public sealed class QueueModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public List<QueueRow> Rows { get; private set; } = [];
    public bool ShowClosed { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? show, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, ct, OfficeAction.HandleGrievances, OfficeAction.HandleAppeals) is { } denied) return denied;
        var levels = await LevelsAsync(ct);
        ShowClosed = show == "closed";
        Today = time.TodayInBangladesh();
        var id = Office.Id;
        var q = Db.Grievances.AsNoTracking().Where(g => g.HandlingOfficeId == id && levels.Contains(g.Level));
        q = ShowClosed ? q.Where(g => g.State == GrievanceState.Closed).OrderByDescending(g => g.ClosedOn).ThenByDescending(g => g.Id)
            : q.Where(g => g.State != GrievanceState.Closed).OrderBy(g => g.DueOn).ThenBy(g => g.Id);
        Rows = await q.Take(500)
            .Select(g => new QueueRow(g.Id, g.TrackingNumber, g.ServiceNameBn, g.Level, g.State, g.SubmittedOn, g.DueOn, g.Outcome, g.ClosedOn,
                g.Complainant == null, g.DuplicateOfId, Office.Code))
            .ToListAsync(ct);
        return Page();
    }

    private async Task<List<RedressLevel>> LevelsAsync(CancellationToken ct)
    {
        var levels = new List<RedressLevel>();
        if (await CanAsync(OfficeAction.HandleGrievances, ct)) levels.Add(RedressLevel.Office);
        if (await CanAsync(OfficeAction.HandleAppeals, ct)) levels.Add(RedressLevel.Appeal);
        return levels;
    }
}
