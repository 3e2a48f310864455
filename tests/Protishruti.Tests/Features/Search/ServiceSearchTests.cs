using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Search;
using static Protishruti.Tests.Infrastructure.CharterBuilder;

namespace Protishruti.Tests.Features.Search;

/// <summary>
/// National service search: the index follows publishing, the matching rules (partial Bengali words, English, ranking by
/// the words matched, two-letter words), filters, paging, the page and the API. Each test uses its own made-up words so tests (and any
/// demo charters) do not see each other's services.
/// </summary>
public abstract class ServiceSearchTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private static PostInfo? Staffed(int postId) => new(HasHolder: true, HolderHasPhone: true, HolderHasEmail: true);

    /// <summary>Publishes a charter version of the office with exactly these services, through the domain and CharterPublishing.</summary>
    private async Task PublishAsync(string officeCode, params (ServiceCategory Category, string Bn, string? En)[] services)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        {
            var office = await db.Offices.SingleAsync(o => o.Code == officeCode);
            var postId = await db.Posts.Where(p => p.OfficeId == office.Id).Select(p => p.Id).FirstAsync();
            var charter = await db.Charters
                .Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
                .Include(c => c.Versions).ThenInclude(v => v.GrievanceLevels)
                .Include(c => c.Versions).ThenInclude(v => v.Expectations)
                .Include(c => c.Versions).ThenInclude(v => v.History)
                .AsSplitQuery().SingleOrDefaultAsync(c => c.OfficeId == office.Id);
            if (charter is null) db.Charters.Add(charter = new Charter(office.Id, LayoutProfile.Field8));
            var draft = charter.Open ?? charter.StartNextDraft();
            if (draft.State == CharterVersionState.Submitted) draft.Return("head", Noon, "আবার লিখুন");
            foreach (var s in draft.Services.ToList()) draft.RemoveService(s.Key);
            draft.SetVisionAndMission("দ্রুত সেবা", "Fast service", "সময়মতো সেবা", "Service on time");
            foreach (var (category, bn, en) in services)
            {
                var s = draft.AddService(category, bn, en);
                s.SetDeliveryMethod(new DeliveryMethod("আবেদনের ভিত্তিতে", "On application", DeliveryChannels.InPerson));
                s.SetNoDocumentsRequired();
                s.SetFee(Fee.Of(50m, PaymentMethod.TreasuryChallan));
                s.SetTimeLimit(TimeLimit.TryParse("৭ কর্মদিবস")!);
                s.SetResponsibleOfficer(postId);
                s.SetSupervisingOfficer(postId);
            }
            draft.Submit("editor", Noon.AddMinutes(1), Staffed);
            draft.Publish("head", Noon.AddMinutes(2), Staffed);
            await scope.ServiceProvider.GetRequiredService<CharterPublishing>().SaveAsync(default);
        }
    }

    private async Task<JsonElement> ApiAsync(string query)
    {
        var response = await App.CreateClient().GetAsync("/api/v1/services?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<List<string>> NamesAsync(string query) =>
        (await ApiAsync(query)).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("nameBn").GetString()!).ToList();

    private static string Q(string words) => "q=" + Uri.EscapeDataString(words);

    [Fact]
    public async Task Publishing_indexes_the_services_and_a_draft_never_appears()
    {
        await PublishAsync("uno-singra", (ServiceCategory.Citizen, "ঝিলমিল জন্ম নিবন্ধন সনদপত্র", "Jhilmil birth registration certificate"));
        (await NamesAsync(Q("ঝিলমিল"))).ShouldBe(["ঝিলমিল জন্ম নিবন্ধন সনদপত্র"]);

        // A draft of another office with the same word is not searchable.
        await App.WithDbAsync(async db =>
        {
            var office = await db.Offices.SingleAsync(o => o.Code == "uco-singra");
            var charter = await db.Charters.Include(c => c.Versions).SingleOrDefaultAsync(c => c.OfficeId == office.Id);
            if (charter is null) db.Charters.Add(charter = new Charter(office.Id, LayoutProfile.Field8));
            var draft = charter.Open ?? charter.StartNextDraft();
            draft.AddService(ServiceCategory.Citizen, "ঝিলমিল খসড়া সেবা");
            return await db.SaveChangesAsync();
        });
        (await NamesAsync(Q("ঝিলমিল"))).ShouldBe(["ঝিলমিল জন্ম নিবন্ধন সনদপত্র"]);

        var entry = await App.WithDbAsync(db => db.Set<ServiceSearchEntry>().AsNoTracking().SingleAsync(e => e.NameBn == "ঝিলমিল জন্ম নিবন্ধন সনদপত্র"));
        entry.OfficeCode.ShouldBe("uno-singra");
        entry.OfficeKind.ShouldBe(Protishruti.Domain.Offices.OfficeKind.UpazilaOffice);
        entry.DistrictCode.ShouldBe("69"); // Natore: the district office above the upazila office
        entry.FeeBn.ShouldBe("৫০ টাকা (ট্রেজারি চালান)");
        entry.TimeLimitBn.ShouldBe("৭ কর্মদিবস");
    }

    [Fact]
    public async Task A_newer_publication_replaces_the_office_s_entries()
    {
        await PublishAsync("uno-lalpur", (ServiceCategory.Citizen, "টুনটুনি পুরনো সেবা", null), (ServiceCategory.Citizen, "টুনটুনি থাকা সেবা", null));
        (await NamesAsync(Q("টুনটুনি"))).Count.ShouldBe(2);
        await PublishAsync("uno-lalpur", (ServiceCategory.Citizen, "টুনটুনি থাকা সেবা", null), (ServiceCategory.Citizen, "টুনটুনি নতুন সেবা", null));
        (await NamesAsync(Q("টুনটুনি"))).Order().ShouldBe(["টুনটুনি থাকা সেবা", "টুনটুনি নতুন সেবা"]);
        (await NamesAsync(Q("টুনটুনি পুরনো"))).ShouldNotContain("টুনটুনি পুরনো সেবা");
    }

    [Fact]
    public async Task Renaming_or_moving_an_office_updates_its_entries_without_a_new_publication()
    {
        var office = await App.NewOfficeAsync(kind: "upazila", parentCode: "dc-natore");
        await App.PublishCharterAsync(office, LayoutProfile.Field8, "চড়ুইভাতি সনদ সেবা");
        (await NamesAsync(Q("চড়ুইভাতি") + "&district=69")).ShouldBe(["চড়ুইভাতি সনদ সেবা"]);

        await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id);
            o.Rename("বাবুইপাখি উপজেলা দপ্তর", "Babuipakhi upazila office");
            await ServiceSearchIndex.SaveOfficeChangesAsync(db, default);
            return 0;
        });
        var hit = (await ApiAsync(Q("বাবুইপাখি"))).GetProperty("results").EnumerateArray().Single();
        hit.GetProperty("nameBn").GetString().ShouldBe("চড়ুইভাতি সনদ সেবা");
        hit.GetProperty("office").GetProperty("nameBn").GetString().ShouldBe("বাবুইপাখি উপজেলা দপ্তর");

        await App.WithDbAsync(async db =>
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id);
            await Protishruti.Web.Features.Offices.OfficeHierarchy.MoveAsync(db, o, await db.Offices.SingleAsync(x => x.Code == "dc-satkhira"));
            await ServiceSearchIndex.SaveOfficeChangesAsync(db, default);
            return 0;
        });
        (await NamesAsync(Q("চড়ুইভাতি") + "&district=69")).ShouldBeEmpty();
        (await NamesAsync(Q("চড়ুইভাতি") + "&district=87")).ShouldBe(["চড়ুইভাতি সনদ সেবা"]);
    }

    [Fact]
    public async Task Words_match_in_part_in_Bengali_and_English_more_matching_words_rank_first_and_two_letter_words_match_a_word_s_start()
    {
        await PublishAsync("uno-baraigram",
            (ServiceCategory.Citizen, "দোয়েল জন্ম নিবন্ধন সনদপত্র", "Doyel Birth Registration Certificate"),
            (ServiceCategory.Citizen, "দোয়েল ভূমি উন্নয়ন কর আদায়", "Doyel land development tax"),
            (ServiceCategory.Citizen, "দোয়েল নিকরাগুয়া ভ্রমণ", null));
        (await NamesAsync(Q("নিবন্ধ দোয়েল")))[0].ShouldBe("দোয়েল জন্ম নিবন্ধন সনদপত্র"); // partial Bengali word
        (await NamesAsync(Q("পত্র দোয়েল")))[0].ShouldBe("দোয়েল জন্ম নিবন্ধন সনদপত্র"); // inside a compound
        (await NamesAsync(Q("BIRTH doyel")))[0].ShouldBe("দোয়েল জন্ম নিবন্ধন সনদপত্র"); // English, any case
        (await NamesAsync(Q("regist DOY")))[0].ShouldBe("দোয়েল জন্ম নিবন্ধন সনদপত্র");
        // Every word helps: no service has all three, the two that have two of them come first, the third after them.
        var some = await NamesAsync(Q("দোয়েল জন্ম কর"));
        some.Take(2).Order().ShouldBe(["দোয়েল জন্ম নিবন্ধন সনদপত্র", "দোয়েল ভূমি উন্নয়ন কর আদায়"]);
        some.IndexOf("দোয়েল নিকরাগুয়া ভ্রমণ").ShouldBe(2);
        // Two letters match a word's start, not the inside of নিকরাগুয়া.
        var tax = await NamesAsync(Q("কর দোয়েল"));
        tax[0].ShouldBe("দোয়েল ভূমি উন্নয়ন কর আদায়");
        tax.IndexOf("দোয়েল নিকরাগুয়া ভ্রমণ").ShouldBeGreaterThan(0);
        (await NamesAsync(Q("দোয়েল, ভূমি!")))[0].ShouldBe("দোয়েল ভূমি উন্নয়ন কর আদায়"); // punctuation separates words
    }

    [Fact]
    public async Task Filters_narrow_by_category_office_kind_and_district()
    {
        await PublishAsync("uno-gurudaspur", (ServiceCategory.Citizen, "শালিক নাগরিক সেবা", null), (ServiceCategory.Internal, "শালিক ছুটি", null));
        await PublishAsync("dco-bandarban", (ServiceCategory.Citizen, "শালিক সমবায় নিবন্ধন", null));
        (await NamesAsync(Q("শালিক"))).Count.ShouldBe(3);
        (await NamesAsync(Q("শালিক") + "&category=internal")).ShouldBe(["শালিক ছুটি"]);
        (await NamesAsync(Q("শালিক") + "&kind=district")).ShouldBe(["শালিক সমবায় নিবন্ধন"]);
        (await NamesAsync(Q("শালিক") + "&district=03")).ShouldBe(["শালিক সমবায় নিবন্ধন"]); // Bandarban
        (await NamesAsync(Q("শালিক") + "&district=৬৯&category=citizen&kind=upazila")).ShouldBe(["শালিক নাগরিক সেবা"]); // Natore, Bengali digits
        (await NamesAsync("kind=district&district=03")).ShouldContain("শালিক সমবায় নিবন্ধন"); // filters alone
    }

    [Fact]
    public async Task Results_come_in_pages_of_twenty_with_a_count()
    {
        await PublishAsync("uno-naldanga", Enumerable.Range(1, 25).Select(i => (ServiceCategory.Citizen, $"বুলবুলি সেবা নম্বর {i}", (string?)null)).ToArray());
        var first = await ApiAsync(Q("বুলবুলি"));
        first.GetProperty("total").GetInt32().ShouldBe(25);
        first.GetProperty("pageCount").GetInt32().ShouldBe(2);
        first.GetProperty("results").GetArrayLength().ShouldBe(20);
        var second = await ApiAsync(Q("বুলবুলি") + "&page=2");
        second.GetProperty("results").GetArrayLength().ShouldBe(5);
        second.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("key").GetGuid())
            .ShouldNotContain(k => first.GetProperty("results").EnumerateArray().Any(f => f.GetProperty("key").GetGuid() == k));

        var html = await App.CreateClient().GetStringAsync("/search?" + Q("বুলবুলি") + "&page=2");
        html.ShouldContain("২৫টি সেবা পাওয়া গেছে");
        html.ShouldContain("পৃষ্ঠা ২ / ২");
        html.ShouldContain("rel=\"prev\"");
        var english = await App.CreateClient().GetStringAsync("/search?" + Q("বুলবুলি") + "&lang=en");
        english.ShouldContain("25 services found");
        english.ShouldContain("Page 1 of 2");
    }

    [Fact]
    public async Task The_page_links_service_and_office_and_shows_markup_as_text()
    {
        await PublishAsync("uno-bagatipara", (ServiceCategory.Citizen, "ময়না <script>alert(1)</script> সনদ", "Moyna <b>certificate</b>"));
        var key = await App.WithDbAsync(db => db.Set<ServiceSearchEntry>().Where(e => e.NameBn.StartsWith("ময়না")).Select(e => e.ServiceKey).SingleAsync());
        var html = await App.CreateClient().GetStringAsync("/search?" + Q("ময়না"));
        html.ShouldContain("ময়না &lt;script&gt;alert(1)&lt;/script&gt; সনদ");
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain($"href=\"/offices/uno-bagatipara/services/{key}\"");
        html.ShouldContain("href=\"/offices/uno-bagatipara\"");
        html.ShouldContain("৫০ টাকা (ট্রেজারি চালান)");
        html.ShouldContain("৭ কর্মদিবস");
        var english = await App.CreateClient().GetStringAsync("/search?" + Q("moyna") + "&lang=en");
        english.ShouldContain("Moyna &lt;b&gt;certificate&lt;/b&gt;");
        english.ShouldContain("Tk 50 (treasury challan)");
    }

    [Fact]
    public async Task The_api_answers_in_a_documented_shape()
    {
        await PublishAsync("uno-natore-sadar", (ServiceCategory.Citizen, "কোকিল ট্রেড লাইসেন্স", "Kokil trade licence"));
        var json = await ApiAsync(Q("কোকিল"));
        json.GetProperty("q").GetString().ShouldBe("কোকিল");
        json.GetProperty("page").GetInt32().ShouldBe(1);
        json.GetProperty("pageSize").GetInt32().ShouldBe(20);
        json.GetProperty("totalIsCapped").GetBoolean().ShouldBeFalse();
        var r = json.GetProperty("results")[0];
        r.GetProperty("nameEn").GetString().ShouldBe("Kokil trade licence");
        r.GetProperty("category").GetString().ShouldBe("citizen");
        r.GetProperty("district").GetString().ShouldBe("69");
        r.GetProperty("office").GetProperty("code").GetString().ShouldBe("uno-natore-sadar");
        r.GetProperty("office").GetProperty("kind").GetString().ShouldBe("upazila");
        r.GetProperty("fee").GetProperty("en").GetString().ShouldBe("Tk 50 (treasury challan)");
        r.GetProperty("timeLimit").GetProperty("en").GetString()!.ShouldContain("7");
        r.GetProperty("url").GetString().ShouldBe($"/offices/uno-natore-sadar/services/{r.GetProperty("key").GetGuid()}");
    }

    [Theory]
    [InlineData("q=%E0%A6%95", "q")] // one letter
    [InlineData("q=!!", "q")]
    [InlineData("", "q")]
    [InlineData("q=land&page=0", "page")]
    [InlineData("q=land&page=abc", "page")]
    [InlineData("q=land&page=26", "page")]
    [InlineData("q=land&category=food", "category")]
    [InlineData("q=land&kind=village", "kind")]
    [InlineData("q=land&district=99", "district")]
    public async Task Bad_parameters_get_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await App.CreateClient().GetAsync("/api/v1/services?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("parameter").GetString().ShouldBe(parameter);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("detailBn").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_page_explains_bad_input_beside_the_field_and_keeps_it()
    {
        var client = App.CreateClient();
        var tooShort = await client.GetAsync("/search?q=%E0%A6%95");
        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await tooShort.Content.ReadAsStringAsync();
        html.ShouldContain("অন্তত দুই অক্ষরের একটি শব্দ লিখুন।");
        html.ShouldContain("value=\"ক\"");
        var longQuery = await client.GetAsync("/search?lang=en&q=" + new string('a', 201));
        longQuery.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longQuery.Content.ReadAsStringAsync()).ShouldContain("longer than 200 characters");
        var badPage = await client.GetAsync("/search?q=land&page=x&lang=en");
        badPage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPage.Content.ReadAsStringAsync()).ShouldContain("The page must be a whole number from 1 to 25");
        (await client.GetAsync("/search?q=land&district=99")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        client = App.CreateClient(); // the English request above set the language cookie
        var empty = await client.GetStringAsync("/search");
        empty.ShouldContain("সেবার নাম বা তার অংশ লিখুন");
        var none = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("অস্তিত্বহীনশব্দ"));
        none.ShouldContain("কোনো সেবা পাওয়া যায়নি");
    }

    [Fact]
    public async Task The_home_page_searches_services_and_still_leads_to_the_office_directory()
    {
        var html = await App.CreateClient().GetStringAsync("/");
        html.ShouldContain("action=\"/search\"");
        html.ShouldContain("href=\"/offices\"");
    }
}

public sealed class ServiceSearchTests_Sqlite(SqliteApp app) : ServiceSearchTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class ServiceSearchTests_Postgres(PostgresApp app) : ServiceSearchTests<PostgresApp>(app), IClassFixture<PostgresApp>;
