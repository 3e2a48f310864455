using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Import;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// Import a document (ADR 0042): a Word file, PDF, saved portal page or text file is uploaded (or text pasted), kept
/// on the server, read, and shown beside its text as a form of what was found — every field and table row editable,
/// with the reader's confidence and notes — until it is saved as the office's charter draft. No JavaScript: the
/// upload redirects to the staged file's page, corrections post back to it, the save redirects to the draft.
/// </summary>
[Authorize]
[UploadLimit]
public sealed class DocumentModel(AppDbContext db, OfficeAccess access, ImportStaging staging, SourceFiles sources, CharterFromDocument charters,
    MeetingFromDocument meetings, TimeProvider time)
    : OfficePage(db, access)
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Pasted { get; set; }
    [BindProperty(SupportsGet = true, Name = "file")] public string? Staged { get; set; }
    [BindProperty(SupportsGet = true, Name = "name")] public string? FileName { get; set; }
    [BindProperty] public List<DocumentInput> Docs { get; set; } = [];
    /// <summary>Set by the confirmation step: the user has seen that the open draft will be replaced.</summary>
    [BindProperty] public bool Replace { get; set; }

    /// <summary>The text the reader made of the file, shown beside the form.</summary>
    public string? SourceText { get; private set; }
    /// <summary>What the reader found, for the confidence and the notes beside each field.</summary>
    public List<ImportedDocument> Found { get; private set; } = [];
    public List<string> ReaderWarnings { get; private set; } = [];
    public bool CanSaveCharter { get; private set; }
    public bool CanSaveMeeting { get; private set; }
    /// <summary>The office's posts, for who signed the minutes.</summary>
    public List<(int Id, string DesignationBn, string Designation)> Posts { get; private set; } = [];
    /// <summary>The open draft a save would replace, when the page is asking to confirm it; with the document's index.</summary>
    public (int Doc, CharterVersion Draft)? Confirm { get; private set; }

    /// <summary>Read by the page the save redirects to (the charter editor's header).</summary>
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (Staged is null) return Page();
        if (await ReadStagedAsync(ct))
        {
            Docs = Found.Select(DocumentInput.From).ToList();
            // A signatory read from the document preselects the office's post of that designation.
            foreach (var d in Docs.Where(d => d.SignatoryDesignation is not null))
                d.SignatoryPostId = Posts.Where(p => d.SignatoryDesignation!.StartsWith(p.DesignationBn, StringComparison.Ordinal)).Select(p => (int?)p.Id).FirstOrDefault();
        }
        return Page();
    }

    /// <summary>Step 1: a file or pasted text, checked by its content and size, kept, then its page.</summary>
    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        Staged = null;
        Docs = [];
        try
        {
            byte[] bytes;
            string name, ext;
            if (Upload is { Length: > 0 })
            {
                if (Upload.Length > ImportFiles.MaxBytes) throw ImportFiles.TooLarge();
                using var buffer = new MemoryStream((int)Upload.Length);
                await Upload.CopyToAsync(buffer, ct);
                bytes = buffer.ToArray();
                name = Path.GetFileName(Upload.FileName ?? "document");
                ext = ImportFiles.Extension(bytes, name);
            }
            else if (!string.IsNullOrWhiteSpace(Pasted))
            {
                if (Pasted.Length > ImportFiles.MaxPastedChars)
                    throw new DomainException("The pasted text is too long; paste one document at a time.", "পেস্ট করা লেখাটি অনেক বড়; একবারে একটি নথি পেস্ট করুন।");
                bytes = System.Text.Encoding.UTF8.GetBytes(Pasted);
                name = Ui.T("পেস্ট-করা-লেখা.txt", "pasted-text.txt");
                ext = ".txt";
            }
            else throw new DomainException("Choose a file, or paste the text of the document.", "একটি ফাইল বাছাই করুন, অথবা নথির লেখাটি পেস্ট করুন।");

            var token = await staging.SaveAsync(Office.Id, bytes, ext, ct);
            Staged = token;
            if (!await ReadStagedAsync(ct))
            {
                staging.Delete(Office.Id, token);
                Staged = null;
                return Page();
            }
            return Redirect(Links.Import(Office.Code, token, name));
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(Upload is { Length: > 0 } ? nameof(Upload) : nameof(Pasted), e);
            return Page();
        }
    }

    /// <summary>Adds a row to a table of one document (<paramref name="table"/>: rows, services, levels), keeping everything typed.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(string code, int doc, string table, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (!await ReadStagedAsync(ct)) return Page();
        if (doc >= 0 && doc < Docs.Count)
        {
            switch (table)
            {
                case "rows": Docs[doc].Rows.Add(new DecisionRowInput { Serial = (Docs[doc].Rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }); break;
                case "services": Docs[doc].Services.Add(new ServiceRowInput()); break;
                case "levels": Docs[doc].Levels.Add(new GrievanceLevelInput()); break;
            }
        }
        DropRemoved();
        ModelState.Clear(); // the page shows the model as it is now, not the posted values by their old indexes
        return Page();
    }

    /// <summary>Removes the rows ticked for removal, keeping everything typed.</summary>
    public async Task<IActionResult> OnPostRemoveRowsAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (!await ReadStagedAsync(ct)) return Page();
        DropRemoved();
        ModelState.Clear();
        return Page();
    }

    /// <summary>Saves one document as the office's charter draft, through the charter import's own checks.</summary>
    public async Task<IActionResult> OnPostCharterAsync(string code, int doc, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (!await CanAsync(OfficeAction.EditCharter, ct)) return Forbid();
        if (!await ReadStagedAsync(ct)) return Page();
        if (doc < 0 || doc >= Docs.Count || !Docs[doc].IsCharter) return BadRequest();
        var input = Docs[doc];
        if (!Replace && await charters.OpenDraftAsync(Office.Id, ct) is { } open)
        {
            // Never replace a draft without asking: the same form comes back with a confirmation.
            Confirm = (doc, open);
            return Page();
        }
        var stagedPath = staging.Find(Office.Id, Staged)!;
        var outcome = await charters.SaveAsync(Office, input, $"{nameof(Docs)}[{doc}]", ct);
        if (!outcome.Result.Succeeded)
        {
            foreach (var (field, messages) in outcome.FieldErrors)
                foreach (var (en, bn) in messages) ModelState.AddModelError(field, Ui.T(bn, en));
            if (!outcome.FieldErrors.ContainsKey(""))
                ModelState.AddModelError("", Ui.T("প্রতিশ্রুতিটি সংরক্ষণ হয়নি: চিহ্নিত ঘরগুলো সংশোধন করুন।", "The charter was not saved: correct the marked fields."));
            Replace = false;
            return Page();
        }
        var draft = outcome.Result.Draft!;
        var (path, sha, length) = await sources.KeepAsync(stagedPath, ct);
        Db.SourceDocuments.Add(new SourceDocument(Office.Id, SourceDocument.CharterVersionRecord, draft.Id, ImportedDocument.Charter,
            FileName ?? Path.GetFileName(stagedPath), path, sha, length, time.GetUtcNow()));
        await Db.SaveChangesAsync(ct);
        staging.Delete(Office.Id, Staged);
        Done = "imported"; // the draft page's message (its editor header)
        return Redirect(Links.Charters.Draft(Office.Code));
    }

    /// <summary>
    /// Saves a notice, minutes, or a notice with the minutes that follow it in the file, as ONE past meeting with its
    /// documents issued under the memo numbers as printed (ADR 0043: no e-mails, no default due dates), the original
    /// file kept with the meeting. A current notice is refused with the offer of a draft meeting (<see cref="OnPostDraftAsync"/>).
    /// </summary>
    public Task<IActionResult> OnPostMeetingAsync(string code, int doc, CancellationToken ct) => SaveMeetingAsync(code, doc, draft: false, ct);

    /// <summary>A notice of a current meeting saved as a draft meeting (nothing issued), to be issued from its notice page with e-mails.</summary>
    public Task<IActionResult> OnPostDraftAsync(string code, int doc, CancellationToken ct) => SaveMeetingAsync(code, doc, draft: true, ct);

    private async Task<IActionResult> SaveMeetingAsync(string code, int doc, bool draft, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        if (!await CanAsync(OfficeAction.ManageMeetings, ct)) return Forbid();
        if (!await ReadStagedAsync(ct)) return Page();
        if (doc < 0 || doc >= Docs.Count || Docs[doc].Kind is not (ImportedDocument.Minutes or ImportedDocument.Notice)) return BadRequest();
        if (draft && Docs[doc].Kind != ImportedDocument.Notice) return BadRequest();
        var (notice, minutesAt) = PairOf(doc);
        MeetingFromDocument.Part? Part(int? i) => i is { } at ? new(Docs[at], $"{nameof(Docs)}[{at}]") : null;

        // Exactly once: the staged file is claimed before anything is written; a second click finds it gone.
        if (staging.Claim(Office.Id, Staged) is not { } claimed)
        {
            ModelState.AddModelError("", Ui.T("এই নথিটি এইমাত্র সংরক্ষিত হয়েছে (আগের একটি ক্লিকে); আবার সংরক্ষণ করা হয়নি। সভাটি দপ্তরের সভার তালিকায় দেখুন।",
                "This document has just been saved (by an earlier click); it was not saved again. See the meeting in the office's meetings."));
            return Page();
        }
        var (meeting, refused) = await meetings.SaveAsync(Office, Part(notice), Part(minutesAt), Part(doc)!,
            new MeetingFromDocument.Original(claimed, FileName ?? Path.GetFileName(claimed)["claimed-".Length..]), draft, ct);
        if (refused is not null)
        {
            staging.Release(claimed);
            ModelState.AddDomainError(refused.Field, refused.Error);
            if (refused.OfferDraft) DraftOffer = notice;
            if (refused.Field.Length > 0)
                ModelState.AddModelError("", Ui.T("সভাটি সংরক্ষণ হয়নি: চিহ্নিত ঘরটি সংশোধন করুন।", "The meeting was not saved: correct the marked field."));
            return Page();
        }
        System.IO.File.Delete(claimed);
        return Redirect(draft ? Links.Meetings.Notice(Office.Code, meeting!.Id) : Links.Meetings.Hub(Office.Code, meeting!.Id));
    }

    /// <summary>A notice and the minutes right after it in the same file are one meeting: saved together from either's button.</summary>
    private (int? Notice, int? Minutes) PairOf(int doc)
    {
        bool Is(int i, string kind) => i >= 0 && i < Docs.Count && Docs[i].Kind == kind;
        return Docs[doc].Kind == ImportedDocument.Notice
            ? (doc, Is(doc + 1, ImportedDocument.Minutes) ? doc + 1 : null)
            : (Is(doc - 1, ImportedDocument.Notice) ? doc - 1 : null, doc);
    }

    /// <summary>The notice the page offers to save as a draft meeting (a current notice was refused as a record).</summary>
    public int? DraftOffer { get; private set; }

    /// <summary>The index of the notice paired with document <paramref name="doc"/>, or of the minutes; null when it stands alone.</summary>
    public int? PartnerOf(int doc)
    {
        if (doc < 0 || doc >= Docs.Count) return null;
        var (n, m) = PairOf(doc);
        return Docs[doc].Kind == ImportedDocument.Notice ? m : Docs[doc].Kind == ImportedDocument.Minutes ? n : null;
    }

    /// <summary>The original file a charter draft or meeting was imported from.</summary>
    public async Task<IActionResult> OnGetOriginalAsync(string code, long id, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var source = await Db.SourceDocuments.FindAsync([id], ct);
        if (source is null || source.OfficeId != Office.Id || sources.OpenRead(source.StoredPath) is not { } stream) return NotFound();
        return File(stream, "application/octet-stream", source.FileName);
    }

    private Task<IActionResult?> LoadAsync(string code, CancellationToken ct) =>
        LoadOfficeAsync(code, ct, OfficeAction.EditCharter, OfficeAction.ManageMeetings);

    /// <summary>Reads the staged file; false (with the message beside the upload) when it is gone or unreadable.</summary>
    private async Task<bool> ReadStagedAsync(CancellationToken ct)
    {
        CanSaveCharter = await CanAsync(OfficeAction.EditCharter, ct);
        CanSaveMeeting = await CanAsync(OfficeAction.ManageMeetings, ct);
        Posts = (await Db.Posts.AsNoTracking().Where(p => p.OfficeId == Office.Id).OrderBy(p => p.Id).ToListAsync(ct))
            .Select(p => (p.Id, p.DesignationBn, p.Designation(Ui.Bn))).ToList();
        var path = staging.Find(Office.Id, Staged);
        if (path is null)
        {
            ModelState.AddModelError(nameof(Upload), Ui.T("আপলোড করা নথিটি আর নেই (এক দিন পর মুছে যায়, বা আগেই সংরক্ষিত হয়েছে); নথিটি আবার আপলোড করুন।",
                "The uploaded document is no longer here (it is removed after a day, or was already saved); upload it again."));
            Staged = null;
            return false;
        }
        ExtractedText extracted;
        try
        {
            extracted = Path.GetExtension(path) is ".pdf" or ".doc" or ".docx"
                ? await DocumentReader.ReadFileAsync(path, ct)
                : DocumentReader.FromBytes(await System.IO.File.ReadAllBytesAsync(path, ct), Path.GetExtension(path));
        }
        catch (FileNotFoundException)
        {
            // claimed by a save that came first (a double click): the same as gone
            ModelState.AddModelError(nameof(Upload), Ui.T("আপলোড করা নথিটি আর নেই (এক দিন পর মুছে যায়, বা আগেই সংরক্ষিত হয়েছে); নথিটি আবার আপলোড করুন।",
                "The uploaded document is no longer here (it is removed after a day, or was already saved); upload it again."));
            Staged = null;
            return false;
        }
        if (extracted.Text.Length == 0)
        {
            ModelState.AddDomainError(nameof(Upload), ImportFiles.Unreadable(extracted.Warnings));
            Staged = null;
            return false;
        }
        SourceText = extracted.Text;
        ReaderWarnings = [.. extracted.Warnings];
        Found = DocumentParser.Parse(extracted.Text).Documents;
        if (Found.Count == 0)
            ModelState.AddModelError(nameof(Upload), Ui.T("নথিতে কোনো প্রতিশ্রুতি, নোটিশ বা কার্যবিবরণী চেনা যায়নি (কার্যবিবরণী বা নোটিশ শিরোনাম, সিদ্ধান্তের সারণি বা সেবার সারণি নেই)।",
                "No charter, notice or minutes was recognised in the document (no কার্যবিবরণী or নোটিশ title, no decision table, no service table)."));
        return true;
    }

    private void DropRemoved()
    {
        foreach (var d in Docs)
        {
            d.Rows.RemoveAll(r => r.Remove);
            d.Services.RemoveAll(r => r.Remove);
            d.Levels.RemoveAll(r => r.Remove);
        }
    }

    // ---- for the view ----

    public ImportedDocument? FoundAt(int doc) => doc >= 0 && doc < Found.Count ? Found[doc] : null;

    /// <summary>"high", "low", or null (a field the reader did not fill, or a row the user added).</summary>
    public string? ConfidenceOf(int doc, string field) =>
        FoundAt(doc)?.Confidence is { } c && c.TryGetValue(field, out var v) ? v : null;

    public IEnumerable<ImportNote> NotesOf(int doc, string field) =>
        FoundAt(doc)?.Notes?.Where(n => n.Field == field) ?? [];
}
