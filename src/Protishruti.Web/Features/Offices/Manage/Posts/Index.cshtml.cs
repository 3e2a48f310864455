using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Offices.Manage.Posts;

/// <summary>An office's posts with who holds each today, and a form to add one.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, TimeProvider time) : OfficePage(db, access)
{
    public List<(Post Post, Incumbency? Holder)> Posts { get; } = [];

    [BindProperty]
    public PostInput Input { get; set; } = new();

    [TempData]
    public string? Added { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (!Input.Validate(ModelState, "Input", out var sort)) return Page();

        var post = new Post(Office, Input.DesignationBn!, Input.DesignationEn);
        post.SetDetails(Input.UnitBn, Input.UnitEn, Input.Room, Input.Phone, Input.Email, sort);
        Db.Posts.Add(post);
        if (Input.IsHead) await PostInput.MakeHeadAsync(Db, post, ct);
        await Db.SaveChangesAsync(ct);
        Added = post.Designation(Ui.Bn);
        return RedirectToPage(new { code = Office.Code });
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        var office = Office;
        var today = time.TodayInBangladesh();
        var posts = await Db.Posts.AsNoTracking().Where(p => p.OfficeId == office.Id)
            .Include(p => p.Incumbencies).ThenInclude(i => i.Person)
            .OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .AsSplitQuery().ToListAsync(ct);
        foreach (var p in posts) Posts.Add((p, p.HolderOn(today)));
        return null;
    }
}

/// <summary>A post's fields as typed; used by the add form here and the edit form.</summary>
public sealed class PostInput
{
    public string? DesignationBn { get; set; }
    public string? DesignationEn { get; set; }
    public string? UnitBn { get; set; }
    public string? UnitEn { get; set; }
    public string? Room { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    // Text, not int: people type Bengali digits, and a number input would refuse them.
    public string? SortOrder { get; set; }
    /// <summary>The office head's post (ADR 0043); checking it here moves the flag from the office's other post.</summary>
    public bool IsHead { get; set; }

    /// <summary>Moves the office's head flag to <paramref name="post"/> (tracked); the change of each post is audited.</summary>
    public static async Task MakeHeadAsync(AppDbContext db, Post post, CancellationToken ct)
    {
        var others = await db.Posts.Where(p => p.OfficeId == post.OfficeId && p.IsHead).ToListAsync(ct);
        Post.MakeHead(post, others);
    }

    public static PostInput From(Post p) => new()
    {
        DesignationBn = p.DesignationBn,
        DesignationEn = p.DesignationEn,
        UnitBn = p.UnitBn,
        UnitEn = p.UnitEn,
        Room = p.Room,
        Phone = p.Phone,
        Email = p.Email,
        SortOrder = Ui.N(p.SortOrder),
        IsHead = p.IsHead,
    };

    /// <summary>Checks every field against the post's rules (on a scratch post) and puts each message beside its field.</summary>
    public bool Validate(ModelStateDictionary state, string prefix,
        out int sort)
    {
        sort = 0;
        if (!string.IsNullOrWhiteSpace(SortOrder) && !BengaliDigits.TryParseInt(SortOrder, out sort))
            state.AddModelError($"{prefix}.SortOrder", Ui.T("একটি পূর্ণসংখ্যা লিখুন (যেমন ১০)।", "Enter a whole number (for example 10)."));
        var probe = new Post(new Office("probe", "-", "-", OfficeKind.Other), "-", "-");
        state.Check($"{prefix}.DesignationBn", () => probe.SetDesignation(DesignationBn!, "-"));
        state.Check($"{prefix}.DesignationEn", () => probe.SetDesignation("-", DesignationEn));
        foreach (var (field, value, max) in new[] { ("UnitBn", UnitBn, 200), ("UnitEn", UnitEn, 200), ("Room", Room, 50), ("Phone", Phone, 50), ("Email", Email, 200) })
            if ((value?.Trim().Length ?? 0) > max) state.AddModelError($"{prefix}.{field}", Ui.T($"{Ui.N(max)} অক্ষরের বেশি লেখা যাবে না।", $"Must not be longer than {Ui.N(max)} characters."));
        if ((Email?.Trim().Length ?? 0) <= 200)
            state.Check($"{prefix}.Email", () => probe.SetDetails(null, null, null, null, Email, 0));
        return state.IsValid;
    }
}
