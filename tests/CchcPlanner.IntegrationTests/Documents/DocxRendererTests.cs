using CchcPlanner.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// The Word document's format read back with the Open XML SDK: page setup, styles, page numbers and schema validity.
/// Its text and tables are in <see cref="DocxContentTests"/>; LibreOffice printing it, in <see cref="DocxPrintingTests"/>.
/// </summary>
public sealed class DocxRendererTests
{
    [Fact]
    public void Render_DefaultLayout_IsA4PortraitWithTheDecreeMarginsInTwips()
    {
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.Kindergarten()));

        var section = Assert.Single(docx.Sections);
        Assert.Same(docx.Body.LastChild, section);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.NotEqual(PageOrientationValues.Landscape, size.Orient?.Value);
        var margins = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value));
        Assert.InRange(margins.Header!.Value, 284u, 1134u);
    }

    [Fact]
    public void Render_OtherLayout_UsesItsMarginsBodySizeAndLineSpacing()
    {
        var layout = new DocumentLayout(topMm: 25, bottomMm: 22, leftMm: 35, rightMm: 20, bodyPt: 13, lineSpacing: 1.5m);
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.Kindergarten(), layout));

        var margins = docx.Sections[^1].GetFirstChild<PageMargin>()!;
        Assert.Equal((1417, 1247, 1984u, 1134u), (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value));
        var normal = docx.Style("Normal");
        Assert.Equal("26", normal.StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("360", normal.StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
        Assert.Equal("26", docx.Style("CCHC Page number").StyleRunProperties!.FontSize!.Val!.Value);
    }

    [Fact]
    public void Render_PlanWithAnnex_PutsTheAnnexOnALandscapeLastSection()
    {
        var document = DocxPackage.NinhGiang();
        using var docx = new DocxPackage(DocxRenderer.Render(document));

        Assert.Equal(2, docx.Sections.Count);
        var (plan, annex) = (docx.Sections[0], docx.Sections[1]);
        Assert.IsType<ParagraphProperties>(plan.Parent);
        Assert.Same(docx.Body.LastChild, annex);
        Assert.Equal((11906u, 16838u), (plan.GetFirstChild<PageSize>()!.Width!.Value, plan.GetFirstChild<PageSize>()!.Height!.Value));
        var size = annex.GetFirstChild<PageSize>()!;
        Assert.Equal((16838u, 11906u, PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
        Assert.Equal(SectionMarkValues.NextPage, annex.GetFirstChild<SectionType>()!.Val!.Value);

        // The annex's content comes after the paragraph that closes the plan's section.
        var label = docx.Paragraph(document.Annex!.Label);
        Assert.True(plan.Parent!.Parent!.IsBefore(label));
        Assert.Equal("CCHC Annex label", docx.StyleOf(label).StyleName!.Val!.Value);
    }

    [Fact]
    public void Render_Styles_NormalIsTimesNewRomanJustifiedWithTheFirstLineIndentInVietnamese()
    {
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.Kindergarten()));

        var normal = docx.Style("Normal");
        Assert.True(normal.Default?.Value);
        var fonts = normal.StyleRunProperties!.RunFonts!;
        Assert.All(new[] { fonts.Ascii, fonts.HighAnsi, fonts.ComplexScript, fonts.EastAsia }, f => Assert.Equal("Times New Roman", f?.Value));
        Assert.Equal("28", normal.StyleRunProperties.FontSize!.Val!.Value);
        Assert.Equal("vi-VN", normal.StyleRunProperties.Languages!.Val!.Value);
        var paragraph = normal.StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, paragraph.Justification!.Val!.Value);
        Assert.Equal("720", paragraph.Indentation!.FirstLine!.Value);
        Assert.Equal(("120", "240"), (paragraph.SpacingBetweenLines!.After!.Value, paragraph.SpacingBetweenLines.Line!.Value));

        Assert.True(DocxPackage.IsOn(docx.Style("CCHC Legal basis").StyleRunProperties!.Italic));
        Assert.True(DocxPackage.IsOn(docx.Style("CCHC Section heading").StyleRunProperties!.Bold));
        Assert.True(DocxPackage.IsOn(docx.Style("CCHC Sub-heading").StyleRunProperties!.Bold));
        Assert.True(DocxPackage.IsOn(docx.Style("CCHC Note").StyleRunProperties!.Italic));
        var type = docx.Style("CCHC Document type");
        Assert.True(DocxPackage.IsOn(type.StyleRunProperties!.Bold) && DocxPackage.IsOn(type.StyleRunProperties.Caps));
        Assert.Equal(("28", JustificationValues.Center), (type.StyleRunProperties.FontSize!.Val!.Value, type.StyleParagraphProperties!.Justification!.Val!.Value));
        var label = docx.Style("CCHC Recipients label").StyleRunProperties!;
        Assert.True(DocxPackage.IsOn(label.Bold) && DocxPackage.IsOn(label.Italic) && label.FontSize!.Val == "24");
        Assert.Equal("22", docx.Style("CCHC Recipient").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.True(DocxPackage.IsOn(docx.Style("CCHC Signature").StyleRunProperties!.Bold));
        Assert.NotNull(docx.Style("CCHC Table").StyleTableProperties!.TableBorders);
    }

    [Fact]
    public void Render_PageNumbers_StartOnPageTwoFromADefaultHeaderPageField()
    {
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.Kindergarten()));

        var section = docx.Sections[^1];
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var first = docx.Header(section, HeaderFooterValues.First);
        Assert.DoesNotContain("PAGE", string.Concat(first.Descendants<FieldCode>().Select(f => f.Text)) + string.Concat(first.Descendants<SimpleField>().Select(f => f.Instruction?.Value)));
        Assert.Equal(string.Empty, first.InnerText);
        var numbered = docx.Header(section, HeaderFooterValues.Default);
        Assert.Equal("PAGE", Assert.Single(numbered.Descendants<FieldCode>()).Text.Trim());
        var style = docx.StyleOf(numbered.Elements<Paragraph>().Single());
        Assert.Equal(JustificationValues.Center, style.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.InRange(int.Parse(style.StyleRunProperties!.FontSize!.Val!.Value!), 26, 28);
    }

    [Theory]
    [InlineData("kindergarten")]
    [InlineData("ninh-giang")]
    public void Render_ExamplePlan_HasNoOpenXmlValidationErrors(string name)
    {
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.Example(name)));

        // The oldest schema Word reads (2007) and the newest the SDK knows.
        var errors = new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(docx.Package, TestContext.Current.CancellationToken)
                .Select(e => $"{version} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
