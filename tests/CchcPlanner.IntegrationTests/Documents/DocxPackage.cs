using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;
using CchcPlanner.LegalDocuments;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>A rendered DOCX opened read-only with the Open XML SDK, and the two example plans to render.</summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly MemoryStream stream;

    public DocxPackage(byte[] bytes)
    {
        stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(stream, false);
    }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document.Body!;

    public IReadOnlyList<Style> Styles => Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();

    /// <summary>Every section's properties in document order; the last one is the body's own.</summary>
    public IReadOnlyList<SectionProperties> Sections => Body.Descendants<SectionProperties>().ToList();

    public Style Style(string name) => Styles.Single(s => s.StyleName?.Val?.Value == name);

    public Style StyleOf(Paragraph paragraph) =>
        Styles.Single(s => s.StyleId?.Value == (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal"));

    public Paragraph Paragraph(string text) => Body.Descendants<Paragraph>().First(p => p.InnerText == text);

    public Header Header(SectionProperties section, HeaderFooterValues type)
    {
        var id = section.Elements<HeaderReference>().Single(r => r.Type?.Value == type).Id!.Value!;
        return ((HeaderPart)Package.MainDocumentPart!.GetPartById(id)).Header!;
    }

    /// <summary>Whether a toggle property (bold, italic, caps…) is present and not switched off.</summary>
    public static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

    public static OfficialDocument Kindergarten() => PlanDocumentBuilder.Build(KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, Catalogue()));

    public static OfficialDocument NinhGiang() => PlanDocumentBuilder.Build(NinhGiangPlan2022.Build(DemoUnits.Create().NinhGiang, Catalogue()));

    public static OfficialDocument Example(string name) => name == "ninh-giang" ? NinhGiang() : Kindergarten();

    public void Dispose()
    {
        Package.Dispose();
        stream.Dispose();
    }

    private static Func<string, LegalDocument> Catalogue()
    {
        var bySymbol = NationalCatalogue.Create().Concat(DemoDocuments.Create()).ToDictionary(d => d.Symbol);
        return symbol => bySymbol[symbol];
    }
}
