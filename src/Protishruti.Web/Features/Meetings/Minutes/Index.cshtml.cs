using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>
/// The minutes editor: chair, opening and closing paragraphs, signatory; per agenda item the discussion and its
/// decisions with implementers from the hierarchy and an optional due date; items raised at the meeting. Saved as a
/// draft any time; "issue" saves, then issues with a memo number (<see cref="MinutesIssuing"/>). Read-only after.
/// </summary>
public sealed class IndexModel(AppDbContext db, OfficeAccess access, MeetingParties parties, MinutesIssuing issuing, IssuedDocuments issued,
    MinutesDocuments documents, TimeProvider time, MemoNumbers memos, Protishruti.Web.Documents.DocumentHtml html, Protishruti.Web.Documents.IPdfRenderer pdf) : MinutesPage(db, access)
{
    /// <summary>The minutes as they would be issued now, marked "খসড়া / DRAFT" on every page; no memo number is taken (ADR 0035).</summary>
    public async Task<IActionResult> OnGetPreviewAsync(string code, int id, string? format, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: false, ct) is { } denied) return denied;
        var catalog = await parties.ForAsync(Office, ct);
        var model = MinutesDocuments.Build(Meeting, await documents.FactsAsync(Meeting, catalog.OfficesOf, ct, DefaultDated()), new Protishruti.Web.Documents.MemoLine(null, DefaultDated()));
        if (format == "docx")
            return File(Protishruti.Web.Documents.Docx.OfficialDocx.Minutes(model, draft: true), Protishruti.Web.Documents.Docx.OfficialDocx.ContentType, $"minutes-draft-{Meeting.Id}.docx");
        var page = await html.RenderAsync<Protishruti.Web.Documents.Templates.MinutesDocument>(new Dictionary<string, object?> { ["Model"] = model, ["Sample"] = false, ["Draft"] = true });
        if (format == "pdf")
        {
            try
            {
                return File(await pdf.RenderAsync(page, Protishruti.Web.Documents.PdfPageSetup.A4Portrait, ct), "application/pdf", $"minutes-draft-{Meeting.Id}.pdf");
            }
            catch (Exception e) when (e is Protishruti.Web.Documents.PdfUnavailableException or Protishruti.Web.Documents.PdfTimeoutException)
            {
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Content(T("এখন পিডিএফ তৈরি করা যাচ্ছে না; খসড়ার পাতাটি ব্রাউজার থেকে প্রিন্ট করুন।", "No PDF can be made now; print the draft's page from the browser.")
                    + " " + e.Message, "text/plain; charset=utf-8");
            }
        }
        return Content(page, "text/html; charset=utf-8");
    }

    [BindProperty]
    public MinutesInput Input { get; set; } = new();

    /// <summary>The minutes' distribution list as the office writes it (ADR 0035).</summary>
    [BindProperty]
    public DistributionInput DistributionForm { get; set; } = new();

    /// <summary>A past meeting's minutes as printed: their memo number (ADR 0043); blank takes the memo file's next number.</summary>
    [BindProperty]
    public string? PrintedNumber { get; set; }

    /// <summary>A past meeting's minutes were printed without any memo number (ADR 0048 addendum): recorded without one.</summary>
    [BindProperty]
    public bool WithoutNumber { get; set; }

    /// <summary>The memo file the minutes are numbered from (ADR 0015); the office's file for minutes, else its default, preselected.</summary>
    [BindProperty]
    public int? MemoFileId { get; set; }

    public IReadOnlyList<Domain.Memos.MemoFile> MemoFiles { get; private set; } = [];

    /// <summary>The meeting is in an earlier quarter: its minutes are a record, issued without e-mails or default due dates (ADR 0043).</summary>
    public bool IsRecordOfPast => Meeting.IsRecordOfPast(time.TodayInBangladesh());

    public PartyCatalog Catalog { get; private set; } = null!;
    /// <summary>The form came back with another decision row and nothing is saved yet.</summary>
    public bool Unsaved { get; private set; }
    public List<PostContact> Posts { get; private set; } = [];
    /// <summary>The due date a decision left without one gets at issue; none for a record of the past.</summary>
    public DateOnly? DefaultDue => IsRecordOfPast ? null : MinutesDocuments.DefaultDue(Meeting);
    public long? MinutesDocumentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: false, ct) is { } denied) return denied;
        await OptionsAsync(ct);
        Input = MinutesInput.From(Meeting, blankRows: Meeting.MinutesState == MinutesState.Draft);
        Input.Dated = FormErrors.Iso(DefaultDated());
        if (Meeting.MinutesState == MinutesState.Draft)
        {
            var head = Posts.FirstOrDefault(p => p.OfficeId == Office.Id);
            if (Input.Chair is null && head?.HolderNameBn is { } name)
                Input.Chair = $"{name}, {head.DesignationBn}, {MinutesDocuments.Place(Office.NameBn)}"; // "আরিফ খান, জেলা প্রশাসক, নাটোর"
            Input.SignatoryPostId ??= head?.PostId;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        await OptionsAsync(ct);
        if (Input.AddBlankDecision())
        {
            Unsaved = true;
            return Page();
        }
        if (!Input.ApplyTo(Meeting, Catalog, ModelState, frame: true)) return Page();
        await Db.SaveChangesAsync(ct);
        Done = T("খসড়া কার্যবিবরণী সংরক্ষিত হয়েছে।", "The draft minutes are saved.");
        return Redirect(Links.Meetings.Minutes(Office.Code, Meeting.Id));
    }

    public async Task<IActionResult> OnPostDistributionAsync(string code, int id, CancellationToken ct)
    {
        var posted = DistributionForm;
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        await OptionsAsync(ct);
        Input = MinutesInput.From(Meeting, blankRows: Meeting.MinutesState == MinutesState.Draft);
        Input.Dated = FormErrors.Iso(DefaultDated());
        DistributionForm = posted;
        if (!posted.Apply(ModelState, nameof(DistributionForm), Meeting.WriteMinutesDistribution))
        {
            posted.AddBlankRows();
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = T("কার্যবিবরণীর বিতরণ তালিকা সংরক্ষিত হয়েছে।", "The minutes' distribution list is saved.");
        return Redirect(Links.Meetings.Minutes(Office.Code, Meeting.Id));
    }

    public async Task<IActionResult> OnPostIssueAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, write: true, ct) is { } denied) return denied;
        await OptionsAsync(ct);
        if (!Input.ApplyTo(Meeting, Catalog, ModelState, frame: true)) return Page();
        if (!FormErrors.TryParseDate(Input.Dated, out var dated))
        {
            ModelState.AddModelError("Input.Dated", T("কার্যবিবরণীর তারিখ দিন।", "Give the date of the minutes."));
            return Page();
        }
        await Db.SaveChangesAsync(ct); // the draft is kept even when the issue is refused
        try
        {
            var printed = IsRecordOfPast && !string.IsNullOrWhiteSpace(PrintedNumber) ? PrintedNumber : null;
            if (WithoutNumber && printed is not null)
            {
                ModelState.AddModelError("PrintedNumber", T("হয় ছাপা স্মারক নম্বর লিখুন, নয়তো “স্মারক নম্বর ছাড়া” বেছে নিন; দুটো একসাথে নয়।",
                    "Either type the printed memo number or choose \"without a memo number\", not both."));
                return Page();
            }
            if (WithoutNumber)
            {
                await issuing.IssueWithoutNumberAsync(Meeting, dated, ct);
                Done = T("কার্যবিবরণী স্মারক নম্বর ছাড়া লিপিবদ্ধ হয়েছে, যেমন ছাপা হয়েছিল; কোনো ই-মেইল পাঠানো হয়নি।",
                    "The minutes are recorded without a memo number, as they were printed; no e-mail was sent.");
                return Redirect(Links.Meetings.Minutes(Office.Code, Meeting.Id));
            }
            var doc = await issuing.IssuePastAsync(Meeting, dated, printed, MemoFileId, ct);
            Done = IsRecordOfPast
                ? T($"কার্যবিবরণী লিপিবদ্ধ হয়েছে, স্মারক নম্বর {doc.Memo.NumberBn}; কোনো ই-মেইল পাঠানো হয়নি।", $"The minutes are recorded under memo {doc.Memo.Number}; no e-mail was sent.")
                : T($"কার্যবিবরণী জারি হয়েছে, স্মারক নম্বর {doc.Memo.NumberBn}।", $"The minutes are issued under memo {doc.Memo.Number}.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field switch
                {
                    nameof(Meeting.MinutesDate) => "Input.Dated", "PrintedNumber" => "PrintedNumber", "WithoutNumber" => "WithoutNumber", _ => "",
                },
                e.LocalizedMessage(Infrastructure.Localization.Ui.Bn));
            return Page();
        }
        return Redirect(Links.Meetings.Minutes(Office.Code, Meeting.Id));
    }

    private DateOnly DefaultDated()
    {
        var today = time.TodayInBangladesh();
        return Meeting.MinutesDate ?? (today < Meeting.Date || Meeting.IsRecordOfPast(today) ? Meeting.Date : today);
    }

    private async Task OptionsAsync(CancellationToken ct)
    {
        Catalog = await parties.ForAsync(Office, ct);
        var ids = await Db.Posts.AsNoTracking().Where(p => p.OfficeId == Office.Id)
            .OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var contacts = await Db.PostContactsAsync(ids, documents.HoldersDate(Meeting), ct); // a past meeting: its day's holders (ADR 0043)
        Posts = ids.Where(contacts.ContainsKey).Select(i => contacts[i]).ToList();
        var (files, defaultFile) = await memos.ChoicesAsync(Office.Id, Domain.Memos.MemoDocumentKind.Minutes, ct);
        MemoFiles = files;
        MemoFileId ??= defaultFile;
        MinutesDocumentId = (await issued.FindMinutesAsync(Office.Id, Meeting, ct))?.Id;
        DistributionForm = DistributionInput.From(Meeting.MinutesDistributionWritten ? Meeting.MinutesDistribution
            : MinutesDocuments.SuggestedDistribution(Meeting, await documents.FactsAsync(Meeting, Catalog.OfficesOf, ct)));
    }
}
