using CchcPlanner.Documents;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>The task annex (Phụ lục) on landscape pages: the header row on every page, no row split, no word broken.</summary>
public sealed class PdfAnnexTests(PdfRendererFixture pdf) : IClassFixture<PdfRendererFixture>
{
    private const int Tasks = 30;

    [Fact]
    public async Task Render_LongAnnex_RepeatsTheHeaderRowOnEveryPageAndNeverSplitsARow()
    {
        var rendered = await pdf.RenderAsync(PlanDocumentBuilder.Build(ExampleDocuments.WithLongAnnex(Tasks)));
        var annexPages = rendered.Pages.Where(p => p.IsLandscape).ToList();

        Assert.True(annexPages.Count >= 3, $"the annex of {Tasks} tasks fills {annexPages.Count} pages");
        foreach (var page in annexPages)
        {
            var header = page.Lines.Where(l => AnnexHeader.Any(h => l.Text.Contains(h, StringComparison.Ordinal))).ToList();
            Assert.True(header.Count >= 3, $"page {page.Number} lacks the header row: {page.TextBelow(0)[..80]}…");
            var firstTask = page.Words.Where(w => w.Text.StartsWith("NV", StringComparison.Ordinal)).Min(w => w.Top);
            Assert.True(header.Max(l => l.Top) < firstTask, $"page {page.Number}: the header row is not above the tasks");
        }

        for (var task = 1; task <= Tasks; task++)
        {
            var marker = ExampleDocuments.Marker(task);
            var pages = new[] { "A", "Z", "P" }.Select(end => Assert.Single(annexPages, p => p.Words.Any(w => w.Text == marker + end)).Number);
            Assert.Single(pages.Distinct());
        }
    }

    [Fact]
    public async Task Render_NinhGiang_KeepsTheAnnexWithinItsMarginsAndItsWordsWhole()
    {
        var layout = DocumentLayout.Default;
        var plan = ExampleDocuments.NinhGiangPlan();
        var rendered = await pdf.RenderAsync(PlanDocumentBuilder.Build(plan));
        var annexPages = rendered.Pages.Where(p => p.IsLandscape).ToList();

        // Turned a quarter, the page keeps the binding margin on top: top = left, right = top, bottom = right, left = bottom.
        var (top, right, bottom, left) = ((double)layout.LeftMm, 297 - (double)layout.TopMm, 210 - (double)layout.RightMm, (double)layout.BottomMm);
        Assert.NotEmpty(annexPages);
        foreach (var page in annexPages)
        {
            Assert.All(page.LinesBelow(top).SelectMany(l => l.Words), w => Assert.True(
                w.Left >= left - 0.5 && w.Right <= right + 0.5 && w.Bottom <= bottom + 0.5,
                $"page {page.Number}: “{w.Text}” at {w.Left:0.0}–{w.Right:0.0} × {w.Top:0.0}–{w.Bottom:0.0} mm is outside the margins"));
            Assert.Equal($"{page.Number}", page.TextAbove(top));
        }

        // Every word of every cell is printed whole: none cut in two to fit a narrow column.
        var printed = annexPages.SelectMany(p => p.LinesBelow(top)).SelectMany(l => l.Words).CountBy(w => w.Text).ToDictionary();
        var annex = PlanDocumentBuilder.Build(plan).Annex!;
        var cells = annex.Rows.SelectMany(r => r.Cells).Concat(annex.Columns).SelectMany(c => c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.All(cells.CountBy(w => w), word => Assert.True(
            printed.GetValueOrDefault(word.Key) >= word.Value, $"“{word.Key}” is printed {printed.GetValueOrDefault(word.Key)} times, not {word.Value}"));
    }

    private static readonly string[] AnnexHeader = ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"];
}
