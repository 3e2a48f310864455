using Protishruti.Web.Documents.Chromium;

namespace Protishruti.Web.Documents;

public static class DocumentsSetup
{
    public static void AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentsOptions>(configuration.GetSection("Documents"));
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        services.AddScoped<DocumentHtml>();
        services.AddSingleton<Features.Charters.Public.CharterPdfFiles>();
        services.AddSingleton<Features.Memos.IssuedPdfFiles>();
        services.AddScoped<Features.Memos.IssuedDocuments>();
        services.AddSingleton<Features.Charters.Public.CharterDocxFiles>();
        services.AddSingleton<Features.Charters.Public.CharterPdfPrerender>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Charters.Public.CharterPdfPrerender>());
    }

    /// <summary>One clear line at start-up when PDFs cannot be made here; the app runs on and offers print-ready pages.</summary>
    public static void WarnWhenChromiumIsMissing(this WebApplication app)
    {
        var configured = app.Configuration["Documents:Chromium"];
        if (ChromiumBrowser.Locate(configured) is null)
            app.Logger.LogWarning(
                "Chromium not found ({Where}): PDFs are unavailable, print-ready pages still work. Install it with: sudo apt-get install chromium",
                string.IsNullOrWhiteSpace(configured) ? "chromium on PATH, /usr/bin/chromium" : configured);
    }
}
