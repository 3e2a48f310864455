using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// The citizen's page of a complaint, by its tracking number, without logging in: where it is, by when it must be
/// decided (both calendars), the decision once made — and what the citizen may do next: answer a question, say whether
/// the answer resolved the problem, appeal. Never who complained.
/// </summary>
[AllowAnonymous]
public sealed class StatusModel(AppDbContext db, GrievanceHandling handling, TimeProvider time) : PageModel
{
    public Grievance? Grievance { get; private set; }
    public Office? Office { get; private set; }
    public Office? Handling { get; private set; }
    public string? Typed { get; private set; }
    public bool Unknown { get; private set; }
    public bool JustReceived { get; private set; }
    public DateOnly Today { get; private set; }
    public int Version { get; private set; }
    public Dictionary<int, Office> StepOffices { get; private set; } = [];

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int? Seen { get; set; }

    public async Task<IActionResult> OnGetAsync(string? trackingNumber, [FromQuery(Name = "n")] string? n, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (trackingNumber is null && n is not null)
        {
            if (TrackingNumber.Normalize(n) is { } number) return Redirect(Links.Grievances.Status(number));
            (Typed, Unknown) = (n, true);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (trackingNumber is null) return Page();
        if (await LoadAsync(trackingNumber, ct) is { } missing) return missing;
        JustReceived = TempData["Received"] as string == Grievance!.TrackingNumber;
        return Page();
    }

    public Task<IActionResult> OnPostAnswerAsync(string trackingNumber, CancellationToken ct) =>
        ActAsync(trackingNumber, "Text", g => handling.GiveInformationAsync(g, Seen, Text, ct),
            Ui.T("আপনার উত্তর কর্মকর্তার কাছে পৌঁছেছে।", "Your answer has reached the officer."), ct);

    public Task<IActionResult> OnPostSatisfiedAsync(string trackingNumber, CancellationToken ct) =>
        ActAsync(trackingNumber, "", g => handling.RateAsync(g, Seen, CitizenVerdict.Satisfied, ct),
            Ui.T("ধন্যবাদ, আপনার মতামত লিপিবদ্ধ হয়েছে।", "Thank you; your opinion is recorded."), ct);

    public Task<IActionResult> OnPostNotResolvedAsync(string trackingNumber, CancellationToken ct) =>
        ActAsync(trackingNumber, "", g => handling.RateAsync(g, Seen, CitizenVerdict.NotResolved, ct),
            Ui.T("লিপিবদ্ধ হয়েছে: সমস্যার সমাধান হয়নি। নিচে আপিল করতে পারেন।", "Recorded: the problem was not resolved. You may appeal below."), ct);

    public Task<IActionResult> OnPostAppealAsync(string trackingNumber, CancellationToken ct) =>
        ActAsync(trackingNumber, "Text", g => handling.AppealAsync(g, Seen, Text, ct),
            Ui.T("আপিল গৃহীত হয়েছে।", "Your appeal was received."), ct);

    private async Task<IActionResult> ActAsync(string trackingNumber, string field, Func<Grievance, Task> act, string done, CancellationToken ct)
    {
        if (TrackingNumber.Normalize(trackingNumber) is not { } number) return NotFound();
        var g = await handling.LoadByTrackingAsync(number, ct);
        if (g is null) return NotFound();
        try
        {
            await act(g);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddDomainError(e is AlreadyDoneException ? string.Empty : field, e);
            await LoadAsync(number, ct);
            return Page();
        }
        TempData["Done"] = done;
        return Redirect(Links.Grievances.Status(number));
    }

    private async Task<IActionResult?> LoadAsync(string trackingNumber, CancellationToken ct)
    {
        Typed = trackingNumber;
        Today = time.TodayInBangladesh();
        var number = TrackingNumber.Normalize(trackingNumber);
        Grievance = number is null ? null : await db.Grievances.AsNoTracking().Include(g => g.Steps).AsSplitQuery().SingleOrDefaultAsync(g => g.TrackingNumber == number, ct);
        if (Grievance is null)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var g = Grievance;
        Version = await db.VersionOfAsync<Grievance>(g.Id, ct);
        var ids = g.Steps.Select(s => s.OfficeId).Append(g.OfficeId).Append(g.HandlingOfficeId).OfType<int>().Distinct().ToList();
        StepOffices = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        Office = StepOffices[g.OfficeId];
        Handling = g.HandlingOfficeId is { } h ? StepOffices[h] : null;
        return null;
    }
}
