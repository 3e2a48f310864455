using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>
/// A page of an office's meetings workspace (ADR 0027): monitors of the office (or above) read,
/// <see cref="OfficeAction.ManageMeetings"/> acts; another office's meeting is a 404.
/// </summary>
public abstract class MeetingsPage(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public bool CanManage { get; private set; }

    /// <summary>Null when the user may read (or, <paramref name="toAct"/>, change) the office's meetings; else the 404/403.</summary>
    protected async Task<IActionResult?> LoadMeetingsOfficeAsync(string code, bool toAct, CancellationToken ct)
    {
        if (await (toAct ? LoadOfficeAsync(code, OfficeAction.ManageMeetings, ct) : LoadOfficeAsync(code, ct, OfficeAction.ManageMeetings, OfficeAction.Monitor))
            is { } denied) return denied;
        CanManage = await CanAsync(OfficeAction.ManageMeetings, ct);
        return null;
    }

    /// <summary>The loaded office's meeting with its agenda, decisions and their progress; null when it has none by that id.</summary>
    protected Task<Meeting?> FindMeetingAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = Db.Meetings.Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress).AsSplitQuery();
        if (!tracked) query = query.AsNoTracking();
        return query.FirstOrDefaultAsync(m => m.Id == id && m.OfficeId == Office.Id, ct);
    }
}

public static class MeetingPages
{
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
        Domain.Meetings.NoticeState.Issued when m.NoticeIssues.Count > 1 => Ui.T($"জারি (সংশোধনী {Ui.N(m.NoticeIssues.Count - 1)})", $"Issued ({m.NoticeIssues.Count - 1} amendment(s))"),
        Domain.Meetings.NoticeState.Issued => Ui.T("জারি হয়েছে", "Issued"),
        Domain.Meetings.NoticeState.Cancelled => Ui.T("বাতিল", "Cancelled"),
        _ => Ui.T("খসড়া", "Draft"),
    };

    public static string MinutesState(Meeting m) => m.MinutesState == Domain.Meetings.MinutesState.Issued
        ? (Ui.T("জারি হয়েছে", "Issued"))
        : m.Agenda.Any(a => a.Discussion is not null || a.Decisions.Count > 0) ? (Ui.T("খসড়া", "Draft")) : (Ui.T("লেখা হয়নি", "Not written"));

    public static string Share(Meeting m) => m.MinutesState != Domain.Meetings.MinutesState.Issued ? "—"
        : m.ImplementationShare.Percent is { } pct
            ? $"{Ui.Digits(pct.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))}% ({Ui.N(m.ImplementationShare.Implemented)}/{Ui.N(m.ImplementationShare.Counted)})"
            : "—";

    public static string Base(Office office) => Links.Meetings.Public(office.Code);
}
