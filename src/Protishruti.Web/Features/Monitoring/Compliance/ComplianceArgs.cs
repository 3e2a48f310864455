using System.Globalization;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;

namespace Protishruti.Web.Features.Monitoring.Compliance;

/// <summary>The dashboard's query string (fy, quarter, plan), shared by the page, the exports and the API.</summary>
public sealed record ComplianceArgs(FiscalYear Year, ReportPeriod Period, PlanKind Plan)
{
    /// <summary>The quarter's number, or null for the annual report.</summary>
    public int? Quarter => Period.IsQuarter() ? (int)Period : null;

    /// <summary>The query string of these arguments, for links between the page, its exports and the children's dashboards.</summary>
    public string Query => $"fy={Year.LabelEn}&quarter={QuarterValue(Period)}" + (Plan == PlanKind.CitizenCharter ? "" : $"&plan={Plan.Slug()}");

    /// <summary>The <c>quarter</c> parameter's value: 1–4, or "annual".</summary>
    public static string QuarterValue(ReportPeriod period) =>
        period.IsQuarter() ? ((int)period).ToString(CultureInfo.InvariantCulture) : period.Slug();

    /// <summary>
    /// Reads the query string. Without fy and quarter: <paramref name="reporting"/>, the period offices are reporting on
    /// (<see cref="MonitoringPeriods.DefaultAsync"/>).
    /// A wrong value gives the message to show, in Bengali and English, never an exception.
    /// </summary>
    public static (ComplianceArgs? Args, string? Bn, string? En) Parse(string? fy, string? quarter, string? plan, (FiscalYear Year, ReportPeriod Period) reporting)
    {
        var (lastYear, lastPeriod) = reporting;
        var year = lastYear;
        if (!string.IsNullOrWhiteSpace(fy) && !FiscalYear.TryParse(fy, out year))
            return (null, $"অর্থবছর '{fy}' বোঝা যায়নি; এভাবে লিখুন: ২০২৪-২৫।", $"The fiscal year '{fy}' is not understood; write it as 2024-25.");
        if (year.StartYear is < 2000 or > 2100)
            return (null, "অর্থবছর ২০০০-০১ থেকে ২১০০-০১ এর মধ্যে হতে হবে।", "The fiscal year must be between 2000-01 and 2100-01.");

        ReportPeriod period;
        if (string.IsNullOrWhiteSpace(quarter))
            period = year == lastYear ? lastPeriod : year.StartYear < lastYear.StartYear ? ReportPeriod.Q4 : ReportPeriod.Q1;
        else
        {
            var q = BengaliDigits.ToAscii(quarter.Trim()).ToLowerInvariant();
            if (q is "annual" or "বার্ষিক")
                period = ReportPeriod.Annual;
            else if (int.TryParse(q.TrimStart('q'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4)
                period = (ReportPeriod)n;
            else
                return (null, $"কোয়ার্টার '{quarter}' সঠিক নয়; ১ থেকে ৪ এর মধ্যে একটি দিন, অথবা বার্ষিক (annual)।",
                    $"The quarter '{quarter}' is not valid; give one from 1 to 4, or annual.");
        }

        var kind = PlanKind.CitizenCharter;
        if (!string.IsNullOrWhiteSpace(plan))
        {
            if (PlanKindNames.FromSlug(plan.Trim().ToLowerInvariant()) is not { } k)
                return (null, $"কর্মপরিকল্পনা '{plan}' চেনা যায়নি (যেমন cc, grs)।", $"The action plan '{plan}' is not known (such as cc, grs).");
            kind = k;
        }
        return (new ComplianceArgs(year, period, kind), null, null);
    }
}
