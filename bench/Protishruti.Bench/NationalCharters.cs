using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Bench;

/// <summary>
/// Gives offices a published charter with 5–40 services shaped like real ones, through the domain (add, fill, submit,
/// publish) and the app's CharterPublishing — so auditing and the search index run as in production. Each office
/// gets two staffed posts (head, focal point) first, because a charter names posts. Deterministic for a seed.
/// </summary>
public static class NationalCharters
{
    private const int BatchOffices = 200;
    private static readonly DateTimeOffset PublishedAt = new(2026, 10, 1, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Seconds spent in each phase, to see where the time goes.</summary>
    public static Dictionary<string, double> Phases { get; } = new() { ["posts save"] = 0, ["charters built"] = 0, ["charters save"] = 0 };

    public sealed record Result(int Offices, int Services, double Seconds);

    /// <param name="scale">The share of offices that get a charter (1 = all; 0.05 to try things quickly).</param>
    public static async Task<Result> GenerateAsync(IServiceProvider services, double scale, int seed = 2026)
    {
        var random = new Random(seed);
        List<(int Id, OfficeKind Kind, string NameBn)> all;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var withCharter = db.Charters.Select(c => c.OfficeId);
            all = (await db.Offices.AsNoTracking().Where(o => !withCharter.Contains(o.Id)).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Kind, o.NameBn }).ToListAsync()).Select(o => (o.Id, o.Kind, o.NameBn)).ToList();
        }
        var chosen = scale >= 1 ? all : all.Where(_ => random.NextDouble() < scale).ToList();

        var watch = Stopwatch.StartNew();
        var serviceCount = 0;
        foreach (var batch in chosen.Chunk(BatchOffices))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var ids = batch.Select(b => b.Id).ToList();
            var offices = await db.Offices.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id);

            // 1. Two staffed posts per office (the charter refers to posts; their holders give name, phone, e-mail).
            var posts = new Dictionary<int, (Post Head, Post Focal)>();
            foreach (var office in offices.Values)
            {
                var head = new Post(office, "অফিস প্রধান", "Head of Office");
                head.SetDetails(null, null, "১০১", "+880-2-5500" + (office.Id % 10000).ToString("0000"), $"head.{office.Code}@example.gov.bd", 1);
                var focal = new Post(office, "সেবা প্রদান প্রতিশ্রুতি ফোকাল পয়েন্ট", "Citizen Charter focal point");
                focal.SetDetails(null, null, "১০৫", "+880-2-5501" + (office.Id % 10000).ToString("0000"), $"focal.{office.Code}@example.gov.bd", 2);
                head.AssignHolder(new Person("মোঃ আব্দুল করিম", "Md Abdul Karim"), new DateOnly(2025, 7, 1));
                focal.AssignHolder(new Person("সালমা আক্তার", "Salma Akter"), new DateOnly(2025, 7, 1));
                db.Posts.AddRange(head, focal);
                posts[office.Id] = (head, focal);
            }
            var postsSave = Stopwatch.StartNew();
            await db.SaveChangesAsync();
            Phases["posts save"] += postsSave.Elapsed.TotalSeconds;

            // 2. A charter per office, written, submitted and published through the domain.
            PostInfo? Staffed(int _) => new(HasHolder: true, HolderHasPhone: true, HolderHasEmail: true);
            var build = Stopwatch.StartNew();
            foreach (var (id, kind, _) in batch)
            {
                var charter = new Charter(id, kind is OfficeKind.DistrictOffice or OfficeKind.UpazilaOffice ? LayoutProfile.Field8 : LayoutProfile.Hq7);
                var draft = charter.Open!;
                var (head, focal) = posts[id];
                draft.SetVisionAndMission("সেবা প্রদানে দক্ষতা ও স্বচ্ছতা", "Efficient and transparent service",
                    "নির্ধারিত সময়ে জনগণের দোরগোড়ায় সেবা পৌঁছে দেওয়া", "Services delivered to people's doorsteps on time");
                serviceCount += ServiceCatalogue.Fill(draft, kind, random, focal.Id, head.Id);
                draft.AddExpectation("সম্পূর্ণ আবেদন ও প্রয়োজনীয় কাগজপত্র জমা দিন", "Submit a complete application with the documents");
                draft.AddExpectation("নির্ধারিত সেবামূল্য পরিশোধ করুন", "Pay the fee");
                draft.Submit("bench-editor", PublishedAt, Staffed);
                draft.Publish("bench-approver", PublishedAt.AddHours(2), Staffed);
                db.Charters.Add(charter);
            }
            Phases["charters built"] += build.Elapsed.TotalSeconds;
            var chartersSave = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<Protishruti.Web.Features.Charters.CharterPublishing>().SaveAsync(CancellationToken.None);
            Phases["charters save"] += chartersSave.Elapsed.TotalSeconds;
        }
        watch.Stop();
        return new Result(chosen.Count, serviceCount, watch.Elapsed.TotalSeconds);
    }
}
