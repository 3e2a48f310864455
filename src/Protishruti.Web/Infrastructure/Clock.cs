namespace Protishruti.Web.Infrastructure;

public static class Clock
{
    /// <summary>Bangladesh Standard Time has been UTC+6 with no daylight saving since 2009.</summary>
    public static readonly TimeSpan BangladeshOffset = TimeSpan.FromHours(6);

    public static DateOnly TodayInBangladesh(this TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(BangladeshOffset).DateTime);
}
