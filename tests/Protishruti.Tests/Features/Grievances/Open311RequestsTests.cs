using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Calendar;
using static Protishruti.Tests.Features.Grievances.GrievanceKit;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>Open311 GeoReport v2 service requests over the complaints (issue 19), and the public statistics that count them.</summary>
public abstract class Open311RequestsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(Dictionary<string, string> form, string format = "json")
    {
        var response = await App.CreateClient().PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(form), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, format == "json" ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    private async Task<Guid> ServiceAsync() => await App.WithDbAsync(db => new GrievanceDeskProbe(db).FirstServiceAsync(Office));

    [Fact]
    public async Task A_client_app_files_a_complaint_and_reads_its_status_with_the_deadline_and_never_the_complainant()
    {
        var service = await ServiceAsync();
        var description = Text();
        var (response, body) = await PostAsync(new()
        {
            ["jurisdiction_id"] = Office, ["service_code"] = service.ToString(), ["description"] = description,
            ["first_name"] = "ওপেন৩১১", ["last_name"] = "নাগরিক", ["phone"] = "01912345678", ["email"] = "open311.citizen@example.com",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = body[0].GetProperty("service_request_id").GetString()!;
        TrackingNumber.Normalize(id).ShouldBe(id);
        var g = await App.GrievanceAsync(id);
        g.Complainant!.Name.ShouldBe("ওপেন৩১১ নাগরিক");
        g.ServiceKey.ShouldBe(service);
        // The same number the citizen is sent.
        (await App.WithDbAsync(db => db.SmsOutbox.AsNoTracking().SingleAsync(m => m.Source == $"grievance:{g.Id}:received", Ct))).Text
            .ShouldContain(TrackingNumber.Grouped(id));

        var client = App.CreateClient();
        var one = await client.GetStringAsync($"/open311/v2/requests/{id}.json", Ct);
        var r = JsonDocument.Parse(one).RootElement.EnumerateArray().Single();
        r.GetProperty("service_request_id").GetString().ShouldBe(id);
        r.GetProperty("status").GetString().ShouldBe("open");
        r.GetProperty("service_code").GetString().ShouldBe(service.ToString());
        r.GetProperty("agency_responsible").GetString().ShouldBe("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর");
        var calendar = await App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());
        var due = calendar.AddWorkingDays(BangladeshTime.DateOf(DateTimeOffset.UtcNow), 30);
        DateOnly.FromDateTime(r.GetProperty("expected_datetime").GetDateTimeOffset().DateTime).ShouldBe(due);
        foreach (var secret in new[] { "ওপেন৩১১", "01912345678", "open311.citizen@example.com", description })
            one.ShouldNotContain(secret);

        var list = await client.GetStringAsync($"/open311/v2/requests.json?jurisdiction_id={Office}", Ct);
        list.ShouldContain(id);
        list.ShouldNotContain("01912345678");
        var xml = await client.GetStringAsync($"/open311/v2/requests/{id}.xml", Ct);
        xml.ShouldContain($"<service_request_id>{id}</service_request_id>");
        xml.ShouldContain("<status>open</status>");
    }

    [Fact]
    public async Task Wrong_requests_get_a_GeoReport_error_in_both_languages_and_store_nothing()
    {
        var description = Text();
        var (noOffice, body) = await PostAsync(new() { ["service_code"] = "other", ["description"] = description });
        noOffice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body[0].GetProperty("description").GetString()!.ShouldContain("jurisdiction_id");
        var (badService, b2) = await PostAsync(new() { ["jurisdiction_id"] = Office, ["service_code"] = Guid.NewGuid().ToString(), ["description"] = description });
        badService.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        b2[0].GetProperty("description").GetString()!.ShouldStartWith("service_code: ");
        b2[0].GetProperty("description").GetString()!.ShouldContain("প্রকাশিত সিটিজেন চার্টারে নেই");
        var (badPhone, b3) = await PostAsync(new() { ["jurisdiction_id"] = Office, ["service_code"] = "other", ["description"] = description, ["first_name"] = "X", ["phone"] = "999" });
        badPhone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        b3[0].GetProperty("description").GetString()!.ShouldStartWith("phone: ");
        (await App.CreateClient().GetAsync("/open311/v2/requests/AAAAAAAAAA.json", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.WithDbAsync(db => db.Grievances.CountAsync(g => g.WhatHappened == description, Ct))).ShouldBe(0);
        // Anonymous (no name, phone or e-mail) is allowed: GeoReport's personal fields are optional.
        var (anonymous, b4) = await PostAsync(new() { ["jurisdiction_id"] = Office, ["service_code"] = "other", ["description"] = description });
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await App.GrievanceAsync(b4[0].GetProperty("service_request_id").GetString()!)).IsAnonymous.ShouldBeTrue();
    }

    [Fact]
    public async Task The_statistics_count_what_was_received_and_decided_rolled_up_to_the_district()
    {
        var fy = FiscalYear.Of(BangladeshTime.DateOf(DateTimeOffset.UtcNow)).LabelEn;
        async Task<JsonElement> StatsAsync(string code) =>
            JsonDocument.Parse(await App.CreateClient().GetStringAsync($"/api/v1/offices/{code}/grievances/statistics?fy={fy}", Ct)).RootElement.Clone();
        var before = await StatsAsync(Office);
        var district = await StatsAsync("dc-natore");
        var (_, body) = await PostAsync(new() { ["jurisdiction_id"] = Office, ["service_code"] = "other", ["description"] = Text() });
        var id = body[0].GetProperty("service_request_id").GetString()!;
        var after = await StatsAsync(Office);
        after.GetProperty("own").GetProperty("received").GetInt32().ShouldBe(before.GetProperty("own").GetProperty("received").GetInt32() + 1);
        var districtAfter = await StatsAsync("dc-natore");
        districtAfter.GetProperty("total").GetProperty("received").GetInt32().ShouldBe(district.GetProperty("total").GetProperty("received").GetInt32() + 1);
        districtAfter.GetProperty("own").GetProperty("received").GetInt32().ShouldBe(district.GetProperty("own").GetProperty("received").GetInt32());
        districtAfter.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("office").GetProperty("code").GetString() == Office)
            .GetProperty("total").GetProperty("received").GetInt32().ShouldBe(after.GetProperty("total").GetProperty("received").GetInt32());
        var page = await App.CreateClient().GetStringAsync($"/offices/{Office}/grievances/statistics?fy={fy}", Ct);
        page.ShouldContain("অভিযোগ নিষ্পত্তির পরিসংখ্যান");
        page.ShouldNotContain(id);
        (await App.CreateClient().GetAsync($"/api/v1/offices/{Office}/grievances/statistics?fy=20x", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_complaint_the_citizen_says_was_not_resolved_is_never_counted_as_resolved()
    {
        var fy = FiscalYear.Of(BangladeshTime.DateOf(DateTimeOffset.UtcNow)).LabelEn;
        async Task<int> ResolvedAsync() => JsonDocument.Parse(await App.CreateClient().GetStringAsync($"/api/v1/offices/{Office}/grievances/statistics?fy={fy}", Ct))
            .RootElement.GetProperty("own").GetProperty("resolvedWithinDeadline").GetInt32();
        var (_, body) = await PostAsync(new() { ["jurisdiction_id"] = Office, ["service_code"] = "other", ["description"] = Text(), ["first_name"] = "ক", ["email"] = "k@example.com" });
        var id = body[0].GetProperty("service_request_id").GetString()!;
        var g = await App.GrievanceAsync(id);
        var before = await ResolvedAsync();
        var gro = await App.LoggedInAsync("gro.uno-singra");
        var handle = $"/offices/{Office}/grievances/{g.Id}";
        (await TestApp.PostFormAsync(gro, handle + "?handler=Close", new() { ["Input.Outcome"] = "Resolved", ["Input.Decision"] = "সেবা দেওয়া হয়েছে।" }, handle))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ResolvedAsync()).ShouldBe(before + 1);
        var citizen = App.Browser();
        (await TestApp.PostFormAsync(citizen, $"/grievances/{id}?handler=NotResolved", new(), $"/grievances/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.GrievanceAsync(id)).Verdict.ShouldBe(CitizenVerdict.NotResolved);
        (await ResolvedAsync()).ShouldBe(before);
    }
}

public sealed class Open311RequestsTests_Sqlite(SqliteApp app) : Open311RequestsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class Open311RequestsTests_Postgres(PostgresApp app) : Open311RequestsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
