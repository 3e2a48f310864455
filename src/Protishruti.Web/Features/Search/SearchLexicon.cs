using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Search;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>One line of the search dictionary: the terms charters use and the variants citizens type (ADR 0010).</summary>
/// <param name="Source">"file" for synonyms.tsv (with its line number), else the office that added it on the admin page.</param>
public sealed record DictionaryLine(IReadOnlyList<string> Terms, IReadOnlyList<string> Variants, string? Note, string Source, int? Id = null);

/// <summary>
/// The search dictionary as the search uses it: the repository's data files (Dictionary/synonyms.tsv and
/// stopwords.txt, embedded in the assembly) merged with the lines offices added (<see cref="SearchSynonym"/>). A query's
/// words and phrases are looked up by <see cref="BengaliNormalizer.LookupKey"/>, so spelling and romanisation need not
/// be exact. Immutable; <see cref="SearchLexiconStore"/> keeps the current one.
/// </summary>
public sealed class SearchLexicon
{
    public const int MaxPhraseWords = SearchSynonym.MaxPhraseWords;

    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly List<string[][]> _expansions = [];
    private readonly HashSet<string> _stopwords;
    private readonly Dictionary<string, string> _wordSurfaces = new(StringComparer.Ordinal);

    public IReadOnlyList<DictionaryLine> Lines { get; }

    private SearchLexicon(IReadOnlyList<DictionaryLine> lines, IEnumerable<string> stopwords)
    {
        Lines = lines;
        _stopwords = stopwords.Select(w => BengaliNormalizer.FoldedWords(w) is [var f] ? BengaliNormalizer.LookupKey(f) : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            _expansions.Add(line.Terms.Select(IndexTokens).Where(t => t.Length > 0).Distinct(TokensComparer.Instance).ToArray());
            foreach (var phrase in line.Terms.Concat(line.Variants))
            {
                var words = SearchText.RawWords(phrase);
                var folded = words.Select(w => BengaliNormalizer.FoldedWords(w)).Where(f => f.Count == 1).Select(f => f[0]).ToList();
                if (folded.Count == 0 || folded.Count > MaxPhraseWords) continue;
                Register(string.Join(' ', folded.Select(BengaliNormalizer.LookupKey)), i);
                if (folded.Count > 1) Register(BengaliNormalizer.LookupKey(string.Concat(folded)), i); // জন্মসনদ, jonmonibondhon
                for (var w = 0; w < folded.Count && w < words.Count; w++)
                    _wordSurfaces.TryAdd(BengaliNormalizer.LookupKey(folded[w]), words[w]);
            }
        }
    }

    private void Register(string key, int line)
    {
        if (key.Length == 0) return;
        if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
        if (!list.Contains(line)) list.Add(line);
    }

    /// <summary>The lines a phrase (its words' lookup keys, joined by a space) names.</summary>
    public IReadOnlyList<int> Find(string key) => _byKey.TryGetValue(key, out var lines) ? lines : [];

    /// <summary>What a line searches for: each of its terms as the words of the index (folded and stemmed).</summary>
    public IReadOnlyList<string[]> Expansions(int line) => _expansions[line];

    public bool IsStopword(string lookupKey) => _stopwords.Contains(lookupKey);

    /// <summary>Every single word of the dictionary by its lookup key, with a way it is written: what "did you mean" may offer.</summary>
    public IReadOnlyDictionary<string, string> Words => _wordSurfaces;

    /// <summary>A term as the index holds it: its words folded and stemmed, without those too short to search for.</summary>
    public static string[] IndexTokens(string phrase) =>
        BengaliNormalizer.FoldedWords(phrase).Select(BengaliNormalizer.Stem).Where(t => t.Length >= SearchText.MinTermLength).Distinct().ToArray();

    public static SearchLexicon Create(IEnumerable<DictionaryLine> lines, IEnumerable<string>? stopwords = null) =>
        new([.. lines], stopwords ?? BundledStopwords.Value);

    /// <summary>The lines of synonyms.tsv; a malformed line is an error (a test reads the file through this).</summary>
    public static List<DictionaryLine> ParseTsv(string text, List<string>? errors = null)
    {
        var lines = new List<DictionaryLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var columns = line.Split('\t');
            try
            {
                if (columns.Length > 3) throw new Domain.DomainException("more than three columns", "তিনটির বেশি কলাম");
                var terms = SearchSynonym.Phrases(columns[0], "terms", "শব্দ");
                if (terms.Count == 0) throw new Domain.DomainException("no term in the first column", "প্রথম কলামে কোনো শব্দ নেই");
                lines.Add(new DictionaryLine(terms, columns.Length > 1 ? SearchSynonym.Phrases(columns[1], "variants", "বিকল্প") : [],
                    columns.Length > 2 && columns[2].Trim().Length > 0 ? columns[2].Trim() : null, $"synonyms.tsv:{number}"));
            }
            catch (Domain.DomainException e)
            {
                errors?.Add($"synonyms.tsv line {number}: {e.Message}");
            }
        }
        return lines;
    }

    public static List<string> ParseStopwords(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>The repository's file, as embedded in the assembly.</summary>
    public static string BundledText(string file)
    {
        using var stream = typeof(SearchLexicon).Assembly.GetManifestResourceStream($"Protishruti.Web.Features.Search.Dictionary.{file}")
            ?? throw new InvalidOperationException($"The search dictionary's {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static readonly Lazy<List<DictionaryLine>> BundledLines = new(() => ParseTsv(BundledText("synonyms.tsv")));
    public static readonly Lazy<List<string>> BundledStopwords = new(() => ParseStopwords(BundledText("stopwords.txt")));

    private sealed class TokensComparer : IEqualityComparer<string[]>
    {
        public static readonly TokensComparer Instance = new();
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);
        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}

/// <summary>
/// Keeps the current <see cref="SearchLexicon"/>: the file's lines (parsed once) and the database's, re-read when
/// this instance changed them or after <see cref="MaxAge"/> (another instance may have).
/// </summary>
public sealed class SearchLexiconStore(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SearchLexicon? _current;
    private DateTimeOffset _loadedAt;

    public void Invalidate() => _current = null;

    public void Dispose() => _gate.Dispose();

    public async Task<SearchLexicon> GetAsync(AppDbContext db, CancellationToken ct)
    {
        if (_current is { } fresh && time.GetUtcNow() - _loadedAt < MaxAge) return fresh;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && time.GetUtcNow() - _loadedAt < MaxAge) return again;
            var added = await LinesFromDatabaseAsync(db, ct);
            _current = SearchLexicon.Create(SearchLexicon.BundledLines.Value.Concat(added));
            _loadedAt = time.GetUtcNow();
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static async Task<List<DictionaryLine>> LinesFromDatabaseAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<SearchSynonym>().AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Terms, s.Variants, s.Note, Office = db.Offices.Where(o => o.Id == s.OfficeId).Select(o => o.Code).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new DictionaryLine(SearchSynonym.Phrases(r.Terms), SearchSynonym.Phrases(r.Variants), r.Note, r.Office ?? "national", r.Id))];
    }
}
