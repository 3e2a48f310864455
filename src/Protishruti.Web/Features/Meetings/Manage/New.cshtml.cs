using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

using Protishruti.Web.Features.Decisions;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Features.Grievances;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>
/// A new meeting: kind, title (the kind's standard one when left blank), date, time, venue or link. It starts with the
/// usual invitees of its kind and, when an earlier meeting of the kind has issued minutes, the review of its decisions
/// as the first agenda item; a quarterly meeting also starts with last quarter's figures to discuss (the subordinate
/// offices' services with the worst on-time rates, the services most complained about) when there are any. The agenda
/// and invitees are edited next; every item is a default the author may edit or remove.
/// </summary>
[Authorize]
public sealed class NewModel(AppDbContext db, OfficeAccess access, MeetingParties parties, TimeProvider time, DecisionReview review,
    WorstServices worst, MostComplained most) : MeetingsPage(db, access)
{

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct: true, ct) is { } denied) return denied;
        Input.Kind = await MeetingInput.DefaultKindAsync(Db, Office, ct);
        Input.Title = Input.StandardTitle;
        Input.Date = FormErrors.Iso(time.TodayInBangladesh().AddDays(7));
        Input.Time = "10:30";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct: true, ct) is { } denied) return denied;
        ModelState.Clear(); // the input is checked below, field by field, in the reader's language
        if (!Input.Validate(ModelState, "Input", out var date, out var at)) return Page();

        var meeting = new Meeting(Office.Id, Input.Kind!.Value, Input.TitleOrStandard, date, at, Input.Venue, Input.OnlineLink);
        meeting.SetSection(Input.Section);
        var catalog = await parties.ForAsync(Office, ct);
        foreach (var p in await MeetingInput.DefaultInviteesAsync(Db, catalog, Input.Kind.Value, ct)) meeting.Invite(p);
        // The previous meeting of this kind's decisions come first on the new agenda, with each office's status.
        await review.AddPreviousDecisionsAsync(meeting, ct);
        await AddLastQuartersFiguresAsync(meeting, ct);
        Db.Meetings.Add(meeting);
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("সভা তৈরি হয়েছে। এবার আলোচ্যসূচি ও আমন্ত্রিতদের তালিকা দিন।", "The meeting is created. Now give its agenda and invitees.");
        return Redirect(Links.Meetings.Edit(Office.Code, meeting.Id));
    }

    /// <summary>
    /// Into the monitoring cycle (issues 18 and 19): the coordination meeting's draft agenda lists the subordinate
    /// offices' services with the worst on-time rates last quarter, and a quarterly meeting the services most complained
    /// about here and below; nothing when there is nothing to list. The edit page's buttons bring them up to date.
    /// </summary>
    private async Task AddLastQuartersFiguresAsync(Meeting meeting, CancellationToken ct)
    {
        if (meeting.Kind is not (MeetingKind.CharterCoordination or MeetingKind.CharterStakeholder or MeetingKind.MonitoringCommittee or MeetingKind.Grs))
            return;
        var today = time.TodayInBangladesh();
        var quarter = WorstServices.LastQuarter(today);
        if (meeting.Kind == MeetingKind.CharterCoordination && await worst.ForAsync(Office, quarter, today, ct) is { Count: > 0 } slow)
            meeting.AddAgendaItem(WorstServices.Title, WorstServices.Details(quarter, slow));
        if (await most.ForAsync(Office, quarter, today, ct) is { Count: > 0 } complained)
            meeting.AddAgendaItem(MostComplained.Title, MostComplained.Details(quarter, complained));
    }
}
