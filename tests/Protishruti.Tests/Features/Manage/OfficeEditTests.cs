using Protishruti.Domain.Offices;
using Protishruti.Domain.Calendar;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Manage;

public abstract class OfficeEditTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static Dictionary<string, string> Form(Office o, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.NameBn"] = o.NameBn, ["Input.NameEn"] = o.NameEn,
            ["Input.AddressBn"] = o.AddressBn ?? "", ["Input.AddressEn"] = o.AddressEn ?? "",
            ["Input.Phone"] = o.Phone ?? "", ["Input.Email"] = o.Email ?? "", ["Input.Website"] = o.Website ?? "",
            ["Input.MinistryCode"] = o.MinistryCode ?? "", ["Input.OfficeCode"] = o.OfficeCode ?? "", ["Input.GeoCode"] = o.GeoCode ?? "",
        };
        change?.Invoke(form);
        return form;
    }

    private Office Load(string code) => App.WithDb(db => db.Offices.Single(o => o.Code == code));

    [Fact]
    public async Task The_office_admin_edits_contacts_and_the_public_page_shows_them()
    {
        var phone = $"0771-{Random.Shared.Next(100000, 999999)}";
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/edit", Form(Load("dc-natore"), f =>
        {
            f["Input.Phone"] = phone;
            f["Input.GeoCode"] = "৬৯০০"; // Bengali digits are accepted and stored as ASCII
        }));
        response.ShouldRedirectTo("/offices/dc-natore/edit");

        var after = await client.GetStringAsync("/offices/dc-natore/edit");
        after.ShouldContain("পরিবর্তন সংরক্ষিত হয়েছে");
        Load("dc-natore").Phone.ShouldBe(phone);
        Load("dc-natore").GeoCode.ShouldBe("6900");
        var publicPage = await App.Browser().GetStringAsync("/offices/dc-natore");
        publicPage.ShouldContain(BengaliDigits.ToBengali(phone));
    }

    [Fact]
    public async Task Renaming_the_office_on_its_edit_page_renames_it_in_the_national_search_at_once()
    {
        var token = $"Kingfisher{Random.Shared.Next(100000, 999999)}";
        var before = Load("dc-natore");
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        (await PostAsync(client, "/offices/dc-natore/edit", Form(before, f => f["Input.NameEn"] = $"Deputy Commissioner's Office, {token}")))
            .ShouldRedirectTo("/offices/dc-natore/edit");
        try
        {
            var json = System.Text.Json.JsonDocument.Parse(await App.CreateClient().GetStringAsync($"/api/v1/services?q={token}")).RootElement;
            var offices = json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("office").GetProperty("nameEn").GetString()).Distinct().ToList();
            offices.ShouldBe([$"Deputy Commissioner's Office, {token}"]); // every published service of the office, under its new name
        }
        finally
        {
            await PostAsync(client, "/offices/dc-natore/edit", Form(Load("dc-natore"), f => f["Input.NameEn"] = before.NameEn));
        }
    }

    [Fact]
    public async Task An_office_admin_sees_kind_and_parent_but_cannot_change_them_even_by_posting_them()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var page = await client.GetStringAsync("/offices/dc-natore/edit");
        page.ShouldNotContain("name=\"Input.Kind\"");
        page.ShouldNotContain("name=\"Input.ParentCode\"");
        page.ShouldContain("কেবল সিস্টেম প্রশাসক");

        var before = Load("dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/edit", Form(before, f =>
        {
            f["Input.Kind"] = nameof(OfficeKind.MinistryOrDivision);
            f["Input.ParentCode"] = "cabinet";
        }));
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Input.Kind").ShouldBe("দপ্তরের ধরন কেবল সিস্টেম প্রশাসক পরিবর্তন করতে পারেন।");
        FieldError(html, "Input.ParentCode").ShouldBe("ঊর্ধ্বতন দপ্তর কেবল সিস্টেম প্রশাসক পরিবর্তন করতে পারেন।");
        var after = Load("dc-natore");
        after.Kind.ShouldBe(before.Kind);
        after.ParentId.ShouldBe(before.ParentId);
    }

    [Fact]
    public async Task A_rejected_form_keeps_what_was_typed_and_shows_each_message_beside_its_field()
    {
        var u = Unique();
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        var response = await PostAsync(client, "/offices/dc-natore/edit", Form(Load("dc-natore"), f =>
        {
            f["Input.NameEn"] = $"Renamed {u}";
            f["Input.NameBn"] = "";
            f["Input.Email"] = $"not-an-email-{u}";
            f["Input.Website"] = "natore.gov.bd";
            f["Input.GeoCode"] = "12";
        }));
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Input.NameBn").ShouldBe("বাংলা নাম আবশ্যক।");
        FieldError(html, "Input.Email").ShouldBe($"'not-an-email-{u}' সঠিক ই-মেইল ঠিকানা নয়।");
        FieldError(html, "Input.Website")!.ShouldContain("সঠিক ওয়েব ঠিকানা নয়");
        FieldError(html, "Input.GeoCode").ShouldBe("জিও কোড ঠিক ৪ অঙ্কের হতে হবে।");
        html.ShouldContain($"value=\"Renamed {u}\"");
        html.ShouldContain($"value=\"not-an-email-{u}\"");
        Load("dc-natore").NameEn.ShouldNotBe($"Renamed {u}");
    }

    [Fact]
    public async Task Messages_follow_the_chosen_language()
    {
        var client = await App.LoggedInAsync("officeadmin.dc-natore");
        await client.GetAsync("/?lang=en");
        var response = await PostAsync(client, "/offices/dc-natore/edit", Form(Load("dc-natore"), f => f["Input.Email"] = "nope"));
        var html = await response.ShouldBeRejectedAsync();
        FieldError(html, "Input.Email").ShouldBe("'nope' is not an e-mail address.");
        html.ShouldContain("Edit office details");
    }

    [Fact]
    public async Task Markup_typed_into_a_name_is_shown_as_text()
    {
        var office = await App.NewOfficeAsync("dc-natore");
        var client = await App.LoggedInAsync("admin");
        var response = await PostAsync(client, $"/offices/{office.Code}/edit", Form(office, f =>
        {
            f["Input.NameEn"] = "<script>alert('x')</script> Office";
            f["Input.Kind"] = nameof(OfficeKind.Other);
            f["Input.ParentCode"] = "dc-natore";
        }));
        response.ShouldRedirectTo($"/offices/{office.Code}/edit");

        var edit = await client.GetStringAsync($"/offices/{office.Code}/edit");
        edit.ShouldNotContain("<script>alert");
        edit.ShouldContain("&lt;script&gt;");
        var publicPage = await App.Browser().GetStringAsync($"/offices/{office.Code}?lang=en");
        publicPage.ShouldNotContain("<script>alert");
        publicPage.ShouldContain("&lt;script&gt;alert(");
    }

    [Fact]
    public async Task The_system_admin_changes_kind_and_moves_an_office_with_everything_under_it()
    {
        var office = await App.NewOfficeAsync("dc-natore");
        var child = await App.NewOfficeAsync(office.Code);
        var client = await App.LoggedInAsync("admin");
        var page = await client.GetStringAsync($"/offices/{office.Code}/edit");
        page.ShouldContain("name=\"Input.Kind\"");
        page.ShouldContain("name=\"Input.ParentCode\"");

        var response = await PostAsync(client, $"/offices/{office.Code}/edit", Form(office, f =>
        {
            f["Input.Kind"] = nameof(OfficeKind.UpazilaOffice);
            f["Input.ParentCode"] = " DCO-Bandarban ";
        }));
        response.ShouldRedirectTo($"/offices/{office.Code}/edit");

        var bandarban = Load("dco-bandarban");
        var moved = Load(office.Code);
        moved.Kind.ShouldBe(OfficeKind.UpazilaOffice);
        moved.ParentId.ShouldBe(bandarban.Id);
        moved.Path.ShouldBe($"{bandarban.Path}{bandarban.Id}/");
        Load(child.Code).Path.ShouldBe($"{moved.Path}{moved.Id}/");
        (await App.Browser().GetStringAsync($"/offices/{child.Code}")).ShouldContain("/offices/dco-bandarban\"");
    }

    [Fact]
    public async Task An_office_cannot_be_moved_under_its_own_subordinate_or_an_unknown_office()
    {
        var office = await App.NewOfficeAsync("dc-natore");
        var child = await App.NewOfficeAsync(office.Code);
        var client = await App.LoggedInAsync("admin");

        var loop = await PostAsync(client, $"/offices/{office.Code}/edit", Form(office, f =>
        {
            f["Input.Kind"] = nameof(OfficeKind.Other);
            f["Input.ParentCode"] = child.Code;
            f["Input.NameEn"] = "Not saved either";
        }));
        var html = await loop.ShouldBeRejectedAsync();
        FieldError(html, "Input.ParentCode").ShouldBe($"{office.Code} দপ্তরকে তার নিজের অধীন দপ্তরের অধীনে রাখা যায় না।");
        html.ShouldContain($"value=\"{child.Code}\"");
        Load(office.Code).NameEn.ShouldBe(office.NameEn);
        Load(office.Code).ParentId.ShouldBe(Load("dc-natore").Id);

        var unknown = await PostAsync(client, $"/offices/{office.Code}/edit", Form(office, f =>
        {
            f["Input.Kind"] = nameof(OfficeKind.Other);
            f["Input.ParentCode"] = "no-such-office";
        }));
        FieldError(await unknown.ShouldBeRejectedAsync(), "Input.ParentCode").ShouldBe("'no-such-office' কোডের কোনো দপ্তর প্রতিশ্রুতিতে নেই।");
    }

    [Fact]
    public async Task An_empty_parent_makes_the_office_top_level()
    {
        var office = await App.NewOfficeAsync("dc-natore");
        var client = await App.LoggedInAsync("admin");
        var response = await PostAsync(client, $"/offices/{office.Code}/edit", Form(office, f =>
        {
            f["Input.Kind"] = nameof(OfficeKind.MinistryOrDivision);
            f["Input.ParentCode"] = "";
        }));
        response.ShouldRedirectTo($"/offices/{office.Code}/edit");
        var top = Load(office.Code);
        top.ParentId.ShouldBeNull();
        top.Path.ShouldBe("/");
    }
}

public sealed class OfficeEditTests_Sqlite(SqliteApp app) : OfficeEditTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class OfficeEditTests_Postgres(PostgresApp app) : OfficeEditTests<PostgresApp>(app), IClassFixture<PostgresApp>;
