using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Web.Data;

namespace Protishruti.Web.Infrastructure.Errors;

/// <summary>
/// All exception-to-HTTP mapping: ProblemDetails for /api, the error page for HTML.
/// A DomainException that reaches here is a user's mistake a page failed to catch: 400, not 500.
/// </summary>
public sealed class ErrorHandler(IProblemDetailsService problems, ILogger<ErrorHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode, // 413 when an upload is over the server's request limit
            // A transition or a save that lost to another request (ADR 0033): nothing was stored; the page says so and
            // links to the record's current state.
            AlreadyDoneException or DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
            DomainException => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status == 500) log.LogError(exception, "Unhandled error on {Path}", context.Features.Get<IExceptionHandlerPathFeature>()?.Path);

        context.Response.StatusCode = status;
        // The middleware has already pointed the request at /error; the path the caller asked for is kept here.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = status,
                    Title = status switch { 400 => "Bad request", 409 => "Conflict", _ => "Server error" },
                    Detail = exception is DomainException d ? d.Message : null,
                },
                Exception = exception,
            });
        }
        return false; // the HTML error page (UseExceptionHandler's re-execute of /error) takes it from here
    }
}
