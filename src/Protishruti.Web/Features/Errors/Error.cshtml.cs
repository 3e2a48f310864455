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

    /// <summary>For a 409: the page the user was on, whose current state they should look at again.</summary>
    public string? Retry { get; private set; }

    // The code comes from the route only (/error/404, as the status-code pages re-execute): a form field named "code",
    // posted to a page that then failed, must not choose what this page says.
    public void OnGet([FromRoute] int? code) => Set(code);
    public void OnPost([FromRoute] int? code) => Set(code);

    private void Set(int? code)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>();
        Status = code ?? (failed is null ? 500 : HttpContext.Response.StatusCode is >= 400 and var s ? s : 500);
        if (Status is < 400 or > 599) Status = failed is null ? 404 : 500; // /error/12345 is no page of ours
        Response.StatusCode = Status;
        RequestId = HttpContext.TraceIdentifier;
        if (Status == 409 && failed?.Path is { Length: > 1 } path && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal))
            Retry = path;
    }
}
