using System.Net;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Charters;

public abstract class TemplateTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static Dictionary<string, string> Form(string nameBn, string kind = "UpazilaOffice", Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind, ["Input.Category"] = "Citizen", ["Input.NameBn"] = nameBn, ["Input.NameEn"] = "",
            ["Input.DeliveryBn"] = "অনলাইনে আবেদন", ["Input.DeliveryEn"] = "Apply online", ["Input.Online"] = "true",
            ["Input.OnlineUrl"] = "https://mutation.land.gov.bd",
            ["Input.Documents"] = "খতিয়ানের কপি | ভূমি অফিস\nজাতীয় পরিচয়পত্রের কপি",
            ["Input.FeeKind"] = "amount", ["Input.FeeAmountText"] = "১১৭০", ["Input.PaymentMethod"] = "EPayment",
            ["Input.TimeLimit"] = "২৮ কর্মদিবস",
        };
        change?.Invoke(form);
        return form;
    }

    private ServiceTemplate TemplateNamed(string nameBn) => App.WithDb(db =>
        db.ServiceTemplates.Include(t => t.Revisions).AsEnumerable().Single(t => t.Content.Name.Bn == nameBn));

    private async Task<int> NationalAsync(string nameBn, string kind = "UpazilaOffice")
    {
        var admin = await App.LoggedInAsync("admin");
        (await PostAsync(admin, "/admin/templates/edit", Form(nameBn, kind))).ShouldRedirectTo("/admin/templates");
        return TemplateNamed(nameBn).Id;
    }

    private CharterVersion Draft(string code) => App.WithDb(db =>
    {
        var officeId = db.Offices.Single(o => o.Code == code).Id;
        return db.Charters.Where(c => c.OfficeId == officeId).SelectMany(c => c.Versions)
            .Include(v => v.Services).ThenInclude(s => s.Documents).AsSplitQuery()
            .Single(v => v.State != CharterVersionState.Published);
    });

    [Fact]
    public async Task A_system_admin_creates_a_national_template_and_each_change_is_a_new_revision()
    {
        var u = Unique();
        var id = await NationalAsync($"নামজারি {u}");
        var t = TemplateNamed($"নামজারি {u}");
        (t.Revision, t.IsNational, t.Kind).ShouldBe((1, true, OfficeKind.UpazilaOffice));
        t.Content.Fee!.Amount.ShouldBe(1170m);
        t.Content.Documents.Lines.Select(d => (d.NameBn, d.WhereToGetBn)).ShouldBe([("খতিয়ানের কপি", "ভূমি অফিস"), ("জাতীয় পরিচয়পত্রের কপি", null)]);
        t.Content.TimeLimit!.Value.ShouldBe(28);

        var admin = await App.LoggedInAsync("admin");
        (await admin.GetStringAsync("/admin/templates")).ShouldContain($"নামজারি {u}");
        (await PostAsync(admin, $"/admin/templates/edit/{id}", Form($"নামজারি {u}", change: f => f["Input.FeeAmountText"] = "১২০০")))
            .ShouldRedirectTo("/admin/templates");
        (await admin.GetStringAsync("/admin/templates")).ShouldContain("পরিবর্তন সংরক্ষিত হয়েছে: সংস্করণ ২।");
        (await PostAsync(admin, $"/admin/templates/edit/{id}", Form($"নামজারি {u}", change: f => f["Input.FeeAmountText"] = "১২০০")))
            .ShouldRedirectTo("/admin/templates");
        t = TemplateNamed($"নামজারি {u}");
        t.Revision.ShouldBe(2);
        t.RevisionNumber(1).Content.Fee!.Amount.ShouldBe(1170m);
        t.Content.Fee!.Amount.ShouldBe(1200m);
    }

    [Fact]
    public async Task Bad_template_input_is_explained_beside_each_field_and_what_was_typed_is_kept()
    {
        var admin = await App.LoggedInAsync("admin");
        var response = await PostAsync(admin, "/admin/templates/edit", Form("", change: f =>
        {
            f["Input.NameEn"] = "<script>alert(1)</script>";
            f["Input.OnlineUrl"] = "not a url";
            f["Input.FeeAmountText"] = "-৫";
            f["Input.TimeLimit"] = "০ দিন";
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Input_NameBn-error\"");
        html.ShouldContain("সেবার নাম (বাংলা) আবশ্যক।");
        html.ShouldContain("id=\"Input_OnlineUrl-error\"");
        html.ShouldContain("id=\"Input_FeeAmountText-error\"");
        html.ShouldContain("ঋণাত্মক");
        html.ShouldContain("id=\"Input_TimeLimit-error\"");
        html.ShouldContain("value=\"not a url\"");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert(1)</script>");

        var en = await PostAsync(admin, "/admin/templates/edit?lang=en", Form("", change: f => f["Input.OnlineUrl"] = "not a url"), "/admin/templates/edit?lang=en");
        var enHtml = await en.Content.ReadAsStringAsync();
        enHtml.ShouldContain("The service name (Bengali) is required.");
        enHtml.ShouldContain("is not a web address");
    }

    [Fact]
    public async Task A_duplicate_template_name_for_the_same_kind_is_refused()
    {
        var u = Unique();
        await NationalAsync($"খারিজ {u}");
        var admin = await App.LoggedInAsync("admin");
        var response = await PostAsync(admin, "/admin/templates/edit", Form($"খারিজ  {u}"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("এই নামে এই শ্রেণির একটি টেমপ্লেট আগেই আছে");
        (await PostAsync(admin, "/admin/templates/edit", Form($"খারিজ {u}", "DistrictOffice"))).ShouldRedirectTo("/admin/templates");
    }

    [Fact]
    public async Task Only_system_admins_edit_national_templates_and_only_an_office_editor_or_approver_its_own()
    {
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await editor.GetAsync("/admin/templates")).ShouldBeDenied();
        (await editor.GetAsync("/admin/templates/edit")).ShouldBeDenied();
        (await App.Browser().GetAsync("/admin/templates")).ShouldAskToLogIn();

        var u = Unique();
        (await PostAsync(editor, "/offices/dc-natore/templates/edit", Form($"ভূমি উন্নয়ন কর {u}"))).ShouldRedirectTo("/offices/dc-natore/templates");
        var t = TemplateNamed($"ভূমি উন্নয়ন কর {u}");
        t.OwnerOfficeId.ShouldBe(await TestTree.OfficeIdAsync(App, "dc-natore"));
        (await (await App.LoggedInAsync("head.dc-natore")).GetAsync("/offices/dc-natore/templates")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var user in new[] { "officeadmin.dc-natore", "monitor.mopa", "editor.uno-singra" })
        {
            var client = await App.LoggedInAsync(user);
            (await client.GetAsync("/offices/dc-natore/templates")).ShouldBeDenied();
            (await client.GetAsync($"/offices/dc-natore/templates/edit/{t.Id}")).ShouldBeDenied();
        }
        // An office's template is edited only under its own office.
        (await (await App.LoggedInAsync("admin")).GetAsync($"/admin/templates/edit/{t.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await (await App.LoggedInAsync("editor.uno-singra")).GetAsync("/offices/uno-singra/charter/draft/templates")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var user in new[] { "head.dc-natore", "monitor.mopa", "editor.dco-bandarban" })
            (await (await App.LoggedInAsync(user)).GetAsync("/offices/uno-singra/charter/draft/templates")).ShouldBeDenied();
    }

    [Fact]
    public async Task National_templates_for_the_kind_and_those_of_ancestors_apply_and_no_others()
    {
        var u = Unique();
        var tree = await TestTree.CreateAsync(App, u);
        await NationalAsync($"জাতীয় উপজেলা সেবা {u}");
        await NationalAsync($"জাতীয় জেলা সেবা {u}", "DistrictOffice");
        var districtEditor = await App.LoggedInAsync(tree.DistrictEditor);
        (await PostAsync(districtEditor, $"/offices/{tree.District}/templates/edit", Form($"জেলার টেমপ্লেট {u}")))
            .ShouldRedirectTo($"/offices/{tree.District}/templates");
        (await PostAsync(await App.LoggedInAsync("editor.dc-natore"), "/offices/dc-natore/templates/edit", Form($"নাটোরের টেমপ্লেট {u}")))
            .ShouldRedirectTo("/offices/dc-natore/templates");

        var page = await (await App.LoggedInAsync(tree.UpazilaEditor)).GetStringAsync($"/offices/{tree.Upazilas[0]}/charter/draft/templates");
        page.ShouldContain($"জাতীয় উপজেলা সেবা {u}");
        page.ShouldContain($"জেলার টেমপ্লেট {u}");
        page.ShouldContain($"পরীক্ষা জেলা কার্যালয় {u}"); // whose template it is
        page.ShouldNotContain($"জাতীয় জেলা সেবা {u}");
        page.ShouldNotContain($"নাটোরের টেমপ্লেট {u}");
        var district = await (await App.LoggedInAsync(tree.DistrictEditor)).GetStringAsync($"/offices/{tree.District}/charter/draft/templates");
        district.ShouldContain($"জাতীয় জেলা সেবা {u}");
        district.ShouldNotContain($"জেলার টেমপ্লেট {u}");
    }

    [Fact]
    public async Task An_office_adopts_a_template_then_sees_its_change_as_a_diff_and_takes_it_keeping_its_overrides()
    {
        var u = Unique();
        var tree = await TestTree.CreateAsync(App, u);
        var code = tree.Upazilas[0];
        var url = $"/offices/{code}/charter/draft/templates";
        var id = await NationalAsync($"নামজারি {u}");
        var editor = await App.LoggedInAsync(tree.UpazilaEditor);

        var page = await editor.GetStringAsync(url);
        page.ShouldContain("নতুন খসড়া শুরু করুন");
        page.ShouldNotContain("খসড়ায় গ্রহণ করুন");
        (await PostAsync(editor, $"{url}?handler=Start", [])).ShouldRedirectTo(url);
        (await PostAsync(editor, $"{url}?handler=Adopt", new() { ["templateId"] = $"{id}" })).ShouldRedirectTo(url);
        var service = Draft(code).Services.ShouldHaveSingleItem();
        (service.TemplateId, service.TemplateRevision, service.NameBn, service.Fee!.Amount).ShouldBe((id, 1, $"নামজারি {u}", 1170m));
        Draft(code).QualityScore.ShouldNotBeNull();
        (await editor.GetStringAsync(url)).ShouldContain("হালনাগাদ (সংস্করণ ১)");
        (await PostAsync(editor, $"{url}?handler=Adopt", new() { ["templateId"] = $"{id}" })).StatusCode.ShouldBe(HttpStatusCode.OK); // already adopted: said, not a 500

        // The office overrides the fee in its draft; the template then changes the fee and the time limit.
        await App.WithDbAsync(async db =>
        {
            var officeId = await db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
            var draft = await db.Charters.Where(c => c.OfficeId == officeId).SelectMany(c => c.Versions).Include(v => v.Services).SingleAsync();
            draft.Services[0].SetFee(Fee.Of(1100m, PaymentMethod.CashWithReceipt));
            return await db.SaveChangesAsync();
        });
        var admin = await App.LoggedInAsync("admin");
        (await PostAsync(admin, $"/admin/templates/edit/{id}", Form($"নামজারি {u}", change: f =>
        {
            f["Input.FeeAmountText"] = "১২০০";
            f["Input.TimeLimit"] = "২০ কর্মদিবস";
        }))).ShouldRedirectTo("/admin/templates");

        page = await editor.GetStringAsync(url);
        page.ShouldContain("গৃহীত সংস্করণ ১, নতুন সংস্করণ ২");
        page.ShouldContain("<del>১১৭০ টাকা (ই-পেমেন্ট)</del>");
        page.ShouldContain("<ins>১২০০ টাকা (ই-পেমেন্ট)</ins>");
        page.ShouldContain("১১০০ টাকা (নগদ (রসিদসহ))");
        page.ShouldContain("<del>২৮ কর্মদিবস</del>");
        page.ShouldContain("<ins>২০ কর্মদিবস</ins>");
        page.ShouldContain("দপ্তরের নিজস্ব মান থাকবে");
        page.ShouldContain("name=\"replace\" value=\"Fee\"");
        page.ShouldNotContain("value=\"TimeLimit\"");

        (await PostAsync(editor, $"{url}?handler=Take", new() { ["templateId"] = $"{id}" })).ShouldRedirectTo(url);
        service = Draft(code).Services.Single();
        (service.TemplateRevision, service.Fee!.Amount, service.TimeLimit!.Value).ShouldBe((2, 1100m, 20));
        (await editor.GetStringAsync(url)).ShouldContain("টেমপ্লেটের সংস্করণ ২ গৃহীত; খসড়ায় ১টি ঘর বদলেছে।");

        // Next time the user ticks the overridden field and the template's value replaces the office's.
        (await PostAsync(admin, $"/admin/templates/edit/{id}", Form($"নামজারি {u}", change: f =>
        {
            f["Input.FeeAmountText"] = "১৩০০";
            f["Input.TimeLimit"] = "২০ কর্মদিবস";
        }))).ShouldRedirectTo("/admin/templates");
        (await PostAsync(editor, $"{url}?handler=Take", new() { ["templateId"] = $"{id}", ["replace"] = "Fee" })).ShouldRedirectTo(url);
        service = Draft(code).Services.Single();
        (service.TemplateRevision, service.Fee!.Amount, service.Fee.PaymentMethod).ShouldBe((3, 1300m, PaymentMethod.EPayment));

        var en = await editor.GetStringAsync($"{url}?lang=en");
        en.ShouldContain("Adopt service templates");
        en.ShouldContain("Up to date (revision 3)");
    }

    [Fact]
    public async Task A_submitted_draft_cannot_take_templates()
    {
        var u = Unique();
        var tree = await TestTree.CreateAsync(App, u);
        var code = tree.Upazilas[0];
        await TestTree.PublishAsync(App, code, DateTimeOffset.UtcNow.AddDays(-1), thenSubmit: true);
        var id = await NationalAsync($"ওয়ারিশ সনদ {u}");
        var editor = await App.LoggedInAsync(tree.UpazilaEditor);
        var url = $"/offices/{code}/charter/draft/templates";
        var page = await editor.GetStringAsync(url);
        page.ShouldContain("পরিবর্তন করা যায় না");
        page.ShouldNotContain("খসড়ায় গ্রহণ করুন");
        var response = await PostAsync(editor, $"{url}?handler=Adopt", new() { ["templateId"] = $"{id}" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("সম্পাদনাযোগ্য কোনো খসড়া নেই।");
        Draft(code).Services.ShouldAllBe(s => s.TemplateId == null);
    }
}

public sealed class TemplateTests_Sqlite(SqliteApp app) : TemplateTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class TemplateTests_Postgres(PostgresApp app) : TemplateTests<PostgresApp>(app), IClassFixture<PostgresApp>;
