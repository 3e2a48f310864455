using System.Text;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Features.Monitoring.Reports;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Web.Data.Demo;

/// <summary>
/// The first quarter of FY 2024-25 as the demo offices reported it (deadline 15 October 2024), in every state a
/// dashboard must show: sent on time, sent late, returned with comments, accepted, and never sent. uno-singra's report
/// is left unsent, so a demo user can write and send it. Computed rows are counted by the same service the pages use,
/// from the demo's records (the committees of dc-natore, dc-satkhira and dco-natore are certified unchanged in that
/// quarter); the manual row (the awareness meeting) carries a typed figure and, where one was held, a small PDF as evidence. Submissions and reviews are dated in
/// October 2024 through a fixed clock, so lateness is decided exactly as it would have been then.
/// </summary>
public static class DemoMonitoring
{
    private enum Story { OnTime, Late, OnTimeAccepted, LateAccepted, Returned }

    // office → (story, day of October 2024 it was sent, day it was reviewed)
    private static readonly (string Office, Story Story, int Sent, int Reviewed)[] Reports =
    [
        ("cabinet", Story.OnTime, 14, 0),
        ("mopa", Story.OnTimeAccepted, 14, 25),
        ("divcom-rajshahi", Story.OnTime, 13, 0),
        ("dc-natore", Story.OnTimeAccepted, 9, 20),
        ("uno-natore-sadar", Story.OnTimeAccepted, 7, 12),
        ("uno-baraigram", Story.OnTime, 10, 0),
        ("uno-bagatipara", Story.LateAccepted, 22, 28),
        ("uno-lalpur", Story.OnTimeAccepted, 8, 12),
        ("uno-gurudaspur", Story.Returned, 11, 14),
        ("uno-naldanga", Story.Late, 18, 0),
        ("dc-satkhira", Story.LateAccepted, 17, 30),
        ("uno-satkhira-sadar", Story.OnTimeAccepted, 9, 16),
        ("uno-assasuni", Story.OnTimeAccepted, 13, 16),
        ("uno-debhata", Story.Late, 21, 0),
        ("uno-kalaroa", Story.Returned, 12, 15),
        ("uno-shyamnagar", Story.OnTime, 15, 0),
        ("rdcd", Story.OnTime, 14, 0),
        ("doc", Story.OnTimeAccepted, 12, 20),
        ("dco-natore", Story.Returned, 10, 16),
        ("uco-natore-sadar", Story.OnTimeAccepted, 8, 11),
        ("uco-singra", Story.OnTimeAccepted, 9, 11),
        ("uco-baraigram", Story.Late, 19, 0),
        ("uco-lalpur", Story.OnTime, 14, 0),
        ("uco-gurudaspur", Story.Returned, 13, 15),
        ("dco-bandarban", Story.Late, 20, 0),
        ("uco-bandarban-sadar", Story.OnTimeAccepted, 10, 22),
        ("uco-lama", Story.LateAccepted, 24, 27),
        ("uco-naikhongchhari", Story.OnTime, 15, 0),
        ("uco-rowangchhari", Story.Returned, 14, 22),
    ];
    // Never sent: uno-singra (left for the demo user), divcom-khulna, uno-kaliganj, uno-tala, uco-bagatipara,
    // uco-naldanga, uco-thanchi, uco-alikadam.

    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var plan = await db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == 2024 && p.Kind == PlanKind.CitizenCharter, ct);
        await CertifyCommitteesAsync(db, ct);

        var evidence = await services.GetRequiredService<FileStore>().SaveAsync(new MemoryStream(DemoPdf()), [FileKind.Pdf], 1 << 20, ct);
        var offices = await db.Offices.Where(o => Reports.Select(r => r.Office).Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct);
        var parents = await db.Offices.Where(o => offices.Values.Select(x => x.ParentId).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        var withSubordinates = (await db.Offices.Where(o => o.ParentId != null).Select(o => o.ParentId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        var achievements = services.GetRequiredService<Achievements>();

        foreach (var (code, story, sent, reviewed) in Reports)
        {
            var office = offices[code];
            var hasSubordinates = withSubordinates.Contains(office.Id);
            var service = new ProgressReports(db, achievements, new FixedClock(new DateTimeOffset(2024, 10, sent, 5, 30, 0, TimeSpan.Zero)));
            var report = await service.OpenAsync(office, plan, ReportPeriod.Q1, ct);
            foreach (var i in plan.For(hasSubordinates).Where(i => !i.IsComputed))
            {
                // The awareness meeting is planned for the second quarter; the offices that held one early say so, with its minutes.
                var held = i.Code == "2.2.1" && story is Story.OnTime or Story.OnTimeAccepted;
                report.Enter(i, held ? 1 : 0, null, held ? "সেবাগ্রহীতাদের নিয়ে অবহিতকরণ সভা (ডেমো)" : "২য় কোয়ার্টারে আয়োজন করা হবে");
                if (held) report.AttachEvidence(i, evidence.Path, "obohitokoron-sobha.pdf", evidence.ContentType);
            }
            await service.SubmitAsync(report, office, $"ফোকাল পয়েন্ট, {office.NameBn}", null, ct);
            var reviewer = office.ParentId is { } p && parents.TryGetValue(p, out var parent) ? parent : "মন্ত্রিপরিষদ বিভাগ";
            var at = new DateTimeOffset(2024, 10, Math.Max(reviewed, 1), 6, 0, 0, TimeSpan.Zero);
            switch (story)
            {
                case Story.OnTimeAccepted or Story.LateAccepted:
                    report.Accept(at, reviewer, null, "প্রমাণকসহ প্রতিবেদন সন্তোষজনক।");
                    break;
                case Story.Returned:
                    var committee = plan.For(hasSubordinates).Single(i => i.Code == "1.1.1");
                    report.Return(at, reviewer, null, "কমিটির প্রমাণক ছাড়া প্রতিবেদন গ্রহণ করা যাচ্ছে না; সংশোধন করে পুনরায় প্রেরণ করুন।",
                        [new IndicatorComment(committee.Id, "এই কোয়ার্টারে কমিটি পুনর্গঠনের অফিস আদেশ বা অপরিবর্তিত মর্মে দপ্তর প্রধানের প্রত্যয়ন নেই।")]);
                    break;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    // The committees that existed in September 2024 were certified unchanged for that quarter: indicator 1.1.1 counts them.
    private static async Task CertifyCommitteesAsync(AppDbContext db, CancellationToken ct)
    {
        var on = new DateOnly(2024, 9, 5);
        var committees = await db.Committees.Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
            .Where(c => c.Kind == CommitteeKind.CharterMonitoring).ToListAsync(ct);
        foreach (var c in committees.Where(c => c.MembersOn(on).Any() && c.RecordFor(FiscalQuarter.Of(on)) is null))
            c.CertifyUnchanged(on, "দপ্তর প্রধান (demo)", "কমিটির গঠনে কোনো পরিবর্তনের প্রয়োজন নেই।");
        await db.SaveChangesAsync(ct);
    }

    // A one-page PDF standing in for an attendance sheet: enough for the evidence link to open.
    private static byte[] DemoPdf()
    {
        const string text = "Protishruti demo evidence: training attendance sheet";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {("BT /F1 14 Tf 60 780 Td (" + text + ") Tj ET").Length} >>\nstream\nBT /F1 14 Tf 60 780 Td ({text}) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
