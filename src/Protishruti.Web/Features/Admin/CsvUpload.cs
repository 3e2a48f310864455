using System.Text;
using Protishruti.Domain;

namespace Protishruti.Web.Features.Admin;

/// <summary>
/// Reads an uploaded CSV file as text, refusing what is not one: another kind of file, over 5 MB, or not UTF-8.
/// Shared by the office/post import and the holiday import.
/// </summary>
public static class CsvUpload
{
    public const long MaxBytes = 5 * 1024 * 1024;

    // Excel on Windows labels a .csv file application/vnd.ms-excel, so the name is trusted as much as the label;
    // the bytes are what really decide (valid UTF-8 text, no NUL characters).
    private static readonly string[] TextTypes = ["text/csv", "text/plain", "application/csv", "text/comma-separated-values"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<string> ReadAsync(IFormFile? file, CancellationToken ct = default)
    {
        if (file is null || file.Length == 0)
            throw new DomainException("Choose a CSV file to upload.", "আপলোড করার জন্য একটি CSV ফাইল বাছাই করুন।");
        var name = Path.GetFileName(file.FileName ?? "");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var type = (file.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (extension is not (".csv" or ".txt") && !TextTypes.Contains(type))
            throw new DomainException(
                $"'{name}' is not a CSV file. In Excel, use File › Save As › \"CSV UTF-8 (Comma delimited)\" and upload that file.",
                $"'{name}' CSV ফাইল নয়। এক্সেলে File › Save As › \"CSV UTF-8 (Comma delimited)\" বেছে সংরক্ষণ করে সেই ফাইলটি আপলোড করুন।");
        if (file.Length > MaxBytes)
            throw new DomainException("The file is larger than 5 MB; split it into smaller files.",
                "ফাইলটি ৫ মেগাবাইটের বড়; কয়েকটি ছোট ফাইলে ভাগ করে আপলোড করুন।");

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return DecodeUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
    }

    /// <summary>The bytes as UTF-8 text; refused when they are not (another code page, UTF-16, a binary file).</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(name);
        }
        if (text.Contains('\0', StringComparison.Ordinal)) throw NotUtf8(name); // UTF-16 "Unicode text", or a binary file
        return text;
    }

    private static DomainException NotUtf8(string name) => new(
        $"'{name}' is not UTF-8 text, so Bengali would be garbled. In Excel, save it as \"CSV UTF-8 (Comma delimited)\".",
        $"'{name}' ইউটিএফ-৮ টেক্সট নয়, তাই বাংলা লেখা নষ্ট হয়ে যাবে। এক্সেলে \"CSV UTF-8 (Comma delimited)\" হিসেবে সংরক্ষণ করুন।");
}
