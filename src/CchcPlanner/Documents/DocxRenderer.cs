using CchcPlanner.Documents.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Documents;

/// <summary>
/// Renders an <see cref="OfficialDocument"/> as a Word document a clerk can edit: the format of Nghị định
/// 30/2020/NĐ-CP held in named styles (not only direct formatting), A4 with the layout's margins, page numbers top
/// centre from page 2, and the annex on a landscape section. Mirrors the sizes, weights and rules of <see cref="HtmlStyles"/>.
/// </summary>
public static class DocxRenderer
{
    public static byte[] Render(OfficialDocument document, DocumentLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        layout ??= DocumentLayout.Default;
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(layout);
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            var sections = DocxSections.AddHeaders(main, layout);
            main.Document = new Document(new Body(Content(document, sections)));

            // Declared once at the root rather than on every header reference.
            main.Document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            package.PackageProperties.Title = $"{document.TypeName} {document.Summary}";
            package.PackageProperties.Language = DocxStyles.Language;
        }

        return stream.ToArray();
    }

    /// <summary>
    /// In WordprocessingML a section's properties close it: the plan's portrait section ends in the paragraph after
    /// the closing block, and the body's last <c>w:sectPr</c> is the annex's landscape one (or the plan's, without annex).
    /// </summary>
    private static IEnumerable<OpenXmlElement> Content(OfficialDocument document, DocxSections sections)
    {
        var width = sections.PortraitTextTwips;
        foreach (var element in DocxHeaderBlock.Build(document, width))
        {
            yield return element;
        }

        foreach (var basis in document.LegalBases)
        {
            yield return DocxParagraphs.Styled(DocxStyleIds.LegalBasis, basis);
        }

        foreach (var block in document.Body)
        {
            if (block.Table is { } table)
            {
                yield return DocxBodyTable.Build(table, width);
                yield return DocxBodyTable.After();
                continue;
            }

            yield return DocxParagraphs.Styled(DocxStyleIds.For(block.Style), block.Text);
        }

        yield return DocxClosing.Build(document.Closing, width);
        if (document.Annex is not { } annex)
        {
            yield return DocxParagraphs.Hairline();
            yield return sections.Portrait();
            yield break;
        }

        yield return DocxParagraphs.Hairline(sections.Portrait());
        foreach (var element in DocxAnnex.Build(annex, sections.LandscapeTextTwips))
        {
            yield return element;
        }

        yield return DocxParagraphs.Hairline();
        yield return sections.Landscape();
    }

    /// <summary>Word 2013+ layout (no compatibility mode), Vietnamese as the document's language.</summary>
    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = DocxStyles.Language });
}
