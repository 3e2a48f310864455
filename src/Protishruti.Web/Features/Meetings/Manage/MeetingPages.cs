using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure.Localization;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>The office and meeting a meetings workspace page is about, after the role check (404 for another office's meeting).</summary>
public sealed record MeetingContext(Office Office, Meeting? Meeting, bool CanManage);

public static class MeetingPages
{
    /// <summary>Monitors read; <see cref="OfficeAction.ManageMeetings"/> acts. Null result: forbidden or not found (the action result says which).</summary>
    public static async Task<(MeetingContext? Context, IActionResult? Denied)> LoadAsync(AppDbContext db, OfficeAccess access, ClaimsPrincipal user,
        string code, int? meetingId, bool toAct, CancellationToken ct, bool tracked = false)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null) return (null, new NotFoundResult());
        var canManage = await access.CanAsync(user, OfficeAction.ManageMeetings, office, ct);
        if (toAct ? !canManage : !canManage && !await access.CanAsync(user, OfficeAction.Monitor, office, ct)) return (null, new ForbidResult());
        if (meetingId is not { } id) return (new MeetingContext(office, null, canManage), null);
        var query = db.Meetings.Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress).AsSplitQuery();
        if (!tracked) query = query.AsNoTracking();
        var meeting = await query.FirstOrDefaultAsync(m => m.Id == id && m.OfficeId == office.Id, ct);
        return meeting is null ? (null, new NotFoundResult()) : (new MeetingContext(office, meeting, canManage), null);
    }

    /// <summary>The standard title the action plans use for a kind of meeting; offered when the title is left blank.</summary>
    public static string StandardTitle(MeetingKind kind) => kind switch
    {
        MeetingKind.CharterCoordination => "সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা",
        MeetingKind.CharterStakeholder => "সেবা প্রদান প্রতিশ্রুতি বিষয়ে সেবাগ্রহীতা ও অংশীজনের অংশগ্রহণে অবহিতকরণ সভা",
        _ => kind.Bn(),
    };

    public static string Kind(MeetingKind kind) => Ui.Bn ? kind.Bn() : kind.En();

    public static string NoticeState(Meeting m) => m.NoticeState switch
    {
        Domain.Meetings.NoticeState.Issued when m.NoticeIssues.Count > 1 => Ui.Bn ? $"জারি (সংশোধনী {Ui.N(m.NoticeIssues.Count - 1)})" : $"Issued ({m.NoticeIssues.Count - 1} amendment(s))",
        Domain.Meetings.NoticeState.Issued => Ui.Bn ? "জারি হয়েছে" : "Issued",
        Domain.Meetings.NoticeState.Cancelled => Ui.Bn ? "বাতিল" : "Cancelled",
        _ => Ui.Bn ? "খসড়া" : "Draft",
    };

    public static string MinutesState(Meeting m) => m.MinutesState == Domain.Meetings.MinutesState.Issued
        ? (Ui.Bn ? "জারি হয়েছে" : "Issued")
        : m.Agenda.Any(a => a.Discussion is not null || a.Decisions.Count > 0) ? (Ui.Bn ? "খসড়া" : "Draft") : (Ui.Bn ? "লেখা হয়নি" : "Not written");

    public static string Share(Meeting m) => m.MinutesState != Domain.Meetings.MinutesState.Issued ? "—"
        : m.ImplementationShare.Percent is { } pct
            ? $"{Ui.Digits(pct.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))}% ({Ui.N(m.ImplementationShare.Implemented)}/{Ui.N(m.ImplementationShare.Counted)})"
            : "—";

    public static string Base(Office office) => $"/offices/{office.Code}/meetings";
}
