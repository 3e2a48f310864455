using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Tests.Web;

/// <summary>The CSV reader the office, post, holiday and charter imports share: what Excel and hand-edited files look like.</summary>
public sealed class CsvTableTests
{
    private static string[] Cells(CsvRow row, params string[] columns) => columns.Select(c => row[c] ?? "").ToArray();

    [Fact]
    public void Quoted_cells_keep_their_commas_and_doubled_quotes()
    {
        var table = CsvTable.Parse("code,address_bn,name_en\r\nx,\"নাটোর, রাজশাহী\",\"The \"\"Old\"\" Office\"\r\n");
        Cells(table.Rows.ShouldHaveSingleItem(), "code", "address_bn", "name_en").ShouldBe(["x", "নাটোর, রাজশাহী", "The \"Old\" Office"]);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Line_breaks_inside_quotes_stay_in_the_cell_and_later_rows_keep_their_line_numbers(string eol)
    {
        var text = string.Join(eol, "code,address_bn", $"a,\"প্রথম লাইন{eol}দ্বিতীয় লাইন{eol}তৃতীয়\"", "b,সরল", "c,\"আবার" + eol + "দুই\"", "d,শেষ");
        var table = CsvTable.Parse(text);
        table.Rows.Select(r => (r.Line, r["code"])).ShouldBe([(2, "a"), (5, "b"), (6, "c"), (8, "d")]);
        table.Rows[0]["address_bn"].ShouldBe($"প্রথম লাইন{eol}দ্বিতীয় লাইন{eol}তৃতীয়");
    }

    [Fact]
    public void A_file_whose_lines_end_in_a_lone_CR_is_read_row_by_row()
    {
        // Old Mac exports: each CR ends a row, so the rows are neither merged nor numbered all as line 1.
        var table = CsvTable.Parse("code,name_bn\rx,এক\ry,দুই\r");
        table.Rows.Select(r => (r.Line, r["code"], r["name_bn"])).ShouldBe([(2, "x", "এক"), (3, "y", "দুই")]);
    }

    [Fact]
    public void Excels_byte_order_mark_and_CRLF_are_read_as_a_plain_header()
    {
        var table = CsvTable.Parse("\uFEFFcode,name_bn\r\nx,এক\r\n");
        table.Header.ShouldBe(["code", "name_bn"]);
        table.Rows.ShouldHaveSingleItem()["code"].ShouldBe("x");
    }

    [Fact]
    public void Blank_and_empty_lines_are_skipped_without_shifting_line_numbers()
    {
        var table = CsvTable.Parse("\ncode,name_bn\n\nx,এক\n,\n\ny,দুই\n\n");
        table.Header.ShouldBe(["code", "name_bn"]);
        table.Rows.Select(r => (r.Line, r["code"])).ShouldBe([(4, "x"), (7, "y")]);
    }

    [Fact]
    public void The_header_is_trimmed_and_case_insensitive_and_cells_are_trimmed_or_null()
    {
        var table = CsvTable.Parse(" Code ,NAME_BN,Name_En\nx ,  , ইংরেজি নয়\n");
        table.Header.ShouldBe(["code", "name_bn", "name_en"]);
        table.MissingColumns("code", "kind", "name_bn").ShouldBe(["kind"]);
        var row = table.Rows.ShouldHaveSingleItem();
        row["code"].ShouldBe("x");
        row["name_bn"].ShouldBeNull();
        row["name_en"].ShouldBe("ইংরেজি নয়");
        row["kind"].ShouldBeNull();
    }

    [Fact]
    public void A_short_row_reads_its_missing_cells_as_null()
    {
        CsvTable.Parse("code,name_bn,name_en\nx\n").Rows.ShouldHaveSingleItem()["name_en"].ShouldBeNull();
    }

    [Fact]
    public void A_stray_quote_inside_a_cell_is_kept_as_text_and_swallows_nothing()
    {
        var table = CsvTable.Parse("code,name_en\nx,12\" monitor\ny,next\n");
        table.Rows.Select(r => r["name_en"]).ShouldBe(["12\" monitor", "next"]);
    }

    [Fact]
    public void An_empty_file_has_no_header_and_no_rows()
    {
        var table = CsvTable.Parse("\uFEFF\r\n\r\n");
        table.Header.ShouldBeEmpty();
        table.Rows.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_quote_that_is_never_closed_is_refused_naming_its_line_and_column(string eol)
    {
        var text = string.Join(eol, "code,name_bn,address_bn", "a,এক,\"বহু" + eol + "লাইন\"", "b,\"দুই,ঠিকানা", "c,তিন,ঠিকানা", "d,চার,ঠিকানা");
        var e = Should.Throw<CsvFormatException>(() => CsvTable.Parse(text));
        (e.Line, e.Column, e.ColumnName).ShouldBe((4, 2, "name_bn"));
        e.Message.ShouldStartWith("Line 4, column 2 (name_bn): ");
        e.MessageBn.ShouldStartWith("লাইন ৪, কলাম ২ (name_bn): ");
        e.MessageBn.ShouldContain("উদ্ধৃতিচিহ্ন");
    }

    [Fact]
    public void An_unclosed_quote_in_the_header_names_the_column_by_number()
    {
        var e = Should.Throw<CsvFormatException>(() => CsvTable.Parse("code,\"name_bn\nx,y\n"));
        (e.Line, e.Column, e.ColumnName).ShouldBe((1, 2, (string?)null));
    }
}
