using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// One complaint for the officer handling it: what the citizen wrote, who they are (seen here only), the application
/// it names and whether its time limit really passed, the files, the history; and the officer's steps — ask the
/// citizen, forward to the office concerned, open an investigation, decide. An officer of an office that handled it
/// earlier (before a forward or an appeal) may read it but not act. The cell's complaints are the system
/// administrators'.
/// </summary>
[Authorize]
public sealed class HandleModel(AppDbContext db, OfficeAccess access, GrievanceHandling handling, GrievanceDesk desk, FileStore files, TimeProvider time)
    : OfficePage(db, access)
{
    public sealed class ActInput
    {
        public string? Question { get; set; }
        public string? ToOffice { get; set; }
        public string? Reason { get; set; }
        public string? Note { get; set; }
        public string? Outcome { get; set; }
        public string? Decision { get; set; }
    }

    public Grievance Grievance { get; private set; } = null!;
    public bool CanAct { get; private set; }
    public int Version { get; private set; }
    public DateOnly Today { get; private set; }
    public ApplicationCheck? Application { get; private set; }
    public Dictionary<int, Office> Offices { get; private set; } = [];
    public string? DuplicateOf { get; private set; }

    [BindProperty] public ActInput Input { get; set; } = new();
    [BindProperty] public int? Seen { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct) =>
        await LoadAsync(code, id, ct) ?? Page();

    public async Task<IActionResult> OnGetFileAsync(string code, int id, long fileId, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var file = Grievance.Attachments.SingleOrDefault(a => a.Id == fileId);
        if (file is null || files.OpenRead(file.Path) is not { } stream) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, file.ContentType, file.FileName ?? Path.GetFileName(file.Path));
    }

    public Task<IActionResult> OnPostAskAsync(string code, int id, CancellationToken ct) =>
        ActAsync(code, id, "Input.Question", g => handling.RequestInformationAsync(g, Seen, Input.Question, Actor, ct),
            Ui.T("প্রশ্নটি অভিযোগকারীকে পাঠানো হয়েছে।", "The question was sent to the complainant."), ct);

    public Task<IActionResult> OnPostForwardAsync(string code, int id, CancellationToken ct) =>
        ActAsync(code, id, "Input.Reason", g => handling.ForwardAsync(g, Seen, Input.ToOffice, Input.Reason, Actor, ct),
            Ui.T("অভিযোগটি সংশ্লিষ্ট দপ্তরে পাঠানো হয়েছে; সেখানে নতুন করে সময় গণনা শুরু হয়েছে।", "The complaint was forwarded; its clock restarted at that office."), ct);

    public Task<IActionResult> OnPostInvestigateAsync(string code, int id, CancellationToken ct) =>
        ActAsync(code, id, "Input.Note", g => handling.InvestigateAsync(g, Seen, Input.Note, Actor, ct),
            Ui.T("তদন্ত শুরু হয়েছে; শেষ তারিখ বাড়ানো হয়েছে।", "The investigation is open; the deadline was extended."), ct);

    public Task<IActionResult> OnPostCloseAsync(string code, int id, CancellationToken ct) =>
        ActAsync(code, id, "Input.Decision", g =>
        {
            if (!Enum.TryParse<GrievanceOutcome>(Input.Outcome, out var outcome) || !Enum.IsDefined(outcome))
                throw new DomainException("Choose the outcome.", "ফলাফল বেছে নিন।") { Field = "Outcome" };
            return handling.CloseAsync(g, Seen, outcome, Input.Decision, Actor, ct);
        }, Ui.T("অভিযোগটির নিষ্পত্তি হয়েছে; অভিযোগকারীকে জানানো হচ্ছে।", "The complaint was decided; the complainant is being told."), ct);

    private string Actor => User.Identity?.Name ?? "";

    private async Task<IActionResult> ActAsync(string code, int id, string field, Func<Grievance, Task> act, string done, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct, tracked: true) is { } denied) return denied;
        if (!CanAct)
        {
            // Decided or moved on meanwhile (the loser of a race lands here): the current state, and why nothing was saved.
            ModelState.AddDomainError(string.Empty, new AlreadyDoneException(GrievanceHandling.Moved));
            return Page();
        }
        try
        {
            await act(Grievance);
        }
        catch (DomainException e)
        {
            var key = e is AlreadyDoneException ? string.Empty
                : e.Field switch { "ToOffice" => "Input.ToOffice", "Outcome" => "Input.Outcome", "Decision" => "Input.Decision", _ => field };
            ModelState.AddDomainError(key, e);
            Db.ChangeTracker.Clear();
            return await LoadAsync(code, id, ct) ?? Page();
        }
        TempData["Done"] = done;
        return Redirect(Links.Grievances.Handle(code, id));
    }

    private async Task<IActionResult?> LoadAsync(string code, int id, CancellationToken ct, bool tracked = false)
    {
        if (await LoadOfficeAsync(code, ct, OfficeAction.HandleGrievances, OfficeAction.HandleAppeals) is { } denied) return denied;
        var g = tracked ? await handling.LoadAsync(id, ct)
            : await Db.Grievances.AsNoTracking().Include(x => x.Steps).Include(x => x.Attachments).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (g is null) return NotFound();
        var officeId = Office.Id;
        var here = g.HandlingOfficeId == officeId;
        var cell = g.HandlingOfficeId is null && g.OfficeId == officeId && await Access.IsSystemAdminAsync(User, ct);
        var earlier = g.OfficeId == officeId || g.Steps.Any(s => s.OfficeId == officeId);
        if (!here && !cell && !earlier) return NotFound();
        var role = g.Level == RedressLevel.Office ? OfficeAction.HandleGrievances : OfficeAction.HandleAppeals;
        CanAct = !g.IsClosed && (cell || (here && await CanAsync(role, ct)));
        Grievance = g;
        Today = time.TodayInBangladesh();
        Version = await Db.VersionOfAsync<Grievance>(g.Id, ct);
        Application = await desk.CheckApplicationAsync(g.OfficeId, g.ApplicationTrackingNumber, ct);
        var ids = g.Steps.Select(s => s.OfficeId).Append(g.OfficeId).Append(g.HandlingOfficeId).OfType<int>().Distinct().ToList();
        Offices = await Db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        if (g.DuplicateOfId is { } d)
            DuplicateOf = await Db.Grievances.AsNoTracking().Where(x => x.Id == d).Select(x => x.TrackingNumber).SingleOrDefaultAsync(ct);
        return null;
    }
}
