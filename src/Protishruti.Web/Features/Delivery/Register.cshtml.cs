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
/// The office's application register (ADR 0034): the list with filters, a row form for fast keyboard entry (one tab
/// order, Enter submits, the form comes back ready for the next row), and a box that takes rows pasted from Excel.
/// Everyone with a role in the office (and monitors above) reads it; the focal point, the head and the office admin record.
/// </summary>
[Authorize]
public sealed class RegisterModel(AppDbContext db, OfficeAccess access, TimeProvider time, ApplicationRecorder recorder) : OfficePage(db, access)
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string Reference, string TrackingNumber, Guid ServiceKey, string ServiceBn, string? ServiceEn,
        DateOnly ReceivedOn, DateOnly? DueOn, ApplicationStatus Status, DateOnly? ClosedOn);

    public sealed record ServiceChoice(Guid Key, string NameBn, string? NameEn, string? Limit);

    public sealed class RowInput
    {
        public string? Service { get; set; }
        public string? Reference { get; set; }
        public string? ReceivedOn { get; set; }
        public string? Channel { get; set; } = nameof(ApplicationChannel.Counter);
        public string? DeliveredOn { get; set; }
        public string? Outcome { get; set; }
        public string? Reason { get; set; }
        public string? Note { get; set; }
    }

    public bool CanRecord { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public List<ServiceChoice> Services { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public List<(int Line, string Field, string Message)> PasteErrors { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "service")] public string? ServiceFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    [BindProperty] public RowInput Input { get; set; } = new();
    [BindProperty] public string? Pasted { get; set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        Input.ReceivedOn = Infrastructure.Forms.FormErrors.Iso(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct, record: true) is { } denied) return denied;
        var item = new ApplicationItem(Input.Service, Input.Reference, Input.ReceivedOn, Input.Channel, Input.DeliveredOn, Input.Outcome, Input.Reason, Input.Note);
        var result = (await recorder.RecordAsync(Office.Id, [item], allOrNothing: true, ct)).Single();
        if (result.Kind is ItemResultKind.Created or ItemResultKind.Closed)
        {
            Done = Ui.T($"আবেদন {result.Reference} লিপিবদ্ধ হয়েছে। ট্র্যাকিং নম্বর {TrackingNumber.Grouped(result.TrackingNumber!)}",
                $"Application {result.Reference} was recorded. Tracking number {TrackingNumber.Grouped(result.TrackingNumber!)}");
            return Redirect(Links.Applications.Register(Office.Code) + "#add-h"); // the form again, for the next row
        }
        if (result.Kind == ItemResultKind.Unchanged)
        {
            ModelState.AddModelError("Input.Reference", Ui.T($"এই আবেদন আগেই লিপিবদ্ধ আছে (ট্র্যাকিং নম্বর {TrackingNumber.Grouped(result.TrackingNumber!)})।",
                $"This application is already recorded (tracking number {TrackingNumber.Grouped(result.TrackingNumber!)})."));
            return Page();
        }
        foreach (var e in result.Errors)
            ModelState.AddModelError("Input." + FieldOf(e.Field), e.Message(Ui.Bn));
        return Page();
    }

    /// <summary>Rows pasted from a spreadsheet, tab-separated: reference, service, received, channel, delivered, outcome, reason. All or none.</summary>
    public async Task<IActionResult> OnPostPasteAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct, record: true) is { } denied) return denied;
        var lines = (Pasted ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select((text, i) => (Line: i + 1, Cells: text.Split('\t').Select(c => c.Trim()).ToArray()))
            .Where(l => l.Cells.Any(c => c.Length > 0)).ToList();
        if (lines.Count == 0)
        {
            ModelState.AddModelError(nameof(Pasted), Ui.T("কোনো সারি নেই; এক্সেল থেকে সারিগুলো কপি করে এখানে পেস্ট করুন।", "There are no rows; copy the rows from Excel and paste them here."));
            return Page();
        }
        if (lines.Count > ApplicationRecorder.MaxBatch)
        {
            ModelState.AddModelError(nameof(Pasted), Ui.T($"একবারে সর্বোচ্চ {Ui.N(ApplicationRecorder.MaxBatch)}টি সারি।", $"At most {ApplicationRecorder.MaxBatch} rows at a time."));
            return Page();
        }
        // A header row copied along with the data is skipped.
        if (lines[0].Cells.Length > 2 && !Infrastructure.Forms.FormErrors.TryParseDate(lines[0].Cells[2], out _)) lines.RemoveAt(0);
        string? Cell(string[] cells, int i) => i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
        var items = lines.Select(l => new ApplicationItem(Cell(l.Cells, 1), Cell(l.Cells, 0), Cell(l.Cells, 2), Cell(l.Cells, 3),
            Cell(l.Cells, 4), Cell(l.Cells, 5), Cell(l.Cells, 6))).ToList();
        var results = await recorder.RecordAsync(Office.Id, items, allOrNothing: true, ct);
        var bad = results.Where(r => !r.Ok).ToList();
        if (bad.Count > 0)
        {
            PasteErrors = bad.SelectMany(r => r.Errors.Select(e => (lines[r.Index].Line, e.Field, e.Message(Ui.Bn)))).ToList();
            ModelState.AddModelError(nameof(Pasted), Ui.T($"{Ui.N(bad.Count)}টি সারিতে ভুল আছে, তাই কোনো সারিই লিপিবদ্ধ হয়নি। ভুলগুলো ঠিক করে আবার পাঠান।",
                $"{bad.Count} rows have mistakes, so no row was recorded. Correct them and send again."));
            return Page();
        }
        Done = Ui.T($"{Ui.N(results.Count(r => r.Kind == ItemResultKind.Created))}টি নতুন আবেদন লিপিবদ্ধ হয়েছে; {Ui.N(results.Count(r => r.Kind != ItemResultKind.Created))}টি আগেই ছিল বা নিষ্পত্তি হলো।",
            $"{results.Count(r => r.Kind == ItemResultKind.Created)} new applications were recorded; {results.Count(r => r.Kind != ItemResultKind.Created)} were already there or were closed.");
        return RedirectToPage(new { code = Office.Code });
    }

    public static string FieldOf(string apiField) => apiField switch
    {
        "service" => nameof(RowInput.Service),
        "receivedOn" => nameof(RowInput.ReceivedOn),
        "channel" => nameof(RowInput.Channel),
        "deliveredOn" => nameof(RowInput.DeliveredOn),
        "outcome" => nameof(RowInput.Outcome),
        "reason" => nameof(RowInput.Reason),
        "note" => nameof(RowInput.Note),
        _ => nameof(RowInput.Reference),
    };

    public static string ApiFieldName(string apiField) => apiField switch
    {
        "service" => Ui.T("সেবা", "Service"),
        "receivedOn" => Ui.T("গ্রহণের তারিখ", "Received on"),
        "channel" => Ui.T("মাধ্যম", "Channel"),
        "deliveredOn" => Ui.T("নিষ্পত্তির তারিখ", "Delivered on"),
        "outcome" => Ui.T("ফলাফল", "Outcome"),
        "reason" => Ui.T("কারণ", "Reason"),
        "note" => Ui.T("মন্তব্য", "Note"),
        _ => Ui.T("রেজিস্টার নম্বর", "Reference"),
    };

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct, bool record = false)
    {
        if (record)
        {
            if (await LoadOfficeAsync(code, OfficeAction.RecordApplications, ct) is { } denied) return denied;
        }
        else if (await LoadOfficeAsync(code, ct, OfficeAction.RecordApplications, OfficeAction.ViewDashboard) is { } denied) return denied;
        var officeId = Office.Id;
        CanRecord = record || await CanAsync(OfficeAction.RecordApplications, ct);
        Today = time.TodayInBangladesh();

        var current = await Db.Charters.AsNoTracking().Where(c => c.OfficeId == officeId).SelectMany(c => c.Versions)
            .Where(v => v.State == CharterVersionState.Published).OrderByDescending(v => v.Number).Select(v => v.Id).FirstOrDefaultAsync(ct);
        Services = (await Db.Set<CharterService>().AsNoTracking().Where(s => s.CharterVersionId == current)
            .OrderBy(s => s.Category).ThenBy(s => s.Order).ToListAsync(ct))
            .Select(s => new ServiceChoice(s.Key, s.NameBn, s.NameEn, s.TimeLimit?.Text)).ToList();

        var query = Db.Applications.AsNoTracking().Where(a => a.OfficeId == officeId);
        var today = Today;
        switch (Status)
        {
            case "open": query = query.Where(a => a.Outcome == null); break;
            case "overdue": query = query.Where(a => a.Outcome == null && a.DueOn < today); break;
            case "due-soon":
                var soon = (await new WorkingCalendarSource(Db).LoadAsync(ct)).AddWorkingDays(today, 3);
                query = query.Where(a => a.Outcome == null && a.DueOn >= today && a.DueOn <= soon);
                break;
            case "closed": query = query.Where(a => a.Outcome != null); break;
            default: Status = null; break;
        }
        if (Guid.TryParse(ServiceFilter, out var key)) query = query.Where(a => a.ServiceKey == key);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var tracking = TrackingNumber.Normalize(q);
            query = query.Where(a => a.Reference == q || a.TrackingNumber == tracking);
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var rows = await (from a in query
                          join s in Db.Set<CharterService>() on a.CharterServiceId equals s.Id
                          orderby a.ReceivedOn descending, a.Id descending
                          select new { a, s.NameBn, s.NameEn })
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.a.Id, r.a.Reference, r.a.TrackingNumber, r.a.ServiceKey, r.NameBn, r.NameEn, r.a.ReceivedOn, r.a.DueOn,
            r.a.StatusOn(today), r.a.ClosedOn)).ToList();
        return null;
    }
}
