using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Web.Features.Decisions;

/// <summary>
/// The progress form as it arrives: its text fields, and at most one evidence file spooled to a temporary file no
/// larger than the limit. Read by hand rather than by model binding, because the framework would first buffer a whole
/// 50 MB upload (or refuse it with a bare 413 and lose what was typed): here the text fields (sent before the file,
/// as the form puts the file last) are kept, the file is refused as soon as it is known to be too big, and the rest
/// of the body is read and discarded so the browser gets the page with the message, not a reset connection.
/// Nothing reaches the file store until the page has checked everything.
/// </summary>
public sealed class EvidenceUpload : IAsyncDisposable
{
    public static readonly FileKind[] Allowed = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];
    public const long DefaultMaxBytes = 10L * 1024 * 1024;
    /// <summary>Room for the text fields and the multipart framing beside the file.</summary>
    public const long FieldBytes = 64 * 1024;
    private const int MaxFieldChars = 16_000;

    private EvidenceUpload() { }

    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The spooled file (deleted on dispose); null when none was chosen or it was refused.</summary>
    public string? TempPath { get; private set; }
    public FileKind? Kind { get; private set; }
    /// <summary>The name the file had on the sender's computer (no folders), for pages that serve it back under it.</summary>
    public string? FileName { get; private set; }
    public DomainException? FileError { get; private set; }

    public string? this[string field] => Fields.GetValueOrDefault(field);

    /// <summary>Evidence size limit from <c>Uploads:MaxBytes</c> (default 10 MB).</summary>
    public static long MaxBytes(IConfiguration config) => Math.Max(1, config.GetValue("Uploads:MaxBytes", DefaultMaxBytes));

    /// <summary>
    /// The endpoint's request size limit (<c>Uploads:MaxRequestBytes</c>, default 100 MB): bodies up to it are read
    /// (and a too-big file discarded) so that the page answers with the form as typed; a bigger one is refused unread.
    /// </summary>
    public static long MaxRequestBytes(IConfiguration config) =>
        Math.Max(MaxBytes(config) + FieldBytes, config.GetValue("Uploads:MaxRequestBytes", 100L * 1024 * 1024));

    public static DomainException TooLarge(long maxBytes)
    {
        var mb = (maxBytes / 1024 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
        return new DomainException(
            $"The file is larger than {mb} MB, so nothing was saved. Make it smaller (for example scan at a lower resolution) and upload it again.",
            $"ফাইলটি {BengaliDigits.ToBengali(mb)} মেগাবাইটের বেশি, তাই কিছুই সংরক্ষণ করা হয়নি। ফাইলটি ছোট করে (যেমন কম রেজোলিউশনে স্ক্যান করে) আবার আপলোড করুন।")
        { Field = "Evidence" };
    }

    public static DomainException WrongKind() => new(
        "This file is not a PDF, JPEG, PNG, DOCX or XLSX file (its content was checked, not its name), so nothing was saved.",
        "ফাইলটি PDF, JPEG, PNG, DOCX বা XLSX নয় (নাম নয়, ফাইলের ভেতরের বিষয়বস্তু যাচাই করা হয়েছে), তাই কিছুই সংরক্ষণ করা হয়নি।")
    { Field = "Evidence" };

    public static async Task<EvidenceUpload> ReadAsync(HttpRequest request, long maxBytes, long maxRequestBytes, CancellationToken ct)
    {
        var form = new EvidenceUpload();
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxRequestBytes;
        if (request.ContentLength > maxRequestBytes)
        {
            form.FileError = TooLarge(maxBytes); // unread: Kestrel refuses the rest
            return form;
        }
        try
        {
            if (!request.HasFormContentType) return form;
            var type = MediaTypeHeaderValue.Parse(request.ContentType);
            if (!type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (key, value) in await request.ReadFormAsync(ct)) form.Fields[key] = value.ToString();
                return form;
            }
            var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, request.Body);
            // A body this long cannot hold the text fields and a file within the limit: refuse the file unread.
            var fileTooBig = request.ContentLength > maxBytes + FieldBytes;
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (!disposition.IsFileDisposition())
                {
                    form.Fields[name] = await ReadTextAsync(section.Body, ct);
                    continue;
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName.HasValue ? disposition.FileName : disposition.FileNameStar).Value;
                if (string.IsNullOrEmpty(fileName) || form.TempPath is not null) continue; // no file chosen; one file per submission
                form.FileName = Path.GetFileName(fileName.Replace('\\', '/'));
                if (fileTooBig || !await form.SpoolAsync(section.Body, maxBytes, ct))
                {
                    form.FileError = TooLarge(maxBytes);
                    break;
                }
            }
            await request.Body.CopyToAsync(Stream.Null, ct); // the rest, unread and unkept
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            form.FileError = TooLarge(maxBytes);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            form.FileError = new DomainException("The form arrived incomplete; please send it again.", "ফরমটি অসম্পূর্ণ অবস্থায় পৌঁছেছে; আবার পাঠান।") { Field = "Evidence" };
        }
        return form;
    }

    /// <summary>Copies the file to a temporary file, stopping as soon as it passes the limit (false then).</summary>
    private async Task<bool> SpoolAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"protishruti-evidence-{Guid.NewGuid():N}");
        long total = 0;
        await using (var file = File.Create(path))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > maxBytes) break;
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (total > maxBytes)
        {
            File.Delete(path);
            return false;
        }
        TempPath = path;
        if (total == 0)
        {
            FileError = new DomainException("The file is empty.", "ফাইলটি খালি।") { Field = "Evidence" };
            return true;
        }
        await using var check = File.OpenRead(path);
        Kind = FileStore.Sniff(check);
        if (Kind is not { } k || !Allowed.Contains(k)) FileError = WrongKind();
        return true;
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxFieldChars];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return new string(buffer, 0, length); // longer than any field may be: the rule on the entity refuses it
    }

    public ValueTask DisposeAsync()
    {
        if (TempPath is not null && File.Exists(TempPath)) File.Delete(TempPath);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Keeps model binding from reading the form (and so buffering an upload) on a page that reads its body itself:
/// route values still bind. See <see cref="EvidenceUpload"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DisableFormValueModelBindingAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}

/// <summary>
/// Gives each page that reads its own upload (<see cref="DisableFormValueModelBindingAttribute"/>) the request size limit
/// <see cref="EvidenceUpload.MaxRequestBytes"/> as endpoint metadata, which routing applies before anything reads the
/// body: the antiforgery check reads its start, after which the page could no longer raise the server's limit.
/// </summary>
public sealed class UploadSizeLimits(IConfiguration config) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (model.HandlerType.IsDefined(typeof(DisableFormValueModelBindingAttribute), inherit: true))
            model.EndpointMetadata.Add(new Limit(EvidenceUpload.MaxRequestBytes(config)));
    }

    private sealed record Limit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
