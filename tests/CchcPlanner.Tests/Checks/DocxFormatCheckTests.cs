using CchcPlanner.Checks;
using CchcPlanner.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace CchcPlanner.Tests.Checks;

public sealed class DocxFormatCheckTests
{
    [Fact]
    public void FormatChecks_DocxFromOurRenderer_FindNothing()
    {
        var docx = DocxRenderer.Render(PlanDocumentBuilder.Build(CheckPlans.NinhGiang()));

        Assert.Empty(Formats(docx));
    }

    [Fact]
    public void FormatChecks_RendererWithLargestAllowedLayout_FindNothing()
    {
        var layout = new DocumentLayout(topMm: 25, bottomMm: 25, leftMm: 35, rightMm: 20, bodyPt: 13, lineSpacing: 1.5m);

        Assert.Empty(Formats(DocxRenderer.Render(PlanDocumentBuilder.Build(CheckPlans.Kindergarten()), layout)));
    }

    [Fact]
    public void FormatPaper_LetterPaper_IsAnErrorNamingTheSize()
    {
        var finding = Assert.Single(Formats(WordFile(width: 12240, height: 15840)), f => f.Code == CheckCodes.FormatPaper);

        Assert.Equal((FindingSeverity.Error, "docx.sections[0]"), (finding.Severity, finding.Subject));
        Assert.Equal("Phần 1 của tệp: khổ giấy 215,9 × 279,4 mm (Letter), không phải A4 (210 × 297 mm).", finding.Message);
    }

    [Fact]
    public void FormatPaper_FirstPageLandscape_IsAnError()
    {
        var finding = Assert.Single(Formats(WordFile(width: 16838, height: 11906)), f => f.Code == CheckCodes.FormatPaper);

        Assert.Contains("xoay ngang", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatMargins_TenMillimetreMargins_IsAnErrorListingEachEdge()
    {
        var finding = Assert.Single(Formats(WordFile(margin: 567)), f => f.Code == CheckCodes.FormatMargins);

        Assert.Equal((FindingSeverity.Error, "docx.sections[0]"), (finding.Severity, finding.Subject));
        Assert.Equal(
            "Lề trang không đúng quy định: lề trên 10 mm (quy định 20–25 mm); lề dưới 10 mm (quy định 20–25 mm); lề trái 10 mm (quy định 30–35 mm); lề phải 10 mm (quy định 15–20 mm).",
            finding.Message);
    }

    [Fact]
    public void FormatFont_ArialInTheNormalStyle_IsAnErrorOnTheStyle()
    {
        var finding = Assert.Single(Formats(WordFile(font: "Arial")), f => f.Code == CheckCodes.FormatFont);

        Assert.Equal((FindingSeverity.Error, "docx.styles[Normal]"), (finding.Severity, finding.Subject));
        Assert.StartsWith("Kiểu “Normal” dùng phông Arial (100%)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatFont_ArialAppliedToARun_IsAnErrorOnTheBody()
    {
        var finding = Assert.Single(Formats(WordFile(runFont: "Arial")), f => f.Code == CheckCodes.FormatFont);

        Assert.Equal("docx.body", finding.Subject);
    }

    [Fact]
    public void FormatFont_ThemeFontCalibri_IsResolvedThroughTheTheme()
    {
        var finding = Assert.Single(Formats(WordFile(font: null, themeFont: "Calibri")), f => f.Code == CheckCodes.FormatFont);

        Assert.Contains("Calibri", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatFontSize_TwelvePointBody_IsAWarning()
    {
        var finding = Assert.Single(Formats(WordFile(halfPoints: 24)), f => f.Code == CheckCodes.FormatFontSize);

        Assert.Equal((FindingSeverity.Warning, "docx.body"), (finding.Severity, finding.Subject));
        Assert.Equal("Cỡ chữ phần nội dung là 12 pt; quy định từ 13 đến 14 pt.", finding.Message);
    }

    [Fact]
    public void FormatChecks_LetterTenMillimetresArial_FindAllFour()
    {
        var found = Formats(WordFile(width: 12240, height: 15840, margin: 567, font: "Arial", halfPoints: 22));
        var codes = found.Select(f => f.Code);

        Assert.Equal([CheckCodes.FormatPaper, CheckCodes.FormatMargins, CheckCodes.FormatFont, CheckCodes.FormatFontSize], codes.ToList());
    }

    [Fact]
    public void FormatChecks_GoodWordFile_FindNothing()
    {
        Assert.Empty(Formats(WordFile()));
    }

    private static List<Finding> Formats(byte[] docx) =>
        PlanChecker.Check(CheckPlans.Clean(), new CheckContext { Docx = docx }).Where(f => f.Code.StartsWith("format-", StringComparison.Ordinal)).ToList();

    /// <summary>A Word file as a clerk might type it: one section, a Normal style, a few paragraphs.</summary>
    private static byte[] WordFile(
        int width = 11906, int height = 16838, int margin = 0, string? font = "Times New Roman", string? runFont = null, string? themeFont = null, int halfPoints = 28)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var normal = new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true, StyleName = new StyleName { Val = "Normal" } };
            normal.StyleRunProperties = new StyleRunProperties
            {
                RunFonts = font is null
                    ? new RunFonts { AsciiTheme = ThemeFontValues.MinorHighAnsi, HighAnsiTheme = ThemeFontValues.MinorHighAnsi }
                    : new RunFonts { Ascii = font, HighAnsi = font },
                FontSize = new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            };
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(normal);
            if (themeFont is not null)
            {
                main.AddNewPart<ThemePart>().Theme = Theme(themeFont);
            }

            var body = new Body();
            foreach (var text in new[] { "KẾ HOẠCH", "Thực hiện công tác cải cách hành chính năm 2023", "I. MỤC TIÊU", "- Triển khai đồng bộ Kế hoạch CCHC năm 2023." })
            {
                var run = new Run(new Text(text));
                if (runFont is not null)
                {
                    run.RunProperties = new RunProperties(new RunFonts { Ascii = runFont, HighAnsi = runFont });
                }

                body.Append(new Paragraph(run));
            }

            var (top, right) = margin == 0 ? (1134, 850u) : (margin, (uint)margin);
            var (bottom, left) = margin == 0 ? (1134, 1701u) : (margin, (uint)margin);
            body.Append(new SectionProperties(
                new PageSize { Width = (uint)width, Height = (uint)height, Orient = width > height ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
                new PageMargin { Top = top, Right = right, Bottom = bottom, Left = left, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static A.Theme Theme(string minorFont) => new(
        new A.ThemeElements(
            new A.ColorScheme { Name = "Office" },
            new A.FontScheme(
                new A.MajorFont(new A.LatinFont { Typeface = "Calibri Light" }, new A.EastAsianFont { Typeface = string.Empty }, new A.ComplexScriptFont { Typeface = string.Empty }),
                new A.MinorFont(new A.LatinFont { Typeface = minorFont }, new A.EastAsianFont { Typeface = string.Empty }, new A.ComplexScriptFont { Typeface = string.Empty }))
            { Name = "Office" },
            new A.FormatScheme { Name = "Office" }))
    {
        Name = "Office Theme",
    };
}
