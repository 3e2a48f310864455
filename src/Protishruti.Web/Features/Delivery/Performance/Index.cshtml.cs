using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Delivery.Performance;

/// <summary>
/// An office's promise kept, for anyone (ADR 0037): the figures of the office and everything under it for a year or a
/// quarter chosen by the received date, per service and per subordinate office, with two charts drawn on the server.
/// </summary>
public sealed class IndexModel(AppDbContext db, PerformanceQueries queries, TimeProvider time) : PageModel
{
    public Office Office { get; private set; } = null!;
    public PerformanceReport? Report { get; private set; }
    public IReadOnlyList<decimal?> ByQuarter { get; private set; } = [];
    public (string Bn, string En)? Error { get; private set; }
    public string? Fy { get; private set; }
    public string Quarter { get; private set; } = "annual";
    /// <summary>The office's own busiest service in the period, for the histogram.</summary>
    public ServicePerformance? Busiest { get; private set; }
    public IReadOnlyList<int> BusiestDays { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? fy, string? quarter, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        Office = office;
        var today = time.TodayInBangladesh();
        var (period, bn, en) = PerformancePeriod.Parse(fy, quarter, today);
        Fy = fy ?? period?.Year.LabelEn;
        Quarter = quarter ?? "annual";
        if (period is null)
        {
            Error = (bn!, en!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Fy = period.Year.LabelEn;
        Quarter = period.QuarterSlug;
        Report = await queries.ForAsync(office, period, today, ct);
        ByQuarter = await queries.OnTimeByQuarterAsync(office, period.Year, today, ct);
        Busiest = Report.Services.Where(s => s.Figures.Received > 0).OrderByDescending(s => s.Figures.Received).FirstOrDefault();
        BusiestDays = Busiest is not null && Report.OwnDays.TryGetValue(Busiest.Key, out var d) ? d : [];
        return Page();
    }

    public static string Percent(decimal? p) => p is { } v ? Ui.Digits(v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)) + "%" : "—";
    public static string Days(double? d) => d is { } v ? Ui.Digits(v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)) : "—";

    /// <summary>The histogram's bars: (first day of the bin, last day, how many), at most about 30 bins.</summary>
    public static IReadOnlyList<(int From, int To, int Count)> Bins(IReadOnlyList<int> days, int? limit)
    {
        if (days.Count == 0) return [];
        var max = Math.Max(days.Max(), limit ?? 0);
        var width = Math.Max(1, (int)Math.Ceiling((max + 1) / 30.0));
        return Enumerable.Range(0, max / width + 1)
            .Select(i => (i * width, i * width + width - 1, days.Count(d => d >= i * width && d < (i + 1) * width))).ToList();
    }

    /// <summary>The limit line is drawn for a promise in working days, the unit the histogram counts.</summary>
    public static int? WorkingDayLimit(ServicePerformance? s) => s?.Limit is { Unit: TimeLimitUnit.WorkingDays, Value: { } v } ? v : null;

    public static string F(double v) => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
