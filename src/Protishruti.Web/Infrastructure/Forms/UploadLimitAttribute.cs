using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Protishruti.Web.Infrastructure.Forms;

/// <summary>
/// The request size limit of a page that takes an uploaded file with model binding (the imports, the photo), set on
/// purpose instead of inherited from Kestrel's 30 MB default. A body up to <see cref="MaxRequestBytes"/> is read, so the
/// page itself refuses a file over its own limit (5 MB for a CSV) beside the upload field, with what else was typed. A
/// bigger one is answered with the bilingual "file too large" page (413) before anything else reads it — otherwise the
/// antiforgery check would read the form first, fail on the size, and answer a bare 400. Up to
/// <see cref="DrainBytes"/> the rest of the body is read and dropped first, so the browser shows that page rather than
/// a reset connection. Runs after authorization (an anonymous upload is sent to the login page unread).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const long MaxRequestBytes = 32L * 1024 * 1024;
    public const long DrainBytes = 100L * 1024 * 1024;

    /// <summary>Before the antiforgery check (order 1000), after [Authorize] (0).</summary>
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (request.ContentLength > MaxRequestBytes)
        {
            if (request.ContentLength <= DrainBytes)
            {
                if (size is { IsReadOnly: false }) size.MaxRequestBodySize = DrainBytes;
                await request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            }
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (size is { IsReadOnly: false }) size.MaxRequestBodySize = MaxRequestBytes;
        try
        {
            // Read here, within the limit, so that the antiforgery check and model binding find the form already read.
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge); // sent without its length, and too big
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A malformed or cut-off form: the antiforgery check that follows refuses it (400), as on any other page.
        }
    }
}
