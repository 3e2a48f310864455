using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using static Protishruti.Tests.Features.Charters.CharterEditorKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Charters;

/// <summary>The editor and the approval workflow over HTTP, as an office's users drive them.</summary>
public abstract class CharterEditorTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task Draft_submit_return_resubmit_publish_and_the_next_draft_is_a_copy()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        var approver = await App.LoggedInAsync(Approver);

        // No charter yet: the editor starts one; the office's kind gives the layout, the ladder is the national default.
        (await editor.GetStringAsync(o.Draft)).ShouldContain("handler=Start");
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        var v1 = (await App.OpenVersionAsync(o))!;
        (v1.Number, v1.State, v1.Layout, v1.GrievanceLevels.Count).ShouldBe((1, CharterVersionState.Draft, LayoutProfile.Hq7, 3));

        // Submitting the empty draft is refused with the blocking findings, each linking to its form.
        var refused = await (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldBeRejectedAsync();
        refused.ShouldContain("data-code=\"charter.vision.missing\"");
        refused.ShouldContain("data-code=\"charter.services.none\"");
        refused.ShouldContain($"href=\"{o.Draft}/vision#Vision\"");
        (await App.OpenVersionAsync(o))!.State.ShouldBe(CharterVersionState.Draft);

        // Fix: vision and mission, one complete service.
        (await PostAsync(editor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o)))).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/services/new", ServiceForm(o, "নাগরিক সনদ প্রদান", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");
        var service = (await App.OpenVersionAsync(o))!.Services.Single();
        service.TimeLimit.ShouldBe(TimeLimit.Of(7, TimeLimitUnit.WorkingDays, "০৭ (সাত) কার্যদিবস"));
        service.Fee.ShouldBe(Fee.Free);
        service.Documents.Single().WhereToGetBn.ShouldBe("দপ্তরের অভ্যর্থনা কক্ষ");
        service.ResponsibleOfficerPostId.ShouldBe(o.OfficerPost);

        // The editor may not publish or return.
        (await PostAsync(editor, $"{o.Draft}?handler=Publish", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldBeDenied();

        (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);
        (await App.OpenVersionAsync(o))!.State.ShouldBe(CharterVersionState.Submitted);
        (await editor.GetAsync($"{o.Draft}/vision")).ShouldRedirectTo(o.Draft); // a submitted draft is not editable

        // Return needs a comment.
        var noComment = await (await PostAsync(approver, $"{o.Draft}?handler=Return", new() { ["Revision"] = await App.RevisionAsync(o), ["ReturnComment"] = " " })).ShouldBeRejectedAsync();
        FieldError(noComment, "ReturnComment").ShouldNotBeNull();
        (await PostAsync(approver, $"{o.Draft}?handler=Return", new() { ["Revision"] = await App.RevisionAsync(o), ["ReturnComment"] = "প্রত্যাশার তালিকা যোগ করুন" }))
            .ShouldRedirectTo(o.Draft);
        (await App.OpenVersionAsync(o))!.State.ShouldBe(CharterVersionState.Returned);
        (await editor.GetStringAsync(o.Draft)).ShouldContain("প্রত্যাশার তালিকা যোগ করুন");

        // The editor adds expectations (a returned draft becomes a draft again) and resubmits; the approver publishes.
        (await PostAsync(editor, $"{o.Draft}/expectations", new()
        {
            ["Revision"] = await App.RevisionAsync(o), ["Rows[0].TextBn"] = "স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", ["Rows[1].TextBn"] = "",
            ["Rows[2].TextBn"] = "নির্ধারিত ফি পরিশোধ", ["Rows[2].TextEn"] = "Pay the fee",
        })).ShouldRedirectTo($"{o.Draft}#expect-h");
        var returned = (await App.OpenVersionAsync(o))!;
        returned.State.ShouldBe(CharterVersionState.Draft);
        returned.Expectations.OrderBy(e => e.Order).Select(e => e.TextBn).ShouldBe(["স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "নির্ধারিত ফি পরিশোধ"]);
        (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);
        (await PostAsync(approver, $"{o.Draft}?handler=Publish", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);
        var published = (await App.CharterAsync(o)).Current!;
        published.Number.ShouldBe(1);
        published.History.Select(h => h.Kind).ShouldBe([CharterEventKind.Submitted, CharterEventKind.Returned, CharterEventKind.Submitted, CharterEventKind.Published], ignoreOrder: true);

        // The next quarter's draft is a copy (same service key); editing it leaves the published version as it was.
        (await editor.GetStringAsync(o.Draft)).ShouldContain("handler=Start");
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        var v2 = (await App.OpenVersionAsync(o))!;
        v2.Number.ShouldBe(2);
        v2.Services.Single().Key.ShouldBe(service.Key);
        v2.Expectations.Count.ShouldBe(2);
        (await PostAsync(editor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o), visionBn: "নতুন রূপকল্প"))).ShouldRedirectTo(o.Draft);
        var form = ServiceForm(o, "নাগরিক সনদ প্রদান", await App.RevisionAsync(o));
        form["Input.TimeLimitText"] = "৩ কার্যদিবস";
        (await PostAsync(editor, $"{o.Draft}/services/{service.Key}", form)).ShouldRedirectTo($"{o.Draft}#services-h");
        var after = await App.CharterAsync(o);
        after.Version(1).VisionBn.ShouldBe("সবার জন্য মানসম্মত সেবা");
        after.Version(1).Services.Single().TimeLimit!.Value.ShouldBe(7);
        after.Version(2).Services.Single().TimeLimit!.Value.ShouldBe(3);
        after.Version(1).State.ShouldBe(CharterVersionState.Published);

        // Submitted, the head sees what it changes against the published version before deciding.
        (await approver.GetStringAsync(o.Draft)).ShouldNotContain("id=\"changes\" open"); // not submitted yet: folded
        (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);
        var review = await approver.GetStringAsync(o.Draft);
        review.ShouldContain("প্রকাশিত সংস্করণের তুলনায় পরিবর্তন (২টি)");
        review.ShouldContain("<ins class=\"diff\">নতুন রূপকল্প</ins>");
        review.ShouldContain("<del class=\"diff\">সবার জন্য মানসম্মত সেবা</del>");
    }

    [Fact]
    public async Task Publishing_checks_again_and_is_refused_when_the_responsible_post_fell_vacant_since_submission()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        var approver = await App.LoggedInAsync(Approver);
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o)))).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/services/new", ServiceForm(o, "সনদ", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");
        (await PostAsync(editor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo(o.Draft);
        await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).SingleAsync(p => p.Id == o.OfficerPost);
            post.Vacate(new DateOnly(2025, 1, 1));
            return await db.SaveChangesAsync();
        });

        var html = await (await PostAsync(approver, $"{o.Draft}?handler=Publish", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldBeRejectedAsync();
        html.ShouldContain("data-code=\"post.vacant\"");
        html.ShouldContain("(শূন্য পদ)");
        (await App.OpenVersionAsync(o))!.State.ShouldBe(CharterVersionState.Submitted);
    }

    [Fact]
    public async Task The_database_refuses_a_change_to_a_published_version_even_around_the_domain()
    {
        var o = await App.NewEditorOfficeAsync();
        await App.WithDbAsync(async db =>
        {
            var charter = new Charter(o.Office.Id, LayoutProfile.Hq7);
            var v = charter.Open!;
            v.SetVisionAndMission("রূপকল্প", null, "অভিলক্ষ্য", null);
            var s = v.AddService(ServiceCategory.Citizen, "সেবা");
            s.SetDeliveryMethod(new DeliveryMethod("সরাসরি", null, DeliveryChannels.InPerson));
            s.SetNoDocumentsRequired();
            s.SetFee(Fee.Free);
            s.SetTimeLimit(TimeLimit.Of(1, TimeLimitUnit.WorkingDays));
            s.SetResponsibleOfficer(o.OfficerPost);
            var lookup = (await db.ForVersionAsync(v, DateOnly.FromDateTime(DateTime.UtcNow))).AsLookup();
            v.Submit("u", DateTimeOffset.UtcNow, lookup);
            v.Publish("u", DateTimeOffset.UtcNow, lookup);
            db.Charters.Add(charter);
            await db.SaveChangesAsync();
            return 0;
        });
        await App.WithDbAsync(async db =>
        {
            var v = await db.Set<CharterVersion>().Include(x => x.Services).SingleAsync(x => x.Charter.OfficeId == o.Office.Id);
            db.Entry(v).Property(x => x.VisionBn).CurrentValue = "বদলানো";
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            var s = await db.Set<CharterService>().SingleAsync(x => x.CharterVersionId == v.Id);
            db.Entry(s).Property(x => x.NameBn).CurrentValue = "বদলানো";
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return 0;
        });
        (await App.CharterAsync(o)).Current!.VisionBn.ShouldBe("রূপকল্প");
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_the_field_and_keeps_what_was_typed()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/services/new", ServiceForm(o, "জন্ম নিবন্ধন", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");
        var url = $"{o.Draft}/services/new";

        async Task<string> Rejected(Action<Dictionary<string, string>> change)
        {
            var form = ServiceForm(o, "মৃত্যু নিবন্ধন", await App.RevisionAsync(o));
            change(form);
            return await (await PostAsync(editor, url, form)).ShouldBeRejectedAsync();
        }

        var html = await Rejected(f => f["Input.NameBn"] = new string('ক', 301));
        FieldError(html, "Input.NameBn")!.ShouldContain("৩০০");
        html = await Rejected(f => f["Input.NameBn"] = "  ");
        FieldError(html, "Input.NameBn")!.ShouldContain("আবশ্যক");
        html = await Rejected(f => f["Input.NameBn"] = "জন্ম  নিবন্ধন");
        FieldError(html, "Input.NameBn")!.ShouldContain("আগেই আছে");
        html = await Rejected(f => (f["Input.FeeKind"], f["Input.Amount"], f["Input.PaymentMethod"]) = ("amount", "-৫০", "TreasuryChallan"));
        FieldError(html, "Input.Amount")!.ShouldContain("ঋণাত্মক");
        html.ShouldContain("value=\"-৫০\"");
        html = await Rejected(f => (f["Input.FeeKind"], f["Input.Amount"], f["Input.PaymentMethod"]) = ("amount", "৫০", "Other"));
        FieldError(html, "Input.OtherMethod").ShouldNotBeNull();
        html = await Rejected(f => f["Input.TimeLimitText"] = "০ দিন");
        FieldError(html, "Input.TimeLimitText")!.ShouldContain("শূন্যের");
        html = await Rejected(f => f["Input.TimeLimitText"] = "৯০০ কার্যদিবস");
        FieldError(html, "Input.TimeLimitText")!.ShouldContain("অসম্ভব");
        html = await Rejected(f => (f["Input.Online"], f["Input.OnlineUrl"]) = ("true", "javascript:alert(1)"));
        FieldError(html, "Input.OnlineUrl").ShouldNotBeNull();
        html = await Rejected(f => (f["Input.Documents[1].NameBn"], f["Input.Documents[1].WhereBn"]) = ("", "ইউনিয়ন পরিষদ"));
        FieldError(html, "Input.Documents[1].NameBn")!.ShouldContain("আবশ্যক");
        html.ShouldContain("value=\"ইউনিয়ন পরিষদ\"");
        html = await Rejected(f => f["Input.ResponsiblePostId"] = "999999");
        FieldError(html, "Input.ResponsiblePostId").ShouldNotBeNull();
        html = await Rejected(f => f["Input.NoDocuments"] = "true");
        FieldError(html, "Input.Documents").ShouldNotBeNull();

        // In English the same rule speaks English.
        await editor.GetAsync("/?lang=en");
        html = await Rejected(f => f["Input.TimeLimitText"] = "0 days");
        FieldError(html, "Input.TimeLimitText")!.ShouldContain("more than zero");
        await editor.GetAsync("/?lang=bn");

        // Markup is stored as typed and shown as text; a vague time limit is kept and flagged.
        var script = "<script>alert('x')</script> সেবা";
        var ok = ServiceForm(o, script, await App.RevisionAsync(o));
        ok["Input.TimeLimitText"] = "যথাসময়ে";
        (await PostAsync(editor, url, ok)).ShouldRedirectTo($"{o.Draft}#services-h");
        (await App.OpenVersionAsync(o))!.Services.ShouldContain(s => s.NameBn == script && !s.TimeLimit!.IsMeasurable);
        var draft = await editor.GetStringAsync(o.Draft);
        draft.ShouldNotContain("<script>alert");
        draft.ShouldContain("&lt;script&gt;");
        draft.ShouldContain("data-code=\"service.time-limit.vague\"");

        // Vision: Bengali required, length limits; expectations and the GRS ladder likewise.
        html = await (await PostAsync(editor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o), visionBn: "", missionBn: new string('ম', 2001)))).ShouldBeRejectedAsync();
        FieldError(html, "Input.VisionBn")!.ShouldContain("আবশ্যক");
        FieldError(html, "Input.MissionBn")!.ShouldContain("২০০০");
        html = await (await PostAsync(editor, $"{o.Draft}/expectations", new() { ["Revision"] = await App.RevisionAsync(o), ["Rows[0].TextBn"] = "", ["Rows[0].TextEn"] = "Only English" })).ShouldBeRejectedAsync();
        FieldError(html, "Rows[0].TextBn")!.ShouldContain("আবশ্যক");
        html.ShouldContain("value=\"Only English\"");
        html = await (await PostAsync(editor, $"{o.Draft}/grs", new() { ["Revision"] = await App.RevisionAsync(o), ["Rows[0].WhenBn"] = "প্রথমে", ["Rows[0].Limit"] = "০ দিন" })).ShouldBeRejectedAsync();
        FieldError(html, "Rows[0].Limit")!.ShouldContain("শূন্যের");
    }

    [Fact]
    public async Task Add_rows_keeps_everything_typed_and_saves_nothing()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        var form = ServiceForm(o, "ট্রেড লাইসেন্স", await App.RevisionAsync(o));
        form["Input.Documents[1].NameBn"] = "জাতীয় পরিচয়পত্র";
        var html = await (await PostAsync(editor, $"{o.Draft}/services/new?handler=AddRows", form, $"{o.Draft}/services/new")).ShouldBeRejectedAsync();
        html.ShouldContain("value=\"ট্রেড লাইসেন্স\"");
        html.ShouldContain("value=\"জাতীয় পরিচয়পত্র\"");
        html.ShouldContain("name=\"Input.Documents[4].NameBn\"");
        html.ShouldContain("বোঝা গেছে: ৭ কর্মদিবস");
        (await App.OpenVersionAsync(o))!.Services.ShouldBeEmpty();

        (await PostAsync(editor, $"{o.Draft}/grs?handler=Default", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldRedirectTo($"{o.Draft}#grs-h");
        var ladder = await editor.GetStringAsync($"{o.Draft}/grs");
        ladder.ShouldContain("name=\"Rows[3].WhenBn\""); // three levels and a spare
    }

    [Fact]
    public async Task A_second_editor_saving_a_stale_form_sees_the_other_change_and_overwrites_nothing()
    {
        var o = await App.NewEditorOfficeAsync();
        var first = await App.LoggedInAsync(Editor);
        var second = await App.LoggedInAsync(Approver); // an approver may edit too
        (await PostAsync(first, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        var loadedAt = await App.RevisionAsync(o); // both opened the form now

        (await PostAsync(first, $"{o.Draft}/vision", VisionForm(loadedAt, visionBn: "প্রথম জনের রূপকল্প"))).ShouldRedirectTo(o.Draft);
        var html = await (await PostAsync(second, $"{o.Draft}/vision", VisionForm(loadedAt, visionBn: "দ্বিতীয় জনের রূপকল্প"))).ShouldBeRejectedAsync();
        html.ShouldContain("id=\"conflict\"");
        html.ShouldContain("প্রথম জনের রূপকল্প");   // the other's saved value
        html.ShouldContain("দ্বিতীয় জনের রূপকল্প"); // what they typed, kept in the form
        (await App.OpenVersionAsync(o))!.VisionBn.ShouldBe("প্রথম জনের রূপকল্প");

        // Having seen it, saving again (the form now carries the current revision) is a deliberate overwrite.
        var current = await App.RevisionAsync(o);
        html.ShouldContain($"name=\"Revision\" value=\"{current}\"");
        (await PostAsync(second, $"{o.Draft}/vision", VisionForm(current, visionBn: "দ্বিতীয় জনের রূপকল্প"))).ShouldRedirectTo(o.Draft);
        (await App.OpenVersionAsync(o))!.VisionBn.ShouldBe("দ্বিতীয় জনের রূপকল্প");

        // A stale service form shows the saved service beside the typed one; a stale submit is refused too.
        (await PostAsync(first, $"{o.Draft}/services/new", ServiceForm(o, "সেবা ক", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");
        var key = (await App.OpenVersionAsync(o))!.Services.Single().Key;
        var stale = await App.RevisionAsync(o);
        var a = ServiceForm(o, "সেবা ক", stale);
        a["Input.TimeLimitText"] = "৫ কার্যদিবস";
        (await PostAsync(first, $"{o.Draft}/services/{key}", a)).ShouldRedirectTo($"{o.Draft}#services-h");
        var b = ServiceForm(o, "সেবা ক", stale);
        b["Input.TimeLimitText"] = "১০ কার্যদিবস";
        html = await (await PostAsync(second, $"{o.Draft}/services/{key}", b)).ShouldBeRejectedAsync();
        html.ShouldContain("id=\"conflict\"");
        html.ShouldContain("৫ কার্যদিবস");
        html.ShouldContain("value=\"১০ কার্যদিবস\"");
        (await (await PostAsync(second, $"{o.Draft}?handler=Submit", new() { ["Revision"] = stale })).ShouldBeRejectedAsync()).ShouldContain("অন্য কেউ খসড়াটি");
        (await App.OpenVersionAsync(o))!.Services.Single().TimeLimit!.Value.ShouldBe(5);
    }

    [Fact]
    public async Task The_database_refuses_a_save_based_on_an_older_revision()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        await using var s1 = App.Services.CreateAsyncScope();
        await using var s2 = App.Services.CreateAsyncScope();
        var db1 = s1.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = s2.ServiceProvider.GetRequiredService<AppDbContext>();
        var v1 = await db1.Set<CharterVersion>().SingleAsync(v => v.Charter.OfficeId == o.Office.Id);
        var v2 = await db2.Set<CharterVersion>().SingleAsync(v => v.Charter.OfficeId == o.Office.Id);
        v1.SetVisionAndMission("এক", null, null, null);
        v2.SetVisionAndMission("দুই", null, null, null);
        await db1.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }

    [Fact]
    public async Task A_monitor_of_an_ancestor_reads_the_draft_without_any_control()
    {
        var o = await App.NewEditorOfficeAsync();
        var editor = await App.LoggedInAsync(Editor);
        (await PostAsync(editor, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft);
        (await PostAsync(editor, $"{o.Draft}/services/new", ServiceForm(o, "পর্যবেক্ষণযোগ্য সেবা", await App.RevisionAsync(o)))).ShouldRedirectTo($"{o.Draft}#services-h");

        var monitor = await App.LoggedInAsync("monitor.mopa");
        var html = await monitor.GetStringAsync(o.Draft);
        html.ShouldContain("পর্যবেক্ষণযোগ্য সেবা");
        html.ShouldContain("data-code=\"charter.vision.missing\"");
        html.ShouldNotContain("handler=");
        html.ShouldNotContain($"{o.Draft}/vision");
        html.ShouldNotContain($"{o.Draft}/services/");
        html.ShouldNotContain($"{o.Draft}/import");
        html.ShouldNotContain($"{o.Draft}/templates");
        var own = await editor.GetStringAsync(o.Draft); // the editor is offered the other ways to fill the draft
        own.ShouldContain($"href=\"{o.Draft}/import\"");
        own.ShouldContain($"href=\"{o.Draft}/templates\"");
        (await monitor.GetAsync($"{o.Draft}/vision")).ShouldBeDenied();
        (await PostAsync(monitor, $"{o.Draft}?handler=Submit", new() { ["Revision"] = await App.RevisionAsync(o) })).ShouldBeDenied();
        (await PostAsync(monitor, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o)), "/")).ShouldBeDenied();
        (await App.OpenVersionAsync(o))!.VisionBn.ShouldBeNull();
    }

    [Fact]
    public async Task Only_the_office_editor_and_approver_change_it_and_only_the_approver_returns_and_publishes()
    {
        var o = await App.NewEditorOfficeAsync();
        (await App.Browser().GetAsync(o.Draft)).ShouldAskToLogIn();
        foreach (var outsider in new[] { "editor.dco-bandarban", "officeadmin.dc-natore", "head.dc-natore" })
        {
            var c = await App.LoggedInAsync(outsider);
            (await c.GetAsync(o.Draft)).ShouldBeDenied();
            (await PostAsync(c, $"{o.Draft}?handler=Start", [], "/")).ShouldBeDenied();
        }
        var approver = await App.LoggedInAsync(Approver);
        (await PostAsync(approver, $"{o.Draft}?handler=Start", [])).ShouldRedirectTo(o.Draft); // the approver may edit
        (await PostAsync(approver, $"{o.Draft}/vision", VisionForm(await App.RevisionAsync(o)))).ShouldRedirectTo(o.Draft);
        var editor = await App.LoggedInAsync(Editor);
        foreach (var handler in new[] { "Return", "Publish" })
            (await PostAsync(editor, $"{o.Draft}?handler={handler}", new() { ["Revision"] = await App.RevisionAsync(o), ["ReturnComment"] = "x" })).ShouldBeDenied();
        (await editor.GetStringAsync(o.Draft)).ShouldNotContain("handler=Publish");

        // The dashboard links to the draft and the public charter.
        var dashboard = await editor.GetStringAsync($"/dashboard/{o.Code}");
        dashboard.ShouldContain($"href=\"{o.Draft}\"");
        dashboard.ShouldContain($"href=\"/offices/{o.Code}/charter\"");
    }
}

public sealed class CharterEditorTests_Sqlite(SqliteApp app) : CharterEditorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class CharterEditorTests_Postgres(PostgresApp app) : CharterEditorTests<PostgresApp>(app), IClassFixture<PostgresApp>;
