using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>
/// The attendance sheet to print: filled with who came once recorded, else blank rows under the invitees' names for
/// signatures at the door — the paper form offices pass round, which later becomes appendix ক.
/// </summary>
public sealed class SheetModel(AppDbContext db, OfficeAccess access) : MinutesPage(db, access)
{
    public Dictionary<int, string> OfficeNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: false, ct) is { } denied) return denied;
        var ids = Meeting.Attendees.Select(a => a.Who.OfficeId).OfType<int>().Distinct().ToList();
        OfficeNames = await Db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        return Page();
    }
}
