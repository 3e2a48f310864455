namespace Protishruti.Tests.Infrastructure;

/// <summary>`./test.sh --fast` leaves PostgreSQL out by the trait; a PostgreSQL class without it would fail there for want of a server.</summary>
public sealed class TraitTests
{
    [Fact]
    public void Every_test_class_on_PostgreSQL_carries_the_Postgres_trait_and_no_other_does()
    {
        var classes = typeof(TraitTests).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        bool OnPostgres(Type t) => t.GetInterfaces().Contains(typeof(IClassFixture<PostgresApp>));
        bool Marked(Type t) => t.GetCustomAttributes(typeof(TraitAttribute), inherit: true).Cast<TraitAttribute>()
            .Any(a => a.Name == "Database" && a.Value == "Postgres");

        classes.Count(OnPostgres).ShouldBeGreaterThan(0);
        classes.Where(t => OnPostgres(t) && !Marked(t)).Select(t => t.Name).ShouldBeEmpty("PostgreSQL test classes without [Trait(\"Database\", \"Postgres\")]");
        classes.Where(t => !OnPostgres(t) && Marked(t)).Select(t => t.Name).ShouldBeEmpty("classes marked Postgres that do not run on PostgreSQL");
    }
}
