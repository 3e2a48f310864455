using Protishruti.Domain.Search;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// "Did you mean": for each query word that matched nothing, the nearest word the index or the dictionary knows, by
/// edit distance (a letter added, dropped, changed or two swapped) on the folded form — on the sound key for romanised
/// words — within 1 for words of 4–5 letters and 2 for longer ones. Closer words win, then more common ones.
/// </summary>
public static class SearchSuggestions
{
    /// <summary>The query with its unmatched words replaced, or null when none has a near word.</summary>
    public static string? Suggest(SearchPlan plan, IReadOnlyCollection<int> unmatched, SearchLexicon dictionary, SearchVocabulary.Snapshot vocabulary)
    {
        var words = plan.Typed.Select(t => t.Surface).ToList();
        var changed = false;
        foreach (var position in unmatched)
        {
            var (_, token, key) = plan.Typed[position];
            if (Nearest(token, key, dictionary, vocabulary) is { } replacement)
            {
                words[position] = replacement;
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : null;
    }

    private static string? Nearest(string token, string lookupKey, SearchLexicon dictionary, SearchVocabulary.Snapshot vocabulary)
    {
        var latin = BengaliNormalizer.IsAsciiWord(token);
        var limit = MaxDistance(token.Length);
        if (limit == 0) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        long bestCount = -1;

        void Consider(string candidateKey, string against, string surface, long count)
        {
            if (Math.Abs(candidateKey.Length - against.Length) > limit || candidateKey == against) return;
            var d = Distance(against, candidateKey, limit);
            if (d > limit) return;
            if (d < bestDistance || (d == bestDistance && count > bestCount))
                (best, bestDistance, bestCount) = (surface, d, count);
        }

        // The dictionary's words are compared by their lookup keys (the sound key for romanised words); its words are
        // what people type, so they win a tie against the index's.
        foreach (var (key, surface) in dictionary.Words)
            if (BengaliNormalizer.IsAsciiWord(key) == latin) Consider(key, lookupKey, surface, long.MaxValue);
        foreach (var (key, surface, count) in vocabulary.Words)
            if (key.Length >= SearchText.SubstringLength && BengaliNormalizer.IsAsciiWord(key) == latin) Consider(key, token, surface, count);
        return best;
    }

    private static int MaxDistance(int length) => length <= 3 ? 0 : length <= 5 ? 1 : 2;

    /// <summary>Optimal string alignment distance, giving up (returning more than <paramref name="limit"/>) early.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var (before, previous, current) = (new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var v = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, before[j - 2] + 1);
                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
