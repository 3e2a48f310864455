using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
    }

    public static async Task EvictAsync(DbContext db, CancellationToken ct)
    {
        // Contexts made outside the app (design time, tools) have no cache to evict.
        var services = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (services?.GetService<IOutputCacheStore>() is { } store)
            await store.EvictByTagAsync(Tag, ct);
    }
}
