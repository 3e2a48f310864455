using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain.Access;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Identity;
using static Protishruti.Web.Features.Offices.OfficeQueries;

namespace Protishruti.Web.Features.Monitoring.Compliance;

/// <summary>
/// The compliance dashboard of an office and everything under it for one quarter: report statuses, the on-time rate,
/// what the offices did in the quarter, each indicator, and one row per direct subordinate to drill down.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, ComplianceQueries queries, TimeProvider time) : OfficePage(db, access)
{
    public List<OfficeLink> Ancestors { get; private set; } = [];
    public ComplianceReport? Report { get; private set; }
    public ComplianceArgs? Args { get; private set; }
    public bool CanReview { get; private set; }
    public (string Bn, string En)? Error { get; private set; }

    // The form's values as typed, kept when they are wrong.
    public string Fy { get; private set; } = "";
    public string Quarter { get; private set; } = "";
    public string Plan { get; private set; } = "cc";

    public async Task<IActionResult> OnGetAsync(string code, string? fy, string? quarter, string? plan, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.Monitor, ct) is { } denied) return denied;
        var office = Office;
        Ancestors = await Db.AncestorsAsync(office, ct);
        var today = time.TodayInBangladesh();
        var (args, bn, en) = ComplianceArgs.Parse(fy, quarter, plan, await MonitoringPeriods.DefaultAsync(Db, today, plan, ct));
        (Fy, Quarter, Plan) = (fy ?? args?.Year.LabelEn ?? "", quarter ?? (args is null ? "" : ComplianceArgs.QuarterValue(args.Period)), plan ?? "cc");
        if (args is null)
        {
            Error = (bn!, en!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Args = args;
        Report = await queries.ForAsync(office, args.Year, args.Period, args.Plan, today, ct);
        // The drill-down rows are the root's direct subordinates: their reports are reviewed by the root.
        CanReview = await CanAsync(OfficeAction.ReviewReports, ct);
        return Page();
    }

    /// <summary>
    /// A chart label of at most <paramref name="max"/> characters that keeps the end of the name (sibling offices share
    /// its start) and starts at a word, never inside a letter: a cut before a vowel sign or hasanta leaves it hanging.
    /// </summary>
    public static string ChartLabel(string name, int max)
    {
        if (name.Length <= max) return name;
        var tail = name[^max..];
        var space = tail.IndexOfAny([' ', ',']);
        if (space >= 0 && space < tail.Length - 1) return "…" + tail[(space + 1)..].TrimStart();
        // One long word: start at the next whole grapheme (a consonant with its signs), not at a sign.
        var start = name.Length - max;
        var graphemes = System.Globalization.StringInfo.ParseCombiningCharacters(name);
        var at = graphemes.FirstOrDefault(g => g >= start, name.Length);
        return "…" + name[at..];
    }

    public string PageUrl(string code) => Links.Monitoring.Compliance(code, Args!.Query);
    public string ReportUrl(string code) => Links.Monitoring.Report(code, Args!.Year, Args.Period);

    public static string StatusColour(ComplianceStatus s) => s switch
    {
        ComplianceStatus.OnTime => "#1a7f4b",
        ComplianceStatus.Late => "#b36b00",
        ComplianceStatus.Returned => "#7a3e9d",
        ComplianceStatus.Missing => "#a4001d",
        _ => "#8a9590",
    };

    /// <summary>The statuses in the order the stacked bar draws them: done first, then what is left.</summary>
    public static readonly ComplianceStatus[] Statuses =
        [ComplianceStatus.OnTime, ComplianceStatus.Late, ComplianceStatus.Returned, ComplianceStatus.Missing, ComplianceStatus.NotDue];

    public static string Percent(decimal? p) => p is { } v
        ? Ui.Digits(v.ToString("0.#", CultureInfo.InvariantCulture)) + "%"
        : "—";

    public static string Target(IndicatorCompliance i) => i.Unit == IndicatorUnit.Date
        ? i.TargetDate is { } d ? Ui.Date(d) : "—"
        : i.Target is { } t ? Ui.Digits(t.ToString("0.##", CultureInfo.InvariantCulture)) + (i.Unit == IndicatorUnit.Percent ? "%" : "") : "—";

    /// <summary>The periods the dashboard covers: the four quarters and the year (the annual report).</summary>
    public static IEnumerable<ReportPeriod> Periods => ReportPeriods.All;
}
