using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Demo;

/// <summary>The demo's complaints (grievances.json), in each state of the ladder, dated back from today in working days.</summary>
public static class DemoGrievances
{
    private sealed record Spec(List<Complaint> Complaints);
    private sealed record Complaint(string Office, int Service, int DaysAgo, string WhatHappened, string? WhatTheyWant, string? Name, string? Mobile,
        string? Email, List<StepSpec> Steps);
    private sealed record StepSpec(string Action, int DaysAgo, string? Note, string? Outcome, string? Verdict);

    public static async Task GenerateAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var spec = await DemoFiles.ReadAsync<Spec>("grievances.json", ct);
        var today = time.TodayInBangladesh();
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var limits = RedressLimits.Default;
        DateTimeOffset At(int workingDaysAgo)
        {
            var d = today;
            for (var n = 0; n < workingDaysAgo; d = d.AddDays(-1))
                if (calendar.IsWorkingDay(d.AddDays(-1))) n++;
            return new DateTimeOffset(d.ToDateTime(new TimeOnly(11, 0)), Clock.BangladeshOffset);
        }
        foreach (var c in spec.Complaints)
        {
            var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == c.Office, ct);
            var version = await db.Charters.AsNoTracking().Where(x => x.OfficeId == office.Id).SelectMany(x => x.Versions)
                .Where(v => v.State == CharterVersionState.Published).OrderByDescending(v => v.Number).Include(v => v.Services).FirstOrDefaultAsync(ct);
            var services = version?.ServicesInPrintedOrder().Where(s => s.Category == ServiceCategory.Citizen).ToList() ?? [];
            var service = c.Service >= 1 && c.Service <= services.Count ? services[c.Service - 1] : null;
            var who = c.Name is null ? null : Complainant.Of(c.Name, c.Mobile, c.Email);
            var g = Grievance.Submit(TrackingNumber.New(), office.Id, service?.Key, service?.NameBn, null, c.WhatHappened, c.WhatTheyWant, who,
                At(c.DaysAgo), calendar, limits);
            foreach (var s in c.Steps)
            {
                var at = At(s.DaysAgo);
                var officer = g.Level == RedressLevel.Office ? $"gro.{c.Office}" : "appeal.dc-natore";
                switch (s.Action)
                {
                    case "ask": g.RequestInformation(s.Note, at, officer); break;
                    case "investigate": g.OpenInvestigation(s.Note, at, calendar, limits, officer); break;
                    case "close": g.Close(Enum.Parse<GrievanceOutcome>(s.Outcome!), s.Note, at, officer); break;
                    case "rate": g.Rate(Enum.Parse<CitizenVerdict>(s.Verdict!), at); break;
                    case "appeal": g.Appeal(s.Note, office.ParentId, at, calendar, limits); break;
                    default: throw new InvalidOperationException($"grievances.json: unknown step '{s.Action}'");
                }
            }
            db.Grievances.Add(g);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
