using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Protishruti.Domain.Import;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// Turns an uploaded file into the importer's text (ADR 0040): .docx (OpenXml, run by run so Bijoy runs are converted
/// by their font), .doc (LibreOffice headless to .docx first), .pdf (poppler's pdftotext -layout; PdfPig garbles
/// Bengali shaping), .html/.htm (AngleSharp, without the national portal's menus and footers), .txt and .json (JSON
/// escapes undone). Tables become one line per row with the cells separated by tabs.
/// </summary>
public static class DocumentReader
{
    public static readonly string[] Extensions = [".docx", ".doc", ".pdf", ".html", ".htm", ".txt", ".json", ".md"];

    public static async Task<ExtractedText> ReadFileAsync(string path, CancellationToken ct = default)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        switch (ext)
        {
            case ".docx":
                await using (var stream = File.OpenRead(path))
                    return Docx(stream);
            case ".doc":
                return await DocAsync(path, ct);
            case ".pdf":
                return await PdfAsync(path, ct);
            default:
                return FromBytes(await File.ReadAllBytesAsync(path, ct), ext);
        }
    }

    /// <summary>Text that is not a Word or PDF file: plain, HTML (saved or escaped in JSON), Markdown.</summary>
    public static ExtractedText FromBytes(byte[] bytes, string extension)
    {
        var text = Decode(bytes);
        if (extension == ".json" || text.TrimStart().StartsWith('{')) text = JsonStrings(text) ?? text;
        return FromString(text, extension is ".html" or ".htm");
    }

    /// <summary>Pasted or decoded text; HTML is recognised by its tags even in a .txt or .json.</summary>
    public static ExtractedText FromString(string text, bool html = false)
    {
        var warnings = new List<string>();
        if (ImportedText.LooksEscaped(text))
        {
            text = ImportedText.Unescape(text);
            warnings.Add("The text carried JSON escapes (\\u09xx, \\r\\n, <\\/…>); they were undone.");
        }
        if (html || ImportedText.LooksLikeHtml(text)) return new ExtractedText(ImportedText.Normalize(Html(text)), warnings);
        return new ExtractedText(ImportedText.Normalize(WithoutChromeLines(text)), warnings);
    }

    // A portal's API answer or a saved AJAX response: the document is in its long string values (HTML, usually).
    private static string? JsonStrings(string text)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(text);
            var strings = new List<string>();
            Collect(json.RootElement, strings);
            var kept = strings.Where(s => s.Length > 80).ToList();
            return kept.Count > 0 ? string.Join("\n", kept) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        static void Collect(System.Text.Json.JsonElement e, List<string> into)
        {
            switch (e.ValueKind)
            {
                case System.Text.Json.JsonValueKind.String: into.Add(e.GetString() ?? ""); break;
                case System.Text.Json.JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Collect(p.Value, into); break;
                case System.Text.Json.JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Collect(x, into); break;
            }
        }
    }

    // UTF-8 when it is valid (with or without a BOM), otherwise Windows-1252: old Bijoy .txt files are ANSI.
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return new string(bytes.Select(b => BijoyConverter.FromByte(b)).ToArray());
        }
    }

    // ------------------------------------------------------------------ DOCX

    public static ExtractedText Docx(Stream stream)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null) return new ExtractedText("", ["The Word file has no body."]);
        var fonts = new DocxFonts(doc);
        var sb = new StringBuilder();
        var bijoyRuns = 0;
        AppendBlocks(body.ChildElements, fonts, sb, ref bijoyRuns);
        var warnings = new List<string>();
        if (bijoyRuns > 0) warnings.Add($"{bijoyRuns} run(s) in a Bijoy font (SutonnyMJ) were converted to Unicode.");
        // Runs without a Bijoy font still go through the statistical check (text pasted from a Bijoy file keeps its letters, not its font).
        return new ExtractedText(ImportedText.Normalize(sb.ToString()), warnings);
    }

    // Paragraphs and tables in order; content controls (templates' fill-in blocks) are read through.
    private static void AppendBlocks(IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> elements, DocxFonts fonts, StringBuilder sb, ref int bijoyRuns)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p:
                    sb.Append(ParagraphText(p, fonts, ref bijoyRuns)).Append('\n');
                    break;
                case Table t:
                    AppendTable(t, fonts, sb, ref bijoyRuns);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    AppendBlocks(content.ChildElements, fonts, sb, ref bijoyRuns);
                    break;
            }
        }
    }

    private static void AppendTable(Table table, DocxFonts fonts, StringBuilder sb, ref int bijoyRuns)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var parts = new List<string>();
                foreach (var p in cell.Elements<Paragraph>())
                {
                    var text = ParagraphText(p, fonts, ref bijoyRuns).Replace('\t', ' ').Trim();
                    if (text.Length > 0) parts.Add(text);
                }
                cells.Add(string.Join(" ", parts));
                // A merged (spanned) cell still counts once per grid column, so later cells keep their column.
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var k = 1; k < span; k++) cells.Add("");
            }
            sb.Append(string.Join('\t', cells)).Append('\n');
        }
        sb.Append('\n');
    }

    private static string ParagraphText(Paragraph p, DocxFonts fonts, ref int bijoyRuns)
    {
        var sb = new StringBuilder();
        var styleFont = fonts.ForParagraphStyle(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        foreach (var run in p.Descendants<Run>())
        {
            var runText = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t: runText.Append(t.Text); break;
                    case TabChar: runText.Append('\t'); break;
                    case Break: runText.Append('\n'); break;
                }
            }
            if (runText.Length == 0) continue;
            var rf = run.RunProperties?.RunFonts;
            var font = rf?.Ascii?.Value ?? rf?.HighAnsi?.Value ?? fonts.ForCharacterStyle(run.RunProperties?.RunStyle?.Val?.Value) ?? styleFont ?? fonts.Default;
            if (BijoyText.IsBijoyFont(font) && runText.ToString().Any(c => c is >= '!' and <= 'ÿ' || c > '\u2000'))
            {
                sb.Append(BijoyText.ConvertRun(runText.ToString()));
                bijoyRuns++;
            }
            else sb.Append(runText);
        }
        return sb.ToString();
    }

    // The font a run is drawn in: its own, else its character style's, its paragraph style's, the document default.
    private sealed class DocxFonts
    {
        private readonly Dictionary<string, string?> _styles = new(StringComparer.Ordinal);

        public DocxFonts(WordprocessingDocument doc)
        {
            var styles = doc.MainDocumentPart?.StyleDefinitionsPart?.Styles;
            if (styles is null) return;
            Default = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts?.Ascii?.Value;
            foreach (var style in styles.Elements<Style>())
            {
                if (style.StyleId?.Value is not { } id) continue;
                _styles[id] = style.StyleRunProperties?.RunFonts?.Ascii?.Value;
            }
        }

        public string? Default { get; }

        public string? ForParagraphStyle(string? id) => id is not null && _styles.TryGetValue(id, out var f) ? f : null;

        public string? ForCharacterStyle(string? id) => ForParagraphStyle(id);
    }

    // ------------------------------------------------------------------ HTML

    private static readonly string[] ChromeMarkers =
    [
        "menu", "nav", "header", "footer", "breadcrumb", "sidebar", "social", "share", "font-size", "text-size", "textsize",
        "search", "top-bar", "topbar", "banner", "marquee", "slider", "login", "copyright", "scroll",
    ];

    private static readonly string[] ChromeTexts =
    [
        "পরিকল্পনা ও বাস্তবায়নে", "কারিগরি সহায়তায়", "সাইটটি শেষ হালনাগাদ", "Text size", "টেক্সট সাইজ", "লেখার আকার",
        "জাতীয় তথ্য বাতায়ন", "বাংলাদেশ জাতীয় তথ্য বাতায়ন", "Skip to content", "মেনু নির্বাচন করুন", "প্রিন্ট করুন",
        "© সর্বস্বত্ব", "সর্বস্বত্ব সংরক্ষিত", "Copyright", "শেয়ার করুন",
    ];

    public static string Html(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var el in document.QuerySelectorAll("script, style, noscript, nav, header, footer, iframe, form, button, select, svg").ToList())
            el.Remove();
        foreach (var el in document.QuerySelectorAll("[class], [id], [role]").ToList())
        {
            if (el.TagName is "BODY" or "HTML" or "TABLE" or "TR" or "TD" or "TH" or "TBODY") continue;
            var marker = $"{el.ClassName} {el.Id} {el.GetAttribute("role")}".ToLowerInvariant();
            if (ChromeMarkers.Any(m => marker.Split(' ', '-', '_').Contains(m) || marker.Contains(m + "-", StringComparison.Ordinal) || marker.Contains("-" + m, StringComparison.Ordinal))
                && el.QuerySelectorAll("table").Length == 0)
                el.Remove();
        }
        var sb = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, sb, bijoy: false);
        // Portal furniture that has no class to tell it by: short lines of known wording (never a table row or a paragraph).
        return WithoutChromeLines(sb.ToString());
    }

    /// <summary>
    /// Drops short lines of known portal wording ("Text size", "পরিকল্পনা ও বাস্তবায়নে…"), never a table row or a
    /// paragraph: a saved page's furniture without a class, or what comes along when a portal page is copied and pasted.
    /// </summary>
    public static string WithoutChromeLines(string text) =>
        string.Join('\n', text.Split('\n').Where(l => l.Contains('\t') || l.Length > 120 || !ChromeTexts.Any(c => l.Contains(c, StringComparison.OrdinalIgnoreCase))));

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "SECTION", "ARTICLE", "BLOCKQUOTE", "PRE", "CENTER",
        "ADDRESS", "DL", "DT", "DD", "MAIN", "ASIDE", "FIGURE", "FIGCAPTION", "CAPTION",
    };

    private static void Walk(INode node, StringBuilder sb, bool bijoy)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                var t = text.Data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
                sb.Append(bijoy ? BijoyText.ConvertRun(t) : t);
                continue;
            }
            if (child is not IElement el) continue;
            var inBijoy = bijoy || BijoyText.IsBijoyFont(FontOf(el));
            switch (el.TagName)
            {
                case "BR":
                    sb.Append('\n');
                    break;
                case "TABLE":
                    sb.EnsureNewLine();
                    foreach (var row in el.QuerySelectorAll("tr").Where(r => r.Closest("table") == el))
                    {
                        var cells = row.Children.Where(c => c.TagName is "TD" or "TH").Select(c =>
                        {
                            var inner = new StringBuilder();
                            Walk(c, inner, inBijoy || BijoyText.IsBijoyFont(FontOf(c)));
                            var cellText = string.Join(" ", inner.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                            var span = int.TryParse(c.GetAttribute("colspan"), out var n) && n > 1 ? n : 1;
                            return cellText + new string('\t', span - 1);
                        });
                        sb.Append(string.Join('\t', cells)).Append('\n');
                    }
                    sb.Append('\n');
                    break;
                default:
                    var block = Blocks.Contains(el.TagName);
                    if (block) sb.EnsureNewLine();
                    Walk(el, sb, inBijoy);
                    if (block) sb.EnsureNewLine();
                    break;
            }
        }
    }

    private static string? FontOf(IElement el)
    {
        var face = el.GetAttribute("face");
        if (face is not null) return face;
        var style = el.GetAttribute("style");
        if (style is null) return null;
        var at = style.IndexOf("font-family", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var colon = style.IndexOf(':', at);
        var end = style.IndexOf(';', at);
        return colon < 0 ? null : style[(colon + 1)..(end < 0 ? style.Length : end)];
    }

    // ------------------------------------------------------------------ PDF and DOC (external programs)

    // The programs are found on PATH; a test names a missing one to see the message a user gets.
    public static async Task<ExtractedText> PdfAsync(string path, CancellationToken ct, string pdftotext = "pdftotext")
    {
        var (ok, output, error) = await RunAsync(pdftotext, ["-layout", "-enc", "UTF-8", path, "-"], TimeSpan.FromSeconds(60), ct);
        if (!ok)
        {
            return new ExtractedText("", [error ?? "pdftotext failed."]);
        }
        var letters = output.Count(char.IsLetter);
        if (letters < 20)
            return new ExtractedText("", ["The PDF has no text layer (a scan): it needs OCR before it can be imported. / পিডিএফে লেখা নেই (স্ক্যান করা): আগে ওসিআর করতে হবে।"]);
        return new ExtractedText(ImportedText.Normalize(PdfLayout.ToRows(output)), []);
    }

    public static async Task<ExtractedText> DocAsync(string path, CancellationToken ct, string soffice = "soffice")
    {
        var dir = Directory.CreateTempSubdirectory("protishruti-doc-");
        try
        {
            var (ok, _, error) = await RunAsync(soffice,
                ["--headless", "--norestore", $"-env:UserInstallation=file://{dir.FullName}/profile", "--convert-to", "docx", "--outdir", dir.FullName, path],
                TimeSpan.FromSeconds(120), ct);
            var converted = Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(path) + ".docx");
            if (!ok || !File.Exists(converted))
                return new ExtractedText("", [error ?? "LibreOffice could not convert the .doc file; save it as .docx in Word and import that."]);
            await using var stream = File.OpenRead(converted);
            var result = Docx(stream);
            return result with { Warnings = [.. result.Warnings, "Converted from .doc with LibreOffice."] };
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<(bool Ok, string Output, string? Error)> RunAsync(string program, string[] args, TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            var hint = program.Contains("pdftotext", StringComparison.Ordinal)
                ? "pdftotext is not installed: install poppler-utils (sudo apt-get install poppler-utils) to import PDF files."
                : "LibreOffice is not installed: install libreoffice-writer-nogui (sudo apt-get install libreoffice-writer-nogui) to import .doc files, or save the file as .docx.";
            return (false, "", hint);
        }
        using (process)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            var stderr = process.StandardError.ReadToEndAsync(cts.Token);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                return (false, "", $"{program} took longer than {timeout.TotalSeconds:0} seconds and was stopped.");
            }
            var output = await stdout;
            var err = await stderr;
            return process.ExitCode == 0 ? (true, output, null) : (false, output, $"{program} failed: {err.Trim()}");
        }
    }
}
