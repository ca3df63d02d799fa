using CchcPlanner.EndToEndTests.Infrastructure;
using CchcPlanner.Plans;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The reviewer's dashboard of Quận 1: it opens on 2023 (the demo kindergarten's results), shows a year given in the
/// address (a year still to come has no quarter in its trend), the heat map and the units most behind, and downloads the
/// heat map as XLSX. The 2051 plan is the test's own:
/// the demo kindergarten plan copied and issued with quarter I results, one KPI far below its target.
/// </summary>
public sealed class DashboardTests : BrowserTest
{
    private const int Year = 2051;

    public DashboardTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Reviewer_SeesAttainmentByAreaAndTheUnitsBehind_AndDownloadsTheHeatMap()
    {
        await App.IssuedKindergartenCopyAsync(Year, 51, RecordQuarterOne);
        await SignInAsync("thamdinh@demo.vn");
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Bảng điều khiển" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bảng điều khiển" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Các đơn vị trực thuộc Ủy ban nhân dân Quận 1, năm 2023")).ToBeVisibleAsync();
        await Expect(Page.Locator(".dashboard-figure", new() { HasText = "Chỉ tiêu đạt" })).ToContainTextAsync("77,8%");

        await OpenAsync($"bang-dieu-khien?nam={Year}");
        var heatMap = Page.Locator(".heat-map");
        var row = heatMap.Locator("tr", new() { HasText = "Trường mầm non Tuổi Hồng" });
        await Expect(row.Locator(".heat").Last).ToHaveTextAsync("88,9%");
        await Expect(row.GetByTitle("Trường mầm non Tuổi Hồng — Chính phủ số: 1/2 chỉ tiêu đạt, 1 có nguy cơ, 0 chưa đạt, 0 chưa có số liệu")).ToHaveTextAsync("50%");
        await Expect(heatMap.Locator("tr", new() { HasText = "Trường mầm non Bến Nghé" })).ToContainTextAsync("Chưa ban hành kế hoạch");
        await Expect(Page.Locator(".behind-table tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.GetByText("Năm này chưa bắt đầu quý nào.")).ToBeVisibleAsync();
        await ScreenshotAsync("dashboard-2051");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Tải bảng Mức đạt chỉ tiêu theo đơn vị và lĩnh vực (Excel)" }).ClickAsync());
        Assert.Equal($"bang-dieu-khien-{Year}-muc-dat.xlsx", download.SuggestedFilename);
        var path = Path.Combine(ScreenshotFolder, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var workbook = SpreadsheetDocument.Open(path, false);
        var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Trường mầm non Tuổi Hồng", text);
        Assert.Contains("88.9", text);
    }

    [Fact]
    public async Task Drafter_IsRefusedTheDashboard()
    {
        await SignInAsync("soanthao@demo.vn");
        await Expect(Page.GetByRole(AriaRole.Menuitem, new() { Name = "Bảng điều khiển" })).ToHaveCountAsync(0);
        await OpenAsync("bang-dieu-khien");
        await Expect(Page.GetByText("Không có quyền truy cập").First).ToBeVisibleAsync();
    }

    /// <summary>Quarter I: every KPI with a target meets it except the cashless-payment one (60 against 100).</summary>
    private static void RecordQuarterOne(Plan plan)
    {
        foreach (var kpi in plan.Kpis.Where(k => k.Target is not null))
        {
            var value = kpi.Text.Contains("thanh toán điện tử", StringComparison.Ordinal) ? 60m : 100m;
            plan.RecordKpiResult(kpi, ReportingPeriod.Quarter1, value, null, "Nguyễn Thị Thu Hà", new DateTimeOffset(Year, 3, 28, 9, 0, 0, TimeSpan.FromHours(7)));
        }
    }
}
