using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// The office's own register, uploaded (ADR 0039): the file (CSV or XLSX) is kept on the server, the columns are
/// guessed from the header and corrected with selects, every row is checked by the one recording path and the mistakes
/// listed by row and field; only a file without mistakes can be confirmed, and then all its rows are recorded in one
/// save, or none. Three posts, no JavaScript: the file, the mapping (check), the confirmation.
/// </summary>
[Authorize]
[UploadLimit]
public sealed class UploadModel(AppDbContext db, OfficeAccess access, ApplicationRecorder recorder, RegisterStaging staging, TimeProvider time) : OfficePage(db, access)
{
    public sealed record RowProblem(int Row, string? Reference, ItemResultKind Kind, string Field, string Message);

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty(SupportsGet = true, Name = "file")] public string? Staged { get; set; }
    [BindProperty(SupportsGet = true, Name = "name")] public string? FileName { get; set; }
    /// <summary>The column (0-based, as text) of each field, by the field's name; "" for none.</summary>
    [BindProperty] public Dictionary<string, string> Map { get; set; } = [];
    [BindProperty] public string? DefaultChannel { get; set; } = nameof(ApplicationChannel.Counter);

    public RegisterTable? Table { get; private set; }
    public Dictionary<RegisterField, int> Columns { get; private set; } = [];
    /// <summary>The columns were chosen as the office mapped its last recorded file (same headers).</summary>
    public bool Remembered { get; private set; }
    public bool Checked { get; private set; }
    public List<RowProblem> Problems { get; private set; } = [];
    public int New { get; private set; }
    public int Unchanged { get; private set; }
    public int Closing { get; private set; }
    public bool CanConfirm => Checked && Problems.Count == 0 && New + Closing > 0;

    public static readonly RegisterField[] Required = [RegisterField.Reference, RegisterField.Service, RegisterField.ReceivedOn];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.RecordApplications, ct) is { } denied) return denied;
        if (Staged is null) return Page();
        if (!await LoadTableAsync(ct)) return Page();
        var saved = await Db.Set<UploadMapping>().AsNoTracking().FirstOrDefaultAsync(m => m.OfficeId == Office.Id, ct);
        Columns = RegisterFile.Guess(Table!.Header);
        if (saved?.Apply(Table.Header, Required) is { } remembered)
        {
            // As last time, and a column the last file did not have still guessed from its header.
            foreach (var (field, column) in Columns.Where(g => !remembered.ContainsKey(g.Key) && !remembered.ContainsValue(g.Value)))
                remembered[field] = column;
            (Columns, Remembered) = (remembered, true);
            if (saved.DefaultChannel is { } channel) DefaultChannel = channel;
        }
        return Page();
    }

    /// <summary>Step 1: the file, read once to refuse what is not a register, then kept for the next steps.</summary>
    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.RecordApplications, ct) is { } denied) return denied;
        Staged = null;
        try
        {
            if (Upload is null || Upload.Length == 0)
                throw new DomainException("Choose the register file (CSV or XLSX).", "রেজিস্টারের ফাইল (CSV বা XLSX) বাছাই করুন।");
            if (Upload.Length > RegisterFile.MaxBytes) throw RegisterFile.TooLarge();
            using var buffer = new MemoryStream((int)Upload.Length);
            await Upload.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            var name = Path.GetFileName(Upload.FileName ?? "");
            RegisterFile.Read(bytes, name);
            var token = await staging.SaveAsync(Office.Id, bytes, ct);
            return Redirect(Links.Applications.Upload(Office.Code, token, name));
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(nameof(Upload), e);
            return Page();
        }
    }

    /// <summary>Step 2: the mapping, and every row checked against it; nothing is stored.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.RecordApplications, ct) is { } denied) return denied;
        if (!await LoadTableAsync(ct) || !ReadMap()) return Page();
        var results = await recorder.CheckAsync(Office.Id, Items(), ct);
        Report(results);
        return Page();
    }

    /// <summary>Step 3: the same rows recorded, all in one save, or none when anything is wrong now.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.RecordApplications, ct) is { } denied) return denied;
        if (!await LoadTableAsync(ct) || !ReadMap()) return Page();
        var results = await recorder.RecordAsync(Office.Id, Items(), allOrNothing: true, ct);
        Report(results);
        if (Problems.Count > 0)
        {
            ModelState.AddModelError("", Ui.T("ফাইলের কিছু সারিতে ভুল আছে, তাই কোনো সারিই লিপিবদ্ধ হয়নি।", "Some rows of the file have mistakes, so no row was recorded."));
            return Page();
        }
        staging.Delete(Office.Id, Staged);
        await RememberMappingAsync(ct);
        var created = results.Count(r => r.Kind == ItemResultKind.Created);
        var closed = results.Count(r => r.Kind == ItemResultKind.Closed);
        TempData["Done"] = Ui.T(
            $"ফাইল থেকে {Ui.N(created)}টি নতুন আবেদন লিপিবদ্ধ হয়েছে, {Ui.N(closed)}টির নিষ্পত্তি লিপিবদ্ধ হয়েছে; {Ui.N(results.Count - created - closed)}টি আগেই ছিল।",
            $"From the file, {created} new applications were recorded and {closed} were closed; {results.Count - created - closed} were already there.");
        return Redirect(Links.Applications.Register(Office.Code));
    }

    /// <summary>The mapping of a file just recorded, kept for the office's next file (one row per office).</summary>
    private async Task RememberMappingAsync(CancellationToken ct)
    {
        var mapping = await Db.Set<UploadMapping>().FirstOrDefaultAsync(m => m.OfficeId == Office.Id, ct);
        if (mapping is null) Db.Add(mapping = new UploadMapping { OfficeId = Office.Id });
        mapping.Remember(Table!.Header, Columns, Columns.ContainsKey(RegisterField.Channel) ? null : DefaultChannel, time.GetUtcNow());
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another upload of the office saved its mapping at the same moment: either one will do next time.
            Db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> LoadTableAsync(CancellationToken ct)
    {
        var bytes = await staging.ReadAsync(Office.Id, Staged, ct);
        if (bytes is null)
        {
            ModelState.AddModelError(nameof(Upload), Ui.T("আপলোড করা ফাইলটি আর নেই (এক দিন পর মুছে যায়, বা আগেই লিপিবদ্ধ হয়েছে); ফাইলটি আবার আপলোড করুন।",
                "The uploaded file is no longer here (it is removed after a day, or was already recorded); upload the file again."));
            Staged = null;
            return false;
        }
        try
        {
            Table = RegisterFile.Read(bytes, FileName ?? "");
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(nameof(Upload), e);
            Staged = null;
            return false;
        }
    }

    /// <summary>The posted mapping: each field to one column at most, no column twice, the three fields every row needs.</summary>
    private bool ReadMap()
    {
        Columns = [];
        var used = new Dictionary<int, RegisterField>();
        foreach (var f in Enum.GetValues<RegisterField>())
        {
            if (!Map.TryGetValue(f.ToString(), out var text) || !int.TryParse(text, out var column) || column < 0 || column >= Table!.Header.Count) continue;
            if (used.TryGetValue(column, out var other))
            {
                ModelState.AddModelError(Key(f), Ui.T($"এই কলাম আগেই «{FieldName(other)}»-এর জন্য বাছাই করা হয়েছে।", $"This column is already chosen for “{FieldName(other)}”."));
                continue;
            }
            used[column] = f;
            Columns[f] = column;
        }
        foreach (var f in Required.Where(f => !Columns.ContainsKey(f)))
            ModelState.AddModelError(Key(f), Ui.T("কোন কলামে এটি আছে বাছাই করুন; প্রতিটি আবেদনের জন্য এটি লাগে।", "Choose the column that holds it; every application needs it."));
        if (!Columns.ContainsKey(RegisterField.Channel) && !ApplicationNames.TryParseChannel(DefaultChannel, out _))
            ModelState.AddModelError(nameof(DefaultChannel), Ui.T("মাধ্যম বাছাই করুন।", "Choose the channel."));
        return ModelState.ErrorCount == 0;
    }

    private List<ApplicationItem> Items() => Table!.Rows.Select(r =>
    {
        var item = RegisterFile.Item(r, Columns);
        return Columns.ContainsKey(RegisterField.Channel) ? item : item with { Channel = DefaultChannel };
    }).ToList();

    private void Report(List<ItemResult> results)
    {
        Checked = true;
        New = results.Count(r => r.Kind == ItemResultKind.Created);
        Unchanged = results.Count(r => r.Kind == ItemResultKind.Unchanged);
        Closing = results.Count(r => r.Kind == ItemResultKind.Closed);
        Problems = results.Where(r => !r.Ok).SelectMany(r => r.Errors.Select(e =>
            new RowProblem(Table!.Rows[r.Index].Row, r.Reference, r.Kind, RegisterModel.ApiFieldName(e.Field), e.Message(Ui.Bn)))).ToList();
    }

    public static string Key(RegisterField f) => $"Map[{f}]";

    public static string FieldName(RegisterField f) => RegisterModel.ApiFieldName(RegisterFile.ApiName(f));
}
