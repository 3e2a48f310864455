using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>"What we expect from you": the ordered list as rows, blank rows ignored, "add rows" without JavaScript.</summary>
public sealed class ExpectationsModel(AppDbContext db, OfficeAccess access, TimeProvider time) : CharterEditorPage(db, access, time)
{
    public sealed class Row
    {
        public string? TextBn { get; set; }
        public string? TextEn { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(TextBn) && string.IsNullOrWhiteSpace(TextEn);
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        Rows = Version!.Expectations.OrderBy(e => e.Order).Select(e => new Row { TextBn = e.TextBn, TextEn = e.TextEn }).ToList();
        Spare(3);
        Revision = Version.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowsAsync(string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        ModelState.Clear();
        Spare(3);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        for (var n = 0; n < Rows.Count; n++)
        {
            var r = Rows[n];
            if (r.IsBlank) continue;
            ModelState.Check($"Rows[{n}].TextBn", () => CharterText.Required(r.TextBn, "The expectation (Bengali)", "প্রত্যাশা (বাংলা)"));
            ModelState.Check($"Rows[{n}].TextEn", () => CharterText.Optional(r.TextEn, "The expectation (English)", "প্রত্যাশা (ইংরেজি)"));
        }
        var rows = Rows.Where(r => !r.IsBlank).ToList();
        if (rows.Count > CharterVersion.MaxExpectations)
            ModelState.Check("Rows", () => throw new Domain.DomainException($"At most {CharterVersion.MaxExpectations} expectations.",
                $"সর্বোচ্চ {Domain.Calendar.BengaliDigits.ToBengali(CharterVersion.MaxExpectations)}টি প্রত্যাশা।"));
        if (!ModelState.IsValid || !RevisionMatches()) return Redisplay();

        var v = Version!;
        var existing = v.Expectations.OrderBy(e => e.Order).ToList();
        for (var n = 0; n < rows.Count; n++)
        {
            if (n < existing.Count)
            {
                if (existing[n].TextBn != CharterText.Clean(rows[n].TextBn) || existing[n].TextEn != CharterText.Optional(rows[n].TextEn, "", "", int.MaxValue))
                    v.UpdateExpectation(n, rows[n].TextBn!, rows[n].TextEn);
            }
            else
            {
                v.AddExpectation(rows[n].TextBn!, rows[n].TextEn);
            }
        }
        for (var n = existing.Count - 1; n >= rows.Count; n--) v.RemoveExpectation(n);
        if (!await SaveAsync(ct)) return Redisplay();
        Done = "saved";
        return Redirect($"{DraftUrl}#expect-h");
    }

    /// <summary>Shows the rows as posted (errors are keyed by row index), with a blank row at the end if there is none.</summary>
    private PageResult Redisplay()
    {
        if (!Rows.Any(r => r.IsBlank)) Rows.Add(new Row());
        return Page();
    }

    private void Spare(int count)
    {
        Rows = [.. Rows.Where(r => !r.IsBlank), .. Enumerable.Range(0, Math.Max(count, Rows.Count == 0 ? 3 : 0)).Select(_ => new Row())];
    }
}
