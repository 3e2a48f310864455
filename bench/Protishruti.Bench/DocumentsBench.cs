using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Charters.Public;

namespace Protishruti.Bench;

/// <summary>
/// Charter PDFs through the app's own services: the warm time of a 40-service board (HTML + PDF, and the PDF alone),
/// and a 200-service board's time and page count. bench/documents.sh adds the cached file's throughput under wrk.
/// </summary>
public static class DocumentsBench
{
    public const string Code200 = "bench-charter-200";

    public static async Task<int> RunAsync(WebApplication app, int renders, string baseUrl)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await Charter40.EnsureAsync(scope.ServiceProvider);
            await Charter40.EnsureAsync(scope.ServiceProvider, Code200, 200);
        }
        var renderer = app.Services.GetRequiredService<IPdfRenderer>();
        var a4 = PdfPageSetup.A4Portrait;

        async Task<string> Html(string code, PdfPageSetup page)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var made = await CharterPrints.HtmlAsync(code, page, baseUrl, scope.ServiceProvider.GetRequiredService<AppDbContext>(),
                scope.ServiceProvider.GetRequiredService<DocumentHtml>(), TimeProvider.System, default);
            return made!.Value.Html;
        }

        var cold = Stopwatch.StartNew();
        await renderer.RenderAsync(await Html(Charter40.Code, a4), a4);
        Console.WriteLine($"cold_ms={cold.Elapsed.TotalMilliseconds:0}");
        for (var i = 0; i < 3; i++) await renderer.RenderAsync(await Html(Charter40.Code, a4), a4); // warm-up

        var total = new List<double>();
        var pdfOnly = new List<double>();
        var htmlOnly = new List<double>();
        byte[] last = [];
        for (var i = 0; i < renders; i++)
        {
            var watch = Stopwatch.StartNew();
            var html = await Html(Charter40.Code, a4);
            var htmlMs = watch.Elapsed.TotalMilliseconds;
            last = await renderer.RenderAsync(html, a4);
            total.Add(watch.Elapsed.TotalMilliseconds);
            htmlOnly.Add(htmlMs);
            pdfOnly.Add(watch.Elapsed.TotalMilliseconds - htmlMs);
        }
        Console.WriteLine($"c40_renders={renders} c40_pages={Pages(last)} c40_bytes={last.Length}");
        Print("c40_total", total);
        Print("c40_pdf", pdfOnly);
        Print("c40_html", htmlOnly);

        foreach (var (name, page) in new[] { ("a4", a4), ("legal", new PdfPageSetup(PaperSize.Legal, true)) })
        {
            var times = new List<double>();
            byte[] pdf = [];
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                pdf = await renderer.RenderAsync(await Html(Code200, page), page);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"c200_{name}_ms={times.Order().ElementAt(1):0} c200_{name}_pages={Pages(pdf)} c200_{name}_bytes={pdf.Length}");
        }
        return 0;
    }

    private static void Print(string name, List<double> ms)
    {
        var sorted = ms.Order().ToList();
        double P(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_p50={P(.50):0} {name}_p95={P(.95):0} {name}_p99={P(.99):0} {name}_max={sorted[^1]:0}"));
    }

    private static int Pages(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdfinfo", path) { RedirectStandardOutput = true })!;
            var info = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return line is null ? -1 : int.Parse(line[6..].Trim(), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
