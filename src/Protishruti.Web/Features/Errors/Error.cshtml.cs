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

    // Nothing is model-bound here: the code comes from the route only (/error/404, as the status-code pages re-execute).
    // A form field named "code", posted to a page that then failed, must not choose what this page says; and a form
    // that could not be read (a body over the size limit) must not make binding fail and this page answer 500.
    public void OnGet() => Set(RouteCode());
    public void OnPost() => Set(RouteCode());

    private int? RouteCode() =>
        RouteData.Values.TryGetValue("code", out var v) && int.TryParse(v?.ToString(), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : null;

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
