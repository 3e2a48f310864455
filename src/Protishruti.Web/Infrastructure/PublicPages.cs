using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Web.Infrastructure;

/// <summary>
/// Anonymous public pages (home, directory, office pages) are kept in an output cache: a page costs several
/// database queries, a cached copy none. Any audited change evicts them all on this instance at once; other
/// instances behind the load balancer see the change when their copy expires (PublicCache:Seconds, default 60; 0 turns the cache off).
/// Logged-in requests and responses that set a cookie are never cached; copies differ by query and language.
/// </summary>
public static class PublicPages
{
    public const string Policy = "Public";
    private const string Tag = "public";

    public static void AddPublicPageCache(this IServiceCollection services, IConfiguration config)
    {
        var seconds = config.GetValue("PublicCache:Seconds", 60);
        services.AddOutputCache(o => o.AddPolicy(Policy, b =>
        {
            if (seconds <= 0)
            {
                b.NoCache(); // PublicCache:Seconds=0 turns the cache off (to measure, or to debug)
                return;
            }
            b.Expire(TimeSpan.FromSeconds(seconds))
                .Tag(Tag)
                .SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name));
        }));
        services.AddSingleton<PublicReadCache>();
    }

    /// <summary>Drops every cached public page on this instance.</summary>
    public static Task EvictAsync(IOutputCacheStore store, CancellationToken ct) => store.EvictByTagAsync(Tag, ct).AsTask();
}

/// <summary>
/// A change to any audited record may show on a public page (an office's name, a post's holder, a published charter),
/// so a save that makes one evicts the cached public pages once it has succeeded (ADR 0026).
/// </summary>
public sealed class PublicPageEviction(IOutputCacheStore store, PublicReadCache reads) : SaveChangesInterceptor
{
    // The value says whether an audited record is among the changes (then the output cache goes too).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Changing = [];
    private static readonly object AuditedChange = new(), OtherChange = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Changed(eventData.Context) is { } what)
        {
            reads.Evict();
            if (what == AuditedChange) await PublicPages.EvictAsync(store, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Changed(eventData.Context) is { } what)
        {
            reads.Evict();
            if (what == AuditedChange) PublicPages.EvictAsync(store, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db && !AuditInterceptor.WritingEntries(db)) Changing.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && !AuditInterceptor.WritingEntries(db)) Changing.Remove(db);
        return Task.CompletedTask;
    }

    private static object? Changed(DbContext? db) =>
        db is not null && !AuditInterceptor.WritingEntries(db) && Changing.TryGetValue(db, out var what) && Changing.Remove(db) ? what : null;

    // Runs after the audit interceptor has detected the changes. The in-memory reads also serve logged-in users, who
    // never saw a cached page before, so any change at all drops them, audited or not.
    private static void Note(DbContext? db)
    {
        if (db is null || AuditInterceptor.WritingEntries(db)) return;
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0) return;
        Changing.AddOrUpdate(db, changed.Any(e => AuditInterceptor.Audited.Contains(e.Metadata.ClrType)) ? AuditedChange : OtherChange);
    }
}


/// <summary>
/// Reads that are the same for everyone (an office page's data, a published charter with its contacts), kept in memory
/// so that a page the output cache does not serve (every logged-in request, every miss) costs no query. Same contract as
/// the output cache: a change saved on this instance drops everything at once (the save interceptor and
/// CharterPublishing call <see cref="Evict"/>); another instance's copy lives at most PublicCache:Seconds; 0 turns it off.
/// </summary>
public sealed class PublicReadCache(IConfiguration config) : IDisposable
{
    // Its own store, bounded by count: an entry may carry a charter's HTML (~100 KB a language), and a crawler reading
    // every office within a minute must not hold them all. Past the limit, new reads are not kept until it compacts.
    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = config.GetValue("PublicCache:DataEntries", 1000) });

    // PublicCache:DataSeconds exists to measure what a logged-in reader gets (the output cache off, this on); it follows
    // PublicCache:Seconds unless set.
    private readonly TimeSpan _life = TimeSpan.FromSeconds(Math.Max(0,
        config.GetValue("PublicCache:DataSeconds", config.GetValue("PublicCache:Seconds", 60))));
    // Part of every key: bumping it makes every earlier entry unreachable (they expire on their own). A read that began
    // before a change stores its result under the old stamp, so it can never be served after the change.
    private long _stamp;

    public void Evict()
    {
        Interlocked.Increment(ref _stamp);
        _memory.Compact(1.0); // unreachable now; free their room at once rather than at expiry
    }

    public void Dispose() => _memory.Dispose();

    /// <summary>The cached value for <paramref name="key"/>, else what <paramref name="load"/> returns (cached unless null).</summary>
    public async Task<T?> GetAsync<T>(string kind, object key, Func<CancellationToken, Task<T?>> load, CancellationToken ct) where T : class
    {
        if (_life <= TimeSpan.Zero) return await load(ct);
        var entry = (kind, key, Volatile.Read(ref _stamp));
        if (_memory.TryGetValue(entry, out T? hit)) return hit;
        var value = await load(ct);
        if (value is not null) _memory.Set(entry, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _life, Size = 1 });
        return value;
    }
}

/// <summary>
/// A partial's HTML, made once and kept beside the cached data it was made from (so it lives and dies with that data):
/// a charter is a hundred table cells, each a partial, and rendering them again for every reader costs more than
/// everything else on the page. The key must hold everything besides the model that the partial prints (the language,
/// and the host when it prints its own address).
/// </summary>
public sealed class RenderedHtml
{
    private const int MaxCopies = 16; // keys may hold the Host header: never grow without bound
    private readonly ConcurrentDictionary<string, IHtmlContent> _copies = new();

    public async Task<IHtmlContent> PartialAsync(IHtmlHelper html, HtmlEncoder encoder, string partial, object model, string key)
    {
        if (_copies.TryGetValue(key, out var hit)) return hit;
        var content = await html.PartialAsync(partial, model);
        if (_copies.Count >= MaxCopies) return content;
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        return _copies.GetOrAdd(key, new HtmlString(writer.ToString()));
    }
}