namespace Protishruti.Domain.Delivery;

/// <summary>How an application reached the office.</summary>
public enum ApplicationChannel
{
    Counter = 1,
    Online = 2,
    Post = 3,
    /// <summary>Union Digital Centre (ইউনিয়ন ডিজিটাল সেন্টার).</summary>
    Udc = 4,
}

/// <summary>How an application was closed.</summary>
public enum ApplicationOutcome
{
    Delivered = 1,
    Rejected = 2,
    Withdrawn = 3,
    Transferred = 4,
}

/// <summary>Where an application stands against its promise on a given day.</summary>
public enum ApplicationStatus
{
    OpenWithinLimit = 1,
    OpenOverdue = 2,
    /// <summary>Open, for a service whose time limit names no measurable time.</summary>
    OpenNotMeasurable = 3,
    DeliveredOnTime = 4,
    DeliveredLate = 5,
    DeliveredNotMeasurable = 6,
    Rejected = 7,
    Withdrawn = 8,
    Transferred = 9,
}

public static class ApplicationNames
{
    public static string Name(this ApplicationChannel c, bool bengali) => (c, bengali) switch
    {
        (ApplicationChannel.Counter, true) => "কাউন্টার",
        (ApplicationChannel.Counter, false) => "Counter",
        (ApplicationChannel.Online, true) => "অনলাইন",
        (ApplicationChannel.Online, false) => "Online",
        (ApplicationChannel.Post, true) => "ডাক",
        (ApplicationChannel.Post, false) => "Post",
        (ApplicationChannel.Udc, true) => "ইউনিয়ন ডিজিটাল সেন্টার",
        (ApplicationChannel.Udc, false) => "Union Digital Centre",
        _ => c.ToString(),
    };

    public static string Name(this ApplicationOutcome o, bool bengali) => (o, bengali) switch
    {
        (ApplicationOutcome.Delivered, true) => "সেবা প্রদত্ত",
        (ApplicationOutcome.Delivered, false) => "Delivered",
        (ApplicationOutcome.Rejected, true) => "নামঞ্জুর",
        (ApplicationOutcome.Rejected, false) => "Rejected",
        (ApplicationOutcome.Withdrawn, true) => "প্রত্যাহৃত",
        (ApplicationOutcome.Withdrawn, false) => "Withdrawn",
        (ApplicationOutcome.Transferred, true) => "অন্য দপ্তরে প্রেরিত",
        (ApplicationOutcome.Transferred, false) => "Transferred",
        _ => o.ToString(),
    };

    public static string Name(this ApplicationStatus s, bool bengali) => (s, bengali) switch
    {
        (ApplicationStatus.OpenWithinLimit, true) => "চলমান, সময়সীমার মধ্যে",
        (ApplicationStatus.OpenWithinLimit, false) => "Open, within the time limit",
        (ApplicationStatus.OpenOverdue, true) => "চলমান, সময়সীমা পেরিয়ে গেছে",
        (ApplicationStatus.OpenOverdue, false) => "Open, past the time limit",
        (ApplicationStatus.OpenNotMeasurable, true) => "চলমান (সময়সীমা পরিমাপযোগ্য নয়)",
        (ApplicationStatus.OpenNotMeasurable, false) => "Open (the time limit is not measurable)",
        (ApplicationStatus.DeliveredOnTime, true) => "নির্ধারিত সময়ে প্রদত্ত",
        (ApplicationStatus.DeliveredOnTime, false) => "Delivered on time",
        (ApplicationStatus.DeliveredLate, true) => "বিলম্বে প্রদত্ত",
        (ApplicationStatus.DeliveredLate, false) => "Delivered late",
        (ApplicationStatus.DeliveredNotMeasurable, true) => "প্রদত্ত (সময়সীমা পরিমাপযোগ্য নয়)",
        (ApplicationStatus.DeliveredNotMeasurable, false) => "Delivered (the time limit is not measurable)",
        (ApplicationStatus.Rejected, true) => "নামঞ্জুর",
        (ApplicationStatus.Rejected, false) => "Rejected",
        (ApplicationStatus.Withdrawn, true) => "প্রত্যাহৃত",
        (ApplicationStatus.Withdrawn, false) => "Withdrawn",
        (ApplicationStatus.Transferred, true) => "অন্য দপ্তরে প্রেরিত",
        (ApplicationStatus.Transferred, false) => "Transferred",
        _ => s.ToString(),
    };

    /// <summary>The channel a typed word names: the enum name, its Bengali or English label, or a short form ("udc", "ইউডিসি").</summary>
    public static bool TryParseChannel(string? text, out ApplicationChannel channel)
    {
        var t = TypedText.Trim(text).ToLowerInvariant();
        foreach (var c in Enum.GetValues<ApplicationChannel>())
        {
            if (t == c.ToString().ToLowerInvariant() || t == c.Name(true) || t == c.Name(false).ToLowerInvariant())
            {
                channel = c;
                return true;
            }
        }
        (var ok, channel) = t switch
        {
            "ইউডিসি" or "ইউনিয়ন ডিজিটাল সেন্টার" or "union digital center" => (true, ApplicationChannel.Udc),
            "ডাকযোগে" => (true, ApplicationChannel.Post),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The outcome a typed word names: the enum name or its Bengali or English label.</summary>
    public static bool TryParseOutcome(string? text, out ApplicationOutcome outcome)
    {
        var t = TypedText.Trim(text).ToLowerInvariant();
        foreach (var o in Enum.GetValues<ApplicationOutcome>())
        {
            if (t == o.ToString().ToLowerInvariant() || t == o.Name(true) || t == o.Name(false).ToLowerInvariant())
            {
                outcome = o;
                return true;
            }
        }
        (var ok, outcome) = t switch
        {
            "প্রদত্ত" or "সম্পন্ন" => (true, ApplicationOutcome.Delivered),
            "বাতিল" => (true, ApplicationOutcome.Rejected),
            _ => (false, default),
        };
        return ok;
    }
}
