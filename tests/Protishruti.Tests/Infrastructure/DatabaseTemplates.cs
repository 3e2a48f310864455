using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;

[assembly: AssemblyFixture(typeof(Protishruti.Tests.Infrastructure.DatabaseTemplates))]

namespace Protishruti.Tests.Infrastructure;

/// <summary>
/// Each provider's database, migrated and demo-loaded once per test process and copied into every <see cref="TestApp"/>
/// before its app starts: migrating and loading the demo took most of a fixture's start, and there are dozens of fixtures.
/// A copy is what the fixture would have built itself (the app's start-up then finds no migration to apply, its seeding
/// and the demo load find their data present). The files the demo writes under DataDirectory are copied with it.
/// Templates are kept per Bangladesh day, so a run that crosses midnight does not hand out a demo dated yesterday.
/// As an assembly fixture it exists for the whole run and removes the templates at its end.
/// </summary>
public sealed class DatabaseTemplates : IAsyncDisposable
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "protishruti-tests", $"templates-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private static readonly ConcurrentDictionary<(DatabaseProvider, DateOnly), Lazy<Task<Template>>> Built = new();
    // CREATE DATABASE ... TEMPLATE refuses while another session is on the template; one copy at a time keeps that simple.
    private static readonly SemaphoreSlim PostgresCopies = new(1, 1);

    private sealed record Template(string Files, string? SqliteFile, string? PostgresDatabase);

    /// <summary>Puts a copy of the template database where <paramref name="settings"/> point, and its files into <paramref name="dataDirectory"/>.</summary>
    internal static async Task CopyIntoAsync(DatabaseProvider provider, string dataDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        var key = (provider, TimeProvider.System.TodayInBangladesh());
        var template = await Built.GetOrAdd(key, k => new Lazy<Task<Template>>(() => BuildAsync(k.Item1))).Value;

        CopyFiles(template.Files, dataDirectory, skip: template.SqliteFile);
        if (template.SqliteFile is not null)
            File.Copy(template.SqliteFile, new SqliteConnectionStringBuilder(settings["ConnectionStrings:Sqlite"]).DataSource, overwrite: true);
        if (template.PostgresDatabase is not null)
        {
            var target = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Postgres"]);
            await PostgresCopies.WaitAsync();
            try
            {
                await ExecuteAsync(target, $"CREATE DATABASE \"{target.Database}\" TEMPLATE \"{template.PostgresDatabase}\"");
            }
            finally
            {
                PostgresCopies.Release();
            }
        }
    }

    private static async Task<Template> BuildAsync(DatabaseProvider provider)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Root, $"{provider}-{Guid.NewGuid():N}")).FullName;
        var database = provider == DatabaseProvider.Postgres ? $"protishruti_template_{Environment.ProcessId}_{Guid.NewGuid():N}" : null;
        var settings = provider switch
        {
            DatabaseProvider.Sqlite => new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(directory, "template.db")};Pooling=False",
            },
            _ => new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestApp.PostgresVariable)) { Database = database }.ConnectionString,
            },
        };
        await using (var builder = new TemplateApp(provider, directory, settings))
            await builder.InitializeAsync(); // starts the app (migrations, seeding) and loads the demo, as every fixture used to

        if (database is null)
        {
            SqliteConnection.ClearAllPools();
            return new Template(directory, Path.Combine(directory, "template.db"), null);
        }
        // No session may stay on a template while it is copied: close the pooled ones, and let no new one in.
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Postgres"]);
        await ExecuteAsync(server, $"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS false");
        await ExecuteAsync(server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
        return new Template(directory, null, database);
    }

    private static void CopyFiles(string from, string to, string? skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (skip is not null && file.StartsWith(skip, StringComparison.Ordinal)) continue; // the database and its -wal/-shm
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the target).</summary>
    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder server, string sql)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(maintenance.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in Built.Values)
        {
            if (!lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully) continue;
            var template = lazy.Value.Result;
            if (template.PostgresDatabase is null) continue;
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestApp.PostgresVariable));
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{template.PostgresDatabase}\" WITH (FORCE)");
        }
        Built.Clear();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>The app that builds a template: a fixture's start-up and demo load, into a directory that outlives it.</summary>
    private sealed class TemplateApp(DatabaseProvider provider, string directory, Dictionary<string, string?> settings)
        : TestApp(directory, isTemplate: true)
    {
        public override DatabaseProvider Provider => provider;
        protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() => settings;
    }
}
