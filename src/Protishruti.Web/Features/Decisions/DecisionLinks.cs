using Protishruti.Domain.Meetings;

namespace Protishruti.Web.Features.Decisions;

/// <summary>The decision pages' URLs and labels, shared by the pages, the dashboard card and other features that link here.</summary>
public static class DecisionLinks
{
    public static string Status(DecisionStatus status) => Ui.Bn ? Domain.Meetings.Meeting.StatusBn(status) : Domain.Meetings.Meeting.StatusEn(status);

    /// <summary>"৩/৪ (৭৫%)" — or "not applicable" when nothing counts.</summary>
    public static string Share(ImplementationShare share) => share.Percent is { } pct
        ? $"{Ui.N(share.Implemented)}/{Ui.N(share.Counted)} ({Ui.Digits(pct.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))}%)"
        : Ui.T("প্রযোজ্য নয়", "not applicable");

    public static bool IsOverdue(DecisionStatus status, DateOnly? due, DateOnly today) =>
        status is DecisionStatus.NotStarted or DecisionStatus.InProgress && due is { } d && d < today;
}
