using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>
/// The GRS ladder: per level when to contact, whom (a post of this office or its parent, or text), the address and the
/// resolution limit; "use the default ladder" puts back the national 30 / 20 / 60 working days.
/// </summary>
public sealed class GrievanceModel(AppDbContext db, OfficeAccess access, TimeProvider time) : CharterEditorPage(db, access, time)
{
    public sealed class Row
    {
        public string? WhenBn { get; set; }
        public string? WhenEn { get; set; }
        public int? WhomPostId { get; set; }
        public string? WhomBn { get; set; }
        public string? WhomEn { get; set; }
        public string? AddressBn { get; set; }
        public string? AddressEn { get; set; }
        public string? Limit { get; set; }

        public bool IsBlank => WhomPostId is null && new[] { WhenBn, WhenEn, WhomBn, WhomEn, AddressBn, AddressEn, Limit }.All(string.IsNullOrWhiteSpace);
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    /// <summary>Posts of this office and of its parent (where the appeal officer usually sits).</summary>
    public List<PostContact> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        Rows = FromVersion();
        Rows.Add(new Row());
        Revision = Version!.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowsAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        ModelState.Clear();
        Rows = [.. Rows.Where(r => !r.IsBlank), new Row(), new Row()];
        return Page();
    }

    public async Task<IActionResult> OnPostDefaultAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (!RevisionMatches()) return Redisplay();
        Version!.UseDefaultGrievanceLadder();
        if (!await SaveAsync(ct)) return Redisplay();
        Done = "saved";
        return Redirect($"{DraftUrl}#grs-h");
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var posts = Posts.Select(p => p.PostId).ToHashSet();
        var limits = new Dictionary<int, TimeLimit?>();
        for (var n = 0; n < Rows.Count; n++)
        {
            var r = Rows[n];
            if (r.IsBlank) continue;
            var k = $"Rows[{n}]";
            ModelState.Check($"{k}.WhenBn", () => CharterText.Required(r.WhenBn, "When to contact (Bengali)", "কখন যোগাযোগ করবেন (বাংলা)"));
            ModelState.Check($"{k}.WhenEn", () => CharterText.Optional(r.WhenEn, "When to contact (English)", "কখন যোগাযোগ করবেন (ইংরেজি)"));
            ModelState.Check($"{k}.WhomBn", () => CharterText.Optional(r.WhomBn, "Whom to contact (Bengali)", "কার সঙ্গে যোগাযোগ করবেন (বাংলা)", CharterText.MaxNameLength));
            ModelState.Check($"{k}.WhomEn", () => CharterText.Optional(r.WhomEn, "Whom to contact (English)", "কার সঙ্গে যোগাযোগ করবেন (ইংরেজি)", CharterText.MaxNameLength));
            ModelState.Check($"{k}.AddressBn", () => CharterText.Optional(r.AddressBn, "The address (Bengali)", "যোগাযোগের ঠিকানা (বাংলা)"));
            ModelState.Check($"{k}.AddressEn", () => CharterText.Optional(r.AddressEn, "The address (English)", "যোগাযোগের ঠিকানা (ইংরেজি)"));
            if (r.WhomPostId is int p && !posts.Contains(p))
                ModelState.Check($"{k}.WhomPostId", () => throw new Domain.DomainException("Choose a post from the list.", "তালিকা থেকে একটি পদ নির্বাচন করুন।"));
            limits[n] = null;
            if (!string.IsNullOrWhiteSpace(r.Limit))
                ModelState.Check($"{k}.Limit", () => limits[n] = TimeLimit.FromText(r.Limit));
        }
        var rows = Enumerable.Range(0, Rows.Count).Where(n => !Rows[n].IsBlank).ToList();
        if (rows.Count > CharterVersion.MaxGrievanceLevels)
            ModelState.Check("Rows", () => throw new Domain.DomainException($"At most {CharterVersion.MaxGrievanceLevels} grievance levels.",
                $"সর্বোচ্চ {BengaliDigits.ToBengali(CharterVersion.MaxGrievanceLevels)}টি অভিযোগ প্রতিকারের ধাপ।"));
        if (!ModelState.IsValid || !RevisionMatches()) return Redisplay();

        var v = Version!;
        var existing = v.GrievanceLevels.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = Rows[rows[i]];
            if (i < existing)
                v.UpdateGrievanceLevel(i, r.WhenBn!, r.WhenEn, r.WhomPostId, r.WhomBn, r.WhomEn, r.AddressBn, r.AddressEn, limits[rows[i]]);
            else
                v.AddGrievanceLevel(r.WhenBn!, r.WhenEn, r.WhomPostId, r.WhomBn, r.WhomEn, r.AddressBn, r.AddressEn, limits[rows[i]]);
        }
        for (var i = existing - 1; i >= rows.Count; i--) v.RemoveGrievanceLevel(i);
        if (!await SaveAsync(ct)) return Redisplay();
        Done = "saved";
        return Redirect($"{DraftUrl}#grs-h");
    }

    public List<Row> FromVersion() => Version!.GrievanceLevels.OrderBy(g => g.Order).Select(g => new Row
    {
        WhenBn = g.WhenBn, WhenEn = g.WhenEn, WhomPostId = g.WhomPostId, WhomBn = g.WhomBn, WhomEn = g.WhomEn,
        AddressBn = g.AddressBn, AddressEn = g.AddressEn, Limit = g.ResolutionLimit?.Text,
    }).ToList();

    private PageResult Redisplay()
    {
        if (!Rows.Any(r => r.IsBlank)) Rows.Add(new Row());
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        Posts = await PostsOfAsync(Office.ParentId is int parent ? [Office.Id, parent] : [Office.Id], ct);
        return null;
    }
}
