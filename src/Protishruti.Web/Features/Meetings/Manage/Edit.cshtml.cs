using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Delivery.Performance;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>
/// A meeting's notice before it is issued: details, agenda items (add, edit, move, remove) and invitees from the
/// office's hierarchy (offices, groups, posts, each with an optional label of one's own) or by name. One small form per
/// change, so it works without JavaScript; a refused change comes back with what was typed and the message beside it.
/// </summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, MeetingParties parties) : MeetingsPage(db, access)
{
    public Meeting Meeting { get; private set; } = null!;
    public PartyCatalog Catalog { get; private set; } = null!;

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [BindProperty] public string? ItemTitle { get; set; }
    [BindProperty] public string? ItemDetails { get; set; }
    [BindProperty] public string? Party { get; set; }
    [BindProperty] public string? PartyLabel { get; set; }
    [BindProperty] public string? TextLabel { get; set; }
    /// <summary>The checklist (ADR 0047): posts and offices ticked ("post:12", "office:3"), kinds whose every office's head is invited, pasted lines.</summary>
    [BindProperty] public List<string> Chosen { get; set; } = [];
    [BindProperty] public List<string> Heads { get; set; } = [];
    [BindProperty] public string? Lines { get; set; }
    public InviteChoices Choices { get; private set; } = null!;
    /// <summary>The agenda item whose form was submitted with an error, to show the typed text in it.</summary>
    public int? FailedItemId { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        Input = MeetingInput.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        ModelState.Clear();
        if (!Input.Validate(ModelState, "Input", out var date, out var at)) return Page();
        return await SaveAsync(() =>
        {
            if (Meeting.Kind != Input.Kind) Meeting.SetKind(Input.Kind!.Value);
            Meeting.SetDetails(Input.TitleOrStandard, date, at, Input.Venue, Input.OnlineLink);
            Meeting.SetSection(Input.Section);
        }, "Input", Ui.T("সভার বিবরণ সংরক্ষিত হয়েছে।", "The meeting's details are saved."), ct);
    }

    public async Task<IActionResult> OnPostAddItemAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        return await SaveAsync(() => Meeting.AddAgendaItem(ItemTitle ?? "", ItemDetails), "Item",
            Ui.T("আলোচ্য বিষয় যোগ হয়েছে।", "The agenda item is added."), ct);
    }

    /// <summary>
    /// A coordination meeting's agenda item listing the subordinate offices' services with the worst on-time rates last
    /// quarter (ADR 0039); pressed again, the same item is brought up to date rather than added twice.
    /// </summary>
    public async Task<IActionResult> OnPostAddWorstServicesAsync(string code, int id, [FromServices] WorstServices worst, [FromServices] TimeProvider time, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var today = time.TodayInBangladesh();
        var quarter = WorstServices.LastQuarter(today);
        var entries = Meeting.Kind == MeetingKind.CharterCoordination ? await worst.ForAsync(Office, quarter, today, ct) : [];
        if (entries.Count == 0)
        {
            ModelState.AddModelError("Item", Ui.T($"{quarter.LabelBn}-এ আওতাধীন দপ্তরগুলোর কোনো সেবায় গণনার মতো যথেষ্ট আবেদন লিপিবদ্ধ নেই।",
                $"No service of the subordinate offices has enough recorded applications in {quarter.LabelEn} to be ranked."));
            await ReloadAsync(ct);
            return Page();
        }
        var details = WorstServices.Details(quarter, entries);
        var existing = Meeting.Agenda.FirstOrDefault(a => a.Title == WorstServices.Title);
        return await SaveAsync(() =>
        {
            if (existing is null) Meeting.AddAgendaItem(WorstServices.Title, details);
            else Meeting.EditAgendaItem(existing, WorstServices.Title, details);
        }, "Item", Ui.T("সময়মতো হার সবচেয়ে কম এমন সেবাগুলো আলোচ্যসূচিতে আছে।", "The services with the worst on-time rates are on the agenda."), ct);
    }

    /// <summary>The services most complained about last quarter here and below (ADR 0041); pressed again, the item is brought up to date.</summary>
    public async Task<IActionResult> OnPostAddMostComplainedAsync(string code, int id, [FromServices] Grievances.MostComplained most,
        [FromServices] TimeProvider time, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var today = time.TodayInBangladesh();
        var quarter = WorstServices.LastQuarter(today);
        var entries = await most.ForAsync(Office, quarter, today, ct);
        if (entries.Count == 0)
        {
            ModelState.AddModelError("Item", Ui.T($"{quarter.LabelBn}-এ এই দপ্তর ও আওতাধীন দপ্তরগুলোতে কোনো অভিযোগ দাখিল হয়নি।",
                $"No complaint was received here or below in {quarter.LabelEn}."));
            await ReloadAsync(ct);
            return Page();
        }
        var details = Grievances.MostComplained.Details(quarter, entries);
        var existing = Meeting.Agenda.FirstOrDefault(a => a.Title == Grievances.MostComplained.Title);
        return await SaveAsync(() =>
        {
            if (existing is null) Meeting.AddAgendaItem(Grievances.MostComplained.Title, details);
            else Meeting.EditAgendaItem(existing, Grievances.MostComplained.Title, details);
        }, "Item", Ui.T("সবচেয়ে বেশি অভিযোগের সেবাগুলো আলোচ্যসূচিতে আছে।", "The services with the most complaints are on the agenda."), ct);
    }

    public async Task<IActionResult> OnPostEditItemAsync(string code, int id, int itemId, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        if (Item(itemId) is not { } item) return NotFound();
        FailedItemId = itemId;
        return await SaveAsync(() => Meeting.EditAgendaItem(item, ItemTitle ?? "", ItemDetails), $"Item{itemId}",
            Ui.T("আলোচ্য বিষয় সংরক্ষিত হয়েছে।", "The agenda item is saved."), ct);
    }

    public async Task<IActionResult> OnPostMoveItemAsync(string code, int id, int itemId, int offset, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        if (Item(itemId) is not { } item) return NotFound();
        return await SaveAsync(() => Meeting.MoveAgendaItem(item, Math.Sign(offset)), "", Ui.T("আলোচ্যসূচির ক্রম বদলেছে।", "The agenda order is changed."), ct);
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(string code, int id, int itemId, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        if (Item(itemId) is not { } item) return NotFound();
        return await SaveAsync(() => Meeting.RemoveAgendaItem(item), "", Ui.T("আলোচ্য বিষয় মুছে ফেলা হয়েছে।", "The agenda item is removed."), ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        return await SaveAsync(() => Meeting.Invite(Choices.Find(Party)?.ToParty(PartyLabel) ?? Catalog.Parse(Party, PartyLabel)), "Party",
            Ui.T("আমন্ত্রিত যোগ হয়েছে।", "The invitee is added."), ct);
    }

    public async Task<IActionResult> OnPostInviteTextAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        return await SaveAsync(() => Meeting.Invite(Domain.Meetings.Party.Text(TextLabel ?? "")), "TextLabel",
            Ui.T("আমন্ত্রিত যোগ হয়েছে।", "The invitee is added."), ct);
    }

    /// <summary>
    /// Many invitees in one post (ADR 0047): the ticked posts and offices, the head of every office of the ticked kinds,
    /// and pasted lines — each matched exactly to a post or office, else kept by name (free text). Already invited ones
    /// are skipped. Nothing is saved when anything is refused; the form comes back as it was filled.
    /// </summary>
    public async Task<IActionResult> OnPostInviteManyAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var wanted = new List<Party>();
        foreach (var key in Chosen.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal))
        {
            if (Choices.Find(key) is { } c) wanted.Add(c.ToParty());
            else ModelState.AddModelError(nameof(Chosen), Ui.T($"এই দপ্তর বা পদ {Office.NameBn}-এর দপ্তর কাঠামোর মধ্যে নেই; তালিকা থেকে বেছে নিন।",
                $"That office or post is not in {Office.NameEn}'s hierarchy; choose from the list."));
        }
        foreach (var kind in Heads.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal))
        {
            if (Choices.HeadsOf(kind) is { } h) wanted.AddRange(h.Heads.Select(c => c.ToParty()));
            else ModelState.AddModelError(nameof(Heads), Ui.T("এই ধরনের কোনো দপ্তর এই দপ্তরের আওতায় নেই।", "No office of that kind is under this office."));
        }
        var unmatched = new List<string>();
        var lineNo = 0;
        foreach (var raw in (Lines ?? "").Replace("\r", "").Split('\n'))
        {
            lineNo++;
            var line = DistributionLine.StripSerial(TypedText.Trim(raw));
            if (line.Length == 0) continue;
            if (Choices.Match(line) is { } c)
            {
                wanted.Add(c.ToParty());
                continue;
            }
            try
            {
                wanted.Add(Domain.Meetings.Party.Text(line));
                unmatched.Add(line);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(Lines), Ui.T($"লাইন {Ui.N(lineNo)}: {e.MessageBn}", $"Line {lineNo}: {e.Message}"));
            }
        }
        if (ModelState.ErrorCount == 0 && wanted.Count == 0)
            ModelState.AddModelError(nameof(Chosen), Ui.T("অন্তত একটি পদ বা দপ্তরে টিক দিন, অথবা তালিকা পেস্ট করুন।", "Tick at least one post or office, or paste a list."));
        if (ModelState.ErrorCount > 0)
        {
            await ReloadAsync(ct);
            return Page();
        }

        var invited = Meeting.Invitees.Select(PartyCatalog.KeyOf).ToHashSet(StringComparer.Ordinal);
        var fresh = wanted.Where(p => invited.Add(PartyCatalog.KeyOf(p))).ToList();
        return await SaveAsync(() => { foreach (var p in fresh) Meeting.Invite(p); }, nameof(Chosen),
            InvitedMessage(fresh.Count, wanted.Count - fresh.Count, unmatched), ct);
    }

    private static string InvitedMessage(int added, int skipped, List<string> byName)
    {
        var bn = $"{Ui.N(added)} জন আমন্ত্রিত যোগ হয়েছে।";
        var en = $"{added} invitee(s) added.";
        if (skipped > 0) { bn += $" {Ui.N(skipped)} জন আগেই আমন্ত্রিত ছিলেন।"; en += $" {skipped} already invited."; }
        if (byName.Count > 0)
        {
            var names = string.Join("; ", byName);
            bn += $" কোনো পদের সঙ্গে মেলেনি, তাই নাম লিখে যোগ হয়েছে (ই-মেইল যাবে না): {names}";
            en += $" Matched no post, so added by name (no e-mail): {names}";
        }
        return Ui.T(bn, en);
    }

    public async Task<IActionResult> OnPostInviteDefaultsAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        var defaults = await MeetingInput.DefaultInviteesAsync(Db, Catalog, Meeting.Kind, ct);
        return await SaveAsync(() => { foreach (var p in defaults) Meeting.Invite(p); }, "Party",
            Ui.T("প্রচলিত আমন্ত্রিতরা যোগ হয়েছে।", "The usual invitees are added."), ct);
    }

    public async Task<IActionResult> OnPostUninviteAsync(string code, int id, int index, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } denied) return denied;
        if (index < 0 || index >= Meeting.Invitees.Count) return NotFound();
        var who = Meeting.Invitees[index];
        return await SaveAsync(() => Meeting.Uninvite(who), "", Ui.T("আমন্ত্রিত বাদ দেওয়া হয়েছে।", "The invitee is removed."), ct);
    }

    private AgendaItem? Item(int itemId) => Meeting.Agenda.FirstOrDefault(a => a.Id == itemId);

    private async Task<IActionResult> SaveAsync(Action change, string errorKey, string done, CancellationToken ct)
    {
        try
        {
            change();
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(errorKey, e);
            await ReloadAsync(ct);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = done;
        return Redirect(Links.Meetings.Edit(Office.Code, Meeting.Id));
    }

    /// <summary>After a refused change the page shows the meeting as stored, not half-changed.</summary>
    private async Task ReloadAsync(CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        Meeting = (await FindMeetingAsync(Meeting.Id, tracked: false, ct))!;
        if (string.IsNullOrEmpty(Input.Date)) Input = MeetingInput.From(Meeting);
    }

    private async Task<IActionResult?> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct: true, ct) is { } denied) return denied;
        if (await FindMeetingAsync(id, tracked: true, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        Catalog = await parties.ForAsync(Office, ct);
        Choices = await InviteChoices.ForAsync(Db, Catalog, ct);
        return null;
    }
}
