using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Delivery;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Calendar;
using static Protishruti.Tests.Features.Delivery.DeliveryKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>The API for e-service systems (issue 18): bulk, idempotent by (office, reference), conflicts refused, keys per office.</summary>
public abstract class ApplicationsApiTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static string Url(string code = Office) => $"/api/v1/offices/{code}/applications";

    private static JsonElement Only(JsonElement body) => body.GetProperty("items").EnumerateArray().Single();

    [Fact]
    public async Task One_application_gets_a_tracking_number_and_the_due_date_the_working_day_calendar_gives()
    {
        var service = await App.WorkingDayServiceAsync();
        var received = Today.AddDays(-3);
        var (response, body) = await App.ApiClient().PostJsonAsync(Url(), Item(service.Key, "API-" + Unique(), received));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = Only(body);
        item.GetProperty("result").GetString().ShouldBe("created");
        var tracking = item.GetProperty("trackingNumber").GetString()!;
        TrackingNumber.Normalize(tracking).ShouldBe(tracking);
        var calendar = await App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());
        item.GetProperty("dueOn").GetString().ShouldBe(Iso(calendar.AddWorkingDays(received, service.Limit!.Value!.Value)));
        item.GetProperty("trackUrl").GetString()!.ShouldEndWith($"/track/{tracking}");
    }

    [Fact]
    public async Task The_same_item_again_gets_the_same_answer_and_different_data_is_a_conflict_that_changes_nothing()
    {
        var service = await App.WorkingDayServiceAsync();
        var reference = "IDEM-" + Unique();
        var client = App.ApiClient();
        var first = Only((await client.PostJsonAsync(Url(), Item(service.Key, reference, Today.AddDays(-2)))).Body);
        var (again, body) = await client.PostJsonAsync(Url(), Item(service.Key, reference, Today.AddDays(-2)));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        Only(body).GetProperty("result").GetString().ShouldBe("unchanged");
        Only(body).GetProperty("trackingNumber").GetString().ShouldBe(first.GetProperty("trackingNumber").GetString());

        var conflict = Only((await client.PostJsonAsync(Url(), Item(service.Key, reference, Today.AddDays(-4), "online"))).Body);
        conflict.GetProperty("result").GetString().ShouldBe("conflict");
        var fields = conflict.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        fields.ShouldContain("receivedOn");
        fields.ShouldContain("channel");
        conflict.GetProperty("errors")[0].GetProperty("messageBn").GetString()!.ShouldContain("ভিন্ন তথ্য");
        var stored = await App.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Reference == reference));
        stored.ReceivedOn.ShouldBe(Today.AddDays(-2));
        stored.Channel.ShouldBe(ApplicationChannel.Counter);

        // Delivering it later is not a conflict: the open application is closed.
        var closed = Only((await client.PostJsonAsync(Url(), Item(service.Key, reference, Today.AddDays(-2), delivered: Today, outcome: "delivered"))).Body);
        closed.GetProperty("result").GetString().ShouldBe("closed");
        (await App.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Reference == reference))).ClosedOn.ShouldBe(Today);
    }

    [Fact]
    public async Task A_batch_records_its_good_items_and_says_for_each_bad_one_which_field_and_why_in_both_languages()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var items = new object[]
        {
            Item(service.Key, $"B-{u}-1", Today.AddDays(-5)),
            Item(service.Key, $"B-{u}-2", Today.AddDays(-5), delivered: Today.AddDays(-6), outcome: "delivered"),
            Item(service.Key, $"B-{u}-3", Today.AddDays(1)),
            Item(Guid.NewGuid(), $"B-{u}-4", Today.AddDays(-5)),
            Item(service.Key, $"B-{u}-5", Today.AddDays(-5), channel: "fax"),
            Item(service.Key, $"B-{u}-6", Today.AddDays(-3000)),
        };
        var (response, body) = await App.ApiClient().PostJsonAsync(Url(), items);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        body.GetProperty("created").GetInt32().ShouldBe(1);
        body.GetProperty("invalid").GetInt32().ShouldBe(5);
        var results = body.GetProperty("items").EnumerateArray().ToList();
        (string Field, string En, string Bn) E(int i) => results[i].GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!, e.GetProperty("messageBn").GetString()!)).First();
        E(1).Field.ShouldBe("deliveredOn");
        E(1).En.ShouldContain("before the received date");
        E(1).Bn.ShouldContain("আগে");
        E(2).Field.ShouldBe("receivedOn");
        E(2).Bn.ShouldContain("ভবিষ্যতের");
        E(3).Field.ShouldBe("service");
        E(3).En.ShouldContain("was not a service of the charter in force");
        E(4).Field.ShouldBe("channel");
        E(5).Field.ShouldBe("service");
        E(5).Bn.ShouldContain("প্রকাশিত সিটিজেন চার্টার ছিল না");
        (await App.WithDbAsync(db => db.Applications.CountAsync(a => a.Reference.StartsWith($"B-{u}-")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_request_without_a_valid_key_another_offices_key_or_a_revoked_key_is_refused()
    {
        var service = await App.WorkingDayServiceAsync();
        var body = Item(service.Key, "K-" + Unique(), Today);
        (await App.ApiClient(key: null).PostJsonAsync(Url(), body)).Response.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // a cookie-less form post: no token
        (await App.ApiClient("pk_wrong").PostJsonAsync(Url(), body)).Response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.ApiClient().PostJsonAsync(Url("uno-lalpur"), body)).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // An office admin makes a key on the page (shown once), it works, and once revoked it stops at once.
        var admin = await App.LoggedInAsync("admin");
        var keys = "/offices/uno-singra/api-keys";
        var made = await PostAsync(admin, keys, new() { ["Label"] = "ই-নামজারি " + Unique() });
        made.ShouldRedirectTo(keys);
        var page = await admin.GetStringAsync(keys);
        var secret = System.Text.RegularExpressions.Regex.Match(page, "<code id=\"new-key\"[^>]*>(pk_[a-z0-9]+)</code>").Groups[1].Value;
        secret.ShouldNotBeEmpty();
        (await admin.GetStringAsync(keys)).ShouldNotContain(secret); // shown once
        (await App.ApiClient(secret).PostJsonAsync(Url(), body)).Response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var hash = ApiKey.HashOf(secret);
        (await App.WithDbAsync(db => db.ApiKeys.AnyAsync(k => k.Hash == hash))).ShouldBeTrue();
        (await App.WithDbAsync(db => db.ApiKeys.AnyAsync(k => k.Hash == secret || k.Prefix == secret))).ShouldBeFalse();
        var id = await App.WithDbAsync(db => db.ApiKeys.Where(k => k.Hash == hash).Select(k => k.Id).SingleAsync());
        (await PostAsync(admin, $"{keys}?handler=Revoke", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, keys)).ShouldRedirectTo(keys);
        (await App.ApiClient(secret).PostJsonAsync(Url(), body)).Response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "ApiKey" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ShouldBe(2);

        // Only the office admin makes keys; the focal point may not.
        (await (await App.LoggedInAsync("editor.uno-singra")).GetAsync(keys)).ShouldBeDenied();
    }

    [Fact]
    public async Task The_public_tracking_shows_the_promise_and_status_without_the_register_number_and_how_to_complain_once_overdue()
    {
        var service = await App.WorkingDayServiceAsync();
        var reference = "SECRET-" + Unique();
        // Received long enough ago that the limit has passed (the charter was published 100 days ago).
        var item = Only((await App.ApiClient().PostJsonAsync(Url(), Item(service.Key, reference, Today.AddDays(-90)))).Body);
        var tracking = item.GetProperty("trackingNumber").GetString()!;

        var anonymous = App.Browser();
        var api = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/track/{tracking.ToLowerInvariant()}")).RootElement;
        api.GetProperty("status").GetString().ShouldBe("openOverdue");
        api.GetProperty("service").GetProperty("key").GetString().ShouldBe(service.Key.ToString());
        api.GetProperty("complain").GetString()!.ShouldEndWith("/offices/uno-singra/charter#grs-h");
        api.GetRawText().ShouldNotContain(reference);

        var page = await anonymous.GetStringAsync($"/track/{tracking}");
        page.ShouldContain(service.NameBn);
        page.ShouldContain("সময়সীমা পেরিয়ে গেছে");
        page.ShouldContain("id=\"complain\"");
        page.ShouldContain("পরের প্রথম কর্মদিবস থেকে গণনা");
        page.ShouldNotContain(reference);
        (await anonymous.GetAsync("/track/AAAAAAAAAA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/track?n={TrackingNumber.Grouped(tracking)}")).ShouldRedirectTo($"/track/{tracking}");
    }

    [Fact]
    public async Task A_holiday_added_on_the_holidays_page_moves_the_due_date_of_open_applications()
    {
        var service = await App.WorkingDayServiceAsync();
        var reference = "HOL-" + Unique();
        var before = DateOnly.Parse(Only((await App.ApiClient().PostJsonAsync(Url(), Item(service.Key, reference, Today))).Body).GetProperty("dueOn").GetString()!,
            System.Globalization.CultureInfo.InvariantCulture);
        var calendar = await App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());
        var closed = calendar.AddWorkingDays(Today, 2);
        var admin = await App.LoggedInAsync("admin");
        (await PostAsync(admin, "/admin/holidays?handler=Add", new()
        {
            ["Input.Date"] = Iso(closed), ["Input.Kind"] = "ExecutiveOrder", ["Input.NameBn"] = "নির্বাচনের ছুটি", ["Input.NameEn"] = "Election holiday",
        }, "/admin/holidays")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await App.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.Reference == reference).Select(a => a.DueOn).SingleAsync());
        after.ShouldBe(calendar.AddWorkingDays(before, 1));
    }

    [Fact]
    public async Task A_machine_batch_of_a_thousand_posted_twice_at_once_is_recorded_once_each_with_its_due_date()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var items = Enumerable.Range(0, 1000).Select(i => Item(service.Key, $"M-{u}-{i}", Today.AddDays(-(i % 20)))).ToArray();
        var client = App.ApiClient();
        var answers = await Task.WhenAll(client.PostJsonAsync(Url(), items), client.PostJsonAsync(Url(), items));
        answers.ShouldAllBe(a => a.Response.StatusCode == HttpStatusCode.Created || a.Response.StatusCode == HttpStatusCode.OK);
        answers.Sum(a => a.Body.GetProperty("created").GetInt32()).ShouldBe(1000);
        answers.Sum(a => a.Body.GetProperty("unchanged").GetInt32()).ShouldBe(1000);
        var tracking = answers.Select(a => a.Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackingNumber").GetString()).ToList()).ToList();
        tracking[0].ShouldBe(tracking[1]);

        var calendar = await App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());
        var stored = await App.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.Reference.StartsWith($"M-{u}-"))
            .Select(a => new { a.Reference, a.ServiceKey, a.ReceivedOn, a.DueOn, a.TrackingNumber }).ToListAsync());
        stored.Count.ShouldBe(1000);
        stored.ShouldAllBe(a => a.ServiceKey == service.Key);
        foreach (var a in stored) a.DueOn.ShouldBe(calendar.AddWorkingDays(a.ReceivedOn, service.Limit!.Value!.Value));
        stored.Select(a => a.TrackingNumber).OrderBy(t => t).ShouldBe(tracking[0].OrderBy(t => t));
    }

    [Fact]
    public async Task A_closure_moves_every_open_application_whose_count_crosses_it_and_no_other()
    {
        var service = await App.WorkingDayServiceAsync();
        var u = Unique();
        var limit = service.Limit!.Value!.Value;
        var items = Enumerable.Range(0, 120).Select(i => Item(service.Key, $"C-{u}-{i}", Today.AddDays(-(i % 40)),
            delivered: i % 7 == 0 ? Today : null, outcome: i % 7 == 0 ? "delivered" : null)).ToArray();
        (await App.ApiClient().PostJsonAsync(Url(), items)).Body.GetProperty("created").GetInt32().ShouldBe(120);
        var before = await App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());
        var closed = before.AddWorkingDays(Today.AddDays(-10), 1);
        var admin = await App.LoggedInAsync("admin");
        (await PostAsync(admin, "/admin/holidays?handler=Add", new()
        {
            ["Input.Date"] = Iso(closed), ["Input.Kind"] = "ExecutiveOrder", ["Input.NameBn"] = "আকস্মিক ছুটি", ["Input.NameEn"] = "Sudden closure",
        }, "/admin/holidays")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());
        var stored = await App.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.Reference.StartsWith($"C-{u}-"))
            .Select(a => new { a.ReceivedOn, a.DueOn, a.Outcome }).ToListAsync());
        var open = stored.Where(a => a.Outcome == null).ToList();
        foreach (var a in open) a.DueOn.ShouldBe(after.AddWorkingDays(a.ReceivedOn, limit));
        open.Count(a => a.DueOn != before.AddWorkingDays(a.ReceivedOn, limit)).ShouldBeGreaterThan(0);
        open.Count(a => a.DueOn == before.AddWorkingDays(a.ReceivedOn, limit)).ShouldBeGreaterThan(0);
        // A delivered application keeps the due date it was measured against.
        foreach (var a in stored.Where(a => a.Outcome != null)) a.DueOn.ShouldBe(before.AddWorkingDays(a.ReceivedOn, limit));
    }
}

public sealed class ApplicationsApiTests_Sqlite(SqliteApp app) : ApplicationsApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ApplicationsApiTests_Postgres(PostgresApp app) : ApplicationsApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
