using System.Diagnostics;

namespace Protishruti.Tests.Infrastructure;

/// <summary>
/// Opens a DOCX the way many offices do — in LibreOffice (Debian's <c>libreoffice-writer-nogui</c>, which test.sh
/// installs) — and prints it to PDF, so a test can read what the office would see on paper.
/// </summary>
public static class LibreOffice
{
    public static async Task<PdfFile> PrintAsync(byte[] docx, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("lo-").FullName;
        try
        {
            var input = Path.Combine(dir, "document.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            // A profile of its own: two conversions at once must not share LibreOffice's user installation.
            var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])[$"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", "pdf", "--outdir", dir, input])
                start.ArgumentList.Add(a);
            using var p = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = await p.StandardOutput.ReadToEndAsync(ct);
            var error = await p.StandardError.ReadToEndAsync(ct);
            await p.WaitForExitAsync(ct);
            var pdf = Path.Combine(dir, "document.pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice made no PDF (exit {p.ExitCode}): {output} {error}");
            return new PdfFile(await File.ReadAllBytesAsync(pdf, ct));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
