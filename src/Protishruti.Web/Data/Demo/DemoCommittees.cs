using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Web.Features.Committees;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Data.Demo;

/// <summary>
/// Monitoring committees for the offices of the sample minutes (reconstituted by an issued office order in the fiscal
/// year of each sample meeting), dc-natore's again this quarter and its ethics committee last quarter (so its page
/// shows a call to action), and uno-singra's reconstituted last quarter and certified unchanged this one. Everything
/// goes through <see cref="CommitteeOrders"/>, as the page does. Runs after the memo files exist.
/// </summary>
public static class DemoCommittees
{
    private const string By = "ডেমো (demo)";

    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var today = services.GetRequiredService<TimeProvider>().TodayInBangladesh();
        var thisQuarter = FiscalQuarter.Of(today);
        var lastQuarter = FiscalQuarter.Of(thisQuarter.Start.AddDays(-1));
        DateOnly In(FiscalQuarter q, int day) => q.Start.AddDays(day) is var d && d > today ? today : d;

        const CommitteeRole C = CommitteeRole.Convener, S = CommitteeRole.MemberSecretary, F = CommitteeRole.FocalPoint,
            A = CommitteeRole.AlternateFocalPoint, M = CommitteeRole.Member;

        // dc-natore: the order of August 2022 (the sample's FY 2022-23), and this quarter's with UNO Singra added.
        (string Office, string DesignationEn, CommitteeRole Role)[] natore =
        [
            ("dc-natore", "Deputy Commissioner", C), ("dc-natore", "Additional Deputy Commissioner (General)", F),
            ("dc-natore", "Senior Assistant Commissioner (General Branch)", A), ("dc-natore", "Additional Deputy Commissioner (Revenue)", M),
            ("dc-natore", "Assistant Commissioner (ICT Branch)", S),
        ];
        await ReconstituteAsync(services, "dc-natore", CommitteeKind.CharterMonitoring, natore, new DateOnly(2022, 8, 10), ct);
        await ReconstituteAsync(services, "dc-natore", CommitteeKind.CharterMonitoring,
            [.. natore, ("uno-singra", "Upazila Nirbahi Officer", M)], In(thisQuarter, 9), ct);
        await ReconstituteAsync(services, "dc-natore", CommitteeKind.Ethics,
        [
            ("dc-natore", "Deputy Commissioner", C), ("dc-natore", "Additional Deputy Commissioner (Revenue)", F),
            ("dc-natore", "Assistant Commissioner (JM Branch)", A), ("dc-natore", "Senior Assistant Commissioner (General Branch)", S),
            ("dc-natore", "Assistant Commissioner (ICT Branch)", M),
        ], In(lastQuarter, 14), ct);

        // uno-singra: reconstituted last quarter, certified unchanged by the UNO this quarter.
        await ReconstituteAsync(services, "uno-singra", CommitteeKind.CharterMonitoring,
        [
            ("uno-singra", "Upazila Nirbahi Officer", C), ("uno-singra", "Assistant Commissioner (Land)", F),
            ("uno-singra", "Upazila Social Services Officer", A), ("uno-singra", "Office Assistant cum Computer Typist", S),
        ], In(lastQuarter, 19), ct);
        var singraId = await db.Offices.Where(o => o.Code == "uno-singra").Select(o => o.Id).SingleAsync(ct);
        var singra = await db.Committees.Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
            .SingleAsync(c => c.OfficeId == singraId && c.Kind == CommitteeKind.CharterMonitoring, ct);
        singra.CertifyUnchanged(In(thisQuarter, 5), "উপজেলা নির্বাহী অফিসার, সিংড়া (demo)", "কমিটির গঠনে কোনো পরিবর্তনের প্রয়োজন নেই।");
        await db.SaveChangesAsync(ct);

        // The other two sample offices, in the fiscal years of their sample minutes (2020-21 and 2023-24).
        await ReconstituteAsync(services, "dc-satkhira", CommitteeKind.CharterMonitoring,
        [
            ("dc-satkhira", "Deputy Commissioner", C), ("dc-satkhira", "Additional Deputy Commissioner (General)", F),
            ("dc-satkhira", "Senior Assistant Commissioner (General Branch)", A), ("dc-satkhira", "Additional Deputy Commissioner (Revenue)", M),
            ("dc-satkhira", "Assistant Commissioner (ICT Branch)", S),
        ], new DateOnly(2020, 10, 5), ct);
        await ReconstituteAsync(services, "dco-natore", CommitteeKind.CharterMonitoring,
        [
            ("dco-natore", "District Cooperative Officer", C), ("dco-natore", "Upazila Cooperative Officer (Sadar)", F),
            ("uco-natore-sadar", "Upazila Cooperative Officer", A), ("dco-natore", "Assistant Inspector", S),
            ("uco-singra", "Upazila Cooperative Officer", M),
        ], new DateOnly(2023, 10, 8), ct);
    }

    private static async Task ReconstituteAsync(IServiceProvider services, string code, CommitteeKind kind,
        IReadOnlyList<(string Office, string DesignationEn, CommitteeRole Role)> seats, DateOnly dated, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == code, ct);
        var codes = seats.Select(s => s.Office).Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => codes.Contains(p.Office.Code))
            .Select(p => new { p.Id, p.Office.Code, p.DesignationEn }).ToListAsync(ct);
        var resolved = seats.Select(s => new Seat(
            posts.FirstOrDefault(p => p.Code == s.Office && p.DesignationEn == s.DesignationEn)?.Id
                ?? throw new InvalidOperationException($"Demo committee of {code}: no post '{s.DesignationEn}' in {s.Office}."),
            s.Role)).ToList();
        var catalog = await services.GetRequiredService<MeetingParties>().ForAsync(office, ct);
        await services.GetRequiredService<CommitteeOrders>().ReconstituteAsync(office, catalog, kind, resolved, dated, By, null, dated, ct);
    }
}
