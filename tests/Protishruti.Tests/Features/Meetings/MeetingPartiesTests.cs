using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Meetings;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>Whom a meeting of an office may invite and assign: its own hierarchy, by office, group and post.</summary>
public abstract class MeetingPartiesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<PartyCatalog> CatalogAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Protishruti.Web.Data.AppDbContext>();
        var office = db.Offices.Single(o => o.Code == code);
        return await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office);
    }

    [Fact]
    public async Task A_district_office_offers_its_upazilas_all_of_them_as_a_group_and_their_posts_by_place()
    {
        var catalog = await CatalogAsync("dc-natore");
        var unos = App.WithDb(db => db.Offices.Where(o => o.Code.StartsWith("uno-") && o.Parent!.Code == "dc-natore").Select(o => o.Id).ToList());
        unos.Count.ShouldBe(7);
        catalog.Offices.Select(o => o.LabelBn).ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর");
        var group = catalog.Groups.ShouldHaveSingleItem();
        group.LabelBn.ShouldBe("উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)");
        group.OfficeIds.ShouldBe(unos, ignoreOrder: true);
        catalog.Posts.Select(p => p.LabelBn).ShouldContain(l => l.StartsWith("উপজেলা নির্বাহী অফিসার", StringComparison.Ordinal) && l.EndsWith(", সিংড়া", StringComparison.Ordinal));

        var party = catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        party.LabelBn.ShouldBe("উপজেলা নির্বাহী অফিসার (সকল), নাটোর");
        catalog.OfficesOf(party).Count.ShouldBe(7);
    }

    [Fact]
    public async Task An_office_outside_the_hierarchy_is_refused_and_free_text_resolves_to_no_office()
    {
        var catalog = await CatalogAsync("dc-natore");
        var dco = App.WithDb(db => db.Offices.Single(o => o.Code == "dco-natore").Id);
        var e = Should.Throw<DomainException>(() => catalog.Parse($"office:{dco}"));
        e.MessageBn.ShouldContain("দপ্তর কাঠামোর মধ্যে নেই");
        e.Message.ShouldContain("hierarchy");
        catalog.OfficesOf(Party.Office(dco, "জেলা সমবায় কার্যালয়")).ShouldBeEmpty();
        catalog.OfficesOf(Party.Text("স্থানীয় সাংবাদিক")).ShouldBeEmpty();
    }
}

public sealed class MeetingPartiesTests_Sqlite(SqliteApp app) : MeetingPartiesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MeetingPartiesTests_Postgres(PostgresApp app) : MeetingPartiesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
