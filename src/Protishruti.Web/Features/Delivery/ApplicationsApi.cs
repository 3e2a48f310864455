using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Delivery;
using Protishruti.Web.Data;
using Protishruti.Web.Features.OpenData;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// Marks an endpoint that authenticates by <c>Authorization: Bearer</c> key, not by cookie. A request to it that
/// carries such a header is not a browser's form post, so it needs no antiforgery token (a cross-site page cannot add
/// the header); without the header the token is required as everywhere else.
/// </summary>
public sealed class BearerKeyEndpoint
{
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}

/// <summary>
/// <c>POST /api/v1/offices/{code}/applications</c> for e-service systems (one object or an array of up to 1,000) and
/// <c>GET /api/v1/track/{trackingNumber}</c> for anyone (ADR 0034).
/// </summary>
public static class ApplicationsApi
{
    public sealed record ErrorDto(string Field, string Message, string MessageBn);
    public sealed record ItemDto(int Index, string? Reference, string Result, string? TrackingNumber, DateOnly? DueOn, string? TrackUrl, IReadOnlyList<ErrorDto> Errors);
    public sealed record AnswerDto(int Created, int Unchanged, int Closed, int Conflicts, int Invalid, IReadOnlyList<ItemDto> Items);
    public sealed record OfficeDto(string Code, string NameBn, string NameEn, string Url);
    public sealed record ServiceDto(Guid Key, string NameBn, string? NameEn, string? TimeLimit, string Url);
    public sealed record TrackDto(string TrackingNumber, OfficeDto Office, ServiceDto Service, DateOnly ReceivedOn, DateOnly? DueOn,
        string? DueOnBangla, string DueOnExplanation, string DueOnExplanationBn, DateOnly? DeliveredOn, string? Outcome, string Status,
        string StatusText, string StatusTextBn, string? Complain);

    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/offices/{code}/applications", RecordAsync).WithMetadata(new BearerKeyEndpoint()).WithTags("Applications");
        app.MapGet("/api/v1/track/{trackingNumber}", TrackAsync).WithTags("Applications");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string titleBn, string titleEn, string bn, string en) =>
        TypedResults.Problem(title: $"{titleBn} / {titleEn}", detail: $"{bn} / {en}", statusCode: status);

    private static async Task<IResult> RecordAsync(string code, HttpContext http, AppDbContext db, ApplicationRecorder recorder, CancellationToken ct)
    {
        var secret = BearerKeyEndpoint.Bearer(http.Request);
        http.Response.Headers.CacheControl = "no-store";
        ApiKey? key = null;
        if (secret is not null)
        {
            var hash = ApiKey.HashOf(secret);
            key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        }
        if (key is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(401, "চাবি সঠিক নয়", "Invalid key", "Authorization: Bearer শিরোনামে দপ্তরের সক্রিয় API চাবি দিন।",
                "Send the office's active API key in the Authorization: Bearer header.");
        }
        var office = await db.Offices.AsNoTracking().Where(o => o.Code == code).Select(o => new { o.Id }).FirstOrDefaultAsync(ct);
        if (office is null)
            return Problem(404, "দপ্তর পাওয়া যায়নি", "Office not found", $"'{code}' কোডের কোনো দপ্তর নেই।", $"There is no office with the code '{code}'.");
        if (office.Id != key.OfficeId)
            return Problem(403, "অন্য দপ্তরের চাবি", "Another office's key", "এই চাবি দিয়ে শুধু যে দপ্তরের জন্য তৈরি সেই দপ্তরের আবেদন লিপিবদ্ধ করা যায়।",
                "This key records applications only for the office it was made for.");
        // Recorded changes are audited under the key, not an anonymous "system".
        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, $"api-key {key.Prefix}… ({key.Label})")], "ApiKey"));

        List<ApplicationItem> items;
        try
        {
            using var json = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
            items = json.RootElement.ValueKind switch
            {
                JsonValueKind.Array => json.RootElement.EnumerateArray().Select(Item).ToList(),
                JsonValueKind.Object => [Item(json.RootElement)],
                _ => throw new JsonException(),
            };
        }
        catch (JsonException)
        {
            return Problem(400, "ভুল অনুরোধ", "Bad request", "অনুরোধের দেহে একটি JSON অবজেক্ট বা অবজেক্টের অ্যারে দিন।",
                "The body must be a JSON object or an array of objects.");
        }
        if (items.Count == 0 || items.Count > ApplicationRecorder.MaxBatch)
            return Problem(400, "ভুল অনুরোধ", "Bad request", $"একবারে ১ থেকে {Domain.Calendar.BengaliDigits.ToBengali(ApplicationRecorder.MaxBatch)}টি আবেদন পাঠান।",
                $"Send between 1 and {ApplicationRecorder.MaxBatch} applications at a time.");

        var results = await recorder.RecordAsync(office.Id, items, allOrNothing: false, ct);
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        var dto = new AnswerDto(
            results.Count(r => r.Kind == ItemResultKind.Created), results.Count(r => r.Kind == ItemResultKind.Unchanged),
            results.Count(r => r.Kind == ItemResultKind.Closed), results.Count(r => r.Kind == ItemResultKind.Conflict),
            results.Count(r => r.Kind == ItemResultKind.Invalid),
            results.Select(r => new ItemDto(r.Index, r.Reference, JsonNamingPolicy.CamelCase.ConvertName(r.Kind.ToString()),
                r.TrackingNumber, r.DueOn, r.TrackingNumber is { } t ? site + Links.Track(t) : null,
                r.Errors.Select(e => new ErrorDto(e.Field, e.En, e.Bn)).ToList())).ToList());
        return TypedResults.Json(dto, OpenDataJson.Options, statusCode: dto.Created > 0 ? 201 : 200);
    }

    /// <summary>A field as text whatever JSON type it came as (a register number may be sent as a number).</summary>
    private static ApplicationItem Item(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return new ApplicationItem(null, null, null, null);
        string? F(string name) => e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        } : null;
        return new ApplicationItem(F("service"), F("reference"), F("receivedOn"), F("channel"), F("deliveredOn"), F("outcome"), F("reason"), F("note"));
    }

    private static async Task<IResult> TrackAsync(string trackingNumber, HttpContext http, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var t = await Tracking.FindAsync(db, time, trackingNumber, ct);
        http.Response.Headers.CacheControl = "no-store";
        if (t is null)
            return Problem(404, "আবেদন পাওয়া যায়নি", "Application not found", "এই ট্র্যাকিং নম্বরে কোনো আবেদন নেই; নম্বরটি আবার দেখুন।",
                "No application has this tracking number; check the number.");
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        return TypedResults.Json(new TrackDto(TrackingNumber.Grouped(t.TrackingNumber),
            new OfficeDto(t.OfficeCode, t.OfficeNameBn, t.OfficeNameEn, site + Links.Office(t.OfficeCode)),
            new ServiceDto(t.ServiceKey, t.ServiceNameBn, t.ServiceNameEn, t.TimeLimitBn, site + Links.Charters.Service(t.OfficeCode, t.ServiceKey)),
            t.ReceivedOn, t.DueOn, t.DueOn is { } d ? Domain.Calendar.OfficialDate.BanglaLine(d) : null,
            t.Promise.ExplanationEn, t.Promise.ExplanationBn, t.ClosedOn,
            t.Outcome is { } o ? JsonNamingPolicy.CamelCase.ConvertName(o.ToString()) : null,
            JsonNamingPolicy.CamelCase.ConvertName(t.Status.ToString()), t.Status.Name(false), t.Status.Name(true),
            t.MayComplain ? site + Links.Charters.Page(t.OfficeCode, "grs-h") : null), OpenDataJson.Options);
    }
}
