using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// Adds "বিগত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা" to a draft meeting of this office (the previous
/// meeting of the same kind, with each implementing office's status); shows the item once it is there.
/// </summary>
[Authorize]
public sealed class ReviewModel(AppDbContext db, OfficeAccess access, DecisionReview review) : OfficePage(db, access)
{
    public Meeting Meeting { get; private set; } = null!;
    public Meeting? Previous { get; private set; }
    public AgendaItem? Item => Meeting.Agenda.FirstOrDefault(a => a.Title == Meeting.ReviewTitle);

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int meetingId, CancellationToken ct)
    {
        if (await LoadAsync(code, meetingId, ct) is { } refused) return refused;
        Previous = await review.PreviousAsync(Meeting, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int meetingId, CancellationToken ct)
    {
        if (await LoadAsync(code, meetingId, ct) is { } refused) return refused;
        try
        {
            if (await review.AddPreviousDecisionsAsync(Meeting, ct) is null)
                ModelState.AddModelError("", Ui.T("এই দপ্তরের একই ধরনের আগের কোনো সভার কার্যবিবরণী জারি হয়নি; পর্যালোচনার কিছু নেই।", "No earlier meeting of this kind has issued minutes; there is nothing to review."));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.LocalizedMessage(Ui.Bn));
        }
        if (!ModelState.IsValid)
        {
            Previous = await review.PreviousAsync(Meeting, ct);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("বিগত সভার সিদ্ধান্তসমূহের পর্যালোচনা আলোচ্যসূচির প্রথমে যোগ করা হয়েছে।", "The review of the previous decisions is now the first agenda item.");
        return Redirect(Links.Decisions.Review(Office.Code, Meeting.Id));
    }

    private async Task<IActionResult?> LoadAsync(string code, int meetingId, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageMeetings, ct) is { } denied) return denied;
        var office = Office;
        var meeting = await Db.Meetings.Include(m => m.Agenda).ThenInclude(a => a.Decisions)
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.OfficeId == office.Id, ct);
        if (meeting is null) return NotFound();
        Meeting = meeting;
        return null;
    }
}
