using CchcPlanner.Documents;
using CchcPlanner.IntegrationTests.Documents;
using CchcPlanner.Plans;
using CchcPlanner.Reports;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.IntegrationTests.Reports;

/// <summary>
/// The Quý I report of the kindergarten's 2023 plan (the demo example) with entered results, printed by the same
/// renderers as plans: the PDF's text read back with pdftotext, the Word document with the Open XML SDK.
/// </summary>
public sealed class ReportDocumentTests(PdfRendererFixture pdf) : IClassFixture<PdfRendererFixture>
{
    private static readonly DateTimeOffset At = new(2023, 4, 3, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Pdf_KindergartenQuarterReport_PrintsTheResultsAttainmentAndTasks()
    {
        var document = PlanDocumentBuilder.Build(KindergartenReport());

        var rendered = await pdf.RenderAsync(document);
        var text = Normalised(Poppler.Run("pdftotext", rendered.Path, "-"));

        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả thực hiện công tác cải cách hành chính quý I năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("/BC-MNTH", text, StringComparison.Ordinal);
        Assert.Contains("Thực hiện Kế hoạch số 16/KH-MNTH ngày 01/02/2023 của Trường mầm non Tuổi Hồng", text, StringComparison.Ordinal);
        Assert.Contains("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", text, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch đề ra 10 chỉ tiêu; kết quả quý I năm 2023: đạt 2, có nguy cơ không đạt 1, chưa có số liệu 6, không có mục tiêu định lượng 1.", text, StringComparison.Ordinal);
        var table = Poppler.Run("pdftotext", "-layout", rendered.Path, "-").Normalize(System.Text.NormalizationForm.FormC).Split('\n');
        void Row(string pattern) => Assert.Contains(table, l => System.Text.RegularExpressions.Regex.IsMatch(l, pattern));

        // Each KPI's first printed line: number, the start of its text, target, result and attainment side by side.
        Row(@"^\s*1\s+Tỷ lệ giải quyết hồ sơ TTHC đúng\s+100%\s+97,5%\s+Có nguy cơ\s*$");
        Row(@"^\s*2\s+100% hồ sơ TTHC giải quyết trễ\s+100%\s+100%\s+Đạt\s+Đã xin lỗi\s*$");
        Row(@"^\s*3\s+Mức độ hài lòng .*≥ 99%\s+99,6%\s+Đạt\s*$");
        Row(@"^\s*4\s+Mức độ hài lòng .*≥ 99%\s+—\s+Chưa có số\s*$");

        Assert.Contains("1. Nhiệm vụ đã hoàn thành", text, StringComparison.Ordinal);
        Assert.Contains("2. Nhiệm vụ chưa hoàn thành", text, StringComparison.Ordinal);
        Assert.Contains("Đã ban hành kế hoạch tuyên truyền", text, StringComparison.Ordinal);
        Assert.Contains("Đang thực hiện (50%): Đã tổ chức 1/2 buổi sinh hoạt chuyên đề", text, StringComparison.Ordinal);
        Assert.Contains("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", text, StringComparison.Ordinal);
        Assert.Contains("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2023 của Trường mầm non Tuổi Hồng./.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Có nguy cơ", StringComparison.Ordinal) < text.IndexOf("1. Nhiệm vụ đã hoàn thành", StringComparison.Ordinal), "the KPI table comes before the tasks");
        Assert.All(rendered.PageSizes(), size => Assert.True(size.Height > size.Width, "a report prints on portrait pages only"));
        rendered.SavePictures(PdfRendererFixture.ArtifactsFolder, "report-q1-html");
    }

    [Fact]
    public void Docx_KindergartenQuarterReport_HoldsTheTablesWithTheResults()
    {
        var document = PlanDocumentBuilder.Build(KindergartenReport());

        using var docx = new DocxPackage(DocxRenderer.Render(document));

        Assert.Equal("BÁO CÁO", docx.Paragraph("BÁO CÁO").InnerText);
        var tables = docx.Body.Elements<Table>().Where(t => t.Descendants<TableHeader>().Any()).ToList();
        Assert.Equal(3, tables.Count);
        var kpis = tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá", "Ghi chú"], kpis[0]);
        Assert.Equal(["I", "Về giải quyết hồ sơ TTHC"], kpis[1]);
        Assert.Equal(["1", "100%", "97,5%", "Có nguy cơ không đạt"], [kpis[2][0], kpis[2][2], kpis[2][3], kpis[2][4]]);
        Assert.Equal("Đã xin lỗi 2/2 trường hợp trễ hạn", kpis[3][5]);
        Assert.Contains(tables[1].Descendants<TableCell>(), c => c.InnerText == "Đã ban hành kế hoạch tuyên truyền");
        Assert.Contains(tables[2].Descendants<TableCell>(), c => c.InnerText.StartsWith("Đang thực hiện (50%)", StringComparison.Ordinal));
        var tableWidth = int.Parse(tables[0].GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(tableWidth, tables[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Single(docx.Sections);
        Assert.All(docx.Body.Descendants<Text>(), t => Assert.True(t.Text.IsNormalized(), t.Text));
    }

    [Fact]
    public async Task Docx_KindergartenQuarterReport_LibreOfficePrintsItPortraitOnAsManyPagesAsThePdf()
    {
        var document = PlanDocumentBuilder.Build(KindergartenReport());
        Directory.CreateDirectory(PdfRendererFixture.ArtifactsFolder);
        var docx = Path.Combine(PdfRendererFixture.ArtifactsFolder, "report-q1.docx");
        await File.WriteAllBytesAsync(docx, DocxRenderer.Render(document), TestContext.Current.CancellationToken);

        var office = OfficeTools.ConvertToPdf(docx);
        var html = await pdf.RenderAsync(document);

        var pages = OfficeTools.PageCount(office);
        Assert.True(Math.Abs(pages - html.Pages.Count) <= 1, $"LibreOffice printed {pages} pages, Chromium {html.Pages.Count}");
        Assert.All(Enumerable.Range(1, pages), page =>
        {
            var (width, height) = OfficeTools.PageSize(office, page);
            Assert.True(height > width, $"page {page} is portrait");
        });
        var lines = Enumerable.Range(1, pages).SelectMany(page => OfficeTools.PageLines(office, page)).ToList();
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*1\s+Tỷ lệ giải quyết hồ sơ TTHC.*\s100%\s+97,5%\s+Có nguy cơ"));
        Assert.NotEmpty(OfficeTools.SavePictures(office, Path.Combine(PdfRendererFixture.ArtifactsFolder, "report-q1-office")));
    }

    /// <summary>The demo plan with Quý I results for three KPIs and progress on two tasks, reported on.</summary>
    internal static Plan KindergartenReport()
    {
        var plan = ExampleDocuments.KindergartenPlan();
        var recorder = "Nguyễn Thị Thu Hà";
        plan.RecordKpiResult(plan.Kpis[0], ReportingPeriod.Quarter1, 97.5m, null, recorder, At);
        plan.RecordKpiResult(plan.Kpis[1], ReportingPeriod.Quarter1, 100m, "Đã xin lỗi 2/2 trường hợp trễ hạn", recorder, At);
        plan.RecordKpiResult(plan.Kpis[2], ReportingPeriod.Quarter1, 99.6m, null, recorder, At);
        plan.RecordTaskProgress(plan.Tasks[0], new DateOnly(2023, 2, 15), PlanTaskStatus.Done, "Đã ban hành kế hoạch tuyên truyền", 100, recorder);
        plan.RecordTaskProgress(plan.Tasks[1], new DateOnly(2023, 3, 10), PlanTaskStatus.InProgress, "Đã tổ chức 1/2 buổi sinh hoạt chuyên đề", 50, recorder);
        return ReportTemplate.Create(plan, ReportingPeriod.Quarter1);
    }

    /// <summary>The text with each run of spaces and line breaks read as one space (table cells wrap).</summary>
    private static string Normalised(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");
}
