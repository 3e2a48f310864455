using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Decisions;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>What a manual row's form shows: the saved values, or what was typed when it was refused.</summary>
public sealed record RowInput(string? Achieved, string? DoneOn, string? Remarks);

/// <summary>
/// The office's progress report for one period: the APA grid (computed rows counted from the office's records, manual
/// rows typed with evidence), marks and grade, submission to the parent office, the reviewer's comments when returned,
/// and the history with each submission's frozen copy. Each manual row is its own form (one evidence file per post, as
/// <see cref="EvidenceUpload"/> reads it), so a refused value or file leaves every other row alone.
/// </summary>
[Authorize]
[DisableFormValueModelBinding] // the antiforgery token was checked before the page ran (AntiforgeryEverywhere)
public sealed class ReportModel(AppDbContext db, OfficeAccess access, ProgressReports reports, FileStore files,
    IConfiguration config, TimeProvider time) : OfficePage(db, access)
{
    public const int MaxRemarks = 2000;
    public string? ParentName { get; private set; }
    public ActionPlan Plan { get; private set; } = null!;
    public FiscalYear Year { get; private set; }
    public ReportPeriod Period { get; private set; }
    public ProgressReport Report { get; private set; } = null!;
    public ReportGrid Grid { get; private set; } = null!;
    public IReadOnlyList<PlanIndicator> Manual { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public bool Editable => CanWrite && Report.IsEditable;
    public DateOnly Today { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public long MaxBytes => EvidenceUpload.MaxBytes(config);
    /// <summary>The submission shown instead of the live report (<c>?submission={stepId}</c>).</summary>
    public ReportStep? Shown { get; private set; }
    public Dictionary<int, RowInput> Inputs { get; } = [];
    /// <summary>The row whose form was refused, so its messages sit beside it.</summary>
    public int? RefusedRow { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public PlanKind Kind => Plan.Kind;
    public string ReportUrl => Links.Monitoring.Report(Office.Code, Year, Period, Kind);

    /// <summary>The comments of the open return, per indicator, for the grid.</summary>
    public IReadOnlyDictionary<int, string>? Comments => Report.OpenReturn is { } r
        ? r.IndicatorComments.GroupBy(c => c.IndicatorId).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(c => c.Comment)))
        : null;

    public static string Field(int indicatorId, string name) => $"Row{indicatorId}.{name}";

    public async Task<IActionResult> OnGetAsync(string code, string fy, string period, string? plan, long? submission, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, write: false, ct) is { } refused) return refused;
        if (submission is { } stepId)
        {
            Shown = Report.Steps.FirstOrDefault(s => s.Id == stepId && s.SnapshotJson is not null);
            if (Shown is null) return NotFound();
            Grid = ReportGrid.FromJson(Shown.SnapshotJson!);
            return Page();
        }
        await BuildAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEntryAsync(string code, string fy, string period, string? plan, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, write: true, ct) is { } refused) return refused;
        await using var form = await EvidenceUpload.ReadAsync(Request, MaxBytes, EvidenceUpload.MaxRequestBytes(config), ct);
        if (!int.TryParse(form["IndicatorId"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || Manual.FirstOrDefault(i => i.Id == id) is not { } indicator)
            return BadRequest();

        var input = new RowInput(form["Achieved"], form["DoneOn"], form["Remarks"]);
        RefusedRow = id;
        decimal? achieved = null;
        DateOnly? doneOn = null;
        if (indicator.Unit == IndicatorUnit.Date)
        {
            if (!string.IsNullOrWhiteSpace(input.DoneOn))
            {
                if (FormErrors.TryParseDate(input.DoneOn, out var d))
                    doneOn = d;
                else
                    Refuse(id, "DoneOn", new DomainException("Type the date it was done, such as 2024-09-15.", "সম্পন্নের তারিখ লিখুন, যেমন ২০২৪-০৯-১৫।"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Achieved))
        {
            if (decimal.TryParse(BengaliDigits.ToAscii(input.Achieved.Trim()), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var value))
                achieved = value;
            else
                Refuse(id, "Achieved", new DomainException("Type the achievement as a number, such as 3 or 75.", "অর্জন সংখ্যায় লিখুন, যেমন ৩ বা ৭৫।"));
        }
        if (input.Remarks is { Length: > MaxRemarks })
            Refuse(id, "Remarks", new DomainException($"The remarks are longer than {MaxRemarks} characters.",
                $"মন্তব্য {BengaliDigits.ToBengali(MaxRemarks)} অক্ষরের বেশি হয়েছে।"));
        if (form.FileError is { } fileError) Refuse(id, "Evidence", fileError);
        if (ModelState.IsValid)
        {
            try
            {
                Report.Enter(indicator, achieved, doneOn, input.Remarks);
                if (form["RemoveEvidence"] == "true" && form.TempPath is null) Report.RemoveEvidence(indicator);
            }
            catch (DomainException e)
            {
                Refuse(id, e.Field ?? "Achieved", e);
            }
        }
        if (ModelState.IsValid && form.TempPath is not null)
        {
            try
            {
                await using var spooled = System.IO.File.OpenRead(form.TempPath);
                var stored = await files.SaveAsync(spooled, EvidenceUpload.Allowed, MaxBytes, ct);
                Report.AttachEvidence(indicator, stored.Path, EvidenceName(form.FileName, indicator, stored.Kind), stored.ContentType);
            }
            catch (DomainException e)
            {
                Refuse(id, "Evidence", e);
            }
        }
        if (!ModelState.IsValid) return await RefusedAsync(code, fy, period, plan, (id, input), ct);

        await Db.SaveChangesAsync(ct);
        Done = Ui.T($"{BengaliDigits.ToBengali(indicator.Code)} সূচকের অর্জন সংরক্ষণ করা হয়েছে।", $"The achievement of {indicator.Code} is saved.");
        return Redirect($"{ReportUrl}#row-{id}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(string code, string fy, string period, string? plan, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, write: true, ct) is { } refused) return refused;
        try
        {
            await reports.SubmitAsync(Report, Office, User.Identity?.Name ?? "?", User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.LocalizedMessage(Ui.Bn));
            return await RefusedAsync(code, fy, period, plan, null, ct);
        }
        var to = ParentName ?? (Ui.T("ঊর্ধ্বতন দপ্তর", "the parent office"));
        Done = Ui.Bn
            ? $"প্রতিবেদন {to}-এ দাখিল করা হয়েছে।{(Report.SubmittedLate ? " সময়সীমার পরে দাখিল হওয়ায় এটি বিলম্বিত হিসেবে চিহ্নিত।" : "")}"
            : $"The report was submitted to {to}.{(Report.SubmittedLate ? " It was sent after the deadline and is marked late." : "")}";
        return Redirect(ReportUrl);
    }

    private void Refuse(int id, string field, DomainException e) =>
        ModelState.AddModelError(Field(id, field is "Achieved" or "DoneOn" or "Remarks" or "Evidence" ? field : "Achieved"), e.LocalizedMessage(Ui.Bn));

    /// <summary>A refused form: nothing of it is kept in the database; the page is rebuilt from what is saved, with what was typed.</summary>
    private async Task<IActionResult> RefusedAsync(string code, string fy, string period, string? plan, (int Id, RowInput Input)? typed, CancellationToken ct)
    {
        Db.ChangeTracker.Clear(); // the model state keeps the messages
        if (await LoadAsync(code, fy, period, plan, write: true, ct) is { } refused) return refused;
        await BuildAsync(ct, save: false);
        if (typed is { } t) Inputs[t.Id] = t.Input;
        return Page();
    }

    private static string EvidenceName(string? sent, PlanIndicator indicator, FileKind kind)
    {
        var ext = kind switch { FileKind.Pdf => "pdf", FileKind.Jpeg => "jpg", FileKind.Png => "png", FileKind.Docx => "docx", _ => "xlsx" };
        var name = string.IsNullOrWhiteSpace(sent) ? $"evidence-{indicator.Code}.{ext}" : sent.Trim();
        return name.Length <= 200 ? name : name[..(200 - ext.Length - 1)] + "." + ext;
    }

    private async Task<IActionResult?> LoadAsync(string code, string fy, string period, string? plan, bool write, CancellationToken ct)
    {
        var canWrite = false;
        if (await LoadOfficeAsync(code, async o => { bool read; (read, canWrite) = await ReportAccess.ForAsync(Db, Access, User, o, ct); return read && (!write || canWrite); }, ct)
            is { } denied) return denied;
        var office = Office;
        if (ReportAccess.Parse(fy, period) is not { } at) return NotFound();
        var p = await reports.PlanAsync(at.Year, ReportAccess.KindOf(plan), ct);
        if (p is null) return NotFound();
        (Plan, Year, Period, CanWrite) = (p, at.Year, at.Period, canWrite);
        Today = time.TodayInBangladesh();
        PeriodEnd = Period.Span(Year).To;
        var parent = office.ParentId is { } pid ? await Db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == pid, ct) : null;
        ParentName = parent?.Name(Ui.Bn);
        var hasSubordinates = await reports.HasSubordinatesAsync(office.Id, ct);
        Manual = p.For(hasSubordinates).Where(i => !i.IsComputed).ToList();
        // The office's editor starts the report by opening it; a reader sees what would be counted, unsaved.
        Report = canWrite
            ? await reports.OpenAsync(office, p, Period, ct)
            : await reports.FindAsync(office.Id, p.Id, Period, ct)
              ?? new ProgressReport(office.Id, p, Period, await reports.DueOnAsync(Year, Period, office.Kind, ct));
        if (write && !Report.IsEditable)
        {
            ModelState.AddModelError("", Report.State == ReportState.Accepted
                ? (Ui.T("প্রতিবেদনটি গৃহীত হয়েছে; আর পরিবর্তন করা যাবে না।", "The report was accepted; it can no longer be changed."))
                : (Ui.T("প্রতিবেদনটি ঊর্ধ্বতন দপ্তরের পর্যালোচনাধীন; ফেরত এলে তবেই পরিবর্তন করা যাবে।", "The report is with the parent office for review; it can be changed only if it is returned.")));
            await BuildAsync(ct, save: false);
            return Page();
        }
        return null;
    }

    /// <summary>Recounts a draft (saving it when the office's editor opened it), and builds the grid: as sent once it is with the parent.</summary>
    private async Task BuildAsync(CancellationToken ct, bool save = true)
    {
        var hasSubordinates = await reports.HasSubordinatesAsync(Office.Id, ct);
        await reports.RefreshAsync(Report, Office, hasSubordinates, ct);
        if (save && CanWrite && Db.ChangeTracker.HasChanges())
        {
            try
            {
                await Db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (Db.Entry(Report).State == EntityState.Added)
            {
                // Opened twice at once: the other request started it. Show that one.
                Db.ChangeTracker.Clear();
                Report = (await reports.FindAsync(Office.Id, Plan.Id, Period, ct))!;
                await reports.RefreshAsync(Report, Office, hasSubordinates, ct);
            }
        }
        var sent = Report.Steps.Where(s => s.SnapshotJson is not null).OrderBy(s => s.At).LastOrDefault();
        Grid = !Report.IsEditable && sent is not null
            ? ReportGrid.FromJson(sent.SnapshotJson!)
            : await reports.GridAsync(Report, Office, hasSubordinates, ct);
        foreach (var i in Manual)
        {
            var e = Report.EntryFor(i.Id);
            Inputs[i.Id] = new RowInput(
                e?.Achieved?.ToString("0.##", CultureInfo.InvariantCulture),
                e?.DoneOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e?.Remarks);
        }
    }
}
