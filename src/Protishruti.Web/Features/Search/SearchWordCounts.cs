using System.Text;
using Microsoft.EntityFrameworkCore;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>
/// The changes one index rebuild makes to <see cref="SearchWord"/> counts: a word of each removed entry counts one less,
/// a word of each new entry one more. Saved as one upsert per 500 words, in key order (two publishing offices lock
/// the rows they share in the same order), in the caller's transaction.
/// </summary>
public sealed class SearchWordCounts
{
    private readonly Dictionary<string, (string Word, int Delta)> _words = new(StringComparer.Ordinal);
    private int _entries;

    public void Add(string terms, IReadOnlyDictionary<string, string> surfaces)
    {
        _entries++;
        foreach (var token in SearchText.Tokens(terms))
            Change(token, surfaces.TryGetValue(token, out var s) ? s : token, +1);
    }

    public void Remove(string terms)
    {
        _entries--;
        foreach (var token in SearchText.Tokens(terms)) Change(token, token, -1);
    }

    private void Change(string token, string surface, int delta)
    {
        if (token.Length > SearchWord.MaxKeyLength) return;
        _words[token] = _words.TryGetValue(token, out var w) ? (w.Word, w.Delta + delta) : (Truncate(surface), delta);
    }

    private static string Truncate(string s) => s.Length > SearchWord.MaxKeyLength ? s[..SearchWord.MaxKeyLength] : s;

    public async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = _words.Where(w => w.Value.Delta != 0).Select(w => (w.Key, w.Value.Word, w.Value.Delta))
            .Append((SearchWord.TotalKey, "", _entries)).OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
        foreach (var chunk in rows.Chunk(500))
        {
            var sql = new StringBuilder("""INSERT INTO "SearchWords" ("Key", "Word", "Count") VALUES """);
            var parameters = new List<object>(chunk.Length * 3);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0) sql.Append(", ");
                var n = parameters.Count;
                sql.Append('(').Append('{').Append(n).Append("}, {").Append(n + 1).Append("}, {").Append(n + 2).Append("})");
                parameters.Add(chunk[i].Item1);
                parameters.Add(chunk[i].Item2);
                parameters.Add(chunk[i].Item3);
            }
            sql.Append(""" ON CONFLICT ("Key") DO UPDATE SET "Count" = "SearchWords"."Count" + excluded."Count" """);
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
        SearchVocabulary.Changed();
    }
}
