using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>A parameter the caller got wrong, with the message in both languages.</summary>
public sealed record SearchProblem(string Parameter, string MessageEn, string MessageBn);

/// <summary>
/// What a citizen asked for: words (each helps; see <see cref="ServiceSearch"/>) and optional filters. A district is the
/// citizen's own: its services come first, then those of offices in no district (national and divisional offices).
/// Parsed from the query string.
/// </summary>
/// <param name="Verbatim">Search the words as typed: a suggestion is offered but its results are not shown instead.</param>
public sealed record ServiceQuery(string Text, IReadOnlyList<string> Terms, ServiceCategory? Category, OfficeKind? Kind, string? District, int Page,
    bool Verbatim = false)
{
    public const int PageSize = 20;
    /// <summary>
    /// Results are counted and ranked up to this many; beyond it the page says "500+" and asks for more words. It bounds
    /// what a query fetches and scores (ADR 0028): 25 pages, more than anyone reads before refining the words.
    /// </summary>
    public const int CountCap = 500;
    public const int MaxPage = CountCap / PageSize;

    public bool HasFilter => Category is not null || Kind is not null || District is not null;

    /// <summary>Nothing to search for yet: no words and no filter.</summary>
    public bool IsEmpty => Terms.Count == 0 && !HasFilter;

    public static ServiceQuery Parse(string? q, string? category, string? kind, string? district, string? page, List<SearchProblem> problems,
        string? verbatim = null)
    {
        var text = (q ?? "").Trim();
        List<string> terms = [];
        if (text.Length > SearchText.MaxQueryLength)
            problems.Add(new("q", $"The search text is longer than {SearchText.MaxQueryLength} characters; shorten it.",
                $"অনুসন্ধানের লেখা {BengaliDigits.ToBengali(SearchText.MaxQueryLength)} অক্ষরের বেশি; ছোট করুন।"));
        else
        {
            terms = QueryTerms(text);
            if (text.Length > 0 && terms.Count == 0)
                problems.Add(new("q", "Type at least one word of two or more letters.", "অন্তত দুই অক্ষরের একটি শব্দ লিখুন।"));
            else if (terms.Count > SearchText.MaxTerms)
                problems.Add(new("q", $"Use at most {SearchText.MaxTerms} words.", $"সর্বোচ্চ {BengaliDigits.ToBengali(SearchText.MaxTerms)}টি শব্দ লিখুন।"));
        }

        ServiceCategory? cat = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            cat = category.Trim().ToLowerInvariant() switch
            {
                "citizen" or "1" or "১" => ServiceCategory.Citizen,
                "institutional" or "2" or "২" => ServiceCategory.Institutional,
                "internal" or "3" or "৩" => ServiceCategory.Internal,
                _ => null,
            };
            if (cat is null)
                problems.Add(new("category", $"Unknown service category '{category}'; use citizen, institutional or internal.",
                    $"অজানা সেবার ধরন '{category}'; নাগরিক, প্রাতিষ্ঠানিক বা অভ্যন্তরীণ বেছে নিন।"));
        }

        OfficeKind? officeKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (OfficeKindNames.TryParse(kind, out var k)) officeKind = k;
            else
                problems.Add(new("kind", $"Unknown office kind '{kind}'; use ministry, department, divisional, district, upazila or other.",
                    $"অজানা দপ্তরের ধরন '{kind}'; তালিকা থেকে বেছে নিন।"));
        }

        string? districtCode = null;
        if (!string.IsNullOrWhiteSpace(district))
        {
            var code = BengaliDigits.ToAscii(district.Trim()).PadLeft(2, '0');
            if (Districts.Find(code) is { } d) districtCode = d.Code;
            else
                problems.Add(new("district", $"Unknown district '{district}'; use the two-digit BBS district code, e.g. 69 for Natore.",
                    $"অজানা জেলা '{district}'; জেলার দুই অঙ্কের বিবিএস কোড দিন, যেমন নাটোর ৬৯।"));
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && (!BengaliDigits.TryParseInt(page.Trim(), out pageNumber) || pageNumber < 1 || pageNumber > MaxPage))
        {
            problems.Add(new("page", $"The page must be a whole number from 1 to {MaxPage}; got '{page}'.",
                $"পৃষ্ঠা ১ থেকে {BengaliDigits.ToBengali(MaxPage)} এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে; দেওয়া হয়েছে '{page}'।"));
            pageNumber = 1;
        }
        return new ServiceQuery(text, terms, cat, officeKind, districtCode, pageNumber, verbatim is "1" or "true");
    }

    /// <summary>The distinct words of a query as the index holds them (folded and stemmed), without those too short to search for.</summary>
    public static List<string> QueryTerms(string? text) =>
        [.. SearchText.RawWords(text).SelectMany(Domain.Search.BengaliNormalizer.FoldedWords).Select(Domain.Search.BengaliNormalizer.Stem)
            .Where(w => w.Length >= SearchText.MinTermLength).Distinct()];
}

/// <param name="Suggestion">A query with a misspelt or unknown word replaced by the nearest known word ("did you mean").</param>
/// <param name="SuggestionApplied">The results are the suggestion's: the query as typed found nothing, or less.</param>
/// <param name="Terms">The words searched for (of the suggestion when it was applied), as the index holds them.</param>
public sealed record ServiceSearchResult(IReadOnlyList<ServiceSearchEntry> Hits, int Total, bool MoreThanCap, int Page,
    string? Suggestion = null, bool SuggestionApplied = false, IReadOnlyList<string>? Terms = null)
{
    public int PageCount => (Math.Min(Total, ServiceQuery.CountCap) + ServiceQuery.PageSize - 1) / ServiceQuery.PageSize;
    public static ServiceSearchResult None { get; } = new([], 0, false, 1);
}

/// <summary>
/// The national service search (ADR 0010), the same on both databases except for how candidates are fetched.
/// <list type="number">
/// <item>The query becomes a <see cref="SearchPlan"/>: normalized words, the dictionary's terms for them, no stopwords.</item>
/// <item>Candidates come from the database's own text index — SQLite's FTS5 trigram table, PostgreSQL's pg_trgm GIN
/// index — first the services matching every word, then those matching each word, rarest first; a word matching more
/// than <see cref="ServiceQuery.CountCap"/> services is fetched on its own only when too little else was found. With a
/// district, its services are fetched (and shown) first, then those of offices in no district.</item>
/// <item>Each candidate is scored here: for each word, the best of its alternatives — 3 in the service's name, 1.5 in
/// its office's or district's name, 1 in its documents and method, less for a match inside a word or for a dictionary
/// term than for the word typed — times the word's rarity (inverse document frequency). So every word helps, more
/// words rank higher, and the name outweighs the rest. Results scoring under a fifth of the best are left out.</item>
/// <item>A word that matched nothing gets the nearest known word ("did you mean"); when the suggestion finds services
/// matching more words than the query as typed, its results are shown instead, saying so.</item>
/// </list>
/// </summary>
public sealed class ServiceSearch(AppDbContext db, SearchLexiconStore dictionaries, SearchVocabulary vocabulary)
{
    /// <summary>A result must score at least this share of the best result's score.</summary>
    public const double RelevanceFloor = 0.2;

    public async Task<ServiceSearchResult> SearchAsync(ServiceQuery query, CancellationToken ct = default)
    {
        if (query.IsEmpty) return ServiceSearchResult.None;
        var dictionary = await dictionaries.GetAsync(db, ct);
        var words = await vocabulary.GetAsync(db, ct);
        var plan = SearchPlan.Build(query.Text, dictionary);
        var ranking = await RankAsync(query, plan, words, ct);

        string? suggestion = null;
        var applied = false;
        if (ranking.Unmatched.Count > 0 && SearchSuggestions.Suggest(plan, ranking.Unmatched, dictionary, words) is { } corrected)
        {
            suggestion = corrected;
            var correctedPlan = SearchPlan.Build(corrected, dictionary);
            var correctedRanking = await RankAsync(query, correctedPlan, words, ct);
            if (!query.Verbatim && correctedRanking.Ranked.Count > 0 && correctedRanking.BestMatched > ranking.BestMatched)
            {
                (plan, ranking, applied) = (correctedPlan, correctedRanking, true);
            }
        }

        var pageIds = ranking.Ranked.Skip((query.Page - 1) * ServiceQuery.PageSize).Take(ServiceQuery.PageSize).ToList();
        var rows = pageIds.Count == 0
            ? []
            : await db.Set<ServiceSearchEntry>().AsNoTracking().Where(e => pageIds.Contains(e.Id)).ToListAsync(ct);
        var hits = pageIds.Select(id => rows.First(r => r.Id == id)).ToList();
        return new ServiceSearchResult(hits, Math.Min(ranking.Ranked.Count, ServiceQuery.CountCap), ranking.Ranked.Count > ServiceQuery.CountCap,
            query.Page, suggestion, applied, [.. plan.Words.Select(w => w.Token)]);
    }

    /// <summary>The ranked ids; how many query words the best result matched; the words (typed positions) nothing matched.</summary>
    private sealed record Ranking(List<int> Ranked, int BestMatched, List<int> Unmatched);

    /// <summary>A row fetched to be scored.</summary>
    public sealed class Candidate
    {
        public int Id { get; set; }
        public string Terms { get; set; } = "";
        public string? DistrictCode { get; set; }
    }

    private enum Scope { All, District, NoDistrict }

    private async Task<Ranking> RankAsync(ServiceQuery query, SearchPlan plan, SearchVocabulary.Snapshot words, CancellationToken ct)
    {
        const int cap = ServiceQuery.CountCap + 1;
        var found = new Dictionary<int, Candidate>();
        var capped = false;
        var frequency = plan.Words.ToDictionary(w => w, w => WordFrequency(w, words));
        var skipped = new HashSet<PlanWord>();
        if (plan.Words.Count == 0 && !query.HasFilter) return new Ranking([], 0, []);

        foreach (var scope in query.District is null ? [Scope.All] : new[] { Scope.District, Scope.NoDistrict })
        {
            if (found.Count >= cap) break;
            if (plan.Words.Count == 0)
            {
                capped |= Add(found, await FetchAsync(query, scope, null, cap - found.Count, false, ct), cap - found.Count);
                continue;
            }
            var byRarity = plan.Words.OrderBy(w => frequency[w]).ToList();
            // The services matching every word are among those matching the rarest: when that word is in fewer services
            // than the cap, fetching it finds them all. Only when every word is common are they fetched together first.
            var fetchedAll = false;
            if (frequency[byRarity[0]] > ServiceQuery.CountCap || plan.Words.Count == 1)
            {
                var all = await FetchAsync(query, scope, plan.Words, cap, Common(plan.Words.Min(w => frequency[w]), cap, words), ct);
                capped |= Add(found, all, cap);
                if (all.Count >= cap || plan.Words.Count == 1) continue;
                fetchedAll = true;
            }
            foreach (var word in byRarity)
            {
                if (found.Count >= cap) break;
                // A word in more services than the cap, once a page is found, would only add services that match
                // nothing but that word: leave them out.
                if (frequency[word] > ServiceQuery.CountCap && found.Count >= ServiceQuery.PageSize)
                {
                    skipped.Add(word);
                    continue;
                }
                var rows = await FetchAsync(query, scope, [word], cap, Common(frequency[word], cap, words), ct);
                capped |= Add(found, rows, cap);
                if (rows.Count >= cap && !fetchedAll) // the rarest word was commoner than the vocabulary said
                {
                    Add(found, await FetchAsync(query, scope, plan.Words, cap, false, ct), cap);
                    fetchedAll = true;
                }
            }
        }

        // Score.
        var weights = plan.Words.Select(w => words.Weight(frequency[w])).ToArray();
        var scored = new List<(Candidate Row, double Score, int Matched)>(found.Count);
        var matchedAny = new bool[plan.Words.Count];
        foreach (var row in found.Values)
        {
            var (score, matched) = Score(row.Terms, plan, weights, matchedAny);
            if (plan.Words.Count == 0 || matched > 0) scored.Add((row, score, matched));
        }
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        var ranked = scored
            .Where(s => s.Score >= best * RelevanceFloor)
            .OrderByDescending(s => query.District is not null && s.Row.DistrictCode == query.District)
            .ThenByDescending(s => s.Score)
            .ThenBy(s => s.Row.Id)
            .Select(s => s.Row.Id).ToList();
        var bestMatched = scored.Count == 0 ? 0 : scored.Max(s => s.Matched);

        // A word no candidate matched matches nothing — unless the candidates were cut at the cap: then ask the index.
        var unmatched = new List<int>();
        for (var i = 0; i < plan.Words.Count; i++)
        {
            var word = plan.Words[i];
            if (matchedAny[i] || skipped.Contains(word)) continue;
            if (capped && (await FetchAsync(query, Scope.All, [word], 1, false, ct)).Count > 0) continue;
            unmatched.Add(word.Position);
        }
        return new Ranking(ranked, bestMatched, unmatched);
    }

    /// <summary>Adds rows not yet found; true when the fetch reached its limit (there may be more).</summary>
    private static bool Add(Dictionary<int, Candidate> found, List<Candidate> rows, int limit)
    {
        foreach (var row in rows) found.TryAdd(row.Id, row);
        return rows.Count >= limit;
    }

    /// <summary>About how many services a word matches: the most of any of its alternatives (each as rare as its rarest word).</summary>
    private static int WordFrequency(PlanWord word, SearchVocabulary.Snapshot words) =>
        word.Alternatives.Max(a => a.Tokens.Min(words.DocumentFrequency));

    /// <summary>The score of one service's indexed text, and how many query words it matched.</summary>
    public static (double Score, int Matched) Score(string terms, SearchPlan plan, double[] weights, bool[]? matchedAny = null)
    {
        var text = terms.AsSpan();
        var firstSeparator = text.IndexOf(Separator, StringComparison.Ordinal);
        var secondSeparator = firstSeparator < 0 ? -1 : IndexFrom(text, Separator, firstSeparator + 3);
        var thirdSeparator = secondSeparator < 0 ? -1 : IndexFrom(text, Separator, secondSeparator + 3);
        var end = thirdSeparator < 0 ? terms.Length : thirdSeparator + 1; // what follows a third separator (filter tags) is not text
        text = text[..end];

        var found = new (int Part, double Quality)?[plan.DistinctTokens.Count];
        double score = 0;
        var matched = 0;
        for (var w = 0; w < plan.Words.Count; w++)
        {
            var bestValue = 0.0;
            var alternatives = plan.Words[w].Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var part = 0;
                var quality = 1.0;
                foreach (var t in plan.TokenIndices[w][a])
                {
                    var (p, q) = found[t] ??= Find(text, plan.DistinctTokens[t], plan.SpacedTokens[t], firstSeparator, secondSeparator);
                    if (p < 0)
                    {
                        quality = 0;
                        break;
                    }
                    part = Math.Max(part, p);
                    quality = Math.Min(quality, q);
                }
                if (quality > 0) bestValue = Math.Max(bestValue, SearchText.PartWeights[part] * quality * alternatives[a].Factor);
            }
            if (bestValue <= 0) continue;
            score += weights[w] * bestValue;
            matched++;
            if (matchedAny is not null) matchedAny[w] = true;
        }
        return (score, matched);
    }

    private const string Separator = " | ";

    private static int IndexFrom(ReadOnlySpan<char> text, string value, int from)
    {
        if (from >= text.Length) return -1;
        var i = text[from..].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>
    /// The part of the text a token first occurs in (the heaviest it occurs in, as the parts are in order of weight)
    /// and how well: 1 for a whole word, 0.85 at a word's start, 0.7 inside a word; part −1 when absent.
    /// </summary>
    private static (int Part, double Quality) Find(ReadOnlySpan<char> text, string token, string spaced, int firstSeparator, int secondSeparator)
    {
        int PartOf(int position) => firstSeparator < 0 || position < firstSeparator ? 0 : secondSeparator < 0 || position < secondSeparator ? 1 : 2;
        var inside = token.Length < SearchText.SubstringLength ? -1 : text.IndexOf(token, StringComparison.Ordinal);
        if (inside < 0 && token.Length >= SearchText.SubstringLength) return (-1, 0); // absent: one scan, the usual case
        var atStart = inside > 0 && text[inside - 1] == ' ' ? inside - 1 : text.IndexOf(spaced, StringComparison.Ordinal);
        if (atStart >= 0 && (inside < 0 || PartOf(atStart) == PartOf(inside)))
        {
            var after = atStart + spaced.Length;
            return (PartOf(atStart), after >= text.Length || text[after] == ' ' ? 1.0 : 0.85);
        }
        return inside < 0 ? (-1, 0) : (PartOf(inside), 0.7);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> services of the scope passing the filters and matching every one of
    /// <paramref name="words"/> (each through any of its alternatives); all of the scope's services when words is null.
    /// </summary>
    /// <param name="common">
    /// The vocabulary says the words match so many services that reading the table in order finds the limit sooner than
    /// collecting every match from the index first (<see cref="Common"/>). PostgreSQL's planner cannot know it for a
    /// query's words with their dictionary terms, so it is told.
    /// </param>
    private Task<List<Candidate>> FetchAsync(ServiceQuery query, Scope scope, IReadOnlyList<PlanWord>? words, int limit, bool common, CancellationToken ct) =>
        db.Database.IsSqlite() ? SqliteFetchAsync(query, scope, words, limit, ct) : PostgresFetchAsync(query, scope, words, limit, common, ct);

    /// <summary>
    /// Whether scanning for the first <paramref name="limit"/> of <paramref name="matches"/> services among all of them
    /// (about limit × total / matches rows read) costs less than fetching all matches from the index (matches rows): when
    /// matches exceed √(limit × total) — about 16,000 of 500,000 services for a limit of 501 (ADR 0028).
    /// </summary>
    private static bool Common(int matches, int limit, SearchVocabulary.Snapshot words) => matches > Math.Sqrt((double)limit * Math.Max(words.Total, 1));

    /// <summary>
    /// SQLite: an FTS5 MATCH on the trigram table. Each word is a phrase (a two-letter word with a space before it, so
    /// it matches a word's start); the filters are tags in the indexed text (ADR 0010).
    /// </summary>
    private Task<List<Candidate>> SqliteFetchAsync(ServiceQuery query, Scope scope, IReadOnlyList<PlanWord>? words, int limit, CancellationToken ct)
    {
        static string Phrase(string token) => token.Length < SearchText.SubstringLength ? $"\" {token}\"" : $"\"{token}\""; // tokens hold only letters, marks and digits
        static string Group(IEnumerable<string> parts, string op) => parts.ToList() is var list && list.Count == 1 ? list[0] : "(" + string.Join($" {op} ", list) + ")";
        var clauses = (words ?? []).Select(w => Group(w.Needed.Select(a => Group(a.Tokens.Select(Phrase), "AND")), "OR")).ToList();
        if (query.Kind is { } k) clauses.Add($"\"QK{(int)k}Q\"");
        if (query.Category is { } c) clauses.Add($"\"QC{(int)c}Q\"");
        if (scope == Scope.District) clauses.Add($"\"QD{query.District}Q\"");
        if (scope == Scope.NoDistrict) clauses.Add("\"QDQ\"");
        return db.Database.SqlQueryRaw<Candidate>(
                """
                SELECT e."Id", e."Terms", e."DistrictCode" FROM "ServiceSearchEntries" AS e
                WHERE e."Id" IN (SELECT rowid FROM "ServiceSearchFts" WHERE "ServiceSearchFts" MATCH {0} ORDER BY rowid LIMIT {1})
                """,
                string.Join(" AND ", clauses), limit)
            .ToListAsync(ct);
    }

    /// <summary>
    /// PostgreSQL: LIKE '%word%' (or '% wo%' for a two-letter word), answered by the pg_trgm GIN index. No ORDER BY: with
    /// one the planner walks the primary key, which reads the whole table for a rare word (ADR 0010).
    /// </summary>
    private async Task<List<Candidate>> PostgresFetchAsync(ServiceQuery query, Scope scope, IReadOnlyList<PlanWord>? words, int limit, bool common, CancellationToken ct)
    {
        var parameters = new List<object>();
        string Parameter(object value)
        {
            parameters.Add(value);
            return $"{{{parameters.Count - 1}}}";
        }
        string Like(string token) => "\"Terms\" LIKE " + Parameter(token.Length < SearchText.SubstringLength ? $"% {token}%" : $"%{token}%");
        static string Group(IEnumerable<string> parts, string op) => parts.ToList() is var list && list.Count == 1 ? list[0] : "(" + string.Join($" {op} ", list) + ")";
        var clauses = (words ?? []).Select(w => Group(w.Needed.Select(a => Group(a.Tokens.Select(Like), "AND")), "OR")).ToList();
        if (query.Kind is { } k) clauses.Add("\"OfficeKind\" = " + Parameter((int)k));
        if (query.Category is { } c) clauses.Add("\"Category\" = " + Parameter((int)c));
        if (scope == Scope.District) clauses.Add("\"DistrictCode\" = " + Parameter(query.District!));
        if (scope == Scope.NoDistrict) clauses.Add("\"DistrictCode\" IS NULL");
        var sql = $"""SELECT "Id", "Terms", "DistrictCode" FROM "ServiceSearchEntries" WHERE {string.Join(" AND ", clauses)} LIMIT {Parameter(limit)}""";
        if (!common || db.Database.CurrentTransaction is not null)
            return await db.Database.SqlQueryRaw<Candidate>(sql, [.. parameters]).ToListAsync(ct);
        // Words in many services: read the table until the limit is reached, instead of a bitmap of every match of
        // every alternative (which the planner prefers when a romanised or English alternative looks rare).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_bitmapscan = off", ct);
        var rows = await db.Database.SqlQueryRaw<Candidate>(sql, [.. parameters]).ToListAsync(ct);
        await tx.CommitAsync(ct);
        return rows;
    }
}
