using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protishruti.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite under DataDirectory unless Database:Provider is Postgres; then ConnectionStrings:Postgres is required.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration config)
    {
        var provider = ProviderFrom(config);
        if (provider == DatabaseProvider.Postgres)
        {
            var cs = config.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(cs))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            // The search's id query has a LIMIT without ORDER BY on purpose (ADR 0010); EF would log a warning for every search.
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => WithInterceptors(sp, o.UseNpgsql(cs)
                .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning))));
        }
        else
        {
            var cs = config.GetConnectionString("Sqlite");
            if (string.IsNullOrWhiteSpace(cs))
            {
                var dir = DataDirectory(config);
                Directory.CreateDirectory(dir);
                cs = $"Data Source={Path.Combine(dir, "protishruti.db")}";
            }
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => WithInterceptors(sp, o.UseSqlite(cs)));
        }
        return services;
    }

    /// <summary>
    /// Everything a save does besides writing, in the order it runs: the published-charter guard first (it refuses
    /// before anything starts), then the interceptors the app registers as <see cref="ISaveChangesInterceptor"/>
    /// (auditing, then public page eviction; see AppSetup).
    /// </summary>
    private static DbContextOptionsBuilder WithInterceptors(IServiceProvider services, DbContextOptionsBuilder options) =>
        options.AddInterceptors([new PublishedChartersGuard(), new Features.Delivery.Performance.WorkingDaysTakenStamp(), .. services.GetServices<ISaveChangesInterceptor>()]);

    public static DatabaseProvider ProviderFrom(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static string DataDirectory(IConfiguration config) =>
        Path.GetFullPath(config["DataDirectory"] is { Length: > 0 } d ? d : "data");
}

/// <summary>Lets `dotnet ef` build each provider's model without a running database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
