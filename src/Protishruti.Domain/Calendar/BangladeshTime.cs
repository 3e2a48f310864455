namespace Protishruti.Domain.Calendar;

/// <summary>Bangladesh Standard Time: UTC+6, no daylight saving since 2009. Dates of official acts are dates there.</summary>
public static class BangladeshTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(6);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
