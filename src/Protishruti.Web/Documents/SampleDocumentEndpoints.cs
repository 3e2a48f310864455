using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Protishruti.Web.Documents.Docx;
using Protishruti.Web.Documents.Templates;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Documents;

/// <summary>
/// The three official documents made from <see cref="Samples"/>: public and harmless (fictitious officers), so that
/// offices can see and try the formats before the meetings feature issues real ones.
/// </summary>
public static class SampleDocumentEndpoints
{
    private const string KindRoute = "{kind:regex(^(notice|minutes|office-order)$)}";

    public static void MapSampleDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/documents/samples");
        group.MapGet("/" + KindRoute, async (string kind, IServiceProvider services) =>
                Results.Content(await HtmlAsync(services, kind), "text/html; charset=utf-8"))
            .CacheOutput(PublicPages.Policy);
        group.MapGet("/" + KindRoute + ".docx", (string kind) =>
                Results.File(Docx(kind), OfficialDocx.ContentType, $"sample-{kind}.docx"))
            .CacheOutput(PublicPages.Policy);
    }

    public static Task<string> HtmlAsync(IServiceProvider services, string kind) => kind switch
    {
        "notice" => RenderAsync<NoticeDocument>(services, Samples.Notice()),
        "minutes" => RenderAsync<MinutesDocument>(services, Samples.Minutes()),
        _ => RenderAsync<OfficeOrderDocument>(services, Samples.OfficeOrder()),
    };

    public static byte[] Docx(string kind) => kind switch
    {
        "notice" => OfficialDocx.Notice(Samples.Notice()),
        "minutes" => OfficialDocx.Minutes(Samples.Minutes()),
        _ => OfficialDocx.OfficeOrder(Samples.OfficeOrder()),
    };

    private static Task<string> RenderAsync<T>(IServiceProvider services, object model) where T : IComponent =>
        RenderHtmlAsync<T>(services, new Dictionary<string, object?> { ["Model"] = model, ["Sample"] = true });

    // Until the documents engine's DocumentHtml is merged: the same HtmlRenderer it wraps.
    internal static async Task<string> RenderHtmlAsync<T>(IServiceProvider services, IDictionary<string, object?> parameters) where T : IComponent
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
