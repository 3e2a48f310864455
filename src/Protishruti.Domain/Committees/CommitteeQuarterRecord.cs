using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Committees;

public enum CommitteeQuarterAction
{
    /// <summary>The committee was formed anew by an office order (অফিস আদেশ) with a memo number.</summary>
    Reconstituted = 1,
    /// <summary>The office head certified that the committee stays as it is this quarter.</summary>
    CertifiedUnchanged = 2,
}

/// <summary>What the office did about its committee in one fiscal quarter: the evidence the action plan asks for.</summary>
public sealed class CommitteeQuarterRecord
{
    private CommitteeQuarterRecord() { }

    internal CommitteeQuarterRecord(Committee committee, FiscalQuarter quarter, CommitteeQuarterAction action, DateOnly on,
        string by, string? memoNumber, string? note)
    {
        Committee = committee;
        FiscalYearStart = quarter.FiscalYear.StartYear;
        Quarter = quarter.Number;
        Action = action;
        On = on;
        By = by;
        MemoNumber = memoNumber;
        Note = note;
    }

    public int Id { get; private set; }
    public int CommitteeId { get; private set; }
    public Committee Committee { get; private set; } = null!;
    /// <summary>The calendar year the fiscal year starts in (2024 for 2024-25).</summary>
    public int FiscalYearStart { get; private set; }
    public int Quarter { get; private set; }
    public CommitteeQuarterAction Action { get; private set; }
    /// <summary>The office order's date, or the day of the certificate.</summary>
    public DateOnly On { get; private set; }
    public string By { get; private set; } = "";
    /// <summary>The office order's memo number (reconstitution only).</summary>
    public string? MemoNumber { get; private set; }
    public string? Note { get; private set; }

    public FiscalQuarter FiscalQuarter => new(new FiscalYear(FiscalYearStart), Quarter);
}
