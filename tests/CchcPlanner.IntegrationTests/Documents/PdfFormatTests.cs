using CchcPlanner.Documents;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// The printed plan measured against the format table of Nghị định 30/2020/NĐ-CP, Phụ lục I, with the poppler tools:
/// paper, margins, justification, fonts, page numbers. The header and the text are in <see cref="PdfContentTests"/>.
/// </summary>
public sealed class PdfFormatTests(PdfRendererFixture pdf) : IClassFixture<PdfRendererFixture>
{
    private const double A4Width = 595.28, A4Height = 841.89, FirstLineIndentMm = 12.7;

    [Fact]
    public async Task Render_ExamplePlans_BodyPagesAreA4PortraitAndTheAnnexLandscape()
    {
        var kindergarten = await pdf.RenderAsync(ExampleDocuments.Kindergarten());
        var ninhGiang = await pdf.RenderAsync(ExampleDocuments.NinhGiang(), name: "page-sizes-ninh-giang");

        Assert.All(kindergarten.PageSizes(), size => AssertSize(A4Width, A4Height, size));
        var annexStart = ninhGiang.Pages.First(p => p.TextBelow(20).StartsWith("Phụ lục", StringComparison.Ordinal)).Number;
        var sizes = ninhGiang.PageSizes();
        Assert.True(annexStart > 1 && annexStart < sizes.Count, $"the annex starts on page {annexStart} of {sizes.Count}");
        Assert.All(sizes.Take(annexStart - 1), size => AssertSize(A4Width, A4Height, size));
        Assert.All(sizes.Skip(annexStart - 1), size => AssertSize(A4Height, A4Width, size));
    }

    /// <summary>Pictures of every page in <c>artifacts/pdf</c>, for a person to look at (<c>pdftoppm -png -r 60</c>).</summary>
    [Fact]
    public async Task Render_ExamplePlans_SavesAPictureOfEveryPage()
    {
        foreach (var (name, document) in new[] { ("kindergarten", ExampleDocuments.Kindergarten()), ("ninh-giang", ExampleDocuments.NinhGiang()) })
        {
            var rendered = await pdf.RenderAsync(document, name: name);

            var pictures = rendered.SavePictures(PdfRendererFixture.ArtifactsFolder, name);

            Assert.Equal(rendered.Pages.Count, pictures.Count);
            Assert.All(pictures, png => Assert.True(new FileInfo(png).Length > 1000, $"{png} is empty"));
        }
    }

    [Theory]
    [InlineData(20, 20, 30, 15)]
    [InlineData(25, 25, 35, 20)]
    public async Task Render_Layout_KeepsEveryWordWithinTheMarginsAndJustifiesToBothEdges(int top, int bottom, int left, int right)
    {
        var layout = new DocumentLayout(top, bottom, left, right);
        var rendered = await pdf.RenderAsync(ExampleDocuments.Kindergarten(), layout, $"margins-{left}-{right}");
        double rightEdge = 210 - right;

        foreach (var page in rendered.Pages)
        {
            Assert.All(page.Words, w => Assert.True(
                w.Left >= left - 0.5 && w.Right <= rightEdge + 0.5 && w.Bottom <= 297 - bottom + 0.5,
                $"page {page.Number}: “{w.Text}” at {w.Left:0.0}–{w.Right:0.0} × {w.Top:0.0}–{w.Bottom:0.0} mm is outside the margins"));
            Assert.Equal(page.Number == 1 ? string.Empty : $"{page.Number}", page.TextAbove(top));
        }

        // Pages between the header and the closing hold only paragraphs: each line starts at the left margin or at
        // the first-line indent, and a line followed by an unindented one is inside a paragraph, so it is justified.
        var bodyPages = rendered.Pages.Skip(1).SkipLast(1).ToList();
        Assert.NotEmpty(bodyPages);
        var lines = bodyPages.SelectMany(p => p.LinesBelow(top).Select(l => (Page: p.Number, Line: l))).ToList();
        Assert.All(lines, l => Assert.True(
            Math.Abs(l.Line.Left - left) < 0.5 || Math.Abs(l.Line.Left - left - FirstLineIndentMm) < 0.5,
            $"page {l.Page}: “{l.Line.Text}” starts at {l.Line.Left:0.00} mm"));
        var inner = lines.Zip(lines.Skip(1))
            .Where(pair => pair.First.Line.Block == pair.Second.Line.Block && Math.Abs(pair.Second.Line.Left - left) < 0.5)
            .Select(pair => pair.First).ToList();
        Assert.True(inner.Count > 50, $"only {inner.Count} justified lines found");
        Assert.All(inner, l => Assert.True(
            Math.Abs(l.Line.Right - rightEdge) <= 1.5, $"page {l.Page}: “{l.Line.Text}” ends at {l.Line.Right:0.00} mm, not {rightEdge} mm"));
    }

    [Fact]
    public async Task Render_Kindergarten_NumbersPagesFromTheSecondCentredInTheTopMargin()
    {
        var layout = DocumentLayout.Default;
        var rendered = await pdf.RenderAsync(ExampleDocuments.Kindergarten());

        Assert.Equal(string.Empty, rendered.Pages[0].TextAbove((double)layout.TopMm));
        var textMiddle = (double)(layout.LeftMm + (layout.TextWidthMm / 2));
        foreach (var page in rendered.Pages.Skip(1))
        {
            var number = Assert.Single(page.Words, w => w.Top < (double)layout.TopMm);
            Assert.Equal($"{page.Number}", number.Text);
            Assert.InRange(number.CentreX, textMiddle - 3, textMiddle + 3);
            Assert.InRange(number.Bottom, 0, (double)layout.TopMm);
        }
    }

    [Fact]
    public async Task Render_ExamplePlans_EmbedsEveryFontFromTheTimesFamily()
    {
        foreach (var document in new[] { ExampleDocuments.Kindergarten(), ExampleDocuments.NinhGiang() })
        {
            var fonts = (await pdf.RenderAsync(document)).Fonts();

            Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
            Assert.All(fonts, f => Assert.Matches("^(LiberationSerif|TimesNewRoman(PS)?(MT)?)(-|,|$)", f.Name));
            var styles = fonts.Select(f => f.Name.Contains('-', StringComparison.Ordinal) ? f.Name[(f.Name.IndexOf('-', StringComparison.Ordinal) + 1)..] : "Regular");
            Assert.Superset(new HashSet<string> { "Regular", "Bold", "Italic" }, styles.ToHashSet());
        }
    }

    private static void AssertSize(double width, double height, (double Width, double Height) actual)
    {
        Assert.InRange(actual.Width, width - 1, width + 1);
        Assert.InRange(actual.Height, height - 1, height + 1);
    }
}
