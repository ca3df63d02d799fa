using CchcPlanner.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// The Word document opened and printed by LibreOffice, as a clerk's office would, compared with the PDF that
/// Chromium prints from the HTML. Every file and page picture is kept in <c>artifacts/docx</c> to look at.
/// </summary>
public sealed class DocxPrintingTests
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "docx");

    [Theory]
    [InlineData("kindergarten")]
    [InlineData("ninh-giang")]
    public async Task Render_ExamplePlan_LibreOfficePrintsItOnAsManyPagesAsTheHtmlPdf(string name)
    {
        var document = DocxPackage.Example(name);
        Directory.CreateDirectory(Artifacts);
        var docx = Path.Combine(Artifacts, $"{name}.docx");
        await File.WriteAllBytesAsync(docx, DocxRenderer.Render(document), TestContext.Current.CancellationToken);

        var office = OfficeTools.ConvertToPdf(docx);
        var html = Path.Combine(Artifacts, $"{name}-html.pdf");
        await File.WriteAllBytesAsync(html, await PrintHtmlAsync(document), TestContext.Current.CancellationToken);

        var (pages, htmlPages) = (OfficeTools.PageCount(office), OfficeTools.PageCount(html));
        Assert.True(Math.Abs(pages - htmlPages) <= 1, $"LibreOffice printed {pages} pages, Chromium {htmlPages}");
        Assert.NotEmpty(OfficeTools.SavePictures(office, Path.Combine(Artifacts, name)));
        Assert.NotEmpty(OfficeTools.SavePictures(html, Path.Combine(Artifacts, $"{name}-html")));
    }

    [Theory]
    [InlineData(20, 20, 30, 15, 14, 1.0)]
    [InlineData(25, 25, 35, 20, 13, 1.5)]
    public void Render_KindergartenPlan_LibreOfficeShowsTheHeaderAndNumbersPagesFromTwo(int top, int bottom, int left, int right, int bodyPt, double spacing)
    {
        var document = DocxPackage.Kindergarten();
        var layout = new DocumentLayout(top, bottom, left, right, bodyPt, (decimal)spacing);
        var office = OfficeTools.ConvertToPdf(Save(document, $"kindergarten-{left}-{right}-{bodyPt}", layout));

        // The national title and the motto each on one line even in the narrowest text width the decree allows; a
        // long issuing body may wrap in its 42% column, as in the HTML.
        var first = OfficeTools.PageLines(office, 1);
        Assert.StartsWith(document.Header.ParentBody, first[0], StringComparison.Ordinal);
        Assert.EndsWith(DocumentHeader.NationalTitle, first[0], StringComparison.Ordinal);
        Assert.StartsWith(document.Header.IssuingBody.Split(' ')[0], first[1], StringComparison.Ordinal);
        Assert.EndsWith(DocumentHeader.Motto, first[1], StringComparison.Ordinal);
        var number = first.ToList().FindIndex(l => l.StartsWith(document.Header.NumberLine, StringComparison.Ordinal));
        Assert.True(number > 1, $"no line starts with {document.Header.NumberLine}: {string.Join(" | ", first.Take(6))}");
        Assert.Matches($"^{document.Header.NumberLine} +{document.Header.PlaceAndDate}$", first[number]);
        Assert.Equal(document.TypeName, first[number + 1]);
        for (var page = 2; page <= OfficeTools.PageCount(office); page++)
        {
            Assert.Equal($"{page}", OfficeTools.PageLines(office, page)[0]);
        }

        var last = string.Join('\n', OfficeTools.PageLines(office, OfficeTools.PageCount(office)));
        Assert.Contains(document.Closing.SignerName, last, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NinhGiangPlan_LibreOfficePrintsThePlanPortraitAndTheAnnexLandscape()
    {
        var office = OfficeTools.ConvertToPdf(Save(DocxPackage.NinhGiang(), "ninh-giang-pages"));

        var pages = Enumerable.Range(1, OfficeTools.PageCount(office)).ToList();
        var annexStart = pages.First(p => OfficeTools.PageLines(office, p).Contains("Phụ lục"));
        Assert.True(annexStart > 1 && annexStart <= pages.Count);
        Assert.All(pages, p =>
        {
            var (width, height) = OfficeTools.PageSize(office, p);
            Assert.Equal(p >= annexStart, width > height);
            Assert.InRange(Math.Max(width, height), 841, 843);
        });

        // The repeated header row: every annex page after the first starts its table with the column names.
        Assert.All(pages.Skip(annexStart), p => Assert.Contains(OfficeTools.PageLines(office, p), l => l.StartsWith("TT", StringComparison.Ordinal)));
    }

    private static string Save(OfficialDocument document, string name, DocumentLayout? layout = null)
    {
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, $"{name}.docx");
        File.WriteAllBytes(path, DocxRenderer.Render(document, layout));
        return path;
    }

    private static async Task<byte[]> PrintHtmlAsync(OfficialDocument document)
    {
        var options = new PdfRendererOptions { Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            options.BrowserPath = options.ResolveBrowserPath();
        }
        catch (PdfRenderingException e)
        {
            OfficeTools.Unavailable<string>($"{e.Message} (apt-get install -y chromium fonts-liberation2)");
        }

        await using var renderer = new PdfRenderer(options, NullLogger<PdfRenderer>.Instance);
        return await renderer.RenderAsync(HtmlRenderer.Render(document), TestContext.Current.CancellationToken);
    }
}
