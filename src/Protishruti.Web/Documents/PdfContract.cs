namespace Protishruti.Web.Documents;

public enum PaperSize { A4, A3, Legal }

public sealed record PdfPageSetup(PaperSize Size, bool Landscape)
{
    public static readonly PdfPageSetup A4Portrait = new(PaperSize.A4, false);

    /// <summary>Width and height in millimetres, as the sheet is held (landscape swaps them).</summary>
    public (double Width, double Height) Millimetres
    {
        get
        {
            var (w, h) = Size switch
            {
                PaperSize.A3 => (297.0, 420.0),
                PaperSize.Legal => (215.9, 355.6),
                _ => (210.0, 297.0),
            };
            return Landscape ? (h, w) : (w, h);
        }
    }

    /// <summary>The CSS <c>@page size</c> value, e.g. "A3 landscape".</summary>
    public string CssSize => $"{(Size == PaperSize.Legal ? "legal" : Size.ToString())} {(Landscape ? "landscape" : "portrait")}";
}

/// <summary>Renders a complete, self-contained HTML document to PDF with the vendored Bengali fonts embedded.</summary>
public interface IPdfRenderer
{
    /// <summary>
    /// Throws <see cref="PdfUnavailableException"/> when Chromium is missing or keeps failing;
    /// <see cref="PdfTimeoutException"/> when one document takes too long.
    /// </summary>
    Task<byte[]> RenderAsync(string html, PdfPageSetup page, CancellationToken ct = default);
}

/// <summary>No PDF can be made here now. The message is in Bengali and English, for the page that says so.</summary>
public class PdfUnavailableException : Exception
{
    public const string MessageBn = "এই সার্ভারে এখন পিডিএফ তৈরি করা যাচ্ছে না (Chromium পাওয়া যায়নি বা চালু হচ্ছে না)। মুদ্রণযোগ্য পাতাটি ব্রাউজার থেকে মুদ্রণ করুন।";
    public const string MessageEn = "PDFs cannot be made on this server right now (Chromium is missing or fails to start). Print the print-ready page from your browser instead.";

    public PdfUnavailableException() : base($"{MessageBn} / {MessageEn}") { }
    public PdfUnavailableException(string message) : base(message) { }
    public PdfUnavailableException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The bilingual message with what went wrong (the path tried, the exit code) appended for the log.</summary>
    public static PdfUnavailableException Because(string detail, Exception? inner = null) =>
        inner is null ? new($"{MessageBn} / {MessageEn} ({detail})") : new($"{MessageBn} / {MessageEn} ({detail})", inner);
}

public class PdfTimeoutException : TimeoutException
{
    public PdfTimeoutException() : this(TimeSpan.Zero) { }
    public PdfTimeoutException(TimeSpan limit)
        : base($"পিডিএফ তৈরি নির্ধারিত সময়ের ({(int)limit.TotalSeconds} সেকেন্ড) মধ্যে শেষ হয়নি। / The PDF was not finished within {(int)limit.TotalSeconds} seconds.") { }
    public PdfTimeoutException(string message) : base(message) { }
    public PdfTimeoutException(string message, Exception inner) : base(message, inner) { }
}
