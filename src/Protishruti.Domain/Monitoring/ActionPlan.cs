using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Monitoring;

/// <summary>The governance action plans of the integrated APA (domain.md §3.1): one of each per fiscal year.</summary>
public enum PlanKind
{
    CitizenCharter = 1,
    Grievance = 2,
    Integrity = 3,
    RightToInformation = 4,
    Innovation = 5,
}

public static class PlanKindNames
{
    public static string Bn(this PlanKind kind) => kind switch
    {
        PlanKind.CitizenCharter => "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা",
        PlanKind.Grievance => "অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা",
        PlanKind.Integrity => "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা",
        PlanKind.RightToInformation => "তথ্য অধিকার বিষয়ে বার্ষিক কর্মপরিকল্পনা",
        PlanKind.Innovation => "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা",
        _ => kind.ToString(),
    };

    public static string En(this PlanKind kind) => kind switch
    {
        PlanKind.CitizenCharter => "Citizen Charter action plan",
        PlanKind.Grievance => "Grievance redress action plan",
        PlanKind.Integrity => "National Integrity Strategy action plan",
        PlanKind.RightToInformation => "Right to Information action plan",
        PlanKind.Innovation => "E-governance and innovation action plan",
        _ => kind.ToString(),
    };

    public static string Name(this PlanKind kind, bool bengali) => bengali ? kind.Bn() : kind.En();

    public static string Slug(this PlanKind kind) => kind switch
    {
        PlanKind.CitizenCharter => "cc",
        PlanKind.Grievance => "grs",
        PlanKind.Integrity => "nis",
        PlanKind.RightToInformation => "rti",
        PlanKind.Innovation => "innovation",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static PlanKind? FromSlug(string? slug) =>
        Enum.GetValues<PlanKind>().Cast<PlanKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);
}

/// <summary>
/// An action plan of one fiscal year, as data (issue 6): the SystemAdmin writes its indicators, targets and weights
/// each year, because the indicator set changes from year to year (domain.md §3.3). Offices report against the plan
/// of the year; an indicator a report already uses cannot be removed (the report would lose its row).
/// </summary>
public sealed class ActionPlan
{
    private readonly List<PlanIndicator> _indicators = [];

    private ActionPlan() { }

    public ActionPlan(FiscalYear year, PlanKind kind, string titleBn, string titleEn)
    {
        FiscalYearStart = year.StartYear;
        Kind = kind;
        Retitle(titleBn, titleEn);
    }

    public int Id { get; private set; }
    /// <summary>The calendar year the fiscal year starts in (2024 for 2024-25).</summary>
    public int FiscalYearStart { get; private set; }
    public PlanKind Kind { get; private set; }
    public string TitleBn { get; private set; } = "";
    public string TitleEn { get; private set; } = "";
    /// <summary>Where the plan's values come from, and which are assumptions ([I] in domain.md).</summary>
    public string? SourceNote { get; private set; }
    public IReadOnlyList<PlanIndicator> Indicators => _indicators;

    public FiscalYear FiscalYear => new(FiscalYearStart);

    public string Title(bool bengali) => bengali || TypedText.IsBlank(TitleEn) ? TitleBn : TitleEn;

    public void Retitle(string titleBn, string titleEn)
    {
        if (TypedText.IsBlank(titleBn))
            throw new DomainException("The plan needs a Bengali title.", "কর্মপরিকল্পনার বাংলা শিরোনাম দিন।") { Field = "TitleBn" };
        if (TypedText.Trim(titleBn).Length > MaxTitleLength || TypedText.Trim(titleEn).Length > MaxTitleLength)
            throw new DomainException($"A plan's title is at most {MaxTitleLength} characters.",
                $"কর্মপরিকল্পনার শিরোনাম সর্বোচ্চ {BengaliDigits.ToBengali(MaxTitleLength)} অক্ষরের।") { Field = TypedText.Trim(titleBn).Length > MaxTitleLength ? "TitleBn" : "TitleEn" };
        (TitleBn, TitleEn) = (TypedText.Trim(titleBn), TypedText.Trim(titleEn));
    }

    public const int MaxTitleLength = 300;
    public const int MaxNoteLength = 4000;

    public void SetSourceNote(string? note)
    {
        if (TypedText.Trim(note).Length > MaxNoteLength)
            throw new DomainException($"The note is at most {MaxNoteLength} characters.", $"টীকা সর্বোচ্চ {BengaliDigits.ToBengali(MaxNoteLength)} অক্ষরের।") { Field = "SourceNote" };
        SourceNote = TypedText.TrimToNull(note);
    }

    /// <summary>
    /// The most indicators a plan may have: the compliance dashboard keeps each office's results as one 64-bit set per
    /// quarter (ADR 0022). APA plans have a few dozen rows at most; the 2024-25 charter plan has under twenty.
    /// </summary>
    public const int MaxIndicators = 63;

    public PlanIndicator Add(IndicatorDefinition definition)
    {
        definition.Check();
        if (_indicators.Count >= MaxIndicators)
            throw new DomainException($"A plan may have at most {MaxIndicators} indicators.",
                $"একটি কর্মপরিকল্পনায় সর্বোচ্চ {BengaliDigits.ToBengali(MaxIndicators.ToString(System.Globalization.CultureInfo.InvariantCulture))}টি সূচক থাকতে পারে।") { Field = "Code" };
        if (_indicators.Any(i => i.Code == TypedText.Trim(definition.Code)))
            throw new DomainException($"The plan already has an indicator {definition.Code}.",
                $"এই কর্মপরিকল্পনায় {BengaliDigits.ToBengali(definition.Code)} সূচক আগে থেকেই আছে।") { Field = "Code" };
        var indicator = new PlanIndicator(this, _indicators.Count == 0 ? 1 : _indicators.Max(i => i.Order) + 1, definition);
        _indicators.Add(indicator);
        return indicator;
    }

    public void Change(PlanIndicator indicator, IndicatorDefinition definition)
    {
        definition.Check();
        if (_indicators.Any(i => i != indicator && i.Code == TypedText.Trim(definition.Code)))
            throw new DomainException($"The plan already has an indicator {definition.Code}.",
                $"এই কর্মপরিকল্পনায় {BengaliDigits.ToBengali(definition.Code)} সূচক আগে থেকেই আছে।") { Field = "Code" };
        indicator.Apply(definition);
    }

    /// <param name="usedByReports">Whether any office's report has a row for the indicator.</param>
    public void Remove(PlanIndicator indicator, bool usedByReports)
    {
        if (usedByReports)
            throw new DomainException("Offices have already reported on this indicator, so it cannot be removed; change its text or weight instead.",
                "দপ্তরসমূহ এই সূচকে ইতোমধ্যে অগ্রগতি প্রতিবেদন দিয়েছে, তাই এটি মুছা যাবে না; প্রয়োজনে পাঠ বা মান পরিবর্তন করুন।");
        _indicators.Remove(indicator);
    }

    /// <summary>The indicators an office reports on: those for every office and those for its kind (with or without subordinates).</summary>
    public IEnumerable<PlanIndicator> For(bool hasSubordinates) =>
        _indicators.Where(i => i.AppliesTo(hasSubordinates)).OrderBy(i => i.Order);

    /// <summary>The plan's full marks for an office (the weights of its indicators).</summary>
    public decimal TotalMarks(bool hasSubordinates) => For(hasSubordinates).Sum(i => i.Weight);
}
