using CchcPlanner.Sheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcPlanner.Tests.Sheets;

/// <summary>The XLSX writer, read back with the Open XML SDK: names, title, header, numbers as numbers, Vietnamese in NFC.</summary>
public sealed class SheetWriterTests
{
    [Fact]
    public void Write_TwoTables_ReadBackAsTwoSheetsWithTitleHeaderAndTypedCells()
    {
        var decomposed = "Trường mầm non Tuổi Hồng".Normalize(System.Text.NormalizationForm.FormD);
        var bytes = SheetWriter.Write(
        [
            new WorkbookSheet("Mức đạt", "Tỷ lệ chỉ tiêu đạt", ["Đơn vị", "Tỷ lệ (%)", "Số chỉ tiêu", "Ngày"], [[decomposed, 77.8m, 9, new DateOnly(2023, 2, 1)], ["Trường B", null, 0, null]]),
            new WorkbookSheet("Đơn vị chậm nhất / quý: [I]", "Khác", ["#"], []),
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Descendants<Sheet>().ToList();
        Assert.Equal(["Mức đạt", "Đơn vị chậm nhất - quý- -I-"], sheets.Select(s => s.Name!.Value));
        var rows = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(["Tỷ lệ chỉ tiêu đạt"], rows[0].Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal(["Đơn vị", "Tỷ lệ (%)", "Số chỉ tiêu", "Ngày"], rows[1].Elements<Cell>().Select(c => c.InnerText));
        var cells = rows[2].Elements<Cell>().ToList();
        Assert.Equal("Trường mầm non Tuổi Hồng", cells[0].InnerText);
        Assert.True(cells[0].InnerText.IsNormalized());
        Assert.Equal((CellValues.Number, "77.8"), (cells[1].DataType!.Value, cells[1].CellValue!.Text));
        Assert.Equal("9", cells[2].CellValue!.Text);
        Assert.Equal("01/02/2023", cells[3].InnerText);
        Assert.Equal(("C3", "A4"), (cells[2].CellReference!.Value!, rows[3].Elements<Cell>().First().CellReference!.Value!));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_CountsLikeASpreadsheet(int index, string expected) => Assert.Equal(expected, SheetWriter.ColumnName(index));

    [Fact]
    public void SheetName_LongerThan31_IsCut() =>
        Assert.Equal(31, SheetWriter.SheetName("Trạng thái kế hoạch và báo cáo theo từng đơn vị trực thuộc").Length);
}
