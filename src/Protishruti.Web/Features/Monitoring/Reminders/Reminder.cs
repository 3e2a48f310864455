namespace Protishruti.Web.Features.Monitoring.Reminders;

public enum ReminderKind
{
    /// <summary>A report is due soon and not yet submitted.</summary>
    DueSoon = 1,
    /// <summary>The deadline passed and the report was not submitted.</summary>
    Overdue = 2,
    /// <summary>The parent returned the report with comments.</summary>
    Returned = 3,
    /// <summary>To the parent's monitor: a subordinate office has not submitted by the deadline.</summary>
    SubordinateLate = 4,
}

/// <summary>
/// One reminder to one user, shown in their in-app list (and, when they have an address, queued in the outbox in the
/// same transaction). <see cref="Key"/> is unique: it names the event and the recipient (kind, report or office and
/// period, user), so the job that finds reminders to send may run on several instances, or run again after a restart,
/// and each reminder is still written — and e-mailed — once: a second insert of the same key fails and is dropped.
/// Instants are UTC.
/// </summary>
public sealed class Reminder
{
    public const int MaxKeyLength = 200;

    public long Id { get; set; }
    public string Key { get; set; } = "";
    public ReminderKind Kind { get; set; }
    /// <summary>The office the reminder is about (the late subordinate for <see cref="ReminderKind.SubordinateLate"/>).</summary>
    public int OfficeId { get; set; }
    public string UserId { get; set; } = "";
    public int? ProgressReportId { get; set; }
    public int FiscalYearStart { get; set; }
    public Domain.Monitoring.ReportPeriod Period { get; set; }
    public string TextBn { get; set; } = "";
    public string TextEn { get; set; } = "";
    /// <summary>Where the reminder leads (the report, the review queue, the dashboard).</summary>
    public string Url { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
