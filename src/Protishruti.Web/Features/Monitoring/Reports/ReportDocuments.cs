using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>
/// The progress report as an official document (the APA grid, landscape A4, Bengali): the latest submission as it was
/// frozen, or — never submitted — the live draft marked খসড়া. The same model feeds the print page, the PDF and the DOCX.
/// </summary>
public sealed record ProgressReportDocument(Letterhead Letterhead, ReportGrid Grid, bool Draft, DateOnly? SubmittedOn, SignatureBlock Signature)
{
    public static readonly PdfPageSetup Page = new(PaperSize.A4, Landscape: true);
    public const string DraftMark = "খসড়া";

    public static readonly string[] Columns =
    [
        "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা",
        "১ম কোয়ার্টার", "২য় কোয়ার্টার", "৩য় কোয়ার্টার", "৪র্থ কোয়ার্টার", "মোট অর্জন", "অর্জিত মান", "প্রমাণক", "মন্তব্য",
    ];

    /// <summary>Column widths as shares of the line, for the DOCX table (the print CSS sets its own).</summary>
    public static readonly int[] Shares = [9, 3, 10, 10, 4, 5, 5, 5, 5, 5, 5, 5, 5, 12, 12];

    /// <summary>"সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা, ২০২৪-২০২৫ এর অগ্রগতি প্রতিবেদন (১ম কোয়ার্টার)".</summary>
    public string Title => $"{Grid.PlanTitleBn} এর অগ্রগতি প্রতিবেদন ({PeriodShort(Grid.Period)})";

    public static string PeriodShort(ReportPeriod p) => p switch
    {
        ReportPeriod.Q1 => "১ম কোয়ার্টার",
        ReportPeriod.Q2 => "২য় কোয়ার্টার",
        ReportPeriod.Q3 => "৩য় কোয়ার্টার",
        ReportPeriod.Q4 => "৪র্থ কোয়ার্টার",
        _ => "বার্ষিক",
    };

    public static string Num(decimal? v) => v is { } d ? BengaliDigits.ToBengali(d.ToString("0.##", CultureInfo.InvariantCulture)) : "";

    public static string Unit(IndicatorUnit u) => u switch { IndicatorUnit.Percent => "%", IndicatorUnit.Date => "তারিখ", _ => "সংখ্যা" };

    /// <summary>One row's cells in the columns' order (the evidence column lists what proves it, else what is asked for).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cells(GridRow r)
    {
        var date = (DateOnly? d) => d is { } x ? BengaliDigits.ToBengali(x.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)) : "";
        return
        [
            [r.AreaBn], [Num(r.AreaMarks)], [$"{r.ActivityLabel(true)} {r.ActivityBn}".Trim()], [$"{r.CodeLabel(true)} {r.TextBn}"], [Unit(r.Unit)],
            [Num(r.Weight)], [r.Unit == IndicatorUnit.Date ? date(r.TargetDate) : Num(r.AnnualTarget)],
            [Num(r.Quarters.ElementAtOrDefault(0))], [Num(r.Quarters.ElementAtOrDefault(1))], [Num(r.Quarters.ElementAtOrDefault(2))], [Num(r.Quarters.ElementAtOrDefault(3))],
            [r.Unit == IndicatorUnit.Date ? date(r.DoneOn) : Num(r.Total)], [r.Marks is null ? "প্রযোজ্য নয়" : Num(r.Marks)],
            r.Evidence.Count > 0 ? r.Evidence.Select(e => e.LabelBn).ToList() : [r.EvidenceNeededBn],
            new[] { r.Remarks, r.NoteBn }.OfType<string>().ToList(),
        ];
    }

    public string TotalLine => $"মোট অর্জিত মান: {Num(Grid.Marks)} (মূল্যায়িত {Num(Grid.ScoredWeight)} এর মধ্যে; পূর্ণমান {Num(Grid.FullMarks)}), গ্রেড: {Grid.Grade.Bn()}";

    public string SubmittedLine => SubmittedOn is { } d
        ? $"দাখিলের তারিখ: {OfficialDate.Line(d)}{(Grid.Late ? " (বিলম্বে দাখিল)" : "")}"
        : $"{DraftMark}: এখনও দাখিল করা হয়নি";

    public byte[] Docx()
    {
        var doc = new DocxBuilder(Page.Size, landscape: true, marginTwips: 720);
        OfficialDocx.Letterhead(doc, Letterhead);
        if (Draft) doc.Paragraph(DraftMark, DocxAlign.Right, bold: true);
        doc.Title(Title);
        doc.Paragraph($"দপ্তর: {Grid.OfficeNameBn}", DocxAlign.Left, bold: true);
        doc.Table([Columns], Grid.Rows.Select(r => (IReadOnlyList<DocxCell>)Cells(r).Select(c => new DocxCell(c)).ToList()), Shares, fontHalfPoints: 18);
        doc.Paragraph(TotalLine, DocxAlign.Left, bold: true);
        doc.Paragraph(SubmittedLine, DocxAlign.Left);
        OfficialDocx.Signature(doc, Signature);
        return doc.ToBytes();
    }
}

/// <summary>
/// The report's files: the uploaded evidence, and the document as print page, PDF and DOCX, under
/// <c>/offices/{code}/monitoring/{fy}/{period}/</c>. Not public: read by whoever may read the report (its office,
/// those monitoring it, and the parent's reviewers, who open the evidence while reviewing).
/// </summary>
public static class ReportDocuments
{
    public static void MapProgressReportFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/offices/{code}/monitoring/{fy}/{period}").RequireAuthorization();
        group.MapGet("/evidence/{indicatorId:int}", EvidenceAsync);
        group.MapGet("/report.html", PrintAsync);
        group.MapGet("/report.pdf", PdfAsync);
        group.MapGet("/report.docx", DocxAsync);
    }

    /// <summary>
    /// An uploaded evidence file, reached only through a record the user may read that names it: the entry's current
    /// file, or a file an earlier submission of this report was sent with, as that submission's frozen grid links it in
    /// this indicator's row. <paramref name="file"/> only says which of those: it is compared with the links the server
    /// wrote, never looked for as text (a remark quoting another office's stored path names nothing).
    /// </summary>
    private static async Task<IResult> EvidenceAsync(string code, string fy, string period, int indicatorId, string? file, HttpContext http,
        AppDbContext db, OfficeAccess access, FileStore files, CancellationToken ct)
    {
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null || ReportAccess.Parse(fy, period) is not { } at) return Results.NotFound();
        if (!(await ReportAccess.ForAsync(db, access, http.User, office, ct)).Read) return Results.Forbid();
        var report = await db.ProgressReports.AsNoTracking()
            .Where(r => r.OfficeId == office.Id && r.FiscalYearStart == at.Year.StartYear && r.Period == at.Period && r.Entries.Any(e => e.PlanIndicatorId == indicatorId))
            .Select(r => new { r.Id, Entry = r.Entries.Where(e => e.PlanIndicatorId == indicatorId).Select(e => new { e.EvidencePath, e.EvidenceName, e.EvidenceContentType }).First() })
            .FirstOrDefaultAsync(ct);
        if (report is null) return Results.NotFound();
        string path, name, contentType;
        if (file is null || file == report.Entry.EvidencePath)
        {
            if (report.Entry.EvidencePath is null) return Results.NotFound();
            (path, name, contentType) = (report.Entry.EvidencePath, report.Entry.EvidenceName ?? $"evidence-{indicatorId}",
                report.Entry.EvidenceContentType ?? "application/octet-stream");
        }
        else
        {
            var link = ProgressReports.EvidenceUrl(office, at.Year, at.Period, indicatorId, file);
            var sent = await db.ProgressReports.AsNoTracking().Where(r => r.Id == report.Id).SelectMany(r => r.Steps)
                .Where(s => s.SnapshotJson != null).Select(s => s.SnapshotJson!).ToListAsync(ct);
            var linked = sent.Select(ReportGrid.FromJson)
                .SelectMany(g => g.Rows.Where(r => r.IndicatorId == indicatorId))
                .SelectMany(r => r.Evidence)
                .Any(e => e.Url == link);
            if (!linked) return Results.NotFound();
            (path, name, contentType) = (file, $"evidence-{indicatorId}{System.IO.Path.GetExtension(file)}", "application/octet-stream");
        }
        if (files.OpenRead(path) is not { } stream) return Results.NotFound();
        if (contentType == "application/octet-stream" && FileStore.Sniff(stream) is { } kind) contentType = FileStore.ContentTypeOf(kind);
        stream.Position = 0;
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(stream, contentType, name);
    }

    private static async Task<IResult> PrintAsync(string code, string fy, string period, string? plan, HttpContext http, IServiceProvider services,
        DocumentHtml documents, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, http, services, ct) is not { } loaded) return Results.NotFound();
        if (loaded.Refused is { } refused) return refused;
        return Results.Content(await HtmlAsync(documents, loaded.Document!), "text/html; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(string code, string fy, string period, string? plan, HttpContext http, IServiceProvider services,
        DocumentHtml documents, IPdfRenderer renderer, ILoggerFactory loggers, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, http, services, ct) is not { } loaded) return Results.NotFound();
        if (loaded.Refused is { } refused) return refused;
        var html = await HtmlAsync(documents, loaded.Document!);
        try
        {
            var pdf = await renderer.RenderAsync(html, ProgressReportDocument.Page, ct);
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(pdf, "application/pdf", FileName(loaded.Document!, "pdf"));
        }
        catch (Exception e) when (e is PdfUnavailableException or PdfTimeoutException)
        {
            loggers.CreateLogger(typeof(ReportDocuments)).LogWarning(e, "Progress report PDF of {Office} not made", code);
            return CharterPrints.PdfUnavailable(http, http.Request.Path.Value!.Replace("/report.pdf", "/report.html") + http.Request.QueryString, e);
        }
    }

    private static async Task<IResult> DocxAsync(string code, string fy, string period, string? plan, HttpContext http, IServiceProvider services,
        CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, http, services, ct) is not { } loaded) return Results.NotFound();
        if (loaded.Refused is { } refused) return refused;
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(loaded.Document!.Docx(), OfficialDocx.ContentType, FileName(loaded.Document!, "docx"));
    }

    public static Task<string> HtmlAsync(DocumentHtml documents, ProgressReportDocument document) =>
        documents.RenderAsync<ProgressReportPrint>(new Dictionary<string, object?> { [nameof(ProgressReportPrint.Model)] = document });

    private static string FileName(ProgressReportDocument d, string extension) =>
        $"{d.Grid.OfficeCode}-{d.Grid.PlanKind.Slug()}-{d.Grid.FiscalYear.LabelEn}-{d.Grid.Period.Slug()}{(d.Draft ? "-draft" : "")}.{extension}";

    private sealed record Loaded(ProgressReportDocument? Document, IResult? Refused);

    private static async Task<Loaded?> LoadAsync(string code, string fy, string period, string? plan, HttpContext http, IServiceProvider services,
        CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var reports = services.GetRequiredService<ProgressReports>();
        var office = await db.FindByCodeAsync(code, ct);
        if (office is null || ReportAccess.Parse(fy, period) is not { } at) return null;
        if (!(await ReportAccess.ForAsync(db, services.GetRequiredService<OfficeAccess>(), http.User, office, ct)).Read)
            return new Loaded(null, Results.Forbid());
        if (await reports.PlanAsync(at.Year, ReportAccess.KindOf(plan), ct) is not { } p) return null;
        var report = await reports.FindAsync(office.Id, p.Id, at.Period, ct);
        ReportGrid grid;
        DateOnly? sentOn = null;
        if (report?.Steps.Where(s => s.SnapshotJson is not null).OrderBy(s => s.At).LastOrDefault() is { } sent)
        {
            grid = ReportGrid.FromJson(sent.SnapshotJson!);
            sentOn = BangladeshTime.DateOf(ReportTimes.InBangladesh(sent.At));
        }
        else
        {
            // Never submitted: the draft as it stands, counted now and not saved (a document is only read).
            report ??= new ProgressReport(office.Id, p, at.Period, await reports.DueOnAsync(at.Year, at.Period, office.Kind, ct));
            var hasSubordinates = await reports.HasSubordinatesAsync(office.Id, ct);
            await reports.RefreshAsync(report, office, hasSubordinates, ct);
            grid = await reports.GridAsync(report, office, hasSubordinates, ct);
        }
        var signature = await SignatureAsync(db, office, services.GetRequiredService<TimeProvider>().TodayInBangladesh(), ct);
        return new Loaded(new ProgressReportDocument(Letterhead.For(office), grid, sentOn is null, sentOn, signature), null);
    }

    /// <summary>The charter monitoring committee's focal point signs the report; without one, the office's head post (<c>Post.IsHead</c>, ADR 0043).</summary>
    private static async Task<SignatureBlock> SignatureAsync(AppDbContext db, Office office, DateOnly today, CancellationToken ct)
    {
        var committee = await db.Committees.AsNoTracking().Include(c => c.Members)
            .SingleOrDefaultAsync(c => c.OfficeId == office.Id && c.Kind == CommitteeKind.CharterMonitoring, ct);
        var focal = committee?.Holding(CommitteeRole.FocalPoint, today)?.PostId;
        var head = await db.Posts.AsNoTracking().Where(p => p.OfficeId == office.Id)
            .OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id) // the flagged head first (ADR 0043)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if ((focal ?? head) is not { } postId) return new SignatureBlock("………………………", "দপ্তর প্রধান", null, office.NameBn);
        var contacts = await db.PostContactsAsync([postId], today, ct);
        if (!contacts.TryGetValue(postId, out var post)) return new SignatureBlock("………………………", "দপ্তর প্রধান", null, office.NameBn);
        return new SignatureBlock(string.IsNullOrWhiteSpace(post.HolderNameBn) ? "………………………" : post.HolderNameBn, post.DesignationBn, focal is not null ? ["ও ফোকাল পয়েন্ট কর্মকর্তা"] : null,
            office.NameBn, post.Phone, post.Email);
    }
}
