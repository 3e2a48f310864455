using System.Globalization;

namespace Protishruti.Domain.Calendar;

// অর্থবছর: 1 July StartYear to 30 June StartYear + 1, labelled by both years ("2024-25").
public readonly record struct FiscalYear(int StartYear)
{
    // Start and End must stay representable as DateOnly.
    public int StartYear { get; } = StartYear is >= 1 and <= 9998
        ? StartYear
        : throw new ArgumentOutOfRangeException(nameof(StartYear), StartYear, "A fiscal year must start between year 1 and 9998.");

    public DateOnly Start => new(StartYear, 7, 1);

    public DateOnly End => new(StartYear + 1, 6, 30);

    public string LabelEn => $"{StartYear}-{(StartYear + 1) % 100:D2}";

    public string LabelBn => BengaliDigits.ToBengali(LabelEn);

    public IReadOnlyList<FiscalQuarter> Quarters => [Quarter(1), Quarter(2), Quarter(3), Quarter(4)];

    public static FiscalYear Of(DateOnly date) => new(date.Month >= 7 ? date.Year : date.Year - 1);

    public FiscalQuarter Quarter(int number) => new(this, number);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public string Label(bool bengali) => bengali ? LabelBn : LabelEn;

    public static bool TryParse(string? text, out FiscalYear fy)
    {
        fy = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Officials type an en dash as often as a hyphen ("২০২৪–২৫").
        var parts = BengaliDigits.ToAscii(text).Split(['-', '\u2013'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is not (2 or 4)
            || !IsAllAsciiDigits(parts[0]) || !IsAllAsciiDigits(parts[1]))
        {
            return false;
        }

        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var second = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var expected = parts[1].Length == 2 ? (first + 1) % 100 : first + 1;
        if (second != expected || first is < 1 or > 9998)
        {
            return false;
        }

        fy = new FiscalYear(first);
        return true;
    }

    public override string ToString() => LabelEn;

    private static bool IsAllAsciiDigits(string s) => !s.AsSpan().ContainsAnyExceptInRange('0', '9');
}
