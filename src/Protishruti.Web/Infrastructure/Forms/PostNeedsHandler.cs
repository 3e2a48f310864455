using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Protishruti.Web.Infrastructure.Forms;

/// <summary>
/// A POST to a page that has no handler for it is a 405. Razor Pages would otherwise render the page without running
/// its OnGet — with none of its data loaded (today's date as 0001-01-01, empty lists) — which is a crash or nonsense.
/// Registered for every page in AppSetup.
/// </summary>
public sealed class PostNeedsHandler : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
