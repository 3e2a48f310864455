using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Grievances;

public sealed record ReviewRow(string TrackingNumber, string OfficeNameBn, string OfficeNameEn, string? ServiceNameBn, RedressLevel Level,
    GrievanceState State, GrievanceOutcome? Outcome, DateOnly SubmittedOn, DateOnly DueOn, DateOnly? ClosedOn, string Text, string? Wish)
{
    public string OfficeName(bool bengali) => bengali || string.IsNullOrWhiteSpace(OfficeNameEn) ? OfficeNameBn : OfficeNameEn;
}

/// <summary>
/// What a monitor of the office (or of an office above it) may read of the complaints made to it and to every office
/// under it (ADR 0041): where each stands, and the citizen's text with who made it taken out — never the name, mobile
/// or e-mail, never the files, never the officers' page. The latest 200, open or decided.
/// </summary>
[Authorize]
public sealed class ReviewModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public const int Max = 200;

    public List<ReviewRow> Rows { get; private set; } = [];
    public bool ShowClosed { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? show, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, ct, OfficeAction.Monitor) is { } denied) return denied;
        ShowClosed = show == "closed";
        Today = time.TodayInBangladesh();
        var id = Office.Id;
        var prefix = $"{Office.Path}{Office.Id}/";
        var q = from g in Db.Grievances.AsNoTracking()
                join o in Db.Offices on g.OfficeId equals o.Id
                where o.Id == id || o.Path.StartsWith(prefix)
                select new { g, o.NameBn, o.NameEn };
        q = ShowClosed ? q.Where(x => x.g.State == GrievanceState.Closed) : q.Where(x => x.g.State != GrievanceState.Closed);
        var rows = await q.OrderByDescending(x => x.g.SubmittedOn).ThenByDescending(x => x.g.Id).Take(Max).ToListAsync(ct);
        Rows = rows.Select(x => new ReviewRow(x.g.TrackingNumber, x.NameBn, x.NameEn, x.g.ServiceNameBn, x.g.Level, x.g.State, x.g.Outcome,
                x.g.SubmittedOn, x.g.DueOn, x.g.ClosedOn, Grievance.Anonymised(x.g.WhatHappened, x.g.Complainant),
                x.g.WhatTheyWant is { } w ? Grievance.Anonymised(w, x.g.Complainant) : null))
            .ToList();
        return Page();
    }
}
