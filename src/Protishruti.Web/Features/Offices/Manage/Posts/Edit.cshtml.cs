using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Offices.Manage.Posts;

/// <summary>One post: its details, who has held it, and the two changes of holder (a new holder joins; the post falls vacant).</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public Post Post { get; private set; } = null!;
    public Incumbency? Holder { get; private set; }

    [BindProperty]
    public PostInput Input { get; set; } = new();

    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    [BindProperty]
    public VacateInput Vacate { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public sealed class AssignInput
    {
        public string? NameBn { get; set; }
        public string? NameEn { get; set; }
        public string? Mobile { get; set; }
        public string? Email { get; set; }
        public string? From { get; set; }
        /// <summary>The last day of a past term (ADR 0043); empty for a holder who joins now.</summary>
        public string? To { get; set; }
    }

    public sealed class VacateInput
    {
        public string? LastDay { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        Input = PostInput.From(Post);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        if (!Input.Validate(ModelState, "Input", out var sort)) return Page();
        Post.SetDesignation(Input.DesignationBn!, Input.DesignationEn);
        Post.SetDetails(Input.UnitBn, Input.UnitEn, Input.Room, Input.Phone, Input.Email, sort);
        if (Input.IsHead && !Post.IsHead) await PostInput.MakeHeadAsync(Db, Post, ct);
        else if (!Input.IsHead && Post.IsHead) Post.ClearHead();
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("পরিবর্তন সংরক্ষিত হয়েছে।", "Your changes were saved.");
        return Redirect(Links.Manage.Post(Office.Code, Post.Id));
    }

    public async Task<IActionResult> OnPostAssignAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        Input = PostInput.From(Post);
        var a = Assign;
        if (!FormErrors.TryParseDate(a.From, out var from))
            ModelState.AddModelError("Assign.From", Ui.T("তারিখ সঠিক নয়; ২০২৬-০৭-০১ আকারে লিখুন।", "That is not a date; write it like 2026-07-01."));
        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(a.To))
        {
            if (FormErrors.TryParseDate(a.To, out var last)) to = last;
            else ModelState.AddModelError("Assign.To", Ui.T("তারিখ সঠিক নয়; ২০২৬-০৭-০১ আকারে লিখুন।", "That is not a date; write it like 2026-07-01."));
        }
        var probe = new Person("-", "-");
        ModelState.Check("Assign.NameBn", () => probe.Rename(a.NameBn!, "-"));
        ModelState.Check("Assign.NameEn", () => probe.Rename("-", a.NameEn));
        ModelState.Check("Assign.Mobile", () => probe.SetContacts(a.Mobile, null));
        ModelState.Check("Assign.Email", () => probe.SetContacts(null, a.Email));
        if (!ModelState.IsValid) return Page();

        var person = new Person(a.NameBn!, a.NameEn);
        person.SetContacts(a.Mobile, a.Email);
        try
        {
            // a past term is recorded as it was, beside later holders; a holder joining now ends the current term
            if (to is { } end) Post.RecordHolder(person, from, end);
            else Post.AssignHolder(person, from);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field == "To" ? "Assign.To" : "Assign.From", e);
            return Page();
        }
        Db.AuditOfficeId = Office.Id; // a person has no office of its own; the log shows it under this one
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("নতুন পদধারী লিপিবদ্ধ হয়েছে।", "The new holder was recorded.");
        return Redirect(Links.Manage.Post(Office.Code, Post.Id));
    }

    public async Task<IActionResult> OnPostVacateAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        Input = PostInput.From(Post);
        var open = Post.Incumbencies.Where(i => i.To is null).OrderByDescending(i => i.From).FirstOrDefault();
        if (!FormErrors.TryParseDate(Vacate.LastDay, out var lastDay))
            ModelState.AddModelError("Vacate.LastDay", Ui.T("তারিখ সঠিক নয়; ২০২৬-০৭-০১ আকারে লিখুন।", "That is not a date; write it like 2026-07-01."));
        else if (open is null)
            ModelState.AddModelError("Vacate.LastDay", Ui.T("এই পদে বর্তমানে কোনো পদধারী নেই।", "This post has no current holder."));
        else if (lastDay < open.From)
            ModelState.AddModelError("Vacate.LastDay", Ui.T($"শেষ কর্মদিবস যোগদানের তারিখ ({Ui.Date(open.From)}) এর আগে হতে পারে না।", $"The last day cannot be before the joining date ({Ui.Date(open.From)})."));
        if (!ModelState.IsValid) return Page();

        Post.Vacate(lastDay);
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("পদটি শূন্য হিসেবে লিপিবদ্ধ হয়েছে।", "The post was recorded as vacant.");
        return Redirect(Links.Manage.Post(Office.Code, Post.Id));
    }

    private async Task<IActionResult?> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        var office = Office;
        var post = await Db.Posts.Include(p => p.Incumbencies).ThenInclude(i => i.Person)
            .FirstOrDefaultAsync(p => p.Id == id && p.OfficeId == office.Id, ct);
        if (post is null) return NotFound();
        Post = post;
        var today = time.TodayInBangladesh();
        Holder = post.HolderOn(today);
        // The forms not being submitted start from today; the one being submitted keeps what was typed.
        if (!Posted("Assign.From")) Assign.From = FormErrors.Iso(today);
        if (!Posted("Vacate.LastDay")) Vacate.LastDay = FormErrors.Iso(today);
        return null;
    }

    private bool Posted(string key) => Request.HasFormContentType && Request.Form.ContainsKey(key);
}
