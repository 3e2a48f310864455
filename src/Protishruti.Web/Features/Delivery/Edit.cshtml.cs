using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// One application: its promise and how the due date was computed; deliver (or reject, withdraw, transfer) it, or
/// correct what was typed. Every change is an official correction and lands in the audit log.
/// </summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public sealed class EditInput
    {
        public string? Reference { get; set; }
        public string? ReceivedOn { get; set; }
        public string? Channel { get; set; }
        public string? Outcome { get; set; }
        public string? DeliveredOn { get; set; }
        public string? Reason { get; set; }
        public string? Note { get; set; }
    }

    public Application Application { get; private set; } = null!;
    public CharterService Service { get; private set; } = null!;
    public Promise Promise { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    [BindProperty] public EditInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, long id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var a = Application;
        Input = new EditInput
        {
            Reference = a.Reference, ReceivedOn = FormErrors.Iso(a.ReceivedOn), Channel = a.Channel.ToString(), Outcome = a.Outcome?.ToString(),
            DeliveredOn = a.ClosedOn is { } c ? FormErrors.Iso(c) : null, Reason = a.OutcomeReason, Note = a.Note,
        };
        if (a.IsOpen) (Input.Outcome, Input.DeliveredOn) = (nameof(ApplicationOutcome.Delivered), FormErrors.Iso(Today));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, long id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var a = Application;
        var calendar = await new WorkingCalendarSource(Db).LoadAsync(ct);
        ModelState.Check("Input.Reference", () => a.CorrectReference(Input.Reference));
        if (!FormErrors.TryParseDate(Input.ReceivedOn, out var received))
            ModelState.AddModelError("Input.ReceivedOn", Ui.T("গ্রহণের তারিখ ২০২৫-০১-১৫ আকারে লিখুন।", "Write the received date like 2025-01-15."));
        if (!ApplicationNames.TryParseChannel(Input.Channel, out var channel))
            ModelState.AddModelError("Input.Channel", Ui.T("মাধ্যম বাছাই করুন।", "Choose the channel."));
        ApplicationOutcome? outcome = null;
        if (!string.IsNullOrWhiteSpace(Input.Outcome))
        {
            if (ApplicationNames.TryParseOutcome(Input.Outcome, out var o)) outcome = o;
            else ModelState.AddModelError("Input.Outcome", Ui.T("ফলাফল বাছাই করুন।", "Choose the outcome."));
        }
        DateOnly? closed = null;
        if (!string.IsNullOrWhiteSpace(Input.DeliveredOn))
        {
            if (FormErrors.TryParseDate(Input.DeliveredOn, out var d)) closed = d;
            else ModelState.AddModelError("Input.DeliveredOn", Ui.T("নিষ্পত্তির তারিখ ২০২৫-০১-১৫ আকারে লিখুন।", "Write the delivered date like 2025-01-15."));
        }
        if (!ModelState.IsValid) return Page();
        // The closing is cleared first so a corrected received date is checked against the new closing, not the old one.
        a.Close(null, null, null, Today);
        if (ModelState.Check("Input.ReceivedOn", () => a.SetReceived(received, Today, calendar)))
        {
            a.SetChannel(channel);
            ModelState.Check(FieldOf(outcome, closed), () => a.Close(outcome, closed, Input.Reason, Today));
        }
        ModelState.Check("Input.Note", () => a.SetNote(Input.Note));
        if (!ModelState.IsValid)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(code, id, ct);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        TempData["Done"] = Ui.T($"আবেদন {a.Reference} সংরক্ষিত হয়েছে: {a.StatusOn(Today).Name(true)}।", $"Application {a.Reference} was saved: {a.StatusOn(Today).Name(false)}.");
        return Redirect(Links.Applications.Register(Office.Code));
    }

    private static string FieldOf(ApplicationOutcome? outcome, DateOnly? closed) =>
        outcome is null ? "Input.Outcome" : closed is null ? "Input.DeliveredOn" : "Input.DeliveredOn";

    private async Task<IActionResult?> LoadAsync(string code, long id, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.RecordApplications, ct) is { } denied) return denied;
        var officeId = Office.Id;
        var a = await Db.Applications.SingleOrDefaultAsync(x => x.Id == id && x.OfficeId == officeId, ct);
        if (a is null) return NotFound();
        Application = a;
        Service = await Db.Set<CharterService>().AsNoTracking().SingleAsync(s => s.Id == a.CharterServiceId, ct);
        Today = time.TodayInBangladesh();
        Promise = a.Promise(await new WorkingCalendarSource(Db).LoadAsync(ct));
        return null;
    }
}
