using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Calendar;

/// <summary>Builds the working-day calendar from the holiday table. A few dozen rows a year: no cache needed.</summary>
public sealed class WorkingCalendarSource(AppDbContext db)
{
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct = default)
    {
        var closed = await db.Holidays.AsNoTracking()
            .Where(h => h.Kind != HolidayKind.Optional)
            .Select(h => h.Date)
            .ToListAsync(ct);
        return WorkingDayCalendar.FromClosedDates(closed);
    }
}
