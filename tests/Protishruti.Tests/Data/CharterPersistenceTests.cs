using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Data;

/// <summary>The charter aggregate survives the round trip to each database exactly, values and order included.</summary>
public abstract class CharterPersistenceTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private static PostInfo? Staffed(int postId) => new(HasHolder: true, HolderHasPhone: true, HolderHasEmail: true);

    private static IQueryable<Charter> Whole(AppDbContext db) => db.Charters
        .Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
        .Include(c => c.Versions).ThenInclude(v => v.Expectations)
        .Include(c => c.Versions).ThenInclude(v => v.GrievanceLevels)
        .Include(c => c.Versions).ThenInclude(v => v.History)
        .AsSplitQuery();

    // Every demo office already has a charter (one per office), so each test starts a new office with one post.
    private async Task<(int OfficeId, int PostId)> OfficeAndPost(string parentCode)
    {
        var office = await Features.Manage.ManageTestKit.NewOfficeAsync(App, parentCode);
        return (office.Id, await App.NewPostAsync(office.Code, "Charter officer"));
    }

    private static void Fill(CharterVersion draft, int postId)
    {
        draft.SetVisionAndMission("দ্রুত ও স্বচ্ছ সেবা", "Fast, transparent service", "সময়মতো সেবা প্রদান", "Service on time");
        var birth = draft.AddService(ServiceCategory.Citizen, "জন্ম নিবন্ধন সনদের সত্যায়িত অনুলিপি", "Certified copy of a birth certificate");
        birth.SetDeliveryMethod(new DeliveryMethod("আবেদন গ্রহণ ও যাচাই", "Apply and verify", DeliveryChannels.InPerson | DeliveryChannels.Online, "https://bdris.gov.bd"));
        birth.AddDocument("নির্ধারিত ফরমে আবেদন", "Application form", "ইউনিয়ন পরিষদ", "Union Parishad");
        birth.AddDocument("জাতীয় পরিচয়পত্রের কপি", "Copy of NID");
        birth.SetFee(Fee.Of(50m, PaymentMethod.TreasuryChallan));
        birth.SetTimeLimit(TimeLimit.TryParse("৭ কর্মদিবস")!);
        birth.SetResponsibleOfficer(postId);
        birth.SetSupervisingOfficer(postId);
        var info = draft.AddService(ServiceCategory.Institutional, "তথ্য সরবরাহ", "Information");
        info.SetDeliveryMethod(new DeliveryMethod("ই-মেইলে", null, DeliveryChannels.Email));
        info.SetNoDocumentsRequired();
        info.SetFee(Fee.Free);
        info.SetTimeLimit(TimeLimit.Immediate("তাৎক্ষণিক"));
        info.SetResponsibleOfficer(postId);
        info.SetSupervisingOfficer(postId);
        var leave = draft.AddService(ServiceCategory.Internal, "ছুটি মঞ্জুর", "Leave");
        leave.SetDeliveryMethod(new DeliveryMethod("আবেদনের ভিত্তিতে", null, DeliveryChannels.InPerson));
        leave.SetNoDocumentsRequired();
        leave.SetFee(Fee.Free); // the same value object on two services: complex types are values, not shared rows
        leave.SetTimeLimit(TimeLimit.Of(3, TimeLimitUnit.WorkingDays));
        leave.SetResponsibleOfficer(postId);
        leave.SetSupervisingOfficer(postId);
        draft.AddExpectation("সম্পূর্ণ আবেদন জমা দিন", "Submit a complete application");
    }

    [Fact]
    public async Task A_published_charter_and_its_next_draft_come_back_exactly_as_saved()
    {
        var (officeId, postId) = await OfficeAndPost("uno-bagatipara");
        await App.WithDbAsync(async db =>
        {
            var charter = new Charter(officeId, LayoutProfile.Field8);
            Fill(charter.Open!, postId);
            charter.Open!.Submit("editor", Noon, Staffed);
            charter.Open!.Publish("head", Noon.AddHours(1), Staffed);
            db.Charters.Add(charter);
            await db.SaveChangesAsync();
            return 0;
        });

        // A second session starts the next quarter's update and changes a fee.
        await App.WithDbAsync(async db =>
        {
            var charter = await Whole(db).SingleAsync(c => c.OfficeId == officeId);
            var draft = charter.StartNextDraft();
            draft.ServicesIn(ServiceCategory.Citizen).Single().SetFee(Fee.Of(100m, PaymentMethod.MobileFinancialService));
            draft.AddService(ServiceCategory.Citizen, "নতুন সেবা", "New service"); // nothing filled in yet
            await db.SaveChangesAsync();
            return 0;
        });

        var reloaded = await App.WithDbAsync(db => Whole(db).AsNoTracking().SingleAsync(c => c.OfficeId == officeId));
        reloaded.Versions.Count.ShouldBe(2);
        var published = reloaded.Current!;
        published.Number.ShouldBe(1);
        published.PublishedBy.ShouldBe("head");
        published.PublishedAt.ShouldBe(Noon.AddHours(1));
        published.History.Select(h => h.Kind).Order().ShouldBe([CharterEventKind.Submitted, CharterEventKind.Published]);
        published.VisionBn.ShouldBe("দ্রুত ও স্বচ্ছ সেবা");
        published.GrievanceLevels.Count.ShouldBeGreaterThanOrEqualTo(3);
        published.GrievanceLevels.OrderBy(g => g.Order).First().ResolutionLimit.ShouldNotBeNull();

        var birth = published.ServicesIn(ServiceCategory.Citizen).Single();
        birth.Fee.ShouldBe(Fee.Of(50m, PaymentMethod.TreasuryChallan));
        birth.TimeLimit!.Value.ShouldBe(7);
        birth.TimeLimit.Unit.ShouldBe(TimeLimitUnit.WorkingDays);
        birth.TimeLimit.Text.ShouldBe("৭ কর্মদিবস");
        birth.DeliveryMethod!.Channels.ShouldBe(DeliveryChannels.InPerson | DeliveryChannels.Online);
        birth.DeliveryMethod.OnlineUrl.ShouldBe("https://bdris.gov.bd");
        birth.Documents.OrderBy(d => d.Order).Select(d => d.NameBn).ShouldBe(["নির্ধারিত ফরমে আবেদন", "জাতীয় পরিচয়পত্রের কপি"]);
        published.ServicesIn(ServiceCategory.Institutional).Single().NoDocumentsRequired.ShouldBeTrue();
        published.ServicesIn(ServiceCategory.Internal).Single().Fee!.IsFree.ShouldBeTrue();

        var draft = reloaded.Open!;
        draft.Number.ShouldBe(2);
        var carried = draft.ServicesIn(ServiceCategory.Citizen).Single(s => s.NameBn != "নতুন সেবা");
        carried.Key.ShouldBe(birth.Key);
        carried.Fee.ShouldBe(Fee.Of(100m, PaymentMethod.MobileFinancialService));
        var blank = draft.ServicesIn(ServiceCategory.Citizen).Single(s => s.NameBn == "নতুন সেবা");
        (blank.Fee, blank.TimeLimit, blank.DeliveryMethod).ShouldBe((null, null, null));
    }

    [Fact]
    public async Task Publishing_is_audited_under_the_office()
    {
        var (officeId, postId) = await OfficeAndPost("uno-naldanga");
        var versionId = await App.WithDbAsync(async db =>
        {
            var charter = new Charter(officeId, LayoutProfile.Field8);
            Fill(charter.Open!, postId);
            db.Charters.Add(charter);
            await db.SaveChangesAsync();
            charter.Open!.Submit("editor", Noon, Staffed);
            charter.Open!.Publish("head", Noon.AddHours(1), Staffed);
            await db.SaveChangesAsync();
            return charter.Current!.Id;
        });
        var entries = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(CharterVersion) && a.EntityId == versionId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
        entries.ShouldAllBe(e => e.OfficeId == officeId);
        entries.Last().Before!.ShouldContain("\"State\":1");
        entries.Last().After!.ShouldContain("\"PublishedBy\":\"head\"");
    }

    [Fact]
    public async Task An_office_has_one_charter()
    {
        var (officeId, _) = await OfficeAndPost("uno-gurudaspur");
        await App.WithDbAsync(async db => { db.Charters.Add(new Charter(officeId, LayoutProfile.Field8)); return await db.SaveChangesAsync(); });
        await Should.ThrowAsync<DbUpdateException>(() =>
            App.WithDbAsync(async db => { db.Charters.Add(new Charter(officeId, LayoutProfile.Field8)); return await db.SaveChangesAsync(); }));
    }
}

public sealed class CharterPersistenceTests_Sqlite(SqliteApp app) : CharterPersistenceTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class CharterPersistenceTests_Postgres(PostgresApp app) : CharterPersistenceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
