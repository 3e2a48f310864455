using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Web.Features.Search;

namespace Protishruti.Bench;

/// <summary>
/// The query mix a citizen types, run through <see cref="ServiceSearch"/> exactly as the /search page runs it (a new
/// scope and context per query, the page of 20 rows and the capped count), timed per query class.
/// </summary>
public static class SearchBench
{
    private sealed record Probe(string Class, string? Q, string? Category = null, string? Kind = null, string? District = null, string? Page = null);

    private static readonly Probe[] Mix =
    [
        new("common word (bn)", "সনদ"), new("common word (bn)", "প্রদান"), new("common word (bn)", "আবেদন"), new("common word (bn)", "ভাতা"),
        new("common word (en)", "certificate"), new("common word (en)", "application"), new("common word (en)", "licence"), new("common word (en)", "allowance"),
        new("rare word", "ইলিশ"), new("rare word", "কুচিয়া"), new("rare word", "hilsa"), new("rare word", "dragon"),
        new("partial word (bn)", "নিবন্ধ"), new("partial word (bn)", "প্রত্য"), new("partial word (bn)", "লাইসে"), new("partial word (bn)", "পত্র"),
        new("partial word (en)", "regist"), new("partial word (en)", "certif"), new("partial word (en)", "vacc"), new("partial word (en)", "allow"),
        new("several words", "জন্ম নিবন্ধন"), new("several words", "ট্রেড লাইসেন্স নবায়ন"), new("several words", "land tax"), new("several words", "বয়স্ক ভাতা"),
        new("two-letter word", "কর"), new("two-letter word", "ঋণ"), new("two-letter word", "চা"), new("two-letter word", "id"),
        new("word + filters", "সনদ", District: "69"), new("word + filters", "জন্ম নিবন্ধন", Kind: "upazila"),
        new("word + filters", "certificate", Category: "citizen", District: "26"), new("word + filters", "ভাতা", Kind: "district", District: "15"),
        new("filters only", null, Kind: "district", District: "91"), new("filters only", null, Category: "internal", District: "47"),
        new("no match", "অস্তিত্বহীন"), new("no match", "zzyzx"),
        new("later page", "সনদ", Page: "10"), new("later page", "প্রদান", Page: "25"),
        // As citizens type (ADR 0010): everyday names and English through the dictionary, romanised Bengali, extra words,
        // a district chosen, and a misspelling that takes the "did you mean" path.
        new("citizen phrasing", "জন্ম সনদ"), new("citizen phrasing", "birth certificate"), new("citizen phrasing", "namjari"),
        new("citizen phrasing", "boyosko vata"), new("citizen phrasing", "নামজারি করতে চাই"), new("citizen phrasing", "জমির খাজনা", District: "69"),
        new("did you mean", "namjri"), new("did you mean", "নিবন্দন"),
    ];

    public sealed record ClassResult(string Class, int Count, double P50, double P95, double P99, double Max);

    public static async Task<List<ClassResult>> RunAsync(IServiceProvider services, int rounds)
    {
        var queries = Mix.Select(p =>
        {
            var problems = new List<SearchProblem>();
            var q = ServiceQuery.Parse(p.Q, p.Category, p.Kind, p.District, p.Page, problems);
            if (problems.Count > 0) throw new InvalidOperationException($"{p}: {problems[0].MessageEn}");
            return (p.Class, Query: q);
        }).ToList();

        async Task<double> TimeAsync(ServiceQuery query)
        {
            var watch = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ServiceSearch>().SearchAsync(query);
            return watch.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 2; i++) // warm-up: JIT, connection pool, database page cache
            foreach (var (_, q) in queries) await TimeAsync(q);

        var random = new Random(7);
        var times = new List<(string Class, double Ms)>();
        for (var r = 0; r < rounds; r++)
            foreach (var (cls, q) in queries.OrderBy(_ => random.Next()))
                times.Add((cls, await TimeAsync(q)));

        var results = times.GroupBy(t => t.Class).Select(g => Summarize(g.Key, g.Select(t => t.Ms))).ToList();
        results.Add(Summarize("all queries", times.Select(t => t.Ms)));
        return results;
    }

    private static ClassResult Summarize(string cls, IEnumerable<double> ms)
    {
        var sorted = ms.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new ClassResult(cls, sorted.Length, P(0.50), P(0.95), P(0.99), sorted[^1]);
    }

    public static string Format(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
}
