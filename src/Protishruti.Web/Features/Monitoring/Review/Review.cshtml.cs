using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Monitoring.Reports;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Review;

/// <summary>
/// The parent office reviews a subordinate's report ({code} is the subordinate): the grid exactly as last submitted
/// (the frozen snapshot, not the live draft), its deadline and lateness, and — while it waits — accept, or return with
/// an overall comment and a comment per indicator. Below, the whole history, each submission's grid viewable.
/// Decisions are final: there is no edit path, and a second decision on a report no longer waiting is refused.
/// </summary>
[Authorize]
public sealed class ReviewModel(AppDbContext db, OfficeAccess access, ReportReviews reviews, ProgressReports reports, TimeProvider time) : OfficePage(db, access)
{
    public Office Parent { get; private set; } = null!;
    public FiscalYear Year { get; private set; }
    public ReportPeriod Period { get; private set; }
    public ActionPlan Plan { get; private set; } = null!;
    public ProgressReport? Report { get; private set; }
    public IReadOnlyList<ReportStep> Steps { get; private set; } = [];
    /// <summary>The submission whose grid is shown: the one asked for, else the latest.</summary>
    public ReportStep? Shown { get; private set; }
    public ReportGrid? Grid { get; private set; }
    /// <summary>On an earlier submission: the comments of the return that answered it, shown in its grid.</summary>
    public IReadOnlyDictionary<int, string>? ShownComments { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly Today { get; private set; }

    public bool CanDecide => Report is { State: ReportState.Submitted } && Shown is not null && Shown.Id == ReportReviews.LatestSubmission(Report)?.Id;
    public int SubmissionNumber(ReportStep step) => Steps.Where(s => s.Kind == ReportStepKind.Submitted).TakeWhile(s => s.Id != step.Id).Count() + 1;
    public PlanIndicator? Indicator(int id) => Plan.Indicators.FirstOrDefault(i => i.Id == id);
    public string PageUrl(long? submission = null) =>
        Links.Monitoring.Review(Office.Code, Year, Period, Plan.Kind, submission);

    public string HandlerUrl(string handler)
    {
        var url = PageUrl();
        return $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
    }

    [BindProperty] public long Submission { get; set; }
    [BindProperty] public string? AcceptComment { get; set; }
    [BindProperty] public string? ReturnComment { get; set; }
    /// <summary>Per-indicator comments, posted as Comments[indicatorId].</summary>
    [BindProperty] public Dictionary<int, string?> Comments { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, string fy, string period, string? plan, long? submission, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, ct) is { } refused) return refused;
        await PrepareAsync(submission, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(string code, string fy, string period, string? plan, CancellationToken ct) =>
        DecideAsync(code, fy, period, plan, "AcceptComment", async (report, by, userId) =>
        {
            await reviews.AcceptAsync(report, Submission, time.GetUtcNow(), by, userId, AcceptComment, ct);
            return Ui.T("প্রতিবেদনটি গৃহীত হয়েছে।", "The report was accepted.");
        }, ct);

    public Task<IActionResult> OnPostReturnAsync(string code, string fy, string period, string? plan, CancellationToken ct) =>
        DecideAsync(code, fy, period, plan, "ReturnComment", async (report, by, userId) =>
        {
            // Only indicators of this report's grid may carry a comment; anything else posted is ignored.
            var known = report.Plan.Indicators.Select(i => i.Id).ToHashSet();
            var comments = Comments.Where(c => known.Contains(c.Key) && !string.IsNullOrWhiteSpace(c.Value))
                .OrderBy(c => c.Key).Select(c => new IndicatorComment(c.Key, c.Value!)).ToList();
            await reviews.ReturnAsync(report, Submission, time.GetUtcNow(), by, userId, ReturnComment, comments, ct);
            return Ui.T("প্রতিবেদনটি মন্তব্যসহ ফেরত পাঠানো হয়েছে; দপ্তর তার প্রতিবেদনের পাতায় মন্তব্যগুলো দেখবে।", "The report was returned; the office sees your comments on its report page.");
        }, ct);

    private async Task<IActionResult> DecideAsync(string code, string fy, string period, string? plan, string commentField,
        Func<ProgressReport, string, string?, Task<string>> decide, CancellationToken ct)
    {
        if (await LoadAsync(code, fy, period, plan, ct) is { } refused) return refused;
        if (Report is null) return NotFound();
        try
        {
            var by = await Committees.ReconstituteModel.ByAsync(Db, User, ct);
            Done = await decide(Report, by, User.FindFirstValue(ClaimTypes.NameIdentifier));
            return Redirect(PageUrl());
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field switch
            {
                "Comment" => commentField,
                { } f when f.StartsWith("Comments[", StringComparison.Ordinal) => f,
                _ => "",
            }, e);
            // What is stored now (the service cleared the refused change), with what the reviewer typed kept in the form.
            Report = await reviews.FindAsync(Office.Id, Plan.Id, Period, ct);
            await PrepareAsync(null, ct);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string code, string fy, string period, string? plan, CancellationToken ct)
    {
        // Reviewing is a right in the parent office; a top office has nobody above to review it.
        Office? parent = null;
        var top = false;
        if (await LoadOfficeAsync(code, async o =>
            {
                if (o.ParentId is not { } parentId)
                {
                    top = true;
                    return false;
                }
                parent = await Db.Offices.SingleAsync(x => x.Id == parentId, ct);
                return await Access.CanAsync(User, OfficeAction.ReviewReports, parent, ct);
            }, ct) is { } denied) return top ? NotFound() : denied;
        var office = Office;
        if (!FiscalYear.TryParse(fy, out var year) || ReportPeriods.FromSlug(period?.ToLowerInvariant()) is not { } p) return NotFound();
        var kind = plan is null ? PlanKind.CitizenCharter : PlanKindNames.FromSlug(plan.ToLowerInvariant());
        if (kind is null) return NotFound();
        var actionPlan = await Db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(x => x.FiscalYearStart == year.StartYear && x.Kind == kind, ct);
        if (actionPlan is null) return NotFound();
        (Parent, Year, Period) = (parent!, year, p);
        Report = await reviews.FindAsync(office.Id, actionPlan.Id, p, ct);
        Plan = Report?.Plan ?? await Db.ActionPlans.AsNoTracking().Include(x => x.Indicators).SingleAsync(x => x.Id == actionPlan.Id, ct);
        return null;
    }

    private async Task PrepareAsync(long? submission, CancellationToken ct)
    {
        Today = time.TodayInBangladesh();
        DueOn = Report?.DueOn ?? await reports.DueOnAsync(Year, Period, Office.Kind, ct);
        Steps = Report?.Steps.OrderBy(s => s.Id).ToList() ?? [];
        var submissions = Steps.Where(s => s.Kind == ReportStepKind.Submitted).ToList();
        Shown = submissions.FirstOrDefault(s => s.Id == submission) ?? submissions.LastOrDefault();
        if (Shown is null) return;
        Grid = Read(Shown.SnapshotJson);
        if (Shown != submissions[^1] || Report!.State == ReportState.Returned)
        {
            var answer = Steps.FirstOrDefault(s => s.Id > Shown.Id);
            if (answer?.Kind == ReportStepKind.Returned)
                ShownComments = answer.IndicatorComments.GroupBy(c => c.IndicatorId).ToDictionary(g => g.Key, g => g.First().Comment);
        }
        if (CanDecide) Submission = Shown.Id;
    }

    /// <summary>A submission's frozen grid; null if its snapshot cannot be read (then the page says so rather than fail).</summary>
    private static ReportGrid? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            var grid = ReportGrid.FromJson(json);
            return grid.Rows is null || grid.OfficeCode is null ? null : grid;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string When(DateTime utc)
    {
        var local = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(BangladeshTime.Offset);
        return $"{Ui.Date(DateOnly.FromDateTime(local.DateTime))}, {Ui.Digits(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))}";
    }
}
