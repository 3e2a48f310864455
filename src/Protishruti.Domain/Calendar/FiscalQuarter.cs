namespace Protishruti.Domain.Calendar;

// Quarters of the fiscal year as APA and GRS reports use them: 1 = Jul–Sep, 2 = Oct–Dec, 3 = Jan–Mar, 4 = Apr–Jun.
public readonly record struct FiscalQuarter(FiscalYear FiscalYear, int Number)
{
    private static readonly string[] OrdinalsBn = ["১ম", "২য়", "৩য়", "৪র্থ"];

    public FiscalYear FiscalYear { get; } = FiscalYear;

    public int Number { get; } = Number is >= 1 and <= 4
        ? Number
        : throw new ArgumentOutOfRangeException(nameof(Number), Number, "A fiscal quarter is numbered 1 to 4.");

    public DateOnly Start => FiscalYear.Start.AddMonths(3 * (Number - 1));

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public string OrdinalBn => OrdinalsBn[Number - 1];

    public string LabelBn =>
        $"{FiscalYear.LabelBn} অর্থবছরের {OrdinalBn} কোয়ার্টার ({GregorianNames.MonthBn(Start.Month)}–{GregorianNames.MonthBn(End.Month)})";

    public string LabelEn =>
        $"Q{Number} of FY {FiscalYear.LabelEn} ({GregorianNames.MonthEn(Start.Month)}–{GregorianNames.MonthEn(End.Month)})";

    public static FiscalQuarter Of(DateOnly date)
    {
        var fy = FiscalYear.Of(date);
        var monthsIntoYear = (date.Month + 5) % 12;
        return new FiscalQuarter(fy, monthsIntoYear / 3 + 1);
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public string Label(bool bengali) => bengali ? LabelBn : LabelEn;

    public override string ToString() => LabelEn;
}
