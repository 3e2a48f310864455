using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Protishruti.Web.Features.Errors;

/// <summary>The error page for HTML requests: both languages, no stack trace, the right status code.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Set(code);
    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>();
        Status = code ?? (failed is null ? 500 : HttpContext.Response.StatusCode is >= 400 and var s ? s : 500);
        if (Status < 400) Status = 500;
        Response.StatusCode = Status;
        RequestId = HttpContext.TraceIdentifier;
    }
}
