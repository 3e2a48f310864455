using Microsoft.EntityFrameworkCore;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Manage;

public abstract class PostManagementTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static Dictionary<string, string> PostForm(string u, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.DesignationBn"] = $"সহকারী কমিশনার {u}", ["Input.DesignationEn"] = $"Assistant Commissioner {u}",
            ["Input.UnitBn"] = "শিক্ষা শাখা", ["Input.UnitEn"] = "Education Branch", ["Input.Room"] = "২১০",
            ["Input.Phone"] = "+880-771-00000", ["Input.Email"] = $"ac-{u}@example.gov.bd", ["Input.SortOrder"] = "৯৯০",
        };
        change?.Invoke(form);
        return form;
    }

    private int PostId(string designationEn) => App.WithDb(db => db.Posts.Single(p => p.DesignationEn == designationEn).Id);

    [Fact]
    public async Task The_office_admin_adds_a_post_and_it_is_listed_here_and_on_the_public_page()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/posts", PostForm(u));
        response.ShouldRedirectTo("/offices/dc-natore/posts");

        var list = await client.GetStringAsync("/offices/dc-natore/posts");
        list.ShouldContain($"&#x27;সহকারী কমিশনার {u}&#x27; পদটি যোগ করা হয়েছে");
        list.ShouldContain($"/offices/dc-natore/posts/{PostId($"Assistant Commissioner {u}")}/edit");
        var post = App.WithDb(db => db.Posts.Single(p => p.DesignationEn == $"Assistant Commissioner {u}"));
        post.SortOrder.ShouldBe(990);
        post.Room.ShouldBe("২১০");
        (await App.Browser().GetStringAsync("/offices/dc-natore")).ShouldContain($"সহকারী কমিশনার {u}");
    }

    [Fact]
    public async Task A_rejected_post_keeps_what_was_typed_and_shows_the_messages()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/posts", PostForm(u, f =>
        {
            f["Input.DesignationEn"] = "";
            f["Input.Email"] = "ac at natore";
            f["Input.SortOrder"] = "first";
        }));
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Input.DesignationEn").ShouldBeNull(); // English is optional: documents are in Bengali (ADR 0043)
        FieldError(html, "Input.Email").ShouldBe("'ac at natore' সঠিক ই-মেইল ঠিকানা নয়।");
        FieldError(html, "Input.SortOrder").ShouldBe("একটি পূর্ণসংখ্যা লিখুন (যেমন ১০)।");
        html.ShouldContain($"value=\"সহকারী কমিশনার {u}\"");
        html.ShouldContain("value=\"first\"");
        App.WithDb(db => db.Posts.Any(p => p.DesignationBn == $"সহকারী কমিশনার {u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task Markup_in_a_designation_is_shown_as_text()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/posts", PostForm(u, f => f["Input.DesignationBn"] = $"<img src=x onerror=alert(1)>{u}"));
        response.ShouldRedirectTo("/offices/dc-natore/posts");

        foreach (var html in new[] { await client.GetStringAsync("/offices/dc-natore/posts"), await App.Browser().GetStringAsync("/offices/dc-natore") })
        {
            html.ShouldNotContain($"<img src=x onerror=alert(1)>{u}");
            html.ShouldContain($"&lt;img src=x onerror=alert(1)&gt;{u}");
        }
    }

    [Fact]
    public async Task The_office_admin_edits_a_post()
    {
        var u = Unique();
        var id = await App.NewPostAsync("dc-natore", $"Clerk {u}");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var url = $"/offices/dc-natore/posts/{id}/edit";
        (await client.GetStringAsync(url)).ShouldContain($"value=\"Clerk {u}\"");

        var response = await PostAsync(client, url, PostForm(u, f => f["Input.DesignationEn"] = $"Head Clerk {u}"));
        response.ShouldRedirectTo(url);
        (await client.GetStringAsync(url)).ShouldContain("পরিবর্তন সংরক্ষিত হয়েছে");
        App.WithDb(db => db.Posts.Single(p => p.Id == id).DesignationEn).ShouldBe($"Head Clerk {u}");
    }

    [Fact]
    public async Task A_new_holder_is_assigned_shown_publicly_and_then_the_post_is_vacated()
    {
        var u = Unique();
        var id = await App.NewPostAsync("dc-natore", $"Officer {u}");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var url = $"/offices/dc-natore/posts/{id}/edit";

        var assign = await PostAsync(client, $"{url}?handler=Assign", new()
        {
            ["Assign.NameBn"] = $"রহিমা খাতুন {u}", ["Assign.NameEn"] = $"Rahima Khatun {u}",
            ["Assign.Mobile"] = "০১৭১১-০০০০০০", ["Assign.Email"] = $"rahima-{u}@example.gov.bd", ["Assign.From"] = "2020-01-05",
        });
        assign.ShouldRedirectTo(url);
        var page = await client.GetStringAsync(url);
        page.ShouldContain("নতুন পদধারী লিপিবদ্ধ হয়েছে");
        page.ShouldContain("৫ জানুয়ারি ২০২০");
        (await App.Browser().GetStringAsync("/offices/dc-natore")).ShouldContain($"রহিমা খাতুন {u}");

        // The person has no office of their own; their creation is logged under this office.
        App.WithDb(db => db.AuditEntries.Any(a => a.EntityType == "Person" && a.Action == AuditAction.Created
            && a.OfficeId == db.Offices.Single(o => o.Code == "dc-natore").Id && a.After!.Contains($"Rahima Khatun {u}"))).ShouldBeTrue();

        var vacate = await PostAsync(client, $"{url}?handler=Vacate", new() { ["Vacate.LastDay"] = "2021-06-30" });
        vacate.ShouldRedirectTo(url);
        var incumbency = App.WithDb(db => db.Incumbencies.Single(i => i.PostId == id));
        incumbency.To.ShouldBe(new DateOnly(2021, 6, 30));
        var publicPage = await App.Browser().GetStringAsync("/offices/dc-natore");
        publicPage.ShouldNotContain($"রহিমা খাতুন {u}");
    }

    [Fact]
    public async Task A_rejected_holder_keeps_what_was_typed_and_the_details_form_is_untouched()
    {
        var u = Unique();
        var id = await App.NewPostAsync("dc-natore", $"Surveyor {u}");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var url = $"/offices/dc-natore/posts/{id}/edit";

        var response = await PostAsync(client, $"{url}?handler=Assign", new()
        {
            ["Assign.NameBn"] = $"করিম {u}", ["Assign.NameEn"] = "", ["Assign.Mobile"] = "12345", ["Assign.From"] = "5 Jan",
        });
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Assign.NameEn").ShouldBeNull(); // English is optional (ADR 0043)
        FieldError(html, "Assign.Mobile")!.ShouldStartWith("মোবাইল নম্বর '12345' ১১ অঙ্কের হতে হবে");
        FieldError(html, "Assign.From").ShouldBe("তারিখ সঠিক নয়; ২০২৬-০৭-০১ আকারে লিখুন।");
        html.ShouldContain($"value=\"করিম {u}\"");
        html.ShouldContain("value=\"5 Jan\"");
        html.ShouldContain($"value=\"Surveyor {u}\""); // the other form still shows the post
        App.WithDb(db => db.People.Any(p => p.NameBn == $"করিম {u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_holder_cannot_join_before_the_last_one_and_an_empty_post_cannot_be_vacated()
    {
        var u = Unique();
        var id = await App.NewPostAsync("dc-natore", $"Inspector {u}");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var url = $"/offices/dc-natore/posts/{id}/edit";

        var vacant = await PostAsync(client, $"{url}?handler=Vacate", new() { ["Vacate.LastDay"] = "2024-01-01" });
        FieldError(await vacant.ShouldBeRejectedAsync(), "Vacate.LastDay").ShouldBe("এই পদে বর্তমানে কোনো পদধারী নেই।");

        Dictionary<string, string> Holder(string name, string from) => new() { ["Assign.NameBn"] = name, ["Assign.NameEn"] = name, ["Assign.From"] = from };
        (await PostAsync(client, $"{url}?handler=Assign", Holder($"First {u}", "2024-03-01"))).ShouldRedirectTo(url);
        var early = await PostAsync(client, $"{url}?handler=Assign", Holder($"Second {u}", "2024-02-01"));
        FieldError(await early.ShouldBeRejectedAsync(), "Assign.From")!.ShouldContain("পরবর্তী তারিখের পদধারী আগেই লিপিবদ্ধ আছে");

        var beforeJoining = await PostAsync(client, $"{url}?handler=Vacate", new() { ["Vacate.LastDay"] = "2024-02-15" });
        FieldError(await beforeJoining.ShouldBeRejectedAsync(), "Vacate.LastDay").ShouldBe("শেষ কর্মদিবস যোগদানের তারিখ (১ মার্চ ২০২৪) এর আগে হতে পারে না।");

        (await PostAsync(client, $"{url}?handler=Assign", Holder($"Second {u}", "2024-09-01"))).ShouldRedirectTo(url);
        var terms = App.WithDb(db => db.Incumbencies.Include(i => i.Person).Where(i => i.PostId == id).OrderBy(i => i.From).ToList());
        terms.Select(t => (t.Person.NameEn, t.To)).ToList()
            .ShouldBe(new List<(string, DateOnly?)> { ($"First {u}", new DateOnly(2024, 8, 31)), ($"Second {u}", null) });
    }
}

public sealed class PostManagementTests_Sqlite(SqliteApp app) : PostManagementTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostManagementTests_Postgres(PostgresApp app) : PostManagementTests<PostgresApp>(app), IClassFixture<PostgresApp>;
