using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// "Decisions assigned to us": every progress row of this office, whichever office's meeting assigned it, with its
/// meeting, due date and evidence; and "decisions our meetings assigned": this office's recent meetings, each
/// decision with every implementing office's status — how a DC sees what its UNOs did. Read by the office and the
/// monitors above it; edit links only for those who may update the office's progress.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, ImplementationShares shares, TimeProvider time) : OfficePage(db, access)
{
    public const int PageSize = 25;
    public const int ConvenedMeetings = 10;
    public bool CanUpdate { get; private set; }
    public bool CanManageMeetings { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")] // not "page": Razor Pages routes by that name
    public int PageNumber { get; set; } = 1;

    /// <summary>A status name, "Overdue", or empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    /// <summary>"2024-2": the second quarter of fiscal year 2024-25, by the meeting's date.</summary>
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterFilter { get; set; }

    public FiscalQuarter? Quarter { get; private set; }
    public IReadOnlyList<FiscalQuarter> QuarterChoices { get; private set; } = [];

    public List<AssignedRow> Assigned { get; private set; } = [];
    public int AssignedTotal { get; private set; }
    public ImplementationShare OwnShare { get; private set; }
    public int Overdue { get; private set; }

    public List<Meeting> Convened { get; private set; } = [];
    public Dictionary<int, OfficeQueries.OfficeLink> Implementers { get; private set; } = [];
    public ImplementationShare ConvenedShare { get; private set; }
    public List<Meeting> Drafts { get; private set; } = [];

    public sealed record AssignedRow(int ProgressId, DecisionStatus Status, string? Note, string? Reason, IReadOnlyList<string> Evidence,
        int MeetingId, string MeetingOfficeCode, string MeetingOfficeBn, string MeetingOfficeEn, string MeetingTitle, DateOnly MeetingDate,
        int ItemOrder, int DecisionOrder, string Text, DateOnly? Due);

    public static string QuarterValue(FiscalQuarter q) => $"{q.FiscalYear.StartYear}-{q.Number}";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.Monitor, ct) is { } denied) return denied;
        var office = Office;
        CanUpdate = await CanAsync(OfficeAction.UpdateDecisions, ct);
        CanManageMeetings = await CanAsync(OfficeAction.ManageMeetings, ct);
        Today = time.TodayInBangladesh();
        var thisYear = FiscalYear.Of(Today);
        QuarterChoices = [.. thisYear.Quarters.Reverse(), .. new FiscalYear(thisYear.StartYear - 1).Quarters.Reverse()];
        Quarter = ParseQuarter(QuarterFilter);
        QuarterFilter = Quarter is { } q0 ? QuarterValue(q0) : null;

        await LoadAssignedAsync(office, ct);
        await LoadConvenedAsync(office, ct);
        return Page();
    }

    private async Task LoadAssignedAsync(Office office, CancellationToken ct)
    {
        var rows = Db.Set<DecisionProgress>().AsNoTracking()
            .Where(p => p.OfficeId == office.Id && p.Decision.Item.Meeting.MinutesState == MinutesState.Issued);
        if (Quarter is { } q)
        {
            var (from, to) = (q.Start, q.End);
            rows = rows.Where(p => p.Decision.Item.Meeting.Date >= from && p.Decision.Item.Meeting.Date <= to);
        }
        var today = Today;
        Overdue = await rows.CountAsync(p => (p.Status == DecisionStatus.NotStarted || p.Status == DecisionStatus.InProgress)
                                             && p.Decision.Due < today, ct);
        OwnShare = await shares.ForImplementerAsync(office.Id, Quarter, ct);

        if (string.Equals(StatusFilter, "Overdue", StringComparison.OrdinalIgnoreCase))
        {
            StatusFilter = "Overdue";
            rows = rows.Where(p => (p.Status == DecisionStatus.NotStarted || p.Status == DecisionStatus.InProgress) && p.Decision.Due < today);
        }
        else if (Enum.TryParse<DecisionStatus>(StatusFilter, true, out var status) && Enum.IsDefined(status))
        {
            StatusFilter = status.ToString();
            rows = rows.Where(p => p.Status == status);
        }
        else
        {
            StatusFilter = null;
        }

        AssignedTotal = await rows.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (AssignedTotal + PageSize - 1) / PageSize));
        Assigned = await (
                from p in rows
                join o in Db.Offices on p.Decision.Item.Meeting.OfficeId equals o.Id
                orderby p.Status == DecisionStatus.Done || p.Status == DecisionStatus.Dropped, p.Decision.Due,
                    p.Decision.Item.Meeting.Date descending, p.Id
                select new AssignedRow(p.Id, p.Status, p.Note, p.Reason, p.Evidence,
                    p.Decision.Item.MeetingId, o.Code, o.NameBn, o.NameEn, p.Decision.Item.Meeting.Title, p.Decision.Item.Meeting.Date,
                    p.Decision.Item.Order, p.Decision.Order, p.Decision.Text, p.Decision.Due))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
    }

    private async Task LoadConvenedAsync(Office office, CancellationToken ct)
    {
        ConvenedShare = await shares.ForOfficeAsync(office.Id, Quarter, ct);
        var meetings = Db.Meetings.AsNoTracking().Where(m => m.OfficeId == office.Id && m.MinutesState == MinutesState.Issued);
        if (Quarter is { } q)
        {
            var (from, to) = (q.Start, q.End);
            meetings = meetings.Where(m => m.Date >= from && m.Date <= to);
        }
        Convened = await meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Take(ConvenedMeetings)
            .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress)
            .AsSplitQuery()
            .ToListAsync(ct);
        var ids = Convened.SelectMany(m => m.Decisions).SelectMany(d => d.Progress).Select(p => p.OfficeId).Distinct().ToList();
        Implementers = await Db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).AsLinks().ToDictionaryAsync(o => o.Id, ct);

        if (CanManageMeetings)
            Drafts = await Db.Meetings.AsNoTracking()
                .Where(m => m.OfficeId == office.Id && m.NoticeState == NoticeState.Draft)
                .OrderByDescending(m => m.Date).Take(ConvenedMeetings).ToListAsync(ct);
    }

    private static FiscalQuarter? ParseQuarter(string? text)
    {
        var parts = (text ?? "").Split('-');
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 9000
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4
            ? new FiscalYear(year).Quarter(n)
            : null;
    }

    /// <summary>This page with one filter changed (and back to the first page).</summary>
    public string FilterUrl(string? status = "", string? quarter = "", int page = 1)
    {
        var s = status == "" ? StatusFilter : status;
        var q = quarter == "" ? QuarterFilter : quarter;
        var query = new List<string>();
        if (!string.IsNullOrEmpty(s)) query.Add($"status={s}");
        if (!string.IsNullOrEmpty(q)) query.Add($"quarter={q}");
        if (page > 1) query.Add($"p={page}");
        return Links.Decisions.Assigned(Office.Code) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
