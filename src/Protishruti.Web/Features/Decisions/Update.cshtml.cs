using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// One office's progress on one decision: status, note, reason when dropped, evidence. Read by whoever monitors the
/// implementing office or the convening office; changed only by the implementing office's Editor or Approver — the
/// convening office sees, it does not mark another office's work. The form is read by hand (<see cref="EvidenceUpload"/>),
/// so a refused file leaves the progress untouched and the typed fields in place.
/// </summary>
[Authorize]
[DisableFormValueModelBinding] // the antiforgery token was checked before the page ran (AntiforgeryEverywhere)
public sealed class UpdateModel(AppDbContext db, OfficeAccess access, FileStore files,
    IConfiguration config, TimeProvider time) : OfficePage(db, access)
{
    public Office MeetingOffice { get; private set; } = null!;
    public DecisionProgress Progress { get; private set; } = null!;
    public Meeting Meeting => Progress.Decision.Item.Meeting;
    public bool CanUpdate { get; private set; }
    public DateOnly Today { get; private set; }
    public long MaxBytes => EvidenceUpload.MaxBytes(config);

    /// <summary>What the form shows: the saved values, or what was typed when it was refused.</summary>
    public DecisionStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The status as saved (the form may hold a refused change).</summary>
    public DecisionStatus SavedStatus { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int progressId, CancellationToken ct) =>
        await LoadAsync(code, progressId, write: false, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, int progressId, CancellationToken ct)
    {
        if (await LoadAsync(code, progressId, write: true, ct) is { } refused) return refused;
        await using var form = await EvidenceUpload.ReadAsync(Request, MaxBytes, EvidenceUpload.MaxRequestBytes(config), ct);

        Note = form["Note"];
        Reason = form["Reason"];
        var statusKnown = Enum.TryParse<DecisionStatus>(form["Status"], ignoreCase: true, out var status) && Enum.IsDefined(status);
        if (statusKnown) Status = status;
        else ModelState.AddModelError("Status", Ui.T("অবস্থা বেছে নিন।", "Choose a status."));
        if (form.FileError is { } fileError) ModelState.AddModelError("Evidence", fileError.LocalizedMessage(Ui.Bn));

        if (statusKnown)
        {
            try
            {
                Progress.Update(status, Note, Reason, Today, User.Identity?.Name ?? "?");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field ?? "", e.LocalizedMessage(Ui.Bn));
            }
        }
        if (!ModelState.IsValid) return Page(); // nothing saved: the tracked row's change is dropped with the request

        if (form.TempPath is not null)
        {
            try
            {
                await using var spooled = System.IO.File.OpenRead(form.TempPath);
                var stored = await files.SaveAsync(spooled, EvidenceUpload.Allowed, MaxBytes, ct);
                Progress.AddEvidence(stored.Path);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("Evidence", e.LocalizedMessage(Ui.Bn));
                return Page();
            }
        }
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("অগ্রগতি সংরক্ষণ করা হয়েছে।", "Progress saved.");
        return Redirect(Links.Decisions.Progress(Office.Code, Progress.Id));
    }

    private async Task<IActionResult?> LoadAsync(string code, int progressId, bool write, CancellationToken ct)
    {
        // The implementer updates; its monitors read, and so do the monitors of the office whose meeting decided it.
        DecisionProgress? progress = null;
        Office? meetingOffice = null;
        if (await LoadOfficeAsync(code, async office =>
            {
                progress = await Db.Set<DecisionProgress>()
                    .Include(p => p.Decision).ThenInclude(d => d.Item).ThenInclude(a => a.Meeting)
                    .SingleOrDefaultAsync(p => p.Id == progressId && p.OfficeId == office.Id, ct);
                if (progress is null) return true; // a 404 below, whoever asks
                meetingOffice = await Db.Offices.AsNoTracking().SingleAsync(o => o.Id == progress.Decision.Item.Meeting.OfficeId, ct);
                var canUpdate = await Access.CanAsync(User, OfficeAction.UpdateDecisions, office, ct);
                return write ? canUpdate
                    : canUpdate || await Access.CanAsync(User, OfficeAction.Monitor, office, ct)
                                || await Access.CanAsync(User, OfficeAction.Monitor, meetingOffice, ct);
            }, ct) is { } denied) return denied;
        if (progress is null) return NotFound();
        CanUpdate = await CanAsync(OfficeAction.UpdateDecisions, ct);
        (MeetingOffice, Progress) = (meetingOffice!, progress);
        (Status, Note, Reason, SavedStatus) = (progress.Status, progress.Note, progress.Reason, progress.Status);
        Today = time.TodayInBangladesh();
        return null;
    }
}
