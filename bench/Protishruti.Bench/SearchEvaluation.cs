using Microsoft.Extensions.DependencyInjection;
using Protishruti.Web.Features.Search;

namespace Protishruti.Bench;

/// <summary>
/// Recall in the first five results for the citizen queries of bench/search-queries.tsv, through <see cref="ServiceSearch"/>
/// as the /search page and the API call it. Shared by `Protishruti.Bench search-eval` (bench/search-eval.sh) and the
/// SearchEvaluationTests, which link this file.
/// </summary>
public static class SearchEvaluation
{
    public sealed record Query(string Text, IReadOnlyList<string> Expected, string Note);
    public sealed record Outcome(Query Query, int Rank, IReadOnlyList<string> Top);
    public sealed record Report(IReadOnlyList<Outcome> Outcomes)
    {
        public int Found => Outcomes.Count(o => o.Rank is > 0 and <= 5);
        public double RecallAt5 => Outcomes.Count == 0 ? 0 : (double)Found / Outcomes.Count;
        public double RecallAt1 => Outcomes.Count == 0 ? 0 : (double)Outcomes.Count(o => o.Rank == 1) / Outcomes.Count;
        public IEnumerable<Outcome> Misses => Outcomes.Where(o => o.Rank is not (> 0 and <= 5));
    }

    /// <summary>The repository's bench/search-queries.tsv, found upwards from <paramref name="from"/>.</summary>
    public static string QueriesFile(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "bench", "search-queries.tsv");
            if (File.Exists(file)) return file;
        }
        throw new FileNotFoundException("bench/search-queries.tsv not found above " + from);
    }

    public static List<Query> Parse(string text) =>
    [
        .. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Select(c =>
            new Query(c[0], [.. c[1].Split(" | ", StringSplitOptions.TrimEntries)], c.Length > 2 ? c[2] : "")),
    ];

    public static async Task<Report> RunAsync(IServiceProvider services, IEnumerable<Query> queries)
    {
        var outcomes = new List<Outcome>();
        foreach (var q in queries)
        {
            await using var scope = services.CreateAsyncScope();
            var problems = new List<SearchProblem>();
            var query = ServiceQuery.Parse(q.Text, null, null, null, null, problems);
            var result = problems.Count > 0 ? ServiceSearchResult.None : await scope.ServiceProvider.GetRequiredService<ServiceSearch>().SearchAsync(query);
            var top = result.Hits.Take(5).Select(h => h.NameEn ?? h.NameBn).ToList();
            var rank = top.FindIndex(n => q.Expected.Contains(n)) + 1;
            outcomes.Add(new Outcome(q, rank, top));
        }
        return new Report(outcomes);
    }
}
