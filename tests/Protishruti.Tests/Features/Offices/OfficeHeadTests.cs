using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Features.Meetings.Notices;
using Protishruti.Web.Infrastructure.Auditing;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Offices;

/// <summary>
/// The office head is a flag on a post, not the lowest sort order (issue 17, ADR 0043): set on the post page, moved
/// (one per office), audited, used for the default signatory; English designations and names are optional; an earlier
/// holder's term is recorded beside a later holder.
/// </summary>
public abstract class OfficeHeadTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> PostForm(string bn, string en, string sort, bool head) => new()
    {
        ["Input.DesignationBn"] = bn, ["Input.DesignationEn"] = en, ["Input.UnitBn"] = "", ["Input.UnitEn"] = "", ["Input.Room"] = "",
        ["Input.Phone"] = "", ["Input.Email"] = "", ["Input.SortOrder"] = sort, ["Input.IsHead"] = head ? "true" : "false",
    };

    private async Task<(Office Office, HttpClient Admin)> OfficeAsync()
    {
        var office = await App.NewOfficeAsync(null, ("officeadmin.dc-natore", OfficeRole.OfficeAdmin));
        return (office, await App.LoggedInAsync("officeadmin.dc-natore"));
    }

    private Task<List<Post>> PostsAsync(int officeId) => App.WithDbAsync(db => db.Posts.AsNoTracking().Where(p => p.OfficeId == officeId).OrderBy(p => p.Id).ToListAsync(Ct));

    [Fact]
    public async Task The_head_is_the_flagged_post_a_new_post_with_a_smaller_number_does_not_take_it_and_setting_it_moves_it_audited()
    {
        var (office, admin) = await OfficeAsync();
        var posts = Links.Manage.Posts(office.Code);
        (await PostAsync(admin, posts, PostForm("পরিচালক", "Director", "১০", head: true))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // English is optional: documents are in Bengali
        (await PostAsync(admin, posts, PostForm("সহকারী পরিচালক", "", "১", head: false))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await PostsAsync(office.Id);
        var (director, assistant) = (list[0], list[1]);
        (director.IsHead, assistant.IsHead).ShouldBe((true, false));
        assistant.DesignationEn.ShouldBe("");

        // the default signatory is the head, not the post with the smaller sort order
        await using (var scope = App.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<NoticeDocuments>().SignatoryPostsAsync(office.Id, Ct)).First().Id.ShouldBe(director.Id);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(posts, Ct));
        page.ShouldContain("দপ্তর প্রধান");
        await admin.GetAsync("/?lang=en", Ct);
        WebUtility.HtmlDecode(await admin.GetStringAsync(posts, Ct)).ShouldContain("সহকারী পরিচালক"); // no English: the Bengali shows
        await admin.GetAsync("/?lang=bn", Ct);

        // setting it on the assistant's post moves it, and both changes are in the audit log
        (await PostAsync(admin, Links.Manage.Post(office.Code, assistant.Id), PostForm("সহকারী পরিচালক", "", "১", head: true)))
            .ShouldRedirectTo(Links.Manage.Post(office.Code, assistant.Id));
        list = await PostsAsync(office.Id);
        list.Single(p => p.IsHead).Id.ShouldBe(assistant.Id);
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Post) && a.Action == AuditAction.Updated && a.OfficeId == office.Id).ToListAsync(Ct));
        audit.ShouldContain(a => a.EntityId == director.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.After!.Contains("IsHead"));
        audit.ShouldContain(a => a.EntityId == assistant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.After!.Contains("IsHead"));
        await using (var scope = App.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<NoticeDocuments>().SignatoryPostsAsync(office.Id, Ct)).First().Id.ShouldBe(assistant.Id);

        // another office's admin cannot set it
        var stranger = await App.LoggedInAsync("editor.dco-bandarban");
        (await PostAsync(stranger, Links.Manage.Post(office.Code, director.Id), PostForm("পরিচালক", "Director", "১০", head: true), "/")).ShouldBeDenied();
        (await PostsAsync(office.Id)).Single(p => p.IsHead).Id.ShouldBe(assistant.Id);
    }

    [Fact]
    public async Task An_earlier_holder_is_recorded_beside_the_current_one_and_an_overlapping_term_is_refused_in_both_languages()
    {
        var (office, admin) = await OfficeAsync();
        (await PostAsync(admin, Links.Manage.Posts(office.Code), PostForm("জেলা প্রশাসক", "", "১", head: true))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var post = (await PostsAsync(office.Id)).Single();
        var url = Links.Manage.Post(office.Code, post.Id);
        Dictionary<string, string> Assign(string name, string from, string to) => new()
        {
            ["Assign.NameBn"] = name, ["Assign.NameEn"] = "", ["Assign.Mobile"] = "", ["Assign.Email"] = "", ["Assign.From"] = from, ["Assign.To"] = to,
        };
        (await PostAsync(admin, url + "?handler=Assign", Assign("বর্তমান জেলা প্রশাসক", "2024-01-01", ""), url)).ShouldRedirectTo(url);
        (await PostAsync(admin, url + "?handler=Assign", Assign("মোঃ শাহরিয়াজ", "2019-01-01", "2020-12-31"), url)).ShouldRedirectTo(url);
        var refused = WebUtility.HtmlDecode(await (await PostAsync(admin, url + "?handler=Assign", Assign("আরেকজন", "2020-06-01", "2021-06-30"), url)).ShouldBeRejectedAsync());
        refused.ShouldContain("মোঃ শাহরিয়াজ-এর মেয়াদের");
        refused.ShouldContain("আরেকজন"); // what was typed is kept
        await admin.GetAsync("/?lang=en", Ct);
        WebUtility.HtmlDecode(await (await PostAsync(admin, url + "?handler=Assign", Assign("আরেকজন", "2020-06-01", "2021-06-30"), url)).ShouldBeRejectedAsync())
            .ShouldContain("one holder at a time");

        var stored = await App.WithDbAsync(db => db.Posts.AsNoTracking().Include(p => p.Incumbencies).ThenInclude(i => i.Person).SingleAsync(p => p.Id == post.Id, Ct));
        stored.HolderOn(new DateOnly(2019, 3, 12))!.Person.NameBn.ShouldBe("মোঃ শাহরিয়াজ");
        stored.HolderOn(new DateOnly(2025, 3, 12))!.Person.NameBn.ShouldBe("বর্তমান জেলা প্রশাসক");
        stored.Incumbencies.Count.ShouldBe(2);
    }
}

public sealed class OfficeHeadTests_Sqlite(SqliteApp app) : OfficeHeadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class OfficeHeadTests_Postgres(PostgresApp app) : OfficeHeadTests<PostgresApp>(app), IClassFixture<PostgresApp>;
