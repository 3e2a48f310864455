using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// The index's words with their document frequencies (<see cref="SearchWord"/>), in memory: how rare a query word is
/// (rare words weigh more, and decide which words the search fetches first) and the words "did you mean" may offer.
/// Re-read when this process rebuilt the index, and in the background once older than <see cref="MaxAge"/> (another
/// instance may have published): a slightly old count only nudges a weight.
/// </summary>
public sealed class SearchVocabulary(IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchVocabulary> log) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static int _generation;

    /// <summary>The index changed in this process: the next search reads the vocabulary again.</summary>
    public static void Changed() => Interlocked.Increment(ref _generation);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;
    private int _refreshing;

    public void Dispose() => _gate.Dispose();

    public async Task<Snapshot> GetAsync(AppDbContext db, CancellationToken ct)
    {
        var current = _current;
        var generation = Volatile.Read(ref _generation);
        if (current is not null && current.Generation == generation)
        {
            if (time.GetUtcNow() - current.LoadedAt > MaxAge && Interlocked.Exchange(ref _refreshing, 1) == 0)
                _ = Task.Run(RefreshInBackgroundAsync, CancellationToken.None);
            return current;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Generation == Volatile.Read(ref _generation)) return again;
            return _current = await LoadAsync(db, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var loaded = await LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
            if (_current is null || loaded.Generation >= _current.Generation) _current = loaded;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogWarning(e, "Could not refresh the search vocabulary; the one loaded before stays in use");
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task<Snapshot> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var generation = Volatile.Read(ref _generation);
        var words = await db.Set<SearchWord>().AsNoTracking().Where(w => w.Count > 0 || w.Key == SearchWord.TotalKey)
            .Select(w => new { w.Key, w.Word, w.Count }).ToListAsync(ct);
        var total = words.FirstOrDefault(w => w.Key == SearchWord.TotalKey)?.Count ?? 0;
        return new Snapshot(words.Where(w => w.Key != SearchWord.TotalKey).Select(w => (w.Key, w.Word, w.Count)).ToList(), total, generation, time.GetUtcNow());
    }

    /// <summary>The vocabulary at one moment. Thread-safe.</summary>
    public sealed class Snapshot
    {
        private const int MaxCached = 20_000;
        private readonly List<(string Key, string Word, int Count)> _words;
        private readonly ConcurrentDictionary<string, int> _frequencies = new(StringComparer.Ordinal);

        public Snapshot(List<(string Key, string Word, int Count)> words, int total, int generation, DateTimeOffset loadedAt)
        {
            _words = words;
            Total = total;
            Generation = generation;
            LoadedAt = loadedAt;
        }

        /// <summary>How many entries the index holds.</summary>
        public int Total { get; }
        public int Generation { get; }
        public DateTimeOffset LoadedAt { get; }
        public IReadOnlyList<(string Key, string Word, int Count)> Words => _words;

        /// <summary>
        /// About how many entries a query word matches, as the search matches it (inside a word, or at a word's start
        /// for a two-letter word): the sum over the indexed words that contain it — an upper bound, as an entry holding
        /// two such words is counted twice.
        /// </summary>
        public int DocumentFrequency(string token)
        {
            if (_frequencies.TryGetValue(token, out var known)) return known;
            long sum = 0;
            var prefixOnly = token.Length < SearchText.SubstringLength;
            foreach (var (key, _, count) in _words)
                if (prefixOnly ? key.StartsWith(token, StringComparison.Ordinal) : key.Contains(token, StringComparison.Ordinal))
                    sum += count;
            var frequency = (int)Math.Min(sum, int.MaxValue);
            if (_frequencies.Count > MaxCached) _frequencies.Clear();
            _frequencies[token] = frequency;
            return frequency;
        }

        /// <summary>The weight of a word matching this many entries: rare words count more (inverse document frequency).</summary>
        public double Weight(int documentFrequency) => Math.Log(1 + (Total + 1.0) / (documentFrequency + 1.0));
    }
}
