using System.Net;
using CchcPlanner.Data.Demo;
using CchcPlanner.IntegrationTests.Documents;
using CchcPlanner.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcPlanner.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard page and its XLSX export through the running app, on the demo (the kindergarten's results of 2023):
/// the workbook read back with the Open XML SDK and opened by LibreOffice Calc with its Vietnamese intact.
/// </summary>
public sealed class DashboardExportTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    private const string Kindergarten = "Trường mầm non Tuổi Hồng";

    [Fact]
    public async Task Page_Reviewer_OpensOnTheFollowedYearWithTheKindergartensAttainment()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("thamdinh@demo.vn", DemoSeeder.Password);

        var page = await browser.GetAsync("/bang-dieu-khien");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Các đơn vị trực thuộc Ủy ban nhân dân Quận 1, năm 2023", page.Text, StringComparison.Ordinal);
        Assert.Contains("77,8%", page.Text, StringComparison.Ordinal);
        Assert.Contains(Kindergarten, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_Reviewer_EveryTableReadsBackAndOpensInLibreOffice()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("thamdinh@demo.vn", DemoSeeder.Password);

        var (status, type, content) = await browser.DownloadAsync("/bang-dieu-khien/xuat.xlsx?nam=2023");

        Assert.Equal((HttpStatusCode.OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (status, type));
        var sheets = Read(content);
        Assert.Equal(["Tổng hợp trạng thái", "Trạng thái theo đơn vị", "Mức đạt chỉ tiêu", "Xu hướng theo quý", "Đơn vị chậm nhất"], sheets.Keys);
        var attainment = sheets["Mức đạt chỉ tiêu"];
        Assert.Equal("Tỷ lệ chỉ tiêu đạt (%) theo đơn vị và lĩnh vực cải cách — Ủy ban nhân dân Quận 1, năm 2023", attainment[0][0]);
        Assert.Equal(["Đơn vị", "Thủ tục hành chính", "Chính phủ số", "Sự hài lòng", "Chung (%)", "Số chỉ tiêu", "Đạt", "Có nguy cơ", "Chưa đạt", "Chưa có số liệu"], attainment[1]);
        Assert.Equal([Kindergarten, "100", "50", "75", "77.8", "9", "7", "2", "0", "0"], attainment.Single(r => r[0] == Kindergarten));
        Assert.Equal(["Quý I", "9", "9", "100", "7", "77.8"], sheets["Xu hướng theo quý"][2]);

        var folder = Directory.CreateTempSubdirectory("cchc-xlsx-").FullName;
        var file = Path.Combine(folder, "bang-dieu-khien-2023.xlsx");
        await File.WriteAllBytesAsync(file, content, TestContext.Current.CancellationToken);
        var csv = OfficeTools.ConvertSheetsToCsv(file);
        Assert.Equal(5, csv.Count);
        var lines = csv.SelectMany(File.ReadAllLines).ToList();
        Assert.Contains(lines, l => l.StartsWith($"{Kindergarten},100,50,75,77.8,9,7,2,0,0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Chưa có,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Đã ký, đóng dấu", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Xlsx_DrafterOrSignedOut_GetsNoWorkbook()
    {
        using var drafter = app.NewSession();
        await drafter.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);
        using var anonymous = app.NewSession();

        var refused = await drafter.DownloadAsync("/bang-dieu-khien/xuat.xlsx?nam=2023");
        var signedOut = await anonymous.GetAsync("/bang-dieu-khien/xuat.xlsx?nam=2023");
        var unknownTable = await drafter.DownloadAsync("/bang-dieu-khien/xuat.xlsx?nam=2023&bang=khong-co");

        Assert.Equal((HttpStatusCode.Forbidden, "text/html"), (refused.Status, refused.ContentType));
        Assert.Contains("Chỉ cán bộ thẩm định và quản trị hệ thống", System.Text.Encoding.UTF8.GetString(refused.Content), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unknownTable.Status);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.StartsWith("/dang-nhap", signedOut.Location, StringComparison.Ordinal);
    }

    /// <summary>Each sheet by name, as rows of cell texts (inline strings, or numbers as written).</summary>
    private static Dictionary<string, List<List<string>>> Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Descendants<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())
                .ToList());
    }
}
