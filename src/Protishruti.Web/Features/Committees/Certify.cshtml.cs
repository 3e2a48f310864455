using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Committees;

/// <summary>The office head certifies that the committee in force needs no change this quarter (the other kind of evidence).</summary>
[Authorize]
public sealed class CertifyModel(AppDbContext db, OfficeAccess access, CommitteeOrders orders, TimeProvider time) : OfficePage(db, access)
{
    public CommitteeKind Kind { get; private set; }
    public Committee? Committee { get; private set; }
    public DateOnly Today { get; private set; }
    public FiscalQuarter Quarter => FiscalQuarter.Of(Today);
    public List<(CommitteeMember Member, PostContact? Post)> Members { get; } = [];

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, string kind, CancellationToken ct) =>
        await LoadAsync(code, kind, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, string kind, CancellationToken ct)
    {
        if (await LoadAsync(code, kind, ct) is { } denied) return denied;
        if (Note?.Length > ReconstituteModel.MaxNoteLength)
        {
            ModelState.AddModelError(nameof(Note), Ui.T("টীকা সর্বোচ্চ ২০০০ অক্ষর।", "The note is at most 2000 characters."));
            return Page();
        }
        var by = await ReconstituteModel.ByAsync(Db, User, ct);
        // With no committee yet, the domain's own message says to constitute it first.
        if (Committee is null)
        {
            ModelState.Check("", () => new Committee(Office.Id, Kind).CertifyUnchanged(Today, by, Note));
            return Page();
        }
        try
        {
            await orders.CertifyAsync(Committee, Today, by, Note, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError("", e);
            await LoadAsync(code, kind, ct); // what is stored now: the quarter's record another request has just made
            return Page();
        }
        TempData[nameof(IndexModel.Done)] = Ui.T($"{Quarter.LabelBn}-এর জন্য কমিটি অপরিবর্তিত মর্মে প্রত্যয়িত হয়েছে।", $"Certified unchanged for {Quarter.LabelEn}.");
        return Redirect(Links.Committees.Index(Office.Code, Kind.Slug()));
    }

    private async Task<IActionResult?> LoadAsync(string code, string kind, CancellationToken ct)
    {
        if (CommitteeSlugs.Parse(kind) is not { } k) return NotFound(); // no such committee, whoever asks
        if (await LoadOfficeAsync(code, OfficeAction.CertifyCommittee, ct) is { } denied) return denied;
        var office = Office;
        (Kind, Today) = (k, time.TodayInBangladesh());
        Committee = await Db.Committees.Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.OfficeId == office.Id && c.Kind == k, ct);
        var current = Committee?.MembersOn(Today).OrderBy(m => m.Role.PrintOrder()).ThenBy(m => m.Id).ToList() ?? [];
        var contacts = await Db.PostContactsAsync(current.Select(m => m.PostId), Today, ct);
        Members.Clear();
        Members.AddRange(current.Select(m => (m, contacts.GetValueOrDefault(m.PostId))));
        return null;
    }
}
