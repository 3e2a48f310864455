using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Delivery;

/// <summary>What a citizen sees of an application by its tracking number: no reference, note or reason, nothing personal.</summary>
public sealed record TrackedApplication(string TrackingNumber, string OfficeCode, string OfficeNameBn, string OfficeNameEn,
    Guid ServiceKey, string ServiceNameBn, string? ServiceNameEn, string? TimeLimitBn, string? TimeLimitEn,
    DateOnly ReceivedOn, DateOnly? DueOn, DateOnly? ClosedOn, ApplicationOutcome? Outcome, ApplicationStatus Status, Promise Promise)
{
    /// <summary>Overdue and undelivered: the citizen may complain to the office's grievance officer.</summary>
    public bool MayComplain => Status == ApplicationStatus.OpenOverdue;
}

public static class Tracking
{
    public static async Task<TrackedApplication?> FindAsync(AppDbContext db, TimeProvider time, string? typed, CancellationToken ct)
    {
        if (Domain.Delivery.TrackingNumber.Normalize(typed) is not { } number) return null;
        var row = await (
            from x in db.Applications.AsNoTracking()
            where x.TrackingNumber == number
            join o in db.Offices on x.OfficeId equals o.Id
            join s in db.Set<Domain.Charters.CharterService>() on x.CharterServiceId equals s.Id
            select new { a = x, o.Code, OfficeBn = o.NameBn, OfficeEn = o.NameEn, ServiceBn = s.NameBn, ServiceEn = s.NameEn, s.TimeLimit }
        ).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var a = row.a;
        return new TrackedApplication(a.TrackingNumber, row.Code, row.OfficeBn, row.OfficeEn, a.ServiceKey, row.ServiceBn, row.ServiceEn,
            row.TimeLimit?.Text, row.TimeLimit?.Describe(bengali: false), a.ReceivedOn, a.DueOn, a.ClosedOn, a.Outcome,
            a.StatusOn(time.TodayInBangladesh()), a.Promise(calendar));
    }
}
