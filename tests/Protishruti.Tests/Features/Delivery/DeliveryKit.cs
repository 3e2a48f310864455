using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Demo;

namespace Protishruti.Tests.Features.Delivery;

public static class DeliveryKit
{
    public const string Office = DemoApplications.KeyOffice;

    public sealed record Svc(Guid Key, string NameBn, TimeLimit? Limit);

    /// <summary>uno-singra's published services: one measured in working days, one more.</summary>
    public static Task<List<Svc>> ServicesAsync(this TestApp app) => app.WithDbAsync(async db =>
    {
        var officeId = await db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync();
        var version = await db.Charters.Where(c => c.OfficeId == officeId).SelectMany(c => c.Versions)
            .Where(v => v.State == CharterVersionState.Published).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        return (await db.Set<CharterService>().AsNoTracking().Where(s => s.CharterVersionId == version).ToListAsync())
            .Select(s => new Svc(s.Key, s.NameBn, s.TimeLimit)).ToList();
    });

    public static async Task<Svc> WorkingDayServiceAsync(this TestApp app) =>
        (await app.ServicesAsync()).First(s => s.Limit?.Unit == TimeLimitUnit.WorkingDays && s.Limit.Value >= 10);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static HttpClient ApiClient(this TestApp app, string? key = DemoApplications.Key)
    {
        var client = app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsync(url, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (response, response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    public static object Item(Guid service, string reference, DateOnly received, string channel = "counter", DateOnly? delivered = null, string? outcome = null) =>
        new { service = service.ToString(), reference, receivedOn = Iso(received), channel, deliveredOn = delivered is { } d ? Iso(d) : null, outcome };
}
