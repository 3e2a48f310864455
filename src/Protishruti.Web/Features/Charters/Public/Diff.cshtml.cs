using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>What changed between any two published versions (?from=&amp;to=, in either order; default: the last two).</summary>
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class DiffModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Office Office { get; private set; } = null!;
    public List<PublishedVersionRow> Versions { get; private set; } = [];
    public PublishedVersionRow? Older { get; private set; }
    public PublishedVersionRow? Newer { get; private set; }
    public IReadOnlyList<CharterChange> Changes { get; private set; } = [];
    public IReadOnlyDictionary<int, PostContact> Posts { get; private set; } = new Dictionary<int, PostContact>();
    /// <summary>The reader asked for something that cannot be compared (same version twice, not a number).</summary>
    public bool BadChoice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? from, string? to, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        Office = office;
        Versions = await db.HistoryAsync(office.Id, ct);
        if (Versions.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        int a, b;
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            if (Versions.Count < 2) return Bad();
            (a, b) = (Versions[1].Number, Versions[0].Number);
        }
        else if (!BengaliDigits.TryParseInt(from, out a) || !BengaliDigits.TryParseInt(to, out b))
        {
            return Bad();
        }
        if (a == b) return Bad();
        if (a > b) (a, b) = (b, a);
        (Older, Newer) = (Versions.FirstOrDefault(v => v.Number == a), Versions.FirstOrDefault(v => v.Number == b));
        if (Older is null || Newer is null) return NotFound(); // not published (a draft) or no such version

        var older = (await db.PublishedVersionAsync(office.Id, a, ct))!;
        var newer = (await db.PublishedVersionAsync(office.Id, b, ct))!;
        Changes = CharterDiff.Between(older, newer);
        Posts = await db.PostContactsAsync(PostContacts.ReferencedPosts(older).Concat(PostContacts.ReferencedPosts(newer)), time.TodayInBangladesh(), ct);
        return Page();
    }

    private PageResult Bad()
    {
        BadChoice = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>What <c>_Changes.cshtml</c> shows; <paramref name="LinkServices"/> when the newer side is what the public sees now.</summary>
public sealed record ChangeList(IReadOnlyList<CharterChange> Changes, IReadOnlyDictionary<int, PostContact> Posts, string OfficeCode, bool LinkServices);
