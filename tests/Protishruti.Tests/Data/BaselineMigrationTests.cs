using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;

namespace Protishruti.Tests.Data;

/// <summary>
/// The baseline migrations carry the compliance change triggers as literal SQL (ADR 0001). A migrated database must
/// have exactly the triggers <see cref="ComplianceChangeTriggers"/> lists — the same names, tables and statements — so a
/// change to the list without a migration, or a migration edited by hand, fails here. And every table is named in the plural.
/// </summary>
public abstract partial class BaselineMigrationTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public Task The_migrated_database_has_exactly_the_compliance_triggers_the_list_defines() => HasExactlyAsync(ComplianceChangeTriggers.List, 30);

    [Fact]
    public Task The_migrated_database_has_exactly_the_grievance_triggers_the_list_defines() => HasExactlyAsync(GrievanceChangeTriggers.List, 4);

    private async Task HasExactlyAsync(ChangeTriggers list, int atLeast)
    {
        var like = list.NamePrefix + "%";
        var expected = (App.Provider == DatabaseProvider.Sqlite ? list.Sqlite() : list.Postgres())
            .Where(s => s.StartsWith("CREATE TRIGGER", StringComparison.Ordinal))
            .Select(Normalize).Order(StringComparer.Ordinal).ToList();
        expected.Count.ShouldBeGreaterThan(atLeast);

        var actual = await App.WithDbAsync(async db =>
        {
            var sql = App.Provider == DatabaseProvider.Sqlite
                ? """SELECT sql AS "Value" FROM sqlite_master WHERE type = 'trigger' AND name LIKE {0}"""
                : """SELECT pg_get_triggerdef(t.oid) AS "Value" FROM pg_trigger t WHERE NOT t.tgisinternal AND t.tgname LIKE {0}""";
            return await db.Database.SqlQueryRaw<string>(sql, like).ToListAsync();
        });
        var normalized = actual.Select(Normalize).Order(StringComparer.Ordinal).ToList();
        if (App.Provider == DatabaseProvider.Postgres)
        {
            // PostgreSQL prints its own form of a trigger: compare names and tables, and the functions' bodies below.
            Names(normalized).ShouldBe(Names(expected));
            var bodies = await App.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
                """SELECT p.proname || ':' || p.prosrc AS "Value" FROM pg_proc p WHERE p.proname LIKE {0}""", like).ToListAsync());
            var expectedBodies = list.Postgres().Where(s => s.StartsWith("CREATE FUNCTION", StringComparison.Ordinal))
                .Select(s => FunctionPattern().Match(s)).Select(m => m.Groups[1].Value + ":" + m.Groups[2].Value);
            bodies.Select(Normalize).Order(StringComparer.Ordinal).ShouldBe(expectedBodies.Select(Normalize).Order(StringComparer.Ordinal));
        }
        else
        {
            normalized.ShouldBe(expected);
        }
    }

    [Fact]
    public void Every_table_is_named_in_the_plural() =>
        App.WithDb(db => db.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => e.GetTableName()!)
                .Where(t => !t.EndsWith('s') && t != "People" && !t.EndsWith("Progress", StringComparison.Ordinal)).ToList())
            .ShouldBeEmpty();

    private static List<string> Names(IEnumerable<string> triggers) =>
        triggers.Select(t => NamePattern().Match(t)).Select(m => m.Groups[1].Value + " on " + m.Groups[2].Value).Order(StringComparer.Ordinal).ToList();

    private static string Normalize(string sql) => Whitespace().Replace(sql, " ").Trim().TrimEnd(';').Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""TRIGGER "?(\w+)"? AFTER .*? ON (?:public\.)?"?(\w+)"?""")]
    private static partial Regex NamePattern();

    [GeneratedRegex("""CREATE FUNCTION "(\w+)"\(\) RETURNS trigger LANGUAGE plpgsql AS \$\$(.*)\$\$;""", RegexOptions.Singleline)]
    private static partial Regex FunctionPattern();
}

public sealed class BaselineMigrationTests_Sqlite(SqliteApp app) : BaselineMigrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class BaselineMigrationTests_Postgres(PostgresApp app) : BaselineMigrationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
