using Protishruti.Domain.Meetings;
using Protishruti.Web.Infrastructure.Localization;

namespace Protishruti.Web.Features.Decisions;

/// <summary>The decision pages' URLs and labels, shared by the pages, the dashboard card and other features that link here.</summary>
public static class DecisionLinks
{
    public static string Assigned(string officeCode) => $"/offices/{officeCode}/decisions";

    public static string Progress(string implementerCode, int progressId) => $"/offices/{implementerCode}/decisions/{progressId}";

    /// <summary><paramref name="index"/> counts from 0, as in <see cref="DecisionProgress.Evidence"/>.</summary>
    public static string Evidence(string implementerCode, int progressId, int index) => $"{Progress(implementerCode, progressId)}/evidence/{index}";

    public static string Review(string officeCode, int meetingId) => $"/offices/{officeCode}/decisions/review/{meetingId}";

    public static string Meeting(string officeCode, int meetingId) => $"/offices/{officeCode}/meetings/{meetingId}";

    public static string Status(DecisionStatus status) => Ui.Bn ? Domain.Meetings.Meeting.StatusBn(status) : Domain.Meetings.Meeting.StatusEn(status);

    /// <summary>"৩/৪ (৭৫%)" — or "not applicable" when nothing counts.</summary>
    public static string Share(ImplementationShare share) => share.Percent is { } pct
        ? $"{Ui.N(share.Implemented)}/{Ui.N(share.Counted)} ({Ui.Digits(pct.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))}%)"
        : Ui.Bn ? "প্রযোজ্য নয়" : "not applicable";

    public static bool IsOverdue(DecisionStatus status, DateOnly? due, DateOnly today) =>
        status is DecisionStatus.NotStarted or DecisionStatus.InProgress && due is { } d && d < today;
}
