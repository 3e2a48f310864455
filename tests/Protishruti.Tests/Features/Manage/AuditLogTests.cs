using System.Net;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Manage;

public abstract class AuditLogTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static Dictionary<string, string> EditForm(Office o, string phone) => new()
    {
        ["Input.NameBn"] = o.NameBn, ["Input.NameEn"] = o.NameEn, ["Input.AddressBn"] = o.AddressBn ?? "", ["Input.AddressEn"] = o.AddressEn ?? "",
        ["Input.Phone"] = phone, ["Input.Email"] = o.Email ?? "", ["Input.Website"] = o.Website ?? "",
        ["Input.MinistryCode"] = o.MinistryCode ?? "", ["Input.OfficeCode"] = o.OfficeCode ?? "", ["Input.GeoCode"] = o.GeoCode ?? "",
    };

    [Fact]
    public async Task A_change_just_made_is_at_the_top_with_who_and_its_before_and_after()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var office = App.WithDb(db => db.Offices.Single(o => o.Code == "dc-natore"));
        (await PostAsync(client, "/offices/dc-natore/edit", EditForm(office, $"0771-{u}-a"))).ShouldRedirectTo("/offices/dc-natore/edit");
        (await PostAsync(client, "/offices/dc-natore/edit", EditForm(office, $"0771-{u}-b"))).ShouldRedirectTo("/offices/dc-natore/edit");

        var html = await client.GetStringAsync("/offices/dc-natore/audit");
        var top = html[html.IndexOf("<li class=\"card\">", StringComparison.Ordinal)..];
        top = top[..top.IndexOf("</li>", StringComparison.Ordinal)];
        top.ShouldContain("officeadmin.dc-natore");
        top.ShouldContain("পরিবর্তন"); // Updated
        top.ShouldContain("দপ্তর");
        top.ShouldContain($"<dt>Phone</dt>");
        top.ShouldContain($"<del>0771-{u}-a</del>");
        top.ShouldContain($"<ins>0771-{u}-b</ins>");
        top.ShouldNotContain("<dt>NameEn</dt>"); // only what changed

        // When: Bangladesh time, in Bengali digits when the page is in Bengali.
        var at = App.WithDb(db => db.AuditEntries.Where(a => a.OfficeId == office.Id).OrderByDescending(a => a.Id).First().At);
        var local = DateTime.SpecifyKind(at, DateTimeKind.Utc).AddHours(6);
        top.ShouldContain(BengaliDigits.ToBengali(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Role_changes_show_user_names_and_role_names()
    {
        var name = $"audited-{Unique()}";
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var created = await PostAsync(client, "/offices/dc-natore/roles?handler=Create", new()
        {
            ["NewUser.UserName"] = name, ["NewUser.DisplayName"] = name, ["NewUser.Password"] = "Audited-user-2025", ["NewUser.Role"] = "AppealOfficer",
        });
        created.ShouldRedirectTo("/offices/dc-natore/roles");
        await client.GetAsync("/?lang=en");
        var html = await client.GetStringAsync("/offices/dc-natore/audit");
        var top = html[html.IndexOf("<li class=\"card\">", StringComparison.Ordinal)..];
        top = top[..top.IndexOf("</li>", StringComparison.Ordinal)];
        top.ShouldContain("Created");
        top.ShouldContain("Role grant");
        top.ShouldContain(name);
        top.ShouldContain("Appeal officer");
    }

    [Fact]
    public async Task The_log_is_paged_fifty_to_a_page()
    {
        var office = await App.NewOfficeAsync("dc-natore");
        await App.WithDbAsync(async db =>
        {
            var start = DateTime.UtcNow.AddDays(1); // newer than the office's own creation entry
            for (var i = 0; i < 60; i++)
                db.AuditEntries.Add(new AuditEntry
                {
                    At = start.AddMinutes(i), UserName = $"clerk{i:00}", OfficeId = office.Id, EntityType = "Office",
                    EntityId = office.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = AuditAction.Updated,
                    Before = $$"""{"Phone":"{{i}}"}""", After = $$"""{"Phone":"{{i + 1}}"}""",
                });
            return await db.SaveChangesAsync();
        });
        var client = await App.LoggedInAsync("admin");
        var first = await client.GetStringAsync($"/offices/{office.Code}/audit");
        first.ShouldContain("clerk59");
        first.ShouldNotContain("clerk09");
        first.ShouldContain("?page=2");
        var second = await client.GetStringAsync($"/offices/{office.Code}/audit?page=2");
        second.ShouldContain("clerk09");
        second.ShouldContain("clerk00");
        second.ShouldNotContain("clerk10");
        (await client.GetAsync($"/offices/{office.Code}/audit?page=99")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_offices_changes_are_not_in_this_log()
    {
        var other = await App.NewOfficeAsync("uno-singra");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var html = await client.GetStringAsync("/offices/dc-natore/audit");
        html.ShouldNotContain(other.NameBn);
    }
}

public sealed class AuditLogTests_Sqlite(SqliteApp app) : AuditLogTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class AuditLogTests_Postgres(PostgresApp app) : AuditLogTests<PostgresApp>(app), IClassFixture<PostgresApp>;
