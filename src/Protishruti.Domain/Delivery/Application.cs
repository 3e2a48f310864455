using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;

namespace Protishruti.Domain.Delivery;

/// <summary>
/// One application for a charter service (আবেদন), recorded against the published charter version in force on the day
/// it was received, with the promise that version made (its time limit is copied, so a later version or a holiday
/// change never rewrites what was promised; only the due date is re-derived from it). Every rule that a register row,
/// an uploaded row or an API item can break is checked here, with the field it is about.
/// </summary>
public sealed class Application
{
    public const int MaxReferenceLength = 64;
    public const int MaxNoteLength = 500;
    public const int MaxReasonLength = 500;

    private Application() { }

    public Application(int officeId, CharterService service, string? reference, DateOnly receivedOn, ApplicationChannel channel,
        DateOnly today, string trackingNumber, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(service);
        OfficeId = officeId;
        TrackingNumber = trackingNumber;
        Reference = CheckReference(reference);
        SetService(service);
        SetReceived(receivedOn, today, calendar);
        SetChannel(channel);
    }

    public long Id { get; private set; }
    public int OfficeId { get; private set; }
    public int CharterVersionId { get; private set; }
    public int CharterServiceId { get; private set; }
    /// <summary>The service's key, the same in every version of the charter.</summary>
    public Guid ServiceKey { get; private set; }
    public TimeLimitUnit? LimitUnit { get; private set; }
    public int? LimitValue { get; private set; }
    /// <summary>The office's own register number; unique in the office.</summary>
    public string Reference { get; private set; } = "";
    public DateOnly ReceivedOn { get; private set; }
    public ApplicationChannel Channel { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public ApplicationOutcome? Outcome { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? OutcomeReason { get; private set; }
    public string? Note { get; private set; }
    public string TrackingNumber { get; private set; } = "";

    public bool IsOpen => Outcome is null;

    public Promise Promise(WorkingDayCalendar calendar) => Delivery.Promise.For(LimitUnit, LimitValue, ReceivedOn, calendar);

    public ApplicationStatus StatusOn(DateOnly today) => Outcome switch
    {
        null when DueOn is null => ApplicationStatus.OpenNotMeasurable,
        null => today > DueOn ? ApplicationStatus.OpenOverdue : ApplicationStatus.OpenWithinLimit,
        ApplicationOutcome.Delivered when DueOn is null => ApplicationStatus.DeliveredNotMeasurable,
        ApplicationOutcome.Delivered => ClosedOn <= DueOn ? ApplicationStatus.DeliveredOnTime : ApplicationStatus.DeliveredLate,
        ApplicationOutcome.Rejected => ApplicationStatus.Rejected,
        ApplicationOutcome.Withdrawn => ApplicationStatus.Withdrawn,
        _ => ApplicationStatus.Transferred,
    };

    /// <summary>The service the application is for; the caller has found it in the version in force on the day of receipt.</summary>
    public void SetService(CharterService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        CharterVersionId = service.CharterVersionId;
        CharterServiceId = service.Id;
        ServiceKey = service.Key;
        LimitUnit = service.TimeLimit?.Unit;
        LimitValue = service.TimeLimit?.Value;
    }

    public void SetReceived(DateOnly receivedOn, DateOnly today, WorkingDayCalendar calendar)
    {
        if (receivedOn > today)
            throw new DomainException($"The received date {Iso(receivedOn)} is in the future.",
                $"গ্রহণের তারিখ {BnDate(receivedOn)} ভবিষ্যতের তারিখ।") { Field = nameof(ReceivedOn) };
        if (ClosedOn is { } closed && closed < receivedOn)
            throw new DomainException("The received date is after the date the application was closed.",
                "গ্রহণের তারিখ আবেদন নিষ্পত্তির তারিখের পরে।") { Field = nameof(ReceivedOn) };
        ReceivedOn = receivedOn;
        Recompute(calendar);
    }

    public void SetChannel(ApplicationChannel channel)
    {
        if (!Enum.IsDefined(channel))
            throw new DomainException("Choose how the application came: counter, online, post or union digital centre.",
                "আবেদন কীভাবে এসেছে বাছাই করুন: কাউন্টার, অনলাইন, ডাক বা ইউনিয়ন ডিজিটাল সেন্টার।") { Field = nameof(Channel) };
        Channel = channel;
    }

    public void SetNote(string? note)
    {
        var n = TypedText.TrimToNull(note);
        if (n?.Length > MaxNoteLength)
            throw new DomainException($"The note is longer than {MaxNoteLength} characters.", $"মন্তব্য {BengaliDigits.ToBengali(MaxNoteLength)} অক্ষরের বেশি।") { Field = nameof(Note) };
        Note = n;
    }

    public void CorrectReference(string? reference) => Reference = CheckReference(reference);

    /// <summary>Closes (or re-closes, as a correction) the application; a null outcome with no date reopens it.</summary>
    public void Close(ApplicationOutcome? outcome, DateOnly? closedOn, string? reason, DateOnly today)
    {
        var why = TypedText.TrimToNull(reason);
        if (outcome is null)
        {
            if (closedOn is not null)
                throw new DomainException("A delivered date needs an outcome: delivered, rejected, withdrawn or transferred.",
                    "নিষ্পত্তির তারিখের সাথে ফলাফলও দিন: প্রদত্ত, নামঞ্জুর, প্রত্যাহৃত বা অন্য দপ্তরে প্রেরিত।") { Field = nameof(Outcome) };
            (Outcome, ClosedOn, OutcomeReason) = (null, null, null);
            return;
        }
        if (!Enum.IsDefined(outcome.Value))
            throw new DomainException("Unknown outcome.", "অজানা ফলাফল।") { Field = nameof(Outcome) };
        if (closedOn is not { } date)
            throw new DomainException("Give the date the application was closed.", "আবেদন নিষ্পত্তির তারিখ দিন।") { Field = nameof(ClosedOn) };
        if (date < ReceivedOn)
            throw new DomainException($"The date {Iso(date)} is before the received date {Iso(ReceivedOn)}.",
                $"তারিখ {BnDate(date)} গ্রহণের তারিখ {BnDate(ReceivedOn)}-এর আগে।") { Field = nameof(ClosedOn) };
        if (date > today)
            throw new DomainException($"The date {Iso(date)} is in the future.", $"তারিখ {BnDate(date)} ভবিষ্যতের তারিখ।") { Field = nameof(ClosedOn) };
        if (outcome == ApplicationOutcome.Rejected && why is null)
            throw new DomainException("Say why the application was rejected.", "আবেদন কেন নামঞ্জুর হলো তা লিখুন।") { Field = nameof(OutcomeReason) };
        if (why?.Length > MaxReasonLength)
            throw new DomainException($"The reason is longer than {MaxReasonLength} characters.", $"কারণ {BengaliDigits.ToBengali(MaxReasonLength)} অক্ষরের বেশি।") { Field = nameof(OutcomeReason) };
        (Outcome, ClosedOn, OutcomeReason) = (outcome, date, why);
    }

    /// <summary>Re-derives the due date from the promise copied at recording and the current holiday table.</summary>
    public void Recompute(WorkingDayCalendar calendar) => DueOn = Promise(calendar).DueOn;

    private static string CheckReference(string? reference)
    {
        var r = TypedText.Trim(reference);
        if (r.Length == 0)
            throw new DomainException("Give the application's number in the office's register.", "দপ্তরের রেজিস্টারে আবেদনের নম্বর দিন।") { Field = nameof(Reference) };
        if (r.Length > MaxReferenceLength)
            throw new DomainException($"The register number is longer than {MaxReferenceLength} characters.",
                $"রেজিস্টার নম্বর {BengaliDigits.ToBengali(MaxReferenceLength)} অক্ষরের বেশি।") { Field = nameof(Reference) };
        return r;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static string BnDate(DateOnly d) => GregorianNames.Format(d, bengali: true);
}
