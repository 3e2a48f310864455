using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>
/// The only way issued minutes change: edit the discussions, decisions, implementers and due dates, say what the
/// corrigendum corrects, and issue it with a new memo number — the corrected minutes are frozen as a new document.
/// </summary>
public sealed class CorrigendumModel(AppDbContext db, OfficeAccess access, MeetingParties parties, MinutesIssuing issuing, TimeProvider time)
    : MinutesPage(db, access)
{
    [BindProperty]
    public MinutesInput Input { get; set; } = new();

    /// <summary>The version the form was shown at.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public PartyCatalog Catalog { get; private set; } = null!;
    /// <summary>The form came back with another decision row and nothing is issued yet.</summary>
    public bool Unsaved { get; private set; }
    public DateOnly? DefaultDue => Meeting.IsRecordOfPast(time.TodayInBangladesh()) ? null : MinutesDocuments.DefaultDue(Meeting);

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        Catalog = await parties.ForAsync(Office, ct);
        Input = MinutesInput.From(Meeting);
        Input.Dated = FormErrors.Iso(time.TodayInBangladesh());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        Catalog = await parties.ForAsync(Office, ct);
        if (Input.AddBlankDecision())
        {
            Unsaved = true;
            return Page(); // another decision row, nothing issued
        }
        if (!FormErrors.TryParseDate(Input.Dated, out var dated))
        {
            ModelState.AddModelError("Input.Dated", T("সংশোধনীর তারিখ দিন।", "Give the date of the corrigendum."));
            return Page();
        }
        if (dated > time.TodayInBangladesh())
        {
            ModelState.AddModelError("Input.Dated", T("সংশোধনীর তারিখ ভবিষ্যতের হতে পারে না।", "A corrigendum cannot be dated in the future."));
            return Page();
        }
        try
        {
            Db.Expect(Meeting, Version, AlreadyDone.Issued);
            var doc = await issuing.IssueCorrigendumAsync(Meeting, dated, Input.Explanation ?? "", m =>
            {
                if (!Input.ApplyTo(m, Catalog, ModelState, frame: false))
                    throw new DomainException("Correct the marked fields.", "চিহ্নিত ঘরগুলো ঠিক করুন।");
            }, ct);
            Done = T($"সংশোধনী জারি হয়েছে, স্মারক নম্বর {doc.Memo.NumberBn}।", $"The corrigendum is issued under memo {doc.Memo.Number}.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field == "Text" ? "Input.Explanation" : "", e.LocalizedMessage(Ui.Bn));
            if (e is AlreadyDoneException)
            {
                // Another request issued first: the corrigenda as they are now, beside what this user typed.
                Db.ChangeTracker.Clear();
                await LoadAsync(code, id, write: true, ct);
            }
            return Page();
        }
        return Redirect(Links.Meetings.Corrigendum(Office.Code, Meeting.Id));
    }
}
