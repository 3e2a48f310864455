using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Monitoring;

/// <summary>Which offices an indicator applies to: the 2024-25 plan gives offices with subordinates different indicators.</summary>
public enum Applicability
{
    AllOffices = 0,
    WithSubordinates = 1,
    WithoutSubordinates = 2,
}

/// <summary>Where an achievement comes from: typed with evidence, or counted from what happened in Protishruti.</summary>
public enum AchievementSource
{
    /// <summary>Entered by the office, with uploaded evidence.</summary>
    Manual = 0,
    /// <summary>1 when the charter monitoring committee was reconstituted (office order) or certified unchanged in the quarter.</summary>
    CommitteeActed = 1,
    /// <summary>1 when a charter version was published in the quarter.</summary>
    CharterPublished = 2,
    /// <summary>Coordination meetings with subordinate offices held in the quarter, minutes issued.</summary>
    CoordinationMeetings = 3,
    /// <summary>Stakeholder (awareness) meetings held in the quarter, minutes issued.</summary>
    StakeholderMeetings = 4,
    /// <summary>Workshops/trainings/seminars held in the quarter, minutes issued.</summary>
    Trainings = 5,
    /// <summary>Share of the decisions of the office's meetings held in the quarter that are implemented (%).</summary>
    DecisionsImplemented = 6,
    /// <summary>Monitoring committee meetings held in the quarter, minutes issued.</summary>
    CommitteeMeetings = 7,
    /// <summary>The office's own applications received in the period delivered within the charter's time limit (on-time rate, %; ADR 0037/0039).</summary>
    ServicesOnTime = 8,
    /// <summary>Complaints about the office received in the period resolved within the grievance ladder's deadline (%; ADR 0041).</summary>
    GrievancesResolvedInTime = 9,
}

/// <summary>Everything the SystemAdmin types for an indicator; checked before it touches a plan.</summary>
public sealed record IndicatorDefinition(
    string AreaBn,
    string AreaEn,
    decimal AreaMarks,
    string ActivityCode,
    string ActivityBn,
    string ActivityEn,
    string Code,
    string TextBn,
    string TextEn,
    IndicatorUnit Unit,
    decimal Weight,
    decimal AnnualTarget,
    decimal?[] QuarterTargets,
    string EvidenceBn,
    string EvidenceEn,
    Applicability Applicability,
    AchievementSource Source,
    bool Assumed,
    DateOnly? TargetDate = null)
{
    public const int MaxTextLength = 1000;
    public const int MaxCodeLength = 30;
    /// <summary>The stored figures have 7 digits before the point.</summary>
    public const decimal MaxFigure = 9_999_999m;

    public void Check()
    {
        Need(AreaBn, "AreaBn", "The area needs a Bengali name.", "কার্যক্রমের ক্ষেত্রের বাংলা নাম দিন।");
        Need(ActivityBn, "ActivityBn", "The activity needs a Bengali text.", "কার্যক্রমের বাংলা পাঠ দিন।");
        Need(Code, "Code", "The indicator needs a code such as 1.1.1.", "সূচকের নম্বর দিন, যেমন ১.১.১।");
        Need(TextBn, "TextBn", "The indicator needs a Bengali text.", "সূচকের বাংলা পাঠ দিন।");
        foreach (var (value, field) in new[] { (AreaBn, "AreaBn"), (AreaEn, "AreaEn"), (ActivityBn, "ActivityBn"), (ActivityEn, "ActivityEn"),
                     (TextBn, "TextBn"), (TextEn, "TextEn"), (EvidenceBn, "EvidenceBn"), (EvidenceEn, "EvidenceEn") })
            if (TypedText.Trim(value).Length > MaxTextLength)
                throw new DomainException($"At most {MaxTextLength} characters.", $"সর্বোচ্চ {BengaliDigits.ToBengali(MaxTextLength)} অক্ষর।") { Field = field };
        foreach (var (value, field) in new[] { (Code, "Code"), (ActivityCode, "ActivityCode") })
            if (TypedText.Trim(value).Length > MaxCodeLength)
                throw new DomainException($"A code is at most {MaxCodeLength} characters.", $"নম্বর সর্বোচ্চ {BengaliDigits.ToBengali(MaxCodeLength)} অক্ষরের।") { Field = field };
        foreach (var (value, field) in new[] { (Weight, "Weight"), (AreaMarks, "AreaMarks"), (AnnualTarget, "AnnualTarget") })
            if (value > MaxFigure)
                throw new DomainException("A figure is at most 9,999,999.", "সংখ্যাটি সর্বোচ্চ ৯৯,৯৯,৯৯৯ হতে পারে।") { Field = field };
        if (QuarterTargets.Any(t => t > MaxFigure))
            throw new DomainException("A figure is at most 9,999,999.", "সংখ্যাটি সর্বোচ্চ ৯৯,৯৯,৯৯৯ হতে পারে।") { Field = "QuarterTargets" };
        var code = BengaliDigits.ToAscii(TypedText.Trim(Code));
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, @"^\d+(\.\d+)*$"))
            throw new DomainException("An indicator code is numbers joined by dots, such as 1.1.1.", "সূচকের নম্বর বিন্দু দিয়ে যুক্ত সংখ্যা হবে, যেমন ১.১.১।") { Field = "Code" };
        if (Weight <= 0)
            throw new DomainException("The indicator's weight (marks) must be more than zero.", "সূচকের মান শূন্যের বেশি হতে হবে।") { Field = "Weight" };
        if (AreaMarks < 0)
            throw new DomainException("The area's marks cannot be negative.", "ক্ষেত্রের মান ঋণাত্মক হতে পারে না।") { Field = "AreaMarks" };
        if (QuarterTargets.Length != 4)
            throw new ArgumentException("Four quarterly targets (some may be empty).", nameof(QuarterTargets));
        if (Unit == IndicatorUnit.Date)
        {
            if (TargetDate is null)
                throw new DomainException("A date indicator needs its target date.", "তারিখভিত্তিক সূচকের লক্ষ্য তারিখ দিন।") { Field = "TargetDate" };
            return;
        }
        if (AnnualTarget <= 0)
            throw new DomainException("The annual target must be more than zero.", "বার্ষিক লক্ষ্যমাত্রা শূন্যের বেশি হতে হবে।") { Field = "AnnualTarget" };
        CheckTarget(AnnualTarget, "AnnualTarget");
        foreach (var t in QuarterTargets) if (t is { } v) CheckTarget(v, "QuarterTargets");
        if (Unit == IndicatorUnit.Count && QuarterTargets.Sum(t => t ?? 0) > AnnualTarget)
            throw new DomainException("The quarterly targets add up to more than the annual target.", "ত্রৈমাসিক লক্ষ্যমাত্রার যোগফল বার্ষিক লক্ষ্যমাত্রার বেশি।") { Field = "QuarterTargets" };
        if (Source == AchievementSource.DecisionsImplemented && Unit != IndicatorUnit.Percent)
            throw new DomainException("The share of decisions implemented is a percentage.", "সিদ্ধান্ত বাস্তবায়নের হার শতকরায় হবে।") { Field = "Unit" };
    }

    private void CheckTarget(decimal target, string field)
    {
        if (target < 0)
            throw new DomainException("A target cannot be negative.", "লক্ষ্যমাত্রা ঋণাত্মক হতে পারে না।") { Field = field };
        if (Unit == IndicatorUnit.Percent && target > 100)
            throw new DomainException("A percentage target is at most 100.", "শতকরা লক্ষ্যমাত্রা ১০০-এর বেশি হতে পারে না।") { Field = field };
        if (Unit == IndicatorUnit.Count && decimal.Truncate(target) != target)
            throw new DomainException("A count target is a whole number.", "সংখ্যাভিত্তিক লক্ষ্যমাত্রা পূর্ণসংখ্যা হবে।") { Field = field };
    }

    private static void Need(string? value, string field, string en, string bn)
    {
        if (TypedText.IsBlank(value)) throw new DomainException(en, bn) { Field = field };
    }
}

/// <summary>
/// One row of the plan grid (কার্যক্রমের ক্ষেত্র | মান | কার্যক্রম | কর্মসম্পাদন সূচক | একক | সূচকের মান | লক্ষ্যমাত্রা | প্রমাণক).
/// Area and activity are columns of the row, as the printed grid repeats them; the grid groups rows by them.
/// Codes are stored with ASCII digits and printed with Bengali ones.
/// </summary>
public sealed class PlanIndicator
{
    private PlanIndicator() { }

    internal PlanIndicator(ActionPlan plan, int order, IndicatorDefinition d)
    {
        Plan = plan;
        Order = order;
        Apply(d);
    }

    public int Id { get; private set; }
    public int ActionPlanId { get; private set; }
    public ActionPlan Plan { get; private set; } = null!;
    public int Order { get; private set; }
    public string AreaBn { get; private set; } = "";
    public string AreaEn { get; private set; } = "";
    public decimal AreaMarks { get; private set; }
    public string ActivityCode { get; private set; } = "";
    public string ActivityBn { get; private set; } = "";
    public string ActivityEn { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string TextBn { get; private set; } = "";
    public string TextEn { get; private set; } = "";
    public IndicatorUnit Unit { get; private set; }
    public decimal Weight { get; private set; }
    public decimal AnnualTarget { get; private set; }
    public decimal? TargetQ1 { get; private set; }
    public decimal? TargetQ2 { get; private set; }
    public decimal? TargetQ3 { get; private set; }
    public decimal? TargetQ4 { get; private set; }
    public DateOnly? TargetDate { get; private set; }
    public string EvidenceBn { get; private set; } = "";
    public string EvidenceEn { get; private set; } = "";
    public Applicability Applicability { get; private set; }
    public AchievementSource Source { get; private set; }
    /// <summary>The row is an assumption ([I] in domain.md), not a confirmed copy of the published plan.</summary>
    public bool Assumed { get; private set; }

    public bool IsComputed => Source != AchievementSource.Manual;

    public bool AppliesTo(bool hasSubordinates) => Applicability switch
    {
        Applicability.WithSubordinates => hasSubordinates,
        Applicability.WithoutSubordinates => !hasSubordinates,
        _ => true,
    };

    public decimal? QuarterTarget(int quarter) => quarter switch
    {
        1 => TargetQ1,
        2 => TargetQ2,
        3 => TargetQ3,
        4 => TargetQ4,
        _ => throw new ArgumentOutOfRangeException(nameof(quarter)),
    };

    public string Text(bool bengali) => bengali || TypedText.IsBlank(TextEn) ? TextBn : TextEn;
    public string Activity(bool bengali) => bengali || TypedText.IsBlank(ActivityEn) ? ActivityBn : ActivityEn;
    public string Area(bool bengali) => bengali || TypedText.IsBlank(AreaEn) ? AreaBn : AreaEn;
    public string Evidence(bool bengali) => bengali || TypedText.IsBlank(EvidenceEn) ? EvidenceBn : EvidenceEn;

    /// <summary>The code as printed: "[১.১.১]" in Bengali, "[1.1.1]" in English.</summary>
    public string CodeLabel(bool bengali) => $"[{(bengali ? BengaliDigits.ToBengali(Code) : Code)}]";

    public IndicatorDefinition Definition() => new(AreaBn, AreaEn, AreaMarks, ActivityCode, ActivityBn, ActivityEn, Code, TextBn, TextEn,
        Unit, Weight, AnnualTarget, [TargetQ1, TargetQ2, TargetQ3, TargetQ4], EvidenceBn, EvidenceEn, Applicability, Source, Assumed, TargetDate);

    internal void Apply(IndicatorDefinition d)
    {
        AreaBn = TypedText.Trim(d.AreaBn);
        AreaEn = TypedText.Trim(d.AreaEn);
        AreaMarks = d.AreaMarks;
        ActivityCode = BengaliDigits.ToAscii(TypedText.Trim(d.ActivityCode));
        ActivityBn = TypedText.Trim(d.ActivityBn);
        ActivityEn = TypedText.Trim(d.ActivityEn);
        Code = BengaliDigits.ToAscii(TypedText.Trim(d.Code));
        TextBn = TypedText.Trim(d.TextBn);
        TextEn = TypedText.Trim(d.TextEn);
        Unit = d.Unit;
        Weight = d.Weight;
        AnnualTarget = d.AnnualTarget;
        (TargetQ1, TargetQ2, TargetQ3, TargetQ4) = (d.QuarterTargets[0], d.QuarterTargets[1], d.QuarterTargets[2], d.QuarterTargets[3]);
        TargetDate = d.TargetDate;
        EvidenceBn = TypedText.Trim(d.EvidenceBn);
        EvidenceEn = TypedText.Trim(d.EvidenceEn);
        Applicability = d.Applicability;
        Source = d.Source;
        Assumed = d.Assumed;
    }
}
