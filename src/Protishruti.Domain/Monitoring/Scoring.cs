namespace Protishruti.Domain.Monitoring;

/// <summary>How an action-plan indicator is measured (একক).</summary>
public enum IndicatorUnit
{
    /// <summary>সংখ্যা: committees reconstituted, meetings held.</summary>
    Count = 1,
    /// <summary>%: decisions implemented.</summary>
    Percent = 2,
    /// <summary>তারিখ: something done by a date.</summary>
    Date = 3,
}

/// <summary>The APA's five grades (domain.md §3.1), by share of the target achieved.</summary>
public enum ApaGrade
{
    /// <summary>Under 60% of the target: no grade, no marks.</summary>
    None = 0,
    BelowFair = 60,
    Fair = 70,
    Good = 80,
    VeryGood = 90,
    Outstanding = 100,
}

public static class ApaGrades
{
    public static string Bn(this ApaGrade grade) => grade switch
    {
        ApaGrade.Outstanding => "অসাধারণ",
        ApaGrade.VeryGood => "অতি উত্তম",
        ApaGrade.Good => "উত্তম",
        ApaGrade.Fair => "চলতি মান",
        ApaGrade.BelowFair => "চলতি মানের নিম্নে",
        _ => "মান অর্জিত হয়নি",
    };

    public static string En(this ApaGrade grade) => grade switch
    {
        ApaGrade.Outstanding => "Outstanding",
        ApaGrade.VeryGood => "Very good",
        ApaGrade.Good => "Good",
        ApaGrade.Fair => "Fair",
        ApaGrade.BelowFair => "Below fair",
        _ => "Not graded",
    };

    /// <summary>The grade of an achievement that is <paramref name="share"/> of its target (1.0 = the target).</summary>
    public static ApaGrade Of(decimal share) => share switch
    {
        >= 1.00m => ApaGrade.Outstanding,
        >= 0.90m => ApaGrade.VeryGood,
        >= 0.80m => ApaGrade.Good,
        >= 0.70m => ApaGrade.Fair,
        >= 0.60m => ApaGrade.BelowFair,
        _ => ApaGrade.None,
    };
}

/// <summary>What an indicator earned: its share of the target, marks out of its weight, and grade.</summary>
public sealed record IndicatorScore(decimal Share, decimal Marks, ApaGrade Grade);

/// <summary>
/// Proportional scoring (গাণিতিক হারে), as the action plans score governance indicators: marks = weight × achieved ÷
/// target, never more than the weight ("মোট মান ৪ এর মধ্যে প্রাপ্ত ১.৮৪"). An achievement is checked for its unit first,
/// so a typing slip (a negative count, 120%) is refused with a message instead of scored.
/// </summary>
public static class Scoring
{
    public static IndicatorScore Score(IndicatorUnit unit, decimal weight, decimal target, decimal achieved)
    {
        if (weight <= 0) throw new DomainException("An indicator's weight (marks) must be more than zero.", "সূচকের মান শূন্যের বেশি হতে হবে।");
        if (target <= 0) throw new DomainException("An indicator's target must be more than zero.", "সূচকের লক্ষ্যমাত্রা শূন্যের বেশি হতে হবে।");
        CheckAchievement(unit, achieved);
        if (unit == IndicatorUnit.Percent && target > 100)
            throw new DomainException("A percentage target is at most 100.", "শতকরা লক্ষ্যমাত্রা ১০০-এর বেশি হতে পারে না।");
        var share = Math.Min(1m, achieved / target);
        return new IndicatorScore(share, Math.Round(weight * share, 2, MidpointRounding.AwayFromZero), ApaGrades.Of(share));
    }

    /// <summary>A date indicator earns its weight when done by the target date, nothing after it.</summary>
    public static IndicatorScore ScoreDate(decimal weight, DateOnly target, DateOnly? doneOn) =>
        doneOn is { } d && d <= target
            ? new IndicatorScore(1m, weight, ApaGrade.Outstanding)
            : new IndicatorScore(0m, 0m, ApaGrade.None);

    /// <summary>
    /// The year's achievement from the quarters' (মোট অর্জন): counts add up; a percentage is the mean of the quarters
    /// that reported one (the share of decisions implemented is measured each quarter, not summed). Null when no quarter has a value.
    /// </summary>
    public static decimal? Total(IndicatorUnit unit, IEnumerable<decimal?> quarters)
    {
        var values = quarters.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (values.Count == 0) return null;
        return unit == IndicatorUnit.Percent ? Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero) : values.Sum();
    }

    public const decimal MaxAchievement = 9_999_999m;

    public static void CheckAchievement(IndicatorUnit unit, decimal achieved)
    {
        if (achieved < 0)
            throw new DomainException("An achievement cannot be negative.", "অর্জন ঋণাত্মক হতে পারে না।") { Field = "Achieved" };
        if (achieved > MaxAchievement) // the stored figure has 7 digits before the point
            throw new DomainException("An achievement is at most 9,999,999.", "অর্জন সর্বোচ্চ ৯৯,৯৯,৯৯৯ হতে পারে।") { Field = "Achieved" };
        if (unit == IndicatorUnit.Percent && achieved > 100)
            throw new DomainException("A percentage achievement is at most 100.", "শতকরা অর্জন ১০০-এর বেশি হতে পারে না।") { Field = "Achieved" };
        if (unit == IndicatorUnit.Count && decimal.Truncate(achieved) != achieved)
            throw new DomainException("A count is a whole number.", "সংখ্যা পূর্ণসংখ্যা হতে হবে।") { Field = "Achieved" };
    }
}
