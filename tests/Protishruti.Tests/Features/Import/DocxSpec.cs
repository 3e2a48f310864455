using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Protishruti.Tests.Features.Import;

/// <summary>
/// Builds a Word file from a small text spec, as an office's Word file would be: each line a paragraph, consecutive
/// lines with tabs a table (cells split at tabs, " ¶ " starts a new paragraph in a cell), «MJ:…» a run in SutonnyMJ,
/// everything else a run in Nikosh (a Unicode font). A line starting with "¤" is a paragraph in the style "Bijoy",
/// whose font (SutonnyMJ) is set only in the style, as Word does when a typist applies a style.
/// </summary>
public static class DocxSpec
{
    /// <param name="endWithParagraph">End the body with an empty paragraph, as Word always does; LibreOffice's .doc
    /// filter drops a table's cells into one paragraph when the document ends with the table.</param>
    public static byte[] Build(string spec, bool endWithParagraph = false)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "Bijoy" },
                new StyleRunProperties(new RunFonts { Ascii = "SutonnyMJ", HighAnsi = "SutonnyMJ" }))
            { Type = StyleValues.Paragraph, StyleId = "Bijoy" });
            var body = new Body();
            main.Document = new Document(body);
            var lines = spec.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.Contains('\t'))
                {
                    if (table is null)
                    {
                        table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single },
                            new BottomBorder { Val = BorderValues.Single }, new InsideHorizontalBorder { Val = BorderValues.Single },
                            new InsideVerticalBorder { Val = BorderValues.Single })));
                        body.Append(table);
                    }
                    var row = new TableRow();
                    foreach (var cell in line.Split('\t'))
                    {
                        var tc = new TableCell();
                        foreach (var para in cell.Split(" ¶ "))
                            tc.Append(Paragraph(para));
                        row.Append(tc);
                    }
                    table.Append(row);
                    continue;
                }
                table = null;
                if (line.StartsWith('¤'))
                {
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Bijoy" }),
                        new Run(new Text(line[1..]) { Space = SpaceProcessingModeValues.Preserve })));
                    continue;
                }
                body.Append(Paragraph(line));
            }
            if (endWithParagraph) body.Append(new Paragraph());
        }
        return ms.ToArray();
    }

    private static Paragraph Paragraph(string text)
    {
        var p = new Paragraph();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("«MJ:", i, StringComparison.Ordinal);
            if (start < 0)
            {
                p.Append(Run(text[i..], "Nikosh"));
                break;
            }
            if (start > i) p.Append(Run(text[i..start], "Nikosh"));
            var end = text.IndexOf('»', start);
            p.Append(Run(text[(start + 4)..end], "SutonnyMJ"));
            i = end + 1;
        }
        return p;
    }

    private static Run Run(string text, string font) =>
        new(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
