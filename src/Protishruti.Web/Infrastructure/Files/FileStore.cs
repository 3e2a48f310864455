using System.IO.Compression;
using System.Security.Cryptography;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;

namespace Protishruti.Web.Infrastructure.Files;

public enum FileKind { Pdf, Jpeg, Png, Docx, Xlsx }

public sealed record StoredFile(string Path, string Sha256, FileKind Kind, long Length)
{
    public string ContentType => FileStore.ContentTypeOf(Kind);
}

/// <summary>
/// Uploaded files, stored outside the database under DataDirectory/files, named by their SHA-256 so the same
/// file is kept once. The type is decided by the content, never by the name or the browser's claim.
/// </summary>
public sealed class FileStore(IConfiguration config)
{
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "files");

    public async Task<StoredFile> SaveAsync(Stream upload, IReadOnlyCollection<FileKind> allowed, long maxBytes, CancellationToken ct = default)
    {
        Directory.CreateDirectory(_root);
        var temp = Path.Combine(_root, $".upload-{Guid.NewGuid():N}");
        try
        {
            long length;
            await using (var file = File.Create(temp))
            {
                length = await CopyLimitedAsync(upload, file, maxBytes, ct);
            }
            if (length == 0)
                throw new DomainException("The file is empty.", "ফাইলটি খালি।");

            FileKind? kind;
            await using (var read = File.OpenRead(temp))
                kind = Sniff(read);
            if (kind is null || !allowed.Contains(kind.Value))
            {
                var names = string.Join(", ", allowed.Select(k => k.ToString().ToUpperInvariant()));
                throw new DomainException($"This file is not a {names} file (its content was checked, not its name).",
                    $"ফাইলটি {names} নয় (নাম নয়, ফাইলের ভেতরের বিষয়বস্তু যাচাই করা হয়েছে)।");
            }

            string hash;
            await using (var read = File.OpenRead(temp))
                hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, ct));
            var relative = Path.Combine(hash[..2], $"{hash}.{Extension(kind.Value)}");
            var final = Path.Combine(_root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!File.Exists(final)) File.Move(temp, final);
            return new StoredFile(relative.Replace('\\', '/'), hash, kind.Value, length);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Opens a stored file; null when the path is not one this store wrote.</summary>
    public FileStream? OpenRead(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)) return null;
        return File.OpenRead(full);
    }

    public static FileKind? Sniff(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var n = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return FileKind.Jpeg;
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return FileKind.Png;
        if (!head.StartsWith("PK\u0003\u0004"u8)) return null;
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Any(e => e.StartsWith("word/", StringComparison.Ordinal))) return FileKind.Docx;
            if (names.Any(e => e.StartsWith("xl/", StringComparison.Ordinal))) return FileKind.Xlsx;
        }
        catch (InvalidDataException)
        {
        }
        return null;
    }

    public static string ContentTypeOf(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    private static string Extension(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "jpg",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static async Task<long> CopyLimitedAsync(Stream from, Stream to, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes)
                throw new DomainException($"The file is larger than {maxBytes / 1024 / 1024.0:0.#} MB.",
                    $"ফাইলটি {BengaliDigits.ToBengali((maxBytes / 1024 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))} মেগাবাইটের বেশি।");
            await to.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return total;
    }
}
