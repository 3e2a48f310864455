using System.Text.Json.Serialization;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;

namespace Protishruti.Web.Features.Monitoring.Reports;

/// <summary>A link to the record that proves an achievement (office order, minutes, charter version, uploaded file).</summary>
public sealed record EvidenceLink(string LabelBn, string LabelEn, string Url)
{
    public string Label(bool bengali) => bengali || string.IsNullOrWhiteSpace(LabelEn) ? LabelBn : LabelEn;
}

/// <summary>
/// One row of the APA progress grid (domain.md §3.2, the 2024-25 sheet's columns ১–১৩): the indicator, its unit,
/// weight and targets, the achievement of each quarter so far, the total, the marks and grade. <see cref="Marks"/> is
/// null when nothing is due yet by this period (a training planned for the third quarter is not scored in the first).
/// </summary>
public sealed record GridRow(
    int IndicatorId,
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
    DateOnly? TargetDate,
    decimal? PeriodTarget,
    decimal? TargetToDate,
    decimal?[] Quarters,
    DateOnly? DoneOn,
    decimal? Total,
    decimal? Marks,
    ApaGrade Grade,
    bool Computed,
    bool Assumed,
    string EvidenceNeededBn,
    string EvidenceNeededEn,
    IReadOnlyList<EvidenceLink> Evidence,
    string? Remarks,
    string? NoteBn,
    string? NoteEn)
{
    public string Text(bool bengali) => bengali || string.IsNullOrWhiteSpace(TextEn) ? TextBn : TextEn;
    public string Activity(bool bengali) => bengali || string.IsNullOrWhiteSpace(ActivityEn) ? ActivityBn : ActivityEn;
    public string Area(bool bengali) => bengali || string.IsNullOrWhiteSpace(AreaEn) ? AreaBn : AreaEn;
    public string CodeLabel(bool bengali) => $"[{(bengali ? BengaliDigits.ToBengali(Code) : Code)}]";
    public string ActivityLabel(bool bengali) => string.IsNullOrEmpty(ActivityCode) ? "" : $"[{(bengali ? BengaliDigits.ToBengali(ActivityCode) : ActivityCode)}]";

    /// <summary>Whether the row reached what was due by this period.</summary>
    [JsonIgnore]
    public bool OnTarget => Marks is { } m && m >= Weight;
}

/// <summary>
/// The whole progress report as shown on the page, printed in the PDF/DOCX, and frozen as JSON in each submission
/// (ReportStep.SnapshotJson) — so what the reviewer saw is exactly what the office sent.
/// </summary>
public sealed record ReportGrid(
    string OfficeCode,
    string OfficeNameBn,
    string OfficeNameEn,
    string? ParentNameBn,
    int FiscalYearStart,
    ReportPeriod Period,
    PlanKind PlanKind,
    string PlanTitleBn,
    string PlanTitleEn,
    IReadOnlyList<GridRow> Rows,
    decimal FullMarks,
    decimal ScoredWeight,
    decimal Marks,
    ApaGrade Grade,
    DateOnly DueOn,
    ReportState State,
    bool Late,
    DateTime? SubmittedAt,
    DateTime BuiltAt)
{
    // Derived values stay out of the frozen JSON (a FiscalYear lists its quarters, which name their year: a cycle).
    [JsonIgnore]
    public FiscalYear FiscalYear => new(FiscalYearStart);

    /// <summary>The quarters the grid shows achievements for: up to the report's own quarter; all four for the annual report.</summary>
    [JsonIgnore]
    public int QuartersShown => Period == ReportPeriod.Annual ? 4 : (int)Period;

    public string OfficeName(bool bengali) => bengali || string.IsNullOrWhiteSpace(OfficeNameEn) ? OfficeNameBn : OfficeNameEn;
    public string PlanTitle(bool bengali) => bengali || string.IsNullOrWhiteSpace(PlanTitleEn) ? PlanTitleBn : PlanTitleEn;

    /// <summary>Marks as a share of what was scored so far, as a percentage (the grade's basis).</summary>
    [JsonIgnore]
    public decimal Percent => ScoredWeight == 0 ? 0 : Math.Round(100m * Marks / ScoredWeight, 2, MidpointRounding.AwayFromZero);

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, Json);

    public static ReportGrid FromJson(string json) => System.Text.Json.JsonSerializer.Deserialize<ReportGrid>(json, Json)!;
}

/// <summary>The grid partial's model: the grid and, on a returned report, the reviewer's comment per indicator.</summary>
public sealed record GridView(ReportGrid Grid, IReadOnlyDictionary<int, string>? Comments = null);
