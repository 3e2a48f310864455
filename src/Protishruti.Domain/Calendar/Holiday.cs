namespace Protishruti.Domain.Calendar;

public sealed class Holiday
{
    public const int MaxNameLength = 200;

    public Holiday(DateOnly date, HolidayKind kind, string nameBn, string nameEn)
    {
        NameBn = string.Empty;
        NameEn = string.Empty;
        Update(date, kind, nameBn, nameEn);
    }

    private Holiday()
    {
        NameBn = string.Empty;
        NameEn = string.Empty;
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public HolidayKind Kind { get; private set; }

    public string NameBn { get; private set; }

    public string NameEn { get; private set; }

    // ঐচ্ছিক ছুটি is taken by individual employees of one religion; the office stays open, so deadlines run on.
    public bool ClosesOffices => Kind != HolidayKind.Optional;

    public void Update(DateOnly date, HolidayKind kind, string nameBn, string nameEn)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException($"'{kind}' is not a holiday kind.", $"'{kind}' ছুটির কোনো ধরন নয়।");
        }

        var bn = CheckName(nameBn, "Bengali name", "বাংলা নাম");
        var en = CheckName(nameEn, "English name", "ইংরেজি নাম");
        (Date, Kind, NameBn, NameEn) = (date, kind, bn, en);
    }

    public override string ToString() => $"{Date:yyyy-MM-dd} {NameEn} ({Kind})";

    private static string CheckName(string? name, string whatEn, string whatBn)
    {
        var trimmed = TypedText.TrimToNull(name);
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"The holiday's {whatEn} is required.", $"ছুটির {whatBn} দিতে হবে।");
        }

        if (trimmed.Length > MaxNameLength)
        {
            throw new DomainException(
                $"The holiday's {whatEn} must be at most {MaxNameLength} characters.",
                $"ছুটির {whatBn} {BengaliDigits.ToBengali(MaxNameLength)} অক্ষরের বেশি হতে পারবে না।");
        }

        return trimmed;
    }
}
