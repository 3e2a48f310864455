using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;

namespace Protishruti.Web.Demo;

/// <summary>The demo's API key: with <c>--demo</c> (and in the tests), <see cref="Key"/> records applications for uno-singra.</summary>
public static class DemoApplications
{
    public const string Key = "Protishruti-demo-api-uno-singra";
    public const string KeyOffice = "uno-singra";

    public static async Task KeysAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == KeyOffice, ct);
        db.ApiKeys.Add(ApiKey.FromSecret(office.Id, "ডেমো ই-সেবা সিস্টেম (demo e-service system)", Key, time.GetUtcNow(), "demo"));
        await db.SaveChangesAsync(ct);
    }
}
