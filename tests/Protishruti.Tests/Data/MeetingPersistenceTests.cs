using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Data;

/// <summary>Committees and meetings survive the round trip to each database: seats, quarter records, notice, attendance, minutes, progress.</summary>
public abstract class MeetingPersistenceTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateOnly Day = new(2024, 11, 20);

    private static IQueryable<Meeting> Whole(AppDbContext db) => db.Meetings
        .Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress)
        .AsSplitQuery();

    [Fact]
    public async Task A_committee_with_its_seats_and_quarter_records_comes_back_as_saved()
    {
        var office = await Features.Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var posts = new List<int>();
        for (var i = 1; i <= 5; i++) posts.Add(await App.NewPostAsync(office.Code, $"Member {i}"));
        await App.WithDbAsync(async db =>
        {
            var c = new Committee(office.Id, CommitteeKind.CharterMonitoring);
            c.Reconstitute([new(posts[0], CommitteeRole.Convener), new(posts[1], CommitteeRole.MemberSecretary), new(posts[2], CommitteeRole.FocalPoint),
                new(posts[3], CommitteeRole.AlternateFocalPoint), new(posts[4], CommitteeRole.Member)], new DateOnly(2024, 7, 7), "০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২৪.১০১", "head");
            c.CertifyUnchanged(new DateOnly(2024, 10, 6), "head", "পরিবর্তন নেই");
            db.Committees.Add(c);
            return await db.SaveChangesAsync();
        });

        var saved = await App.WithDbAsync(db => db.Committees.AsNoTracking().Include(c => c.Members).Include(c => c.Quarters).SingleAsync(c => c.OfficeId == office.Id));
        saved.Holding(CommitteeRole.FocalPoint, new DateOnly(2024, 8, 1))!.PostId.ShouldBe(posts[2]);
        saved.Quarters.Select(q => (q.FiscalYearStart, q.Quarter, q.Action)).Order()
            .ShouldBe([(2024, 1, CommitteeQuarterAction.Reconstituted), (2024, 2, CommitteeQuarterAction.CertifiedUnchanged)]);
        saved.Quarters.Single(q => q.Quarter == 1).MemoNumber.ShouldBe("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২৪.১০১");
    }

    [Fact]
    public async Task A_meeting_from_notice_to_tracked_decisions_comes_back_as_saved_and_progress_updates_persist()
    {
        var office = await Features.Manage.ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var post = await App.NewPostAsync(office.Code, "Additional Deputy Commissioner");
        var unoOffices = await App.WithDbAsync(db => db.Offices.Where(o => o.Code == "uno-singra" || o.Code == "uno-lalpur").Select(o => o.Id).ToListAsync());
        var group = Party.Group(OfficeKind.UpazilaOffice, office.Id, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        var adc = Party.Post(post, office.Id, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)");
        var id = await App.WithDbAsync(async db =>
        {
            var m = new Meeting(office.Id, MeetingKind.CharterCoordination, "ত্রৈমাসিক সমন্বয় সভা", Day, new TimeOnly(12, 30), "সম্মেলন কক্ষ", null);
            var item = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ", "বিস্তারিত");
            m.Invite(group);
            m.Invite(adc);
            m.IssueNotice("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২৪.৭৫০", Day.AddDays(-4), "editor");
            m.RecordAttendance([new Attendee(adc, null, false), new Attendee(Party.Text("জনাব আব্দুল হাই"), "সাংবাদিক", true)], Day);
            m.SetMinutesFrame("সভাপতি, অতিরিক্ত জেলা প্রশাসক", "সভাপতি সবাইকে স্বাগত জানান।", "সভার সমাপ্তি ঘোষণা করা হয়।", post);
            m.SetDiscussion(item, "সেবা বক্স হালনাগাদ নেই।");
            m.AddDecision(item, "সেবা বক্স হালনাগাদ করতে হবে।", [group, adc]);
            m.IssueMinutes("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২৪.৭৬৮", Day.AddDays(2), Day.AddDays(2).ToDateTime(new TimeOnly(10, 0)), "editor",
                p => p.Kind == PartyKind.Group ? unoOffices : [p.OfficeId!.Value]);
            db.Meetings.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });

        await App.WithDbAsync(async db =>
        {
            var m = await Whole(db).SingleAsync(x => x.Id == id);
            m.Decisions.Single().ProgressOf(unoOffices[0]).Update(DecisionStatus.Done, "হালনাগাদ করা হয়েছে", null, Day.AddDays(30), "uno");
            m.Decisions.Single().ProgressOf(unoOffices[0]).AddEvidence("evidence/2024/abc.pdf");
            return await db.SaveChangesAsync();
        });

        var saved = await App.WithDbAsync(db => Whole(db).AsNoTracking().SingleAsync(x => x.Id == id));
        saved.NoticeState.ShouldBe(NoticeState.Issued);
        saved.MinutesState.ShouldBe(MinutesState.Issued);
        saved.Invitees.ShouldBe([group, adc]);
        saved.Attendees.Count.ShouldBe(2);
        saved.Attendees[1].Who.LabelBn.ShouldBe("জনাব আব্দুল হাই");
        saved.NoticeIssues.Single().MemoNumber.ShouldBe("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২৪.৭৫০");
        var decision = saved.Decisions.Single();
        decision.Implementers.ShouldBe([group, adc]);
        decision.Due.ShouldBe(new DateOnly(2025, 3, 31));
        decision.Progress.Select(p => p.OfficeId).Order().ShouldBe(unoOffices.Append(office.Id).Order());
        var done = decision.ProgressOf(unoOffices[0]);
        done.Status.ShouldBe(DecisionStatus.Done);
        done.Evidence.ShouldBe(["evidence/2024/abc.pdf"]);
        saved.Quarter.Number.ShouldBe(2);

        // Official records: the meeting's issue and each implementer's update are in the audit log, under their offices.
        var audits = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Meeting) && a.EntityId == id.ToString()) || (a.EntityType == nameof(DecisionProgress) && a.OfficeId == unoOffices[0]))
            .Select(a => new { a.EntityType, a.Action, a.OfficeId }).ToListAsync());
        audits.ShouldContain(a => a.EntityType == nameof(Meeting) && a.OfficeId == office.Id);
        audits.ShouldContain(a => a.EntityType == nameof(DecisionProgress) && a.Action == Protishruti.Web.Infrastructure.Auditing.AuditAction.Updated);
    }
}

public sealed class MeetingPersistenceTests_Sqlite(SqliteApp app) : MeetingPersistenceTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class MeetingPersistenceTests_Postgres(PostgresApp app) : MeetingPersistenceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
