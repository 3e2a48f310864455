using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Meetings.Public;

/// <summary>One meeting's published minutes: header, attendance, decisions with each implementing office's status, corrigenda, files.</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public Office Office { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public Dictionary<int, (string Code, string NameBn, string NameEn)> Offices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        var meeting = await db.Whole().AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == id && m.OfficeId == office.Id && m.MinutesState == MinutesState.Issued, ct);
        if (meeting is null) return NotFound();
        Office = office;
        Meeting = meeting;
        Offices = await PublicMeetings.OfficesAsync(db, meeting.Decisions.SelectMany(d => d.Progress).Select(p => p.OfficeId), ct);
        return Page();
    }

    public string OfficeName(int id) => Offices.TryGetValue(id, out var o) ? (Infrastructure.Localization.Ui.Bn || string.IsNullOrWhiteSpace(o.NameEn) ? o.NameBn : o.NameEn) : "";
}
