using Protishruti.Domain.Search;

namespace Protishruti.Web.Features.Search;

/// <summary>One way a query word can be found: these index words, all of them, weighted by <see cref="Factor"/>.</summary>
public sealed record Alternative(string[] Tokens, double Factor);

/// <summary>
/// A word of the query as the search looks for it: its own folded, stemmed form, or any of the dictionary's terms for
/// it (a dictionary phrase such as "জন্ম সনদ" gives its terms to each of its words).
/// </summary>
public sealed record PlanWord(int Position, string Surface, string Token, IReadOnlyList<Alternative> Alternatives)
{
    /// <summary>
    /// The alternatives the database needs to find the services matching this word: one whose words include all of
    /// another's finds nothing more ("জন্ম নিবন্ধন" adds nothing to "জন্ম"), so it is left out of the query (not of the score).
    /// </summary>
    public IReadOnlyList<Alternative> Needed { get; } = Minimal(Alternatives);

    private static List<Alternative> Minimal(IReadOnlyList<Alternative> all)
    {
        var kept = new List<Alternative>();
        foreach (var a in all)
        {
            if (kept.Any(k => Finds(k, a))) continue;
            kept.RemoveAll(k => Finds(a, k));
            kept.Add(a);
        }
        return kept;
    }

    /// <summary>Whether every service <paramref name="narrower"/> finds is found by <paramref name="wider"/> (matching inside words, or at a word's start for two letters).</summary>
    private static bool Finds(Alternative wider, Alternative narrower) =>
        wider.Tokens.All(u => narrower.Tokens.Any(t => u.Length < SearchText.SubstringLength
            ? t.StartsWith(u, StringComparison.Ordinal)
            : t.Contains(u, StringComparison.Ordinal)));
}

/// <summary>
/// What a query is searched for (ADR 0010): its words after <see cref="BengaliNormalizer"/>, the dictionary's
/// expansions of its words and phrases, and without its stopwords ("করতে চাই", "how to") unless nothing else is left.
/// </summary>
public sealed class SearchPlan
{
    /// <summary>A dictionary term counts a little less than the word the citizen typed.</summary>
    public const double ExpansionFactor = 0.9;
    private const int MaxAlternatives = 16;

    private SearchPlan(List<(string Surface, string Token, string Key)> typed, List<PlanWord> words)
    {
        Typed = typed;
        Words = words;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        TokenIndices = [.. words.Select(w => w.Alternatives.Select(a => a.Tokens.Select(t => index.TryGetValue(t, out var i) ? i : index[t] = index.Count).ToArray()).ToArray())];
        DistinctTokens = [.. index.OrderBy(p => p.Value).Select(p => p.Key)];
        SpacedTokens = [.. DistinctTokens.Select(t => " " + t)];
    }

    /// <summary><see cref="DistinctTokens"/> each with a space before it: how a token at a word's start is found.</summary>
    public IReadOnlyList<string> SpacedTokens { get; }

    /// <summary>Every index word any alternative looks for, once (a service's text is searched for each only once).</summary>
    public IReadOnlyList<string> DistinctTokens { get; }

    /// <summary>For each word, for each of its alternatives, the positions of its tokens in <see cref="DistinctTokens"/>.</summary>
    public int[][][] TokenIndices { get; }

    /// <summary>Every word typed that is long enough to search for, stopwords included (a suggestion rewrites these).</summary>
    public IReadOnlyList<(string Surface, string Token, string Key)> Typed { get; }

    /// <summary>The words searched for.</summary>
    public IReadOnlyList<PlanWord> Words { get; }

    public static SearchPlan Build(string? text, SearchLexicon dictionary)
    {
        var typed = new List<(string Surface, string Token, string Key)>();
        foreach (var raw in SearchText.RawWords(text))
        {
            if (BengaliNormalizer.FoldedWords(raw) is not [var folded]) continue;
            var token = BengaliNormalizer.Stem(folded);
            if (token.Length < SearchText.MinTermLength) continue;
            typed.Add((raw, token, BengaliNormalizer.LookupKey(folded)));
        }

        // Dictionary phrases, longest first; they may overlap ("জন্ম সনদ" and "সনদ" both give terms to "সনদ").
        var expansions = typed.Select(_ => new List<string[]>()).ToList();
        var inPhrase = new bool[typed.Count];
        for (var length = Math.Min(SearchLexicon.MaxPhraseWords, typed.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= typed.Count; start++)
            {
                var key = string.Join(' ', typed.Skip(start).Take(length).Select(t => t.Key));
                foreach (var line in dictionary.Find(key))
                {
                    for (var i = start; i < start + length; i++)
                    {
                        expansions[i].AddRange(dictionary.Expansions(line));
                        if (length > 1) inPhrase[i] = true;
                    }
                }
            }
        }

        var stop = typed.Select((t, i) => dictionary.IsStopword(t.Key) && !inPhrase[i]).ToArray();
        if (stop.All(s => s)) Array.Clear(stop);

        var words = new List<PlanWord>();
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < typed.Count; i++)
        {
            if (stop[i] || !seenTokens.Add(typed[i].Token)) continue; // a word typed twice counts once
            var alternatives = new List<Alternative> { new([typed[i].Token], 1.0) };
            foreach (var tokens in expansions[i])
            {
                if (alternatives.Count >= MaxAlternatives) break;
                if (alternatives.Any(a => a.Tokens.SequenceEqual(tokens))) continue;
                alternatives.Add(new Alternative(tokens, ExpansionFactor));
            }
            words.Add(new PlanWord(i, typed[i].Surface, typed[i].Token, alternatives));
        }
        return new SearchPlan(typed, words);
    }
}
