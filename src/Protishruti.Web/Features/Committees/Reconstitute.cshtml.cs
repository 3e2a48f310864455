using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Committees;

public sealed class SeatInput
{
    public int? PostId { get; set; }
    public CommitteeRole? Role { get; set; }

    public bool IsBlank => PostId is null && Role is null;
}

public sealed class ReconstituteInput
{
    public List<SeatInput> Seats { get; set; } = [];
    public string? EffectiveFrom { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// Reconstitutes (or first constitutes) a committee: the seats (post + role), the date it takes effect and a note;
/// on submit Protishruti issues the office order with the next memo number and records the quarter. Rows are added
/// without JavaScript ("add rows" posts the form back).
/// </summary>
[Authorize]
public sealed class ReconstituteModel(AppDbContext db, OfficeAccess access, MeetingParties parties, CommitteeOrders orders,
    MemoNumbers memos, TimeProvider time) : OfficePage(db, access)
{
    public const int RowsPerAdd = 3;
    public const int MaxNoteLength = 2000;
    public CommitteeKind Kind { get; private set; }
    public PartyCatalog Catalog { get; private set; } = null!;
    public string? NextMemo { get; private set; }
    public string? NoMemoFile { get; private set; }
    /// <summary>This quarter already has its record: the form starts from the next quarter, and says so.</summary>
    public bool QuarterDone { get; private set; }
    /// <summary>Today's holder of each post offered, so officers pick people they know by post.</summary>
    public Dictionary<int, PostContact> Holders { get; private set; } = [];

    [BindProperty]
    public ReconstituteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, string kind, CancellationToken ct)
    {
        if (await LoadAsync(code, kind, ct) is { } denied) return denied;
        var today = time.TodayInBangladesh();
        var committee = await Db.Committees.AsNoTracking().Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.OfficeId == Office.Id && c.Kind == Kind, ct);
        var quarter = Domain.Calendar.FiscalQuarter.Of(today);
        QuarterDone = committee?.RecordFor(quarter) is not null;
        var current = committee?.MembersOn(today).ToList() ?? [];
        Input.Seats = current.Count > 0
            ? current.OrderBy(m => m.Role.PrintOrder()).ThenBy(m => m.Id).Select(m => new SeatInput { PostId = m.PostId, Role = m.Role }).ToList()
            : [.. new[] { CommitteeRole.Convener, CommitteeRole.FocalPoint, CommitteeRole.AlternateFocalPoint, CommitteeRole.Member, CommitteeRole.MemberSecretary }
                .Select(r => new SeatInput { Role = r })];
        AddSpareRows();
        Input.EffectiveFrom = FormErrors.Iso(QuarterDone ? quarter.End.AddDays(1) : today);
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowsAsync(string code, string kind, CancellationToken ct)
    {
        if (await LoadAsync(code, kind, ct) is { } denied) return denied;
        ModelState.Clear();
        AddSpareRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string kind, CancellationToken ct)
    {
        if (await LoadAsync(code, kind, ct) is { } denied) return denied;
        var seats = new List<Seat>();
        for (var i = 0; i < Input.Seats.Count; i++)
        {
            var s = Input.Seats[i];
            if (s.IsBlank) continue;
            if (s.PostId is not int postId)
                ModelState.AddModelError($"Input.Seats[{i}].PostId", Ui.T("এই ভূমিকার জন্য একটি পদ বাছাই করুন।", "Choose a post for this role."));
            else if (Catalog.Find($"post:{postId}") is null)
                ModelState.AddModelError($"Input.Seats[{i}].PostId", Ui.T("পদটি এই দপ্তর বা এর সরাসরি অধীন দপ্তরের নয়; তালিকা থেকে বাছাই করুন।", "That post is not of this office or one directly under it; choose from the list."));
            if (s.Role is not CommitteeRole role || !Enum.IsDefined(role))
                ModelState.AddModelError($"Input.Seats[{i}].Role", Ui.T("এই পদের কমিটিতে ভূমিকা বাছাই করুন।", "Choose this post's role on the committee."));
            if (s.PostId is int p && s.Role is CommitteeRole r && Enum.IsDefined(r)) seats.Add(new Seat(p, r));
        }
        if (!FormErrors.TryParseDate(Input.EffectiveFrom, out var effectiveFrom))
            ModelState.AddModelError("Input.EffectiveFrom", Ui.T("কার্যকর হওয়ার তারিখ দিন (যেমন ২০২৫-০১-০১)।", "Give the date it takes effect (e.g. 2025-01-01)."));
        if (Input.Note?.Length > MaxNoteLength)
            ModelState.AddModelError("Input.Note", Ui.T($"টীকা সর্বোচ্চ {Ui.N(MaxNoteLength)} অক্ষর।", $"The note is at most {MaxNoteLength} characters."));
        if (!ModelState.IsValid) return Page();

        try
        {
            var document = await orders.ReconstituteAsync(Office, Catalog, Kind, seats, effectiveFrom, await ByAsync(Db, User, ct), Input.Note,
                time.TodayInBangladesh(), ct);
            TempData[nameof(IndexModel.Done)] = Ui.T($"অফিস আদেশ জারি হয়েছে (স্মারক নম্বর {document.Memo.NumberBn}); কমিটি পুনর্গঠিত।",
                $"Office order issued (memo {document.Memo.Number}); the committee is reconstituted.");
            return Redirect(Links.Committees.Index(Office.Code, Kind.Slug()));
        }
        catch (DomainException e)
        {
            var key = e.Field switch
            {
                "Seats" => "Input.Seats",
                "EffectiveFrom" => "Input.EffectiveFrom",
                _ => "",
            };
            ModelState.AddDomainError(key, e); // the number was given back: the preview still shows the one the next try takes
            return Page();
        }
    }

    /// <summary>"Name (user)" of the signed-in user, kept on the quarter record as who acted.</summary>
    public static async Task<string> ByAsync(AppDbContext Db, ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var display = await Db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var name = user.Identity?.Name ?? "?";
        return string.IsNullOrWhiteSpace(display) ? name : $"{display} ({name})";
    }

    private void AddSpareRows()
    {
        for (var i = 0; i < RowsPerAdd; i++) Input.Seats.Add(new SeatInput());
    }


    private async Task PreviewAsync(CancellationToken ct)
    {
        var next = await memos.PreviewAsync(Office.Id, Domain.Memos.MemoDocumentKind.OfficeOrder, ct);
        NextMemo = next?.ToString();
        NoMemoFile = next is null ? new MemoFileMissingException(Office.Code).LocalizedMessage(Ui.Bn) : null;
    }

    private async Task<IActionResult?> LoadAsync(string code, string kind, CancellationToken ct)
    {
        if (CommitteeSlugs.Parse(kind) is not { } k) return NotFound(); // no such committee, whoever asks
        if (await LoadOfficeAsync(code, OfficeAction.ManageMeetings, ct) is { } denied) return denied;
        var office = Office;
        Kind = k;
        Catalog = await parties.ForAsync(office, ct);
        Holders = await Db.PostContactsAsync(Catalog.Posts.Select(p => int.Parse(p.Key[5..], System.Globalization.CultureInfo.InvariantCulture)), time.TodayInBangladesh(), ct);
        await PreviewAsync(ct);
        return null;
    }
}
