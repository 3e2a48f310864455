using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Infrastructure.CharterBuilder;

namespace Protishruti.Tests.Features;

/// <summary>The machine formats parse and carry the charter's fields: JSON API, CPSV-AP and schema.org JSON-LD, Open311.</summary>
public abstract partial class OpenDataTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<(HttpResponseMessage Response, JsonDocument Json)> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await App.Browser().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{url}: {body[..Math.Min(body.Length, 400)]}");
        return (response, JsonDocument.Parse(body));
    }

    private async Task<(TestOffice Office, Guid Key)> Published()
    {
        var office = await App.NewOfficeAsync();
        await App.WriteCharterAsync(office.Id, d =>
        {
            d.SetVisionAndMission("সবার জন্য দ্রুত সেবা", "Fast service for all", "সময়মতো স্বচ্ছ সেবা", null);
            AddService(d, ServiceCategory.Citizen, "জন্ম নিবন্ধন সনদ", office.OfficerPostId, office.HeadPostId, "Birth registration certificate");
            var free = d.AddService(ServiceCategory.Internal, "ছুটি মঞ্জুর", "Leave");
            free.SetDeliveryMethod(new DeliveryMethod("আবেদনের ভিত্তিতে", null, DeliveryChannels.InPerson));
            free.SetNoDocumentsRequired();
            free.SetFee(Fee.Free);
            free.SetTimeLimit(TimeLimit.Of(3, TimeLimitUnit.Days));
            free.SetResponsibleOfficer(office.HeadPostId);
            free.SetSupervisingOfficer(office.OfficerPostId);
            d.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান");
        });
        var key = await App.WithDbAsync(db => db.WholeCharters().AsNoTracking().Where(c => c.OfficeId == office.Id)
            .SelectMany(c => c.Versions).SelectMany(v => v.Services).Where(s => s.NameBn == "জন্ম নিবন্ধন সনদ").Select(s => s.Key).FirstAsync());
        return (office, key);
    }

    [Fact]
    public async Task The_JSON_API_returns_the_current_published_version_in_camelCase()
    {
        var (office, key) = await Published();
        var (response, json) = await GetJson($"/api/v1/offices/{office.Code}/charter");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var root = json.RootElement;
        root.GetProperty("office").GetProperty("code").GetString().ShouldBe(office.Code);
        root.GetProperty("version").GetInt32().ShouldBe(1);
        root.GetProperty("layout").GetString().ShouldBe("Field8");
        root.GetProperty("lastUpdated").GetProperty("banglaDateBn").GetString()!.ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("visionEn").GetString().ShouldBe("Fast service for all");
        var services = root.GetProperty("services");
        services.GetArrayLength().ShouldBe(2);
        var birth = services[0];
        birth.GetProperty("key").GetGuid().ShouldBe(key);
        birth.GetProperty("category").GetString().ShouldBe("citizen");
        birth.GetProperty("nameEn").GetString().ShouldBe("Birth registration certificate");
        birth.GetProperty("deliveryMethod").GetProperty("channels").EnumerateArray().Select(c => c.GetString()).ShouldBe(["inPerson", "online"]);
        birth.GetProperty("documents").GetArrayLength().ShouldBe(2);
        birth.GetProperty("fee").GetProperty("amount").GetDecimal().ShouldBe(50m);
        birth.GetProperty("fee").GetProperty("currency").GetString().ShouldBe("BDT");
        birth.GetProperty("fee").GetProperty("paymentMethod").GetString().ShouldBe("treasuryChallan");
        birth.GetProperty("timeLimit").GetProperty("value").GetInt32().ShouldBe(7);
        birth.GetProperty("timeLimit").GetProperty("unit").GetString().ShouldBe("workingDays");
        birth.GetProperty("timeLimit").GetProperty("text").GetString().ShouldBe("৭ কর্মদিবস");
        birth.GetProperty("responsibleOfficer").GetProperty("nameBn").GetString().ShouldBe(office.OfficerName);
        birth.GetProperty("responsibleOfficer").GetProperty("phone").GetString().ShouldBe("+880-771-222222");
        birth.GetProperty("supervisingOfficer").GetProperty("nameBn").GetString().ShouldBe(office.HeadName);
        services[1].GetProperty("fee").GetProperty("free").GetBoolean().ShouldBeTrue();
        services[1].GetProperty("noDocumentsRequired").GetBoolean().ShouldBeTrue();
        root.GetProperty("expectations").GetArrayLength().ShouldBe(1);
        var ladder = root.GetProperty("grievanceLadder");
        ladder.GetArrayLength().ShouldBe(3);
        ladder[0].GetProperty("resolutionLimit").GetProperty("value").GetInt32().ShouldBe(30);
        root.GetProperty("links").GetProperty("jsonLd").GetString()!.ShouldEndWith($"/offices/{office.Code}/charter.jsonld");
    }

    [Fact]
    public async Task The_JSON_API_answers_404_ProblemDetails_without_a_published_charter()
    {
        var office = await App.NewOfficeAsync();
        var (response, json) = await GetJson($"/api/v1/offices/{office.Code}/charter", HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        json.RootElement.GetProperty("status").GetInt32().ShouldBe(404);
        (_, json) = await GetJson("/api/v1/offices/no-such-office/charter", HttpStatusCode.NotFound);
        json.RootElement.GetProperty("title").GetString().ShouldBe("Office not found");
        await GetJson($"/offices/{office.Code}/charter.jsonld", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_CPSV_AP_export_is_JSON_LD_with_services_costs_evidence_and_working_days_as_an_extension()
    {
        var (office, key) = await Published();
        var (response, json) = await GetJson($"/offices/{office.Code}/charter.jsonld");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var root = json.RootElement;
        root.GetProperty("@context").GetProperty("cv").GetString().ShouldBe("http://data.europa.eu/m8g/");
        root.GetProperty("@context").GetProperty("bdcc").GetString()!.ShouldStartWith("https://");
        var graph = root.GetProperty("@graph").EnumerateArray().ToList();
        var org = graph.Single(n => n.GetProperty("@type").GetString() == "cv:PublicOrganisation");
        org.GetProperty("dct:identifier").GetString().ShouldBe(office.Code);
        var charter = graph.Single(n => n.GetProperty("@type").GetString() == "bdcc:CitizenCharter");
        charter.GetProperty("bdcc:version").GetInt32().ShouldBe(1);
        charter.GetProperty("bdcc:grievanceLevel").GetArrayLength().ShouldBe(3);
        var services = graph.Where(n => n.GetProperty("@type").GetString() == "cpsv:PublicService").ToList();
        services.Count.ShouldBe(2);
        var birth = services.Single(s => s.GetProperty("dct:identifier").GetString() == key.ToString());
        birth.GetProperty("dct:title").EnumerateArray().Select(t => (t.GetProperty("@language").GetString(), t.GetProperty("@value").GetString()))
            .ShouldBe([("bn", "জন্ম নিবন্ধন সনদ"), ("en", "Birth registration certificate")]);
        birth.GetProperty("cv:hasCompetentAuthority").GetProperty("@id").GetString().ShouldBe(org.GetProperty("@id").GetString());
        birth.GetProperty("cv:hasCost")[0].GetProperty("cv:value").GetProperty("@value").GetString().ShouldBe("50.00");
        birth.GetProperty("cv:hasCost")[0].GetProperty("cv:currency").GetProperty("@id").GetString()!.ShouldEndWith("/BDT");
        birth.GetProperty("cpsv:hasInput").GetArrayLength().ShouldBe(2);
        birth.GetProperty("bdcc:workingDays").GetProperty("@value").GetString().ShouldBe("7");
        birth.TryGetProperty("cv:processingTime", out _).ShouldBeFalse(); // seven working days are not P7D
        birth.GetProperty("cv:hasChannel").GetArrayLength().ShouldBe(2);
        birth.GetProperty("cv:hasContactPoint")[0].GetProperty("cv:email").GetString().ShouldBe($"ad.{office.Code}@example.gov.bd");
        var leave = services.Single(s => s.GetProperty("dct:identifier").GetString() != key.ToString());
        leave.GetProperty("cv:processingTime").GetProperty("@value").GetString().ShouldBe("P3D");
        leave.GetProperty("cv:hasCost")[0].GetProperty("cv:value").GetProperty("@value").GetString().ShouldBe("0.00");
    }

    [Fact]
    public async Task The_service_page_embeds_schema_org_GovernmentService_JSON_LD()
    {
        var (office, key) = await Published();
        var page = await App.Browser().GetStringAsync($"/offices/{office.Code}/services/{key}");
        var match = JsonLd().Match(page);
        match.Success.ShouldBeTrue();
        using var json = JsonDocument.Parse(match.Groups[1].Value);
        var s = json.RootElement;
        s.GetProperty("@context").GetString().ShouldBe("https://schema.org");
        s.GetProperty("@type").GetString().ShouldBe("GovernmentService");
        s.GetProperty("identifier").GetString().ShouldBe(key.ToString());
        s.GetProperty("name")[1].GetProperty("@language").GetString().ShouldBe("en");
        s.GetProperty("provider").GetProperty("@type").GetString().ShouldBe("GovernmentOrganization");
        s.GetProperty("provider").GetProperty("telephone").GetString().ShouldBe("+880-771-000000");
        s.GetProperty("provider").GetProperty("address").GetProperty("addressCountry").GetString().ShouldBe("BD");
        s.GetProperty("areaServed").GetProperty("@type").GetString().ShouldBe("AdministrativeArea");
        s.GetProperty("offers").GetProperty("price").GetString().ShouldBe("50.00");
        s.GetProperty("offers").GetProperty("priceCurrency").GetString().ShouldBe("BDT");
        var channels = s.GetProperty("availableChannel").EnumerateArray().ToList();
        channels.Select(c => c.TryGetProperty("serviceUrl", out var u) ? u.GetString() : null).ShouldContain("https://example.gov.bd/apply");
        channels.Count(c => c.TryGetProperty("serviceLocation", out _)).ShouldBe(1);
        var props = s.GetProperty("additionalProperty").EnumerateArray().ToList();
        props.Count(p => p.GetProperty("propertyID").GetString() == "requiredDocument").ShouldBe(2);
        var time = props.Single(p => p.GetProperty("propertyID").GetString() == "timeLimit");
        time.GetProperty("value").GetInt32().ShouldBe(7);
        time.GetProperty("unitText").GetString().ShouldBe("working days");
    }

    [Fact]
    public async Task Open311_lists_and_defines_the_services_of_a_jurisdiction()
    {
        var (office, key) = await Published();
        var (_, list) = await GetJson($"/open311/v2/services.json?jurisdiction_id={office.Code}&lang=en");
        list.RootElement.GetArrayLength().ShouldBe(2);
        var birth = list.RootElement[0];
        birth.GetProperty("service_code").GetString().ShouldBe(key.ToString());
        birth.GetProperty("service_name").GetString().ShouldBe("Birth registration certificate");
        birth.GetProperty("group").GetString().ShouldBe("Citizen services");
        birth.GetProperty("type").GetString().ShouldBe("blackbox");
        birth.GetProperty("metadata").GetBoolean().ShouldBeTrue();
        birth.GetProperty("description").GetString()!.ShouldContain("7 working days");

        var (_, definition) = await GetJson($"/open311/v2/services/{key}.json?jurisdiction_id={office.Code}");
        definition.RootElement.GetProperty("service_code").GetString().ShouldBe(key.ToString());
        var attributes = definition.RootElement.GetProperty("attributes").EnumerateArray().ToList();
        attributes.Select(a => a.GetProperty("code").GetString()).ShouldBe(["document-1", "document-2", "fee", "time-limit"]);
        attributes.ShouldAllBe(a => !a.GetProperty("variable").GetBoolean());
        attributes[0].GetProperty("datatype_description").GetString().ShouldBe("দপ্তরের অভ্যর্থনা কক্ষ");

        (_, var error) = await GetJson("/open311/v2/services.json", HttpStatusCode.BadRequest);
        error.RootElement[0].GetProperty("code").GetInt32().ShouldBe(400);
        await GetJson("/open311/v2/services.json?jurisdiction_id=no-such-office", HttpStatusCode.NotFound);
        await GetJson($"/open311/v2/services/{Guid.NewGuid()}.json", HttpStatusCode.NotFound);
        await GetJson($"/open311/v2/services/{key}.json?jurisdiction_id=dc-natore", HttpStatusCode.NotFound);

        // A service removed in a later version is no longer defined.
        await App.WriteCharterAsync(office.Id, d => d.RemoveService(key));
        await GetJson($"/open311/v2/services/{key}.json", HttpStatusCode.NotFound);
        (_, list) = await GetJson($"/open311/v2/services.json?jurisdiction_id={office.Code}");
        list.RootElement.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Open311_serves_the_same_list_definition_and_errors_as_XML()
    {
        var (office, key) = await Published();
        async Task<XDocument> GetXml(string url, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var response = await App.Browser().GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(expected, body);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
            return XDocument.Parse(body);
        }

        var list = await GetXml($"/open311/v2/services.xml?jurisdiction_id={office.Code}&lang=en");
        var services = list.Root!.Elements("service").ToList();
        services.Count.ShouldBe(2);
        services[0].Element("service_code")!.Value.ShouldBe(key.ToString());
        services[0].Element("service_name")!.Value.ShouldBe("Birth registration certificate");
        services[0].Element("metadata")!.Value.ShouldBe("true");
        services[0].Element("type")!.Value.ShouldBe("blackbox");

        var bengali = await GetXml($"/open311/v2/services.xml?jurisdiction_id={office.Code}");
        bengali.Root!.Element("service")!.Element("service_name")!.Value.ShouldBe("জন্ম নিবন্ধন সনদ");

        var definition = await GetXml($"/open311/v2/services/{key}.xml?jurisdiction_id={office.Code}");
        definition.Root!.Name.LocalName.ShouldBe("service_definition");
        definition.Root.Descendants("attribute").Select(a => a.Element("code")!.Value).ShouldBe(["document-1", "document-2", "fee", "time-limit"]);

        var error = await GetXml("/open311/v2/services.xml", HttpStatusCode.BadRequest);
        error.Root!.Element("error")!.Element("code")!.Value.ShouldBe("400");
        await GetXml($"/open311/v2/services/{Guid.NewGuid()}.xml", HttpStatusCode.NotFound);
        (await App.Browser().GetAsync($"/open311/v2/services.csv?jurisdiction_id={office.Code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}

public sealed class OpenDataTests_Sqlite(SqliteApp app) : OpenDataTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class OpenDataTests_Postgres(PostgresApp app) : OpenDataTests<PostgresApp>(app), IClassFixture<PostgresApp>;
