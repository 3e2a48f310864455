using System.Text.Json.Serialization;

namespace Protishruti.Web.Features.Inbox;

/// <summary><c>GET /api/v1/me/tasks</c>: the signed-in user's inbox as JSON, for other clients (a phone app, a portal widget).</summary>
public static class TasksApi
{
    public sealed record OfficeDto(string Code, string NameBn, string NameEn);

    public sealed record TaskDto(
        [property: JsonConverter(typeof(JsonStringEnumConverter<WorkKind>))] WorkKind Kind,
        OfficeDto Office, string ActingOffice, string Title, string TitleBn, string TitleEn, DateOnly? DueOn, int OverdueDays, string Url);

    public static void MapTasksApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/me/tasks", async (HttpContext http, WorkInbox inbox, CancellationToken ct) =>
            {
                var site = $"{http.Request.Scheme}://{http.Request.Host}";
                var items = await inbox.ForAsync(http.User, ct);
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Ok(items.Select(i => new TaskDto(i.Kind, new OfficeDto(i.OfficeCode, i.OfficeNameBn, i.OfficeNameEn), i.ActingOfficeCode,
                    i.Title, i.TitleBn, i.TitleEn, i.DueOn, i.OverdueDays, site + i.Url)).ToList());
            })
            .RequireAuthorization().WithTags("Me");
}
