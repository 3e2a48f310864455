using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Protishruti.Web.Documents;

/// <summary>
/// Renders a print template (a Razor component that is a complete HTML document) to a string, outside any request:
/// the same string is served as the print-ready page and handed to the PDF renderer.
/// </summary>
public sealed class DocumentHtml(IServiceProvider services, ILoggerFactory loggers) : IAsyncDisposable
{
    private HtmlRenderer? _renderer;

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync(typeof(TComponent), parameters);

    public async Task<string> RenderAsync(Type component, IDictionary<string, object?> parameters)
    {
        var renderer = _renderer ??= new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_renderer is { } r) await r.DisposeAsync();
    }
}
