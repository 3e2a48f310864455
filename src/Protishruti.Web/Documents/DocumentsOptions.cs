namespace Protishruti.Web.Documents;

/// <summary>The "Documents" settings section.</summary>
public sealed class DocumentsOptions
{
    /// <summary>Path of the Chromium executable; empty means <c>chromium</c> on PATH, then /usr/bin/chromium.</summary>
    public string? Chromium { get; set; }

    /// <summary>Tabs rendering at once. Each tab of a 200-service board takes ~100 MB and a core while it lays out.</summary>
    public int PdfConcurrency { get; set; } = 2;

    public int PdfTimeoutSeconds { get; set; } = 30;
}
