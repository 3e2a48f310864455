using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Protishruti.Web.Documents.Docx;

public enum DocxAlign { Left, Center, Right, Justify }

/// <summary>
/// A table cell: its lines (one paragraph each), optionally bold or centred; <paramref name="Lead"/> is printed bold
/// before the first line ("বিষয়: …"), and with <paramref name="ListIndent"/> a line that starts a list item ("ক)", "১.",
/// "-") hangs its text under the serial, as the PDF prints it.
/// </summary>
public sealed record DocxCell(IReadOnlyList<string> Lines, bool Bold = false, bool Center = false, string? Lead = null,
    Func<string, bool>? ListIndent = null)
{
    public static implicit operator DocxCell(string text) => new([text]);
}

/// <summary>
/// Writes a Word document the way an office would have typed it, so that it stays editable: real styles (Normal,
/// Title, Heading 1/2, No Spacing, Table Grid), real tables whose header rows repeat on every page and whose rows do
/// not split, the page size, orientation and margins of the section, and a page number in the footer. Bengali is a
/// complex script to Word: it takes the complex-script font (w:rFonts/@w:cs), size (w:szCs) and bold (w:bCs), and the
/// complex-script language (w:lang/@w:bidi = bn-BD) for shaping, spelling and line breaking (ADR 0014).
/// </summary>
public sealed class DocxBuilder
{
    public const string BengaliFont = "Noto Serif Bengali";
    public const string FallbackFont = "Nirmala UI";
    private const string TableGridStyle = "TableGrid";
    private const string NoSpacingStyle = "NoSpacing";
    private const int DefaultFontHalfPoints = 24;

    private readonly List<OpenXmlElement> _body = [];
    private readonly PaperSize _size;
    private readonly bool _landscape;
    private readonly int _margin;

    public DocxBuilder(PaperSize size = PaperSize.A4, bool landscape = false, int marginTwips = 1134)
    {
        _size = size;
        _landscape = landscape;
        _margin = marginTwips;
    }

    /// <summary>Page width and height in twips (1/1440 inch), portrait.</summary>
    public static (int Width, int Height) PaperTwips(PaperSize size) => size switch
    {
        PaperSize.A3 => (16838, 23811),
        PaperSize.Legal => (12240, 20160),
        _ => (11906, 16838),
    };

    /// <summary>The width between the margins, which table columns share.</summary>
    public int TextWidth
    {
        get
        {
            var (w, h) = PaperTwips(_size);
            return (_landscape ? h : w) - 2 * _margin;
        }
    }

    public DocxBuilder Title(string text) => Add(Para([text], "Title", DocxAlign.Center));

    public DocxBuilder Heading(string text, int level = 1) => Add(Para([text], level <= 1 ? "Heading1" : "Heading2"));

    public DocxBuilder Paragraph(string text, DocxAlign align = DocxAlign.Justify, bool bold = false) =>
        Add(Para([text], null, align, bold));

    /// <summary>Lines set close together (No Spacing), as letterheads and signature blocks are.</summary>
    public DocxBuilder Lines(IEnumerable<string> lines, DocxAlign align = DocxAlign.Left, bool bold = false, int indentTwips = 0)
    {
        foreach (var line in lines)
        {
            Add(Para([line], NoSpacingStyle, align, bold, indentTwips));
        }
        return this;
    }

    /// <summary>An empty paragraph, for the space a signature needs.</summary>
    public DocxBuilder Space(int lines = 1)
    {
        for (var i = 0; i < lines; i++) Add(Para([""], NoSpacingStyle));
        return this;
    }

    public DocxBuilder PageBreak() => Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>
    /// A bordered table. <paramref name="headers"/> rows repeat at the top of every page; no row splits across pages.
    /// </summary>
    /// Column widths are shares of the text width, raised where a column's longest word would not fit (ColumnWidths);
    /// <paramref name="fontHalfPoints"/> sets a smaller text for wide tables (the progress report's fifteen columns).
    /// <paramref name="rowsSplit"/> lets a long body row go on overleaf (the minutes' decision table, ADR 0047), the header repeated.
    public DocxBuilder Table(IReadOnlyList<IReadOnlyList<string>> headers, IEnumerable<IReadOnlyList<DocxCell>> rows, IReadOnlyList<int> shares,
        int? fontHalfPoints = null, bool rowsSplit = false)
    {
        var body = rows.ToList();
        var texts = Enumerable.Range(0, shares.Count)
            .Select(i => headers.Select(h => i < h.Count ? h[i] : "")
                .Concat(body.SelectMany(r => i < r.Count ? r[i].Lines : [])))
            .ToList();
        var widths = ColumnWidths.Fit(shares, texts, TextWidth, fontHalfPoints ?? DefaultFontHalfPoints);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = TableGridStyle },
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (var header in headers)
            table.Append(Row(header.Select(h => new DocxCell([h], Bold: true, Center: true)).ToList(), widths, header: true, fontHalfPoints));
        foreach (var row in body)
            table.Append(Row(row, widths, header: false, fontHalfPoints, rowsSplit));
        Add(table);
        return Add(Para([""], NoSpacingStyle));
    }

    /// <summary>A borderless two-or-more-column layout (memo line, header block): a table with no grid.</summary>
    public DocxBuilder Columns(IReadOnlyList<DocxCell> cells, IReadOnlyList<int> shares, IReadOnlyList<DocxAlign>? aligns = null)
    {
        var widths = Widths(shares);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var align = aligns is not null && i < aligns.Count ? aligns[i] : DocxAlign.Left;
            row.Append(Cell(cells[i], widths[i], align, shaded: false));
        }
        table.Append(row);
        return Add(table);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            AddFonts(main);
            AddSettings(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            body.Append(Section(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
            doc.PackageProperties.Language = "bn-BD";
        }
        return stream.ToArray();
    }

    private DocxBuilder Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    private int[] Widths(IReadOnlyList<int> shares)
    {
        var total = shares.Sum();
        return shares.Select(s => TextWidth * s / total).ToArray();
    }

    private static TableRow Row(IReadOnlyList<DocxCell> cells, int[] widths, bool header, int? fontHalfPoints = null, bool split = false)
    {
        var props = new TableRowProperties();
        if (!split) props.Append(new CantSplit());
        if (header) props.Append(new TableHeader());
        var row = new TableRow(props);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : new DocxCell([""]);
            row.Append(Cell(cell, widths[i], cell.Center ? DocxAlign.Center : DocxAlign.Left, shaded: header, fontHalfPoints));
        }
        return row;
    }

    private static TableCell Cell(DocxCell cell, int width, DocxAlign align, bool shaded, int? fontHalfPoints = null)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded) props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EEEEEE" });
        var result = new TableCell(props);
        var lines = cell.Lines.Count == 0 ? [""] : cell.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var hanging = cell.ListIndent?.Invoke(lines[i]) == true;
            var p = Para([lines[i]], NoSpacingStyle, align, cell.Bold, fontHalfPoints: fontHalfPoints, hangingTwips: hanging ? ListHangTwips : 0);
            if (i == 0 && cell.Lead is { } lead)
            {
                var run = new Run(new RunProperties(new Bold(), new BoldComplexScript()), new Text($"{lead}: ") { Space = SpaceProcessingModeValues.Preserve });
                if (p.GetFirstChild<Run>() is { } first) p.InsertBefore(run, first);
                else p.Append(run);
            }
            result.Append(p);
        }
        return result;
    }

    /// <summary>A list line's hanging indent, 6 mm as the PDF's (documents.css: .line.li).</summary>
    private const int ListHangTwips = 340;

    // Child order inside w:pPr, w:tblPr and w:rPr is fixed by the schema (Word refuses some files otherwise); the
    // round-trip tests validate every document.
    private static Paragraph Para(IReadOnlyList<string> texts, string? style, DocxAlign align = DocxAlign.Left, bool bold = false, int indentTwips = 0,
        int? fontHalfPoints = null, int hangingTwips = 0)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (hangingTwips > 0) props.Append(new Indentation { Left = Twips(indentTwips + hangingTwips), Hanging = Twips(hangingTwips) });
        else if (indentTwips > 0) props.Append(new Indentation { Left = Twips(indentTwips) });
        if (align != DocxAlign.Left) props.Append(new Justification { Val = Justify(align) });
        var p = new Paragraph(props);
        foreach (var text in texts)
        {
            var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                var run = new Run();
                if (bold || fontHalfPoints is not null)
                {
                    var rp = new RunProperties();
                    if (bold) rp.Append(new Bold(), new BoldComplexScript());
                    if (fontHalfPoints is { } size) rp.Append(new FontSize { Val = Twips(size) }, new FontSizeComplexScript { Val = Twips(size) });
                    run.Append(rp);
                }
                if (i > 0) run.Append(new Break());
                run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                p.Append(run);
            }
        }
        return p;
    }

    private static JustificationValues Justify(DocxAlign align) => align switch
    {
        DocxAlign.Center => JustificationValues.Center,
        DocxAlign.Right => JustificationValues.Right,
        DocxAlign.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private SectionProperties Section(string footerId)
    {
        var (w, h) = PaperTwips(_size);
        var m = (uint)_margin;
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize
            {
                Width = (uint)(_landscape ? h : w),
                Height = (uint)(_landscape ? w : h),
                Orient = _landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin { Top = (int)m, Bottom = (int)m, Left = m, Right = m, Header = 567, Footer = 567, Gutter = 0 },
            new PageNumberType { Start = 1 });
    }

    // OOXML has no Bengali number format (ST_NumberFormat's Indic formats are Devanagari: hindiNumbers), so the PAGE
    // field prints Western digits; ADR 0014.
    private static Footer Footer() => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
            new Run(new Text("পৃষ্ঠা ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

    private static RunFonts Fonts() => new()
    {
        Ascii = BengaliFont,
        HighAnsi = BengaliFont,
        ComplexScript = BengaliFont,
        EastAsia = BengaliFont,
    };

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(),
                    new FontSize { Val = Twips(DefaultFontHalfPoints) },
                    new FontSizeComplexScript { Val = Twips(DefaultFontHalfPoints) },
                    new Languages { Val = "en-US", Bidi = "bn-BD", EastAsia = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle("Title", "Title", "Normal", bold: true, size: 28, after: 240, center: true, underline: true),
            ParagraphStyle("Heading1", "heading 1", "Normal", bold: true, size: 26, before: 240, after: 120, outline: 0),
            ParagraphStyle("Heading2", "heading 2", "Normal", bold: true, size: 24, before: 160, after: 80, outline: 1),
            ParagraphStyle(NoSpacingStyle, "No Spacing", "Normal", after: 0),
            ParagraphStyle("Footer", "footer", "Normal", size: 20, after: 0),
            new Style(
                new StyleName { Val = "Table Grid" },
                new BasedOn { Val = "TableNormal" },
                new UIPriority { Val = 39 },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableGridStyle },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false, bool bold = false, int? size = null,
        int? before = null, int? after = null, bool center = false, bool underline = false, int? outline = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        var p = new StyleParagraphProperties();
        if (outline is not null) p.Append(new KeepNext());
        if (before is not null || after is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is not null) spacing.Before = Twips(before.Value);
            if (after is not null) spacing.After = Twips(after.Value);
            p.Append(spacing);
        }
        if (center) p.Append(new Justification { Val = JustificationValues.Center });
        if (outline is not null) p.Append(new OutlineLevel { Val = outline });
        if (p.HasChildren) style.Append(p);
        var r = new StyleRunProperties();
        if (bold) r.Append(new Bold(), new BoldComplexScript());
        if (size is not null) r.Append(new FontSize { Val = Twips(size.Value) }, new FontSizeComplexScript { Val = Twips(size.Value) });
        if (underline) r.Append(new Underline { Val = UnderlineValues.Single });
        if (r.HasChildren) style.Append(r);
        return style;
    }

    // The font table tells Word what to substitute where Noto Serif Bengali is not installed: the alternate name
    // (Nirmala UI ships with Windows and shapes Bengali) and the Bengali code-page bit in the signature.
    private static void AddFonts(MainDocumentPart main)
    {
        var part = main.AddNewPart<FontTablePart>();
        part.Fonts = new Fonts(
            new Font(
                new AltName { Val = FallbackFont },
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable },
                new FontSignature { UnicodeSignature0 = "00010003", UnicodeSignature1 = "00000000", UnicodeSignature2 = "00000000",
                    UnicodeSignature3 = "00000000", CodePageSignature0 = "00000001", CodePageSignature1 = "00000000" })
            { Name = BengaliFont },
            new Font(
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = FallbackFont });
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", Bidi = "bn-BD" });
    }
}
