using Protishruti.Domain.Calendar;
using Protishruti.Domain.Offices;

namespace Protishruti.Domain.Monitoring;

/// <summary>What a progress report covers: one fiscal quarter, or the whole year (the annual evaluation).</summary>
public enum ReportPeriod
{
    Q1 = 1,
    Q2 = 2,
    Q3 = 3,
    Q4 = 4,
    Annual = 5,
}

public static class ReportPeriods
{
    public static readonly ReportPeriod[] All = [ReportPeriod.Q1, ReportPeriod.Q2, ReportPeriod.Q3, ReportPeriod.Q4, ReportPeriod.Annual];

    public static bool IsQuarter(this ReportPeriod p) => p is >= ReportPeriod.Q1 and <= ReportPeriod.Q4;

    public static FiscalQuarter? Quarter(this ReportPeriod p, FiscalYear year) => p.IsQuarter() ? new FiscalQuarter(year, (int)p) : null;

    /// <summary>The first and last day the report covers.</summary>
    public static (DateOnly From, DateOnly To) Span(this ReportPeriod p, FiscalYear year) =>
        p.Quarter(year) is { } q ? (q.Start, q.End) : (year.Start, year.End);

    public static string Bn(this ReportPeriod p) => p switch
    {
        ReportPeriod.Q1 => "১ম কোয়ার্টার (জুলাই–সেপ্টেম্বর)",
        ReportPeriod.Q2 => "২য় কোয়ার্টার (অক্টোবর–ডিসেম্বর)",
        ReportPeriod.Q3 => "৩য় কোয়ার্টার (জানুয়ারি–মার্চ)",
        ReportPeriod.Q4 => "৪র্থ কোয়ার্টার (এপ্রিল–জুন)",
        _ => "বার্ষিক",
    };

    public static string En(this ReportPeriod p) => p switch
    {
        ReportPeriod.Q1 => "Q1 (July–September)",
        ReportPeriod.Q2 => "Q2 (October–December)",
        ReportPeriod.Q3 => "Q3 (January–March)",
        ReportPeriod.Q4 => "Q4 (April–June)",
        _ => "Annual",
    };

    public static string Name(this ReportPeriod p, bool bengali) => bengali ? p.Bn() : p.En();

    /// <summary>"q1".."q4", "annual": the URL segment.</summary>
    public static string Slug(this ReportPeriod p) => p == ReportPeriod.Annual ? "annual" : $"q{(int)p}";

    public static ReportPeriod? FromSlug(string? slug) => All.Cast<ReportPeriod?>().FirstOrDefault(p => p!.Value.Slug() == slug);
}

/// <summary>A configured deadline: for one fiscal year and report period, for one office tier or (Tier null) for all.</summary>
public sealed class ReportingDeadline
{
    private ReportingDeadline() { }

    public ReportingDeadline(FiscalYear year, ReportPeriod period, OfficeKind? tier, DateOnly dueOn, DateOnly? opensOn = null)
    {
        FiscalYearStart = year.StartYear;
        Period = period;
        Tier = tier;
        Change(dueOn, opensOn);
    }

    public int Id { get; private set; }
    public int FiscalYearStart { get; private set; }
    public ReportPeriod Period { get; private set; }
    public OfficeKind? Tier { get; private set; }
    /// <summary>The first day of the upload window (APAMS staggers windows by tier, domain.md §3.4); informational.</summary>
    public DateOnly? OpensOn { get; private set; }
    public DateOnly DueOn { get; private set; }

    public void Change(DateOnly dueOn, DateOnly? opensOn)
    {
        var (_, end) = Period.Span(new FiscalYear(FiscalYearStart));
        if (dueOn <= end)
            throw new DomainException("A report is due after the period it covers has ended.",
                "প্রতিবেদনের সময়সীমা সংশ্লিষ্ট সময়কাল শেষ হওয়ার পরে হতে হবে।") { Field = "DueOn" };
        if (opensOn is { } o && o > dueOn)
            throw new DomainException("The window cannot open after its deadline.", "দাখিলের সময় শুরুর তারিখ শেষ তারিখের পরে হতে পারে না।") { Field = "OpensOn" };
        (DueOn, OpensOn) = (dueOn, opensOn);
    }
}

/// <summary>
/// When each progress report is due (domain.md §3.4). Without configuration: 15 October, 15 January, 15 April and
/// 15 July for the quarters, 15 July for the annual evaluation. A deadline configured for the office's tier wins over
/// one configured for every tier, which wins over the default.
/// </summary>
public static class ReportingCalendar
{
    public static DateOnly DefaultDue(FiscalYear year, ReportPeriod period) => period switch
    {
        ReportPeriod.Q1 => new DateOnly(year.StartYear, 10, 15),
        ReportPeriod.Q2 => new DateOnly(year.StartYear + 1, 1, 15),
        ReportPeriod.Q3 => new DateOnly(year.StartYear + 1, 4, 15),
        _ => new DateOnly(year.StartYear + 1, 7, 15),
    };

    public static DateOnly DueOn(FiscalYear year, ReportPeriod period, OfficeKind tier, IEnumerable<ReportingDeadline> configured)
    {
        var mine = configured.Where(d => d.FiscalYearStart == year.StartYear && d.Period == period).ToList();
        return (mine.FirstOrDefault(d => d.Tier == tier) ?? mine.FirstOrDefault(d => d.Tier is null))?.DueOn
            ?? DefaultDue(year, period);
    }

    /// <summary>The period whose report offices are writing on <paramref name="today"/>: the last quarter that has ended.</summary>
    public static (FiscalYear Year, ReportPeriod Period) LastEnded(DateOnly today)
    {
        var current = FiscalQuarter.Of(today);
        var previous = current.Number == 1 ? new FiscalQuarter(new FiscalYear(current.FiscalYear.StartYear - 1), 4) : new FiscalQuarter(current.FiscalYear, current.Number - 1);
        return (previous.FiscalYear, (ReportPeriod)previous.Number);
    }
}
