using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Protishruti.Tests.Documents;

/// <summary>Opens a DOCX as Word would and reads what a test needs: tables and their cells' text, styles, fonts, page.</summary>
public sealed class DocxReader : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }
    public Body Body => Document.MainDocumentPart!.Document!.Body!;
    public string Text => string.Join("\n", Body.Descendants<Paragraph>().Select(p => p.InnerText));
    public IReadOnlyList<Table> Tables => Body.Elements<Table>().ToList();

    public static IReadOnlyList<IReadOnlyList<string>> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>()
            .Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList()).ToList();

    /// <summary>The first table whose first row reads <paramref name="headings"/>.</summary>
    public Table TableWithHeader(IReadOnlyList<string> headings) =>
        Tables.FirstOrDefault(t => Cells(t) is [var first, ..] && first.SequenceEqual(headings))
        ?? throw new ShouldAssertException($"No table headed {string.Join(" | ", headings)}");

    public static bool IsRepeatedHeader(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
    public static bool CannotSplit(TableRow row) => row.TableRowProperties?.GetFirstChild<CantSplit>() is not null;

    public RunFonts DefaultFonts => Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!
        .RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;

    public Languages DefaultLanguages => Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!
        .RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;

    public IReadOnlyList<string> StyleIds => Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value!).ToList();

    public PageSize PageSize => Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;

    public string FooterText => string.Join("", Document.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText));

    /// <summary>Schema errors as Word 2019 would find them (none expected).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(Document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
