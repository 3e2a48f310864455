using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Meetings.Minutes;

public static class MeetingQueries
{
    /// <summary>A meeting with its agenda, decisions and progress rows (the JSON lists come with the row).</summary>
    public static IQueryable<Meeting> Whole(this AppDbContext db) => db.Meetings
        .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress)
        .AsSplitQuery();
}

/// <summary>
/// The attendance, minutes and corrigendum pages of one meeting: the office's Editor/Approver (ManageMeetings) write;
/// anyone who may monitor the office (its staff, Monitors above it) reads the same page without the buttons.
/// </summary>
[Authorize]
public abstract class MinutesPage(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public Meeting Meeting { get; private set; } = null!;
    public bool CanManage { get; private set; }
    /// <summary>The meeting's version the form carries (ADR 0033): a corrigendum sent twice is issued once.</summary>
    public int CurrentVersion { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public string Hub => Links.Meetings.Hub(Office.Code, Meeting.Id);
    public string Base => Links.Meetings.Meeting(Office.Code, Meeting.Id);

    protected static string T(string bn, string en) => Ui.Bn ? bn : en;

    /// <summary>Loads the office and the tracked meeting; null when the user may go on, else the 404/403 result.</summary>
    protected async Task<IActionResult?> LoadAsync(string code, int id, bool write, CancellationToken ct)
    {
        // Monitors read the minutes; only meeting managers write them.
        if (await (write ? LoadOfficeAsync(code, OfficeAction.ManageMeetings, ct) : LoadOfficeAsync(code, ct, OfficeAction.ManageMeetings, OfficeAction.Monitor))
            is { } denied) return denied;
        var meeting = await Db.Whole().SingleOrDefaultAsync(m => m.Id == id && m.OfficeId == Office.Id, ct);
        if (meeting is null) return NotFound();
        CanManage = await CanAsync(OfficeAction.ManageMeetings, ct);
        Meeting = meeting;
        CurrentVersion = Db.VersionOf(meeting);
        return null;
    }

    /// <summary>A rule's message at the top of the form (or beside <paramref name="key"/>), in the reader's language.</summary>
    protected void Error(DomainException e, string key = "") => ModelState.AddModelError(key, e.LocalizedMessage(Ui.Bn));
}
