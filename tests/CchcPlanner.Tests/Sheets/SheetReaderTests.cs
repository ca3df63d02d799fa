using System.Text;
using CchcPlanner.Sheets;

namespace CchcPlanner.Tests.Sheets;

public sealed class SheetReaderTests
{
    private static SheetTable Csv(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return SheetReader.Read(new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes), "don-vi.csv");
    }

    [Fact]
    public void Read_CsvWithBomAndCommas_KeysRowsByHeader()
    {
        var sheet = Csv("Tên đơn vị,Viết tắt\r\nTrường mầm non Hoa Sen,MNHS\r\n", bom: true);

        Assert.Equal(["Tên đơn vị", "Viết tắt"], sheet.Headers);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(2, row.Number);
        Assert.Equal("Trường mầm non Hoa Sen", row["Tên đơn vị"]);
        Assert.Equal("MNHS", row["viết tắt"]);
        Assert.Equal(string.Empty, row["Không có cột này"]);
    }

    [Fact]
    public void Read_CsvWithSemicolonsQuotesAndLineBreaks_ReadsEachField()
    {
        var sheet = Csv("Tên;Ghi chú\n\"Phòng \"\"Nội vụ\"\"; huyện\";\"dòng 1\ndòng 2\"\nTrường A;\n");

        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal("Phòng \"Nội vụ\"; huyện", sheet.Rows[0]["Tên"]);
        Assert.Equal("dòng 1\ndòng 2", sheet.Rows[0]["Ghi chú"]);
        Assert.Equal("Trường A", sheet.Rows[1]["Tên"]);
        Assert.Equal(string.Empty, sheet.Rows[1]["Ghi chú"]);
        Assert.Equal(4, sheet.Rows[1].Number);
    }

    [Fact]
    public void Read_CsvWithBlankRowsAndShortRows_SkipsBlanksAndFillsMissingCells()
    {
        var sheet = Csv("\n A , B \n\n1\n,,\n2,3,4\n");

        Assert.Equal(["A", "B"], sheet.Headers);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal(("1", string.Empty), (sheet.Rows[0]["A"], sheet.Rows[0]["B"]));
        Assert.Equal(4, sheet.Rows[0].Number);
        Assert.Equal(("2", "3"), (sheet.Rows[1]["A"], sheet.Rows[1]["B"]));
    }

    [Fact]
    public void Read_DecomposedText_NormalisesToNfc()
    {
        var decomposed = "Trường".Normalize(NormalizationForm.FormD);

        var sheet = Csv($"Tên\n{decomposed}\n");

        Assert.Equal("Trường", sheet.Rows[0]["Tên"]);
        Assert.True(sheet.Rows[0]["Tên"].IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Read_Xlsx_ReadsSharedInlineNumbersAndBlankCells()
    {
        var bytes = XlsxFixture.Write(
            ["Tên đơn vị", "Viết tắt", "Số", "Địa danh"],
            ["Trường tiểu học Kim Đồng", new XlsxFixture.Inline("THKĐ"), 12, "Quận 1"],
            [null, null, null, null],
            ["Trường B", null, 1.5, "Huyện C"]);

        var sheet = SheetReader.Read(new MemoryStream(bytes), "don-vi.xlsx");

        Assert.Equal(["Tên đơn vị", "Viết tắt", "Số", "Địa danh"], sheet.Headers);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal("THKĐ", sheet.Rows[0]["Viết tắt"]);
        Assert.Equal("12", sheet.Rows[0]["Số"]);
        Assert.Equal(4, sheet.Rows[1].Number);
        Assert.Equal(string.Empty, sheet.Rows[1]["Viết tắt"]);
        Assert.Equal("1.5", sheet.Rows[1]["Số"]);
        Assert.Equal("Huyện C", sheet.Rows[1]["Địa danh"]);
    }

    [Theory]
    [InlineData(new byte[0], "Tệp rỗng")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, "không phải là bảng tính XLSX")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 1, 2 }, ".xls")]
    [InlineData(new byte[] { 0x54, 0xEA, 0x6E, 0x0A }, "UTF-8")]
    [InlineData(new byte[] { 0x0A, 0x20, 0x0A }, "không có dòng tiêu đề")]
    public void Read_MalformedFile_RefusesInVietnamese(byte[] bytes, string expected)
    {
        var error = Assert.Throws<SheetException>(() => SheetReader.Read(new MemoryStream(bytes), "tep.csv"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextNamedXlsx_Refuses()
    {
        var error = Assert.Throws<SheetException>(() => SheetReader.Read(new MemoryStream("a,b\n1,2"u8.ToArray()), "don-vi.xlsx"));

        Assert.Contains("không phải là bảng tính XLSX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuote_Refuses()
    {
        var error = Assert.Throws<SheetException>(() => Csv("A,B\n\"mở,2\n"));

        Assert.Contains("dấu ngoặc kép", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeader_Refuses()
    {
        var error = Assert.Throws<SheetException>(() => Csv("Tên,tên\n1,2\n"));

        Assert.Contains("hai lần", error.Message, StringComparison.Ordinal);
    }
}
