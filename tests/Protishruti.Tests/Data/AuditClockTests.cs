using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Features.Monitoring.Reminders;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Tests.Data;

/// <summary>
/// The audit log is written by the save interceptor (ADR 0026) on the app's clock, in the transaction of the change:
/// what the office's audit page shows as "when" is the app's time, and a change that fails leaves no entry.
/// </summary>
public abstract class AuditClockTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task An_audited_change_is_stamped_with_the_apps_clock()
    {
        var at = new DateTimeOffset(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);
        await using var clocked = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ManualClock(at))));
        await using var scope = clocked.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == "uno-tala");
        office.SetContacts(office.AddressBn, office.AddressEn, "+880-2-5559999", office.Email, office.Website);
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Office" && a.EntityId == office.Id.ToString())
            .OrderByDescending(a => a.Id).FirstAsync();
        entry.At.ShouldBe(at.UtcDateTime);
        entry.Action.ShouldBe(AuditAction.Updated);
        entry.After!.ShouldContain("+880-2-5559999");
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_audit_entry()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.AuditEntries.CountAsync();
        var office = await db.Offices.SingleAsync(o => o.Code == "uno-tala");
        office.SetContacts(office.AddressBn, office.AddressEn, "+880-2-5558888", office.Email, office.Website);
        // A second office with a code that is already taken: the unique index refuses the whole save.
        db.Offices.Add(new Protishruti.Domain.Offices.Office(office.Code, "নকল", "Duplicate", Protishruti.Domain.Offices.OfficeKind.UpazilaOffice));
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        (await App.WithDbAsync(d => d.AuditEntries.CountAsync())).ShouldBe(before);
        (await App.WithDbAsync(d => d.Offices.SingleAsync(o => o.Code == "uno-tala"))).Phone.ShouldNotBe("+880-2-5558888");
    }
}

public sealed class AuditClockTests_Sqlite(SqliteApp app) : AuditClockTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class AuditClockTests_Postgres(PostgresApp app) : AuditClockTests<PostgresApp>(app), IClassFixture<PostgresApp>;
