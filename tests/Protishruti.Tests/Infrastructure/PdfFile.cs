using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Protishruti.Tests.Infrastructure;

/// <summary>A PDF read back with poppler-utils, as a person checking the printout would: its text, pages and fonts.</summary>
public sealed partial class PdfFile
{
    private readonly byte[] _bytes;

    public PdfFile(byte[] bytes)
    {
        bytes.Length.ShouldBeGreaterThan(4);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 4).ShouldBe("%PDF");
        _bytes = bytes;
        // To look at what a test rendered: PROTISHRUTI_KEEP_PDFS=/tmp/pdfs, then pdftoppm -png the files.
        if (Environment.GetEnvironmentVariable("PROTISHRUTI_KEEP_PDFS") is { Length: > 0 } keep)
            File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(keep).FullName, $"{DateTime.UtcNow:HHmmss.fff}-{bytes.Length}.pdf"), bytes);
    }

    public string Text(bool layout = false, int? page = null) =>
        Run("pdftotext", [.. layout ? ["-layout"] : Array.Empty<string>(), .. page is { } p ? ["-f", $"{p}", "-l", $"{p}"] : Array.Empty<string>(), "{0}", "-"]);

    public string Info => Run("pdfinfo", ["{0}"]);

    public string Fonts => Run("pdffonts", ["{0}"]);

    public int Pages => int.Parse(PagesLine().Match(Info).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The first page's size in points, rounded, e.g. (595, 842) for A4 portrait.</summary>
    public (int Width, int Height) PageSize
    {
        get
        {
            var m = SizeLine().Match(Info);
            return ((int)Math.Round(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)),
                (int)Math.Round(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        }
    }

    private string Run(string tool, string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, _bytes);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(string.Format(CultureInfo.InvariantCulture, a, path));
            using var p = Process.Start(start)!;
            var output = p.StandardOutput.ReadToEnd();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            p.ExitCode.ShouldBe(0, $"{tool}: {error}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex SizeLine();
}
