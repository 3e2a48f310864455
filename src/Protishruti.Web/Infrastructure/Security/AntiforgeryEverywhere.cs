using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Protishruti.Web.Infrastructure.Security;

/// <summary>
/// Every unsafe request (POST, PUT, PATCH, DELETE) to an endpoint carries a valid antiforgery token, or is answered 400
/// before any endpoint, page filter or model binder sees it: pages and minimal endpoints alike, whatever attributes they
/// carry (<c>[IgnoreAntiforgeryToken]</c> only spares a page MVC's second check). A page that reads its own upload
/// (<see cref="Features.Decisions.EvidenceUpload"/>) used to validate by hand and could skip it; nothing can now.
/// <para>
/// A multipart form is not buffered for the check when its token comes before its files (the upload forms put it
/// first): the parts before the first file are read, kept, and handed back to the endpoint in front of the unread rest.
/// Otherwise the whole form is read (and buffered, as model binding would) and rewound for the endpoint.
/// </para>
/// </summary>
public sealed partial class AntiforgeryEverywhere(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options,
    ILogger<AntiforgeryEverywhere> log)
{
    /// <summary>How much of a multipart body is read looking for the token before the whole form is read instead.</summary>
    private const int ScanLimit = 64 * 1024;

    private readonly AntiforgeryOptions _options = options.Value;

    public static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsUnsafe(context.Request.Method)
            || context.GetEndpoint() is null // nothing to reach: 404 follows
            // The error page re-running a request that was already judged (its own status decides what it shows).
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null
            // An API endpoint answered by key: a request that sends the key is not a browser's cookie-borne form post.
            // An anonymous submission that reads no cookie (Open311's POST): nothing of a signed-in user to forge.
            || context.GetEndpoint()?.Metadata.GetMetadata<Features.Grievances.Open311Requests.CookielessSubmission>() is not null
            || (context.GetEndpoint()?.Metadata.GetMetadata<Features.Delivery.BearerKeyEndpoint>() is not null
                && Features.Delivery.BearerKeyEndpoint.Bearer(context.Request) is not null))
        {
            await next(context);
            return;
        }
        // A form bigger than any page reads (UploadLimitAttribute) is refused before the check would read it: the
        // bilingual 413 page, after draining a moderate excess so the browser gets the answer instead of a reset.
        var request = context.Request;
        if (request.HasFormContentType && request.ContentLength > Forms.UploadLimitAttribute.MaxRequestBytes
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>() is null)
        {
            if (request.ContentLength <= Forms.UploadLimitAttribute.DrainBytes)
            {
                if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                    size.MaxRequestBodySize = Forms.UploadLimitAttribute.DrainBytes;
                await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (!await IsValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    }

    private async Task<bool> IsValidAsync(HttpContext context)
    {
        var request = context.Request;
        try
        {
            var buffered = false;
            if (_options.HeaderName is { } header && !request.Headers.ContainsKey(header) && IsMultipart(request))
            {
                if (await TokenBeforeFilesAsync(request) is { } token) request.Headers[header] = token;
                else
                {
                    request.EnableBuffering();
                    buffered = true;
                }
            }
            await antiforgery.ValidateRequestAsync(context);
            if (buffered) request.Body.Position = 0;
            return true;
        }
        catch (AntiforgeryValidationException e)
        {
            LogRefused(log, request.Method, request.Path, e.Message);
            return false;
        }
        // A body over the size limit is not a missing token: it goes on to the error page as 413.
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            LogRefused(log, request.Method, request.Path, e.Message); // a form that cannot be read has no token either
            return false;
        }
    }

    private static bool IsMultipart(HttpRequest request) =>
        request.HasFormContentType && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The token field when it comes before any file part within the first <see cref="ScanLimit"/> bytes; null otherwise.
    /// What was read stays readable: the body becomes the bytes read followed by the rest of the original body.
    /// </summary>
    private async Task<string?> TokenBeforeFilesAsync(HttpRequest request)
    {
        var original = request.Body;
        var recorder = new RecordingStream(original, ScanLimit);
        string? token = null;
        try
        {
            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
            if (string.IsNullOrEmpty(boundary)) return null;
            var reader = new MultipartReader(boundary, recorder);
            while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.IsFileDisposition())
                    break;
                var value = await new StreamReader(section.Body).ReadToEndAsync(request.HttpContext.RequestAborted);
                if (HeaderUtilities.RemoveQuotes(disposition.Name).Equals(_options.FormFieldName, StringComparison.Ordinal))
                {
                    token = value;
                    break;
                }
            }
        }
        catch (Exception e) when (e is RecordingStream.LimitReachedException or InvalidDataException or FormatException)
        {
            token = null;
        }
        finally
        {
            request.Body = new ReplayStream(recorder.Recorded, original);
        }
        return token;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: no valid antiforgery token ({Reason})")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, string reason);

    /// <summary>Reads through to the inner stream, keeping what it read, up to a limit.</summary>
    private sealed class RecordingStream(Stream inner, int limit) : Stream
    {
        public sealed class LimitReachedException : Exception;

        private readonly MemoryStream _recorded = new();

        public ReadOnlyMemory<byte> Recorded => _recorded.GetBuffer().AsMemory(0, (int)_recorded.Length);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_recorded.Length >= limit) throw new LimitReachedException();
            var n = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, limit - (int)_recorded.Length)], cancellationToken);
            _recorded.Write(buffer.Span[..n]);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The bytes already read, then the rest of the original body.</summary>
    private sealed class ReplayStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _head = head;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_head.IsEmpty) return await rest.ReadAsync(buffer, cancellationToken);
            var n = Math.Min(buffer.Length, _head.Length);
            _head[..n].CopyTo(buffer);
            _head = _head[n..];
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_head.IsEmpty) return rest.Read(buffer, offset, count);
            var n = Math.Min(count, _head.Length);
            _head[..n].CopyTo(buffer.AsMemory(offset, n));
            _head = _head[n..];
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
