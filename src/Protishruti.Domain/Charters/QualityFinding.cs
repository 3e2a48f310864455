namespace Protishruti.Domain.Charters;

public enum FindingSeverity
{
    /// <summary>Stops submission and publication.</summary>
    Blocking = 1,
    /// <summary>Shown and counted in the score, but the charter can still be submitted.</summary>
    Warning = 2,
}

/// <summary>What the domain needs to know about a post, looked up by the caller so the domain never queries.</summary>
/// <param name="HasHolder">Someone holds the post today (regular or additional charge).</param>
/// <param name="HolderHasPhone">The post or its holder has a phone number to print.</param>
/// <param name="HolderHasEmail">The post or its holder has an e-mail address to print.</param>
public sealed record PostInfo(bool HasHolder, bool HolderHasPhone, bool HolderHasEmail, string? DesignationBn = null, string? DesignationEn = null)
{
    public bool IsVacant => !HasHolder;
}

/// <param name="Code">Stable identifier, e.g. "service.time-limit.vague"; pages and tests match on it.</param>
/// <param name="ServiceKey">The service concerned, when the finding is about one.</param>
/// <param name="Field">The field to fix, e.g. "TimeLimit", "GrievanceLevels[2].ResolutionLimit".</param>
public sealed record QualityFinding(
    FindingSeverity Severity,
    string Code,
    string MessageEn,
    string MessageBn,
    Guid? ServiceKey = null,
    string? Field = null,
    int? PostId = null)
{
    public string Message(bool bengali) => bengali ? MessageBn : MessageEn;
}

public sealed class QualityReport
{
    internal QualityReport(IReadOnlyList<QualityFinding> findings, int score)
    {
        Findings = findings;
        Score = score;
    }

    public IReadOnlyList<QualityFinding> Findings { get; }

    /// <summary>0–100; at most 59 while anything blocks submission, so 60 and above means "can be published".</summary>
    public int Score { get; }

    public bool HasBlocking => Findings.Any(f => f.Severity == FindingSeverity.Blocking);

    public IEnumerable<QualityFinding> Blocking => Findings.Where(f => f.Severity == FindingSeverity.Blocking);

    public IEnumerable<QualityFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

    public IEnumerable<QualityFinding> For(Guid serviceKey) => Findings.Where(f => f.ServiceKey == serviceKey);
}

/// <summary>Thrown when a charter with blocking quality findings is submitted or published; carries the findings.</summary>
public sealed class CharterQualityException : DomainException
{
    public CharterQualityException(QualityReport report)
        : base(Summary(report, bengali: false), Summary(report, bengali: true))
    {
        Report = report;
    }

    public QualityReport Report { get; }

    public IReadOnlyList<QualityFinding> Findings => Report.Findings;

    private static string Summary(QualityReport report, bool bengali)
    {
        var blocking = report.Blocking.ToList();
        var first = string.Join(" ", blocking.Take(3).Select(f => f.Message(bengali)));
        var more = blocking.Count > 3 ? (bengali ? $" (আরও {Calendar.BengaliDigits.ToBengali(blocking.Count - 3)}টি)" : $" (and {blocking.Count - 3} more)") : "";
        return bengali
            ? $"প্রতিশ্রুতিতে {Calendar.BengaliDigits.ToBengali(blocking.Count)}টি সমস্যা সমাধান না করে দাখিল বা প্রকাশ করা যাবে না: {first}{more}"
            : $"The charter cannot be submitted or published until {blocking.Count} problem(s) are fixed: {first}{more}";
    }
}
