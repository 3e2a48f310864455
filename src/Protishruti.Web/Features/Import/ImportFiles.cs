using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// What an uploaded document is, decided by its content (ADR 0042): a Word file (.docx is a zip with word/document.xml,
/// .doc an OLE compound file), a PDF, or text (HTML when it has tags); anything else is refused, whatever its name says.
/// </summary>
public static class ImportFiles
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxPastedChars = 400_000;

    /// <summary>The extension the readers need for these bytes, or a refusal in both languages.</summary>
    public static string Extension(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new DomainException("The file is empty.", "ফাইলটি খালি।");
        if (bytes.Length > MaxBytes) throw TooLarge();
        var span = bytes.AsSpan();
        if (span.StartsWith("%PDF-"u8)) return ".pdf";
        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            if (Encoding.ASCII.GetString(bytes).Contains("word/", StringComparison.Ordinal)) return ".docx";
            throw NotSupported(fileName);
        }
        if (span.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return ".doc";
        // Text: no NUL bytes in what we look at (UTF-8, or a Windows-1252 Bijoy file).
        if (span[..Math.Min(span.Length, 64 * 1024)].Contains((byte)0)) throw NotSupported(fileName);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".json" or ".md" or ".txt") return ext;
        return ".txt";
    }

    public static DomainException TooLarge() => new(
        $"The file is larger than {MaxBytes / 1024 / 1024} MB; a charter, notice or minutes is much smaller. Split it, or save it without pictures.",
        $"ফাইলটি {BengaliDigits.ToBengali(MaxBytes / 1024 / 1024)} মেগাবাইটের বড়; প্রতিশ্রুতি, নোটিশ বা কার্যবিবরণী এর চেয়ে অনেক ছোট হয়। ফাইলটি ভাগ করুন, অথবা ছবি ছাড়া সংরক্ষণ করুন।");

    public static DomainException NotSupported(string fileName) => new(
        $"'{fileName}' is not a supported file (its content was checked, not its name). Upload a Word file (.docx or .doc), a PDF, a saved web page (.html) or a text file (.txt), or paste the text.",
        $"'{fileName}' সমর্থিত ফাইল নয় (নাম নয়, ফাইলের ভেতরের বিষয়বস্তু যাচাই করা হয়েছে)। ওয়ার্ড ফাইল (.docx বা .doc), পিডিএফ, সংরক্ষিত ওয়েব পেজ (.html) বা টেক্সট ফাইল (.txt) আপলোড করুন, অথবা লেখাটি পেস্ট করুন।");

    /// <summary>A reader's failure (no text came out) as the message a user can act on, in both languages.</summary>
    public static DomainException Unreadable(IReadOnlyList<string> readerWarnings)
    {
        var w = string.Join(" ", readerWarnings);
        if (w.Contains("OCR", StringComparison.Ordinal))
            return new("The PDF has no text layer (it is a scan): it needs OCR before it can be imported. Upload the Word file it was printed from, or paste the text.",
                "পিডিএফে কোনো লেখা নেই (এটি স্ক্যান করা): ইমপোর্টের আগে ওসিআর করতে হবে। যে ওয়ার্ড ফাইল থেকে ছাপা হয়েছিল সেটি আপলোড করুন, অথবা লেখাটি পেস্ট করুন।");
        if (w.Contains("LibreOffice could not convert", StringComparison.Ordinal) || w.Contains("soffice", StringComparison.Ordinal))
            return new("The .doc file could not be converted: LibreOffice could not open it (it may be damaged, protected with a password, or not a Word file). Open it in Word and save it as .docx, or paste its text.",
                ".doc ফাইলটি রূপান্তর করা যায়নি: লিব্রেঅফিস ফাইলটি খুলতে পারেনি (ফাইলটি নষ্ট, পাসওয়ার্ড দিয়ে সুরক্ষিত, বা ওয়ার্ড ফাইল নয়)। ওয়ার্ডে খুলে .docx হিসেবে সংরক্ষণ করুন, অথবা লেখাটি পেস্ট করুন।");
        if (w.Contains("LibreOffice is not installed", StringComparison.Ordinal))
            return new("A .doc file is read through LibreOffice, which is not installed on this server (ask the administrator for libreoffice-writer-nogui). Meanwhile save the file as .docx in Word and upload that.",
                ".doc ফাইল লিব্রেঅফিস দিয়ে পড়া হয়, যা এই সার্ভারে ইনস্টল করা নেই (প্রশাসককে libreoffice-writer-nogui ইনস্টল করতে বলুন)। ততক্ষণ ওয়ার্ডে ফাইলটি .docx হিসেবে সংরক্ষণ করে আপলোড করুন।");
        if (w.Contains("pdftotext", StringComparison.Ordinal))
            return new("PDF files are read with pdftotext (poppler-utils), which is not installed on this server; ask the administrator, or upload the Word file.",
                "পিডিএফ ফাইল pdftotext (poppler-utils) দিয়ে পড়া হয়, যা এই সার্ভারে ইনস্টল করা নেই; প্রশাসককে বলুন, অথবা ওয়ার্ড ফাইলটি আপলোড করুন।");
        return new("No text could be read from the file. Check that it is the right file, or paste its text.",
            "ফাইল থেকে কোনো লেখা পড়া যায়নি। সঠিক ফাইল কিনা দেখুন, অথবা লেখাটি পেস্ট করুন।");
    }
}

/// <summary>
/// An uploaded or pasted document kept on the server between the upload, the corrections and the save (no JavaScript,
/// no table), as the register upload does: DataDirectory/staging/imports, named by the office and an unguessable token,
/// with the extension the readers need; swept after a day.
/// </summary>
public sealed class ImportStaging(IConfiguration config, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "staging", "imports");

    public async Task<string> SaveAsync(int officeId, byte[] bytes, string extension, CancellationToken ct)
    {
        Directory.CreateDirectory(_root);
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(_root, $"{Prefix(officeId, token)}{extension}"), bytes, ct);
        return token;
    }

    /// <summary>The staged file's path; null when there is none (expired, saved, another office's, a made-up token).</summary>
    public string? Find(int officeId, string? token)
    {
        if (token is not { Length: 32 } || !token.All(char.IsAsciiHexDigitLower) || !Directory.Exists(_root)) return null;
        return Directory.EnumerateFiles(_root, Prefix(officeId, token) + ".*").FirstOrDefault();
    }

    public void Delete(int officeId, string? token)
    {
        if (Find(officeId, token) is { } path) File.Delete(path);
    }

    /// <summary>
    /// Exactly once (ADR 0042, as ADR 0033 for transitions): a save first takes the staged file out of reach by renaming
    /// it. Of two clicks on the same page, one rename succeeds and the other finds no file, so the other saves nothing.
    /// Null when there is nothing to claim. Give it back with <see cref="Release"/> when the save is refused.
    /// </summary>
    public string? Claim(int officeId, string? token)
    {
        if (Find(officeId, token) is not { } path) return null;
        var claimed = Path.Combine(_root, "claimed-" + Path.GetFileName(path));
        try
        {
            File.Move(path, claimed);
            return claimed;
        }
        catch (FileNotFoundException) { return null; } // another request claimed it first
        catch (IOException) when (!File.Exists(path)) { return null; }
    }

    /// <summary>Puts a claimed file back where the page finds it (the save was refused; the user corrects and saves again).</summary>
    public void Release(string claimed)
    {
        var name = Path.GetFileName(claimed);
        if (name.StartsWith("claimed-", StringComparison.Ordinal) && File.Exists(claimed))
            File.Move(claimed, Path.Combine(_root, name["claimed-".Length..]));
    }

    private static string Prefix(int officeId, string token) => $"{officeId.ToString(CultureInfo.InvariantCulture)}-{token}";

    private void Sweep()
    {
        var before = time.GetUtcNow().UtcDateTime - KeptFor;
        foreach (var f in new DirectoryInfo(_root).EnumerateFiles())
            if (f.LastWriteTimeUtc < before)
                try { f.Delete(); } catch (IOException) { } // another request's sweep got there first
    }
}

/// <summary>Keeps an imported record's original file in the file store (DataDirectory/files/imports), named by its SHA-256.</summary>
public sealed class SourceFiles(IConfiguration config)
{
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "files");

    public async Task<(string Path, string Sha256, long Length)> KeepAsync(string stagedPath, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(stagedPath, ct);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var relative = $"imports/{hash[..2]}/{hash}{Path.GetExtension(stagedPath)}";
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full)) await File.WriteAllBytesAsync(full, bytes, ct);
        return (relative, hash, bytes.Length);
    }

    public FileStream? OpenRead(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)) return null;
        return File.OpenRead(full);
    }
}
