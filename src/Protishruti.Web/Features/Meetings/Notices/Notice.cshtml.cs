using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Documents.Templates;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Meetings.Manage;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Security;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Meetings.Notices;

/// <summary>
/// The notice of a meeting: a preview of the document as it will be issued, the form to issue it (signatory, date),
/// and once issued the forms to amend or cancel it, with every issued form listed with its memo number and files.
/// Monitors read; the office's editors and approver issue.
/// </summary>
[Authorize]
public sealed class NoticeModel(AppDbContext db, OfficeAccess access, NoticeDocuments documents, NoticeIssuing issuing, IssuedDocuments issued,
    DocumentHtml html, IPdfRenderer pdf, TimeProvider time, MemoNumbers memos) : MeetingsPage(db, access)
{
    public Meeting Meeting { get; private set; } = null!;
    public List<Post> Posts { get; private set; } = [];
    public List<(NoticeIssue Issue, IssuedMemo? Memo)> Issues { get; private set; } = [];
    public List<OutboxMessage> Mail { get; private set; } = [];
    public string? PreviewError { get; private set; }

    [BindProperty] public int? SignatoryPostId { get; set; }
    [BindProperty] public string? IssuedOn { get; set; }
    /// <summary>A past meeting's notice as printed: its memo number (ADR 0043); blank takes the memo file's next number.</summary>
    [BindProperty] public string? PrintedNumber { get; set; }
    /// <summary>The memo file the notice is numbered from (ADR 0015); the office's file for notices, else its default, preselected.</summary>
    [BindProperty] public int? MemoFileId { get; set; }
    public IReadOnlyList<MemoFile> MemoFiles { get; private set; } = [];
    /// <summary>The meeting is in an earlier quarter: its notice is a record, issued without e-mails (ADR 0043).</summary>
    public bool IsRecordOfPast { get; private set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public MeetingInput Input { get; set; } = new();
    /// <summary>The amended agenda, one item a line.</summary>
    [BindProperty] public string? AgendaText { get; set; }
    /// <summary>The notice's call as the office writes it (ADR 0035), prefilled with the suggested text.</summary>
    [BindProperty] public string? NoticeBody { get; set; }
    [BindProperty] public bool OmitDetails { get; set; }
    [BindProperty] public bool OmitAgenda { get; set; }
    /// <summary>The notice's distribution list as the office writes it (ADR 0035).</summary>
    [BindProperty] public DistributionInput DistributionForm { get; set; } = new();
    /// <summary>The meeting's version the form was shown at (ADR 0033): a form sent twice issues once.</summary>
    [BindProperty] public int? Version { get; set; }
    /// <summary>The version the forms carry now.</summary>
    public int CurrentVersion { get; private set; }
    /// <summary>Which form failed ("Amend", "Cancel"), to open it again with what was typed.</summary>
    public string? Failed { get; private set; }

    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, false, ct) is { } denied) return denied;
        return Page();
    }

    /// <summary>The notice as it would be issued now, as the print-ready page (shown in a frame; no number yet).</summary>
    public async Task<IActionResult> OnGetPreviewAsync(string code, int id, int? signatoryPostId, string? format, CancellationToken ct)
    {
        if (await LoadAsync(code, id, false, ct) is { } denied) return denied;
        try
        {
            // A draft, marked as one on every page and in every format (ADR 0035); an issued notice is read from the register.
            var model = await documents.BuildAsync(Meeting, Office, NoticeIssueKind.Original, null, signatoryPostId, new MemoLine(null, DefaultIssuedOn()), ct);
            if (format == "docx")
                return File(OfficialDocx.Notice(model, draft: true), OfficialDocx.ContentType, $"notice-draft-{Meeting.Id}.docx");
            var page = await html.RenderAsync<NoticeDocument>(new Dictionary<string, object?> { ["Model"] = model, ["Sample"] = false, ["Draft"] = true });
            if (format == "pdf")
            {
                try
                {
                    return File(await pdf.RenderAsync(page, PdfPageSetup.A4Portrait, ct), "application/pdf", $"notice-draft-{Meeting.Id}.pdf");
                }
                catch (Exception e) when (e is PdfUnavailableException or PdfTimeoutException)
                {
                    Response.StatusCode = StatusCodes.Status503ServiceUnavailable; // the print-ready page prints the same sheets
                    return Content(Ui.T("এখন পিডিএফ তৈরি করা যাচ্ছে না; খসড়ার পাতাটি ব্রাউজার থেকে প্রিন্ট করুন।", "No PDF can be made now; print the draft's page from the browser.")
                        + " " + e.Message, "text/plain; charset=utf-8");
                }
            }
            SecurityHeaders.AllowSameOriginFraming(HttpContext); // the notice page shows it in a frame
            return Content(page, "text/html; charset=utf-8");
        }
        catch (DomainException e)
        {
            return Content(e.LocalizedMessage(Ui.Bn), "text/plain; charset=utf-8");
        }
    }

    public async Task<IActionResult> OnPostIssueAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, true, ct) is { } denied) return denied;
        if (!Date(out var on)) return Page();
        var printed = IsRecordOfPast && !string.IsNullOrWhiteSpace(PrintedNumber) ? PrintedNumber : null;
        return await RunAsync("", () => issuing.IssuePastAsync(Meeting, on, printed, SignatoryPostId, MemoFileId, ct), ct);
    }

    public async Task<IActionResult> OnPostTextAsync(string code, int id, CancellationToken ct)
    {
        var (body, omitDetails, omitAgenda) = (NoticeBody, OmitDetails, OmitAgenda);
        if (await LoadAsync(code, id, true, ct) is { } denied) return denied;
        (NoticeBody, OmitDetails, OmitAgenda) = (body, omitDetails, omitAgenda);
        try
        {
            // the suggested text kept unchanged stays a suggestion: it follows a later change of title or date
            Meeting.WriteNoticeText(TypedText.Trim(body) == NoticeDocuments.DefaultBody(Meeting, Office) ? null : body, omitDetails, omitAgenda);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field == nameof(Meeting.NoticeBody) ? nameof(NoticeBody) : "", e);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("নোটিশের লেখা সংরক্ষিত হয়েছে।", "The notice's text is saved.");
        return Redirect(Links.Meetings.Notice(Office.Code, Meeting.Id));
    }

    public async Task<IActionResult> OnPostDistributionAsync(string code, int id, CancellationToken ct)
    {
        var posted = DistributionForm;
        if (await LoadAsync(code, id, true, ct) is { } denied) return denied;
        DistributionForm = posted;
        if (!posted.Apply(ModelState, nameof(DistributionForm), Meeting.WriteNoticeDistribution))
        {
            posted.AddBlankRows();
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        Done = Ui.T("নোটিশের বিতরণ তালিকা সংরক্ষিত হয়েছে।", "The notice's distribution list is saved.");
        return Redirect(Links.Meetings.Notice(Office.Code, Meeting.Id));
    }

    public async Task<IActionResult> OnPostAmendAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, true, ct) is { } denied) return denied;
        Failed = "Amend";
        var dateOk = Date(out var on);
        if (!Input.Validate(ModelState, "Input", out var date, out var at) || !dateOk) return Page();
        var lines = (AgendaText ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return await RunAsync("Reason", () => issuing.AmendAsync(Meeting, on, Reason ?? "", m =>
        {
            m.SetDetails(m.Title, date, at, Input.Venue, Input.OnlineLink);
            var items = m.Agenda;
            for (var i = 0; i < Math.Min(items.Count, lines.Length); i++)
                if (items[i].Title != lines[i]) m.EditAgendaItem(items[i], lines[i], items[i].Details);
            foreach (var extra in items.Skip(lines.Length)) m.RemoveAgendaItem(extra);
            foreach (var line in lines.Skip(items.Count)) m.AddAgendaItem(line);
        }, SignatoryPostId, MemoFileId, ct), ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, true, ct) is { } denied) return denied;
        Failed = "Cancel";
        if (!Date(out var on)) return Page();
        return await RunAsync("CancelReason", () => issuing.CancelAsync(Meeting, on, Reason ?? "", SignatoryPostId, MemoFileId, ct), ct);
    }

    private async Task<IActionResult> RunAsync(string reasonKey, Func<Task<IssuedNotice>> issue, CancellationToken ct)
    {
        try
        {
            Db.Expect(Meeting, Version, Failed == "Cancel" ? AlreadyDone.Cancelled : AlreadyDone.Issued);
            var done = await issue();
            Done = IsRecordOfPast
                ? Ui.T($"{done.Document.Title} লিপিবদ্ধ হয়েছে, স্মারক নম্বর {BengaliDigits.ToBengali(done.Memo.Number)}; কোনো ই-মেইল পাঠানো হয়নি।",
                    $"{done.Document.Title} recorded under memo {done.Memo.Number}; no e-mail was sent.")
                : Ui.T($"{done.Document.Title} জারি হয়েছে, স্মারক নম্বর {BengaliDigits.ToBengali(done.Memo.Number)}। ই-মেইল: {Ui.N(done.Mail.Count(m => m.ToAddress is not null))}টি আউটবক্সে; হাতে পৌঁছাতে হবে: {Ui.N(done.Mail.Count(m => m.ToAddress is null))}।", $"{done.Document.Title} issued under memo {done.Memo.Number}. E-mails queued: {done.Mail.Count(m => m.ToAddress is not null)}; to deliver by hand: {done.Mail.Count(m => m.ToAddress is null)}.");
            return Redirect(Links.Meetings.Notice(Office.Code, Meeting.Id));
        }
        catch (DomainException e)
        {
            var key = e.Field switch
            {
                "Reason" => reasonKey,
                "SignatoryPostId" or "IssuedOn" or "PrintedNumber" => e.Field,
                "Date" or "Time" or "Venue" or "OnlineLink" when Failed == "Amend" => $"Input.{e.Field}",
                "Agenda" or "Title" when Failed == "Amend" => "AgendaText",
                _ => "",
            };
            ModelState.AddDomainError(key, e);
            Db.ChangeTracker.Clear();
            await LoadAsync(Office.Code, Meeting.Id, true, ct);
            return Page();
        }
    }

    private bool Date(out DateOnly on)
    {
        if (FormErrors.TryParseDate(IssuedOn, out on)) return true;
        ModelState.AddModelError("IssuedOn", Ui.T("জারির তারিখ দিন।", "Give the date of issue."));
        return false;
    }

    private async Task<IActionResult?> LoadAsync(string code, int id, bool toAct, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct, ct) is { } denied) return denied;
        if (await FindMeetingAsync(id, tracked: toAct, ct) is not { } meeting) return NotFound();
        Meeting = meeting;
        CurrentVersion = toAct ? Db.VersionOf(meeting) : await Db.VersionOfAsync<Meeting>(meeting.Id, ct);
        Posts = await documents.SignatoryPostsAsync(Office.Id, ct);
        Issues = [];
        foreach (var i in Meeting.NoticeIssues) Issues.Add((i, await issued.FindAsync(Office.Id, i.MemoNumber, ct)));
        var prefix = $"meeting:{Meeting.Id}:";
        Mail = await Outbox.OfOffice(Db, Office.Id).Where(m => m.Source != null && m.Source.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync(ct);
        if (string.IsNullOrEmpty(Input.Date)) Input = MeetingInput.From(Meeting);
        AgendaText ??= string.Join("\n", Meeting.Agenda.Select(a => a.Title));
        IsRecordOfPast = Meeting.IsRecordOfPast(time.TodayInBangladesh());
        var (files, defaultFile) = await memos.ChoicesAsync(Office.Id, MemoDocumentKind.Notice, ct);
        MemoFiles = files;
        MemoFileId ??= defaultFile;
        IssuedOn ??= FormErrors.Iso(DefaultIssuedOn());
        SignatoryPostId ??= Posts.FirstOrDefault()?.Id;
        var parent = await ParentAsync(ct);
        NoticeBody = Meeting.NoticeBody ?? NoticeDocuments.DefaultBody(Meeting, Office);
        (OmitDetails, OmitAgenda) = (Meeting.NoticeOmitsDetails, Meeting.NoticeOmitsAgenda);
        DistributionForm = DistributionInput.From(Meeting.NoticeDistributionWritten ? Meeting.NoticeDistribution
            : NoticeDocuments.SuggestedDistribution(Meeting, Office, parent));
        return null;
    }

    /// <summary>Today; for a record of the past the meeting's date (the notice went out on or before it).</summary>
    private DateOnly DefaultIssuedOn()
    {
        var today = time.TodayInBangladesh();
        return Meeting.IsRecordOfPast(today) ? Meeting.Date : today;
    }

    private Task<Office?> ParentAsync(CancellationToken ct) =>
        Office.ParentId is { } pid ? Db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Id == pid, ct) : Task.FromResult<Office?>(null);

    public static string KindName(NoticeIssueKind kind) => kind switch
    {
        NoticeIssueKind.Amendment => Ui.T("সংশোধিত নোটিশ", "Amendment"),
        NoticeIssueKind.Cancellation => Ui.T("বাতিলের নোটিশ", "Cancellation"),
        _ => Ui.T("নোটিশ", "Notice"),
    };

    public static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
