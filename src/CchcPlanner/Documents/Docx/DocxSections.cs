using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxUnits;

namespace CchcPlanner.Documents.Docx;

/// <summary>
/// Page setup: A4 portrait with the layout's margins for the plan, A4 landscape for the annex (margins turned with the
/// page, as the HTML's <c>@page annex</c>), and the page number top centre from page 2 on.
/// </summary>
internal sealed class DocxSections(DocumentLayout layout, string defaultHeaderId, string firstHeaderId)
{
    /// <summary>Adds the two header parts: a PAGE field for every page, and an empty one for the first page.</summary>
    public static DocxSections AddHeaders(MainDocumentPart main, DocumentLayout layout)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.PageNumber } },
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.PageNumber } }));
        return new DocxSections(layout, main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }

    public int PortraitTextTwips => A4ShortTwips - Twips(layout.LeftMm) - Twips(layout.RightMm);

    public int LandscapeTextTwips => A4LongTwips - Twips(layout.BottomMm) - Twips(layout.TopMm);

    /// <summary>The plan's pages; the first page shows no number (<c>w:titlePg</c> with an empty first-page header).</summary>
    public SectionProperties Portrait()
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
            new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
            new PageSize { Width = A4ShortTwips, Height = A4LongTwips, Orient = PageOrientationValues.Portrait },
            Margins(layout.TopMm, layout.RightMm, layout.BottomMm, layout.LeftMm));
        section.Append(new Columns { Space = "720" }, new TitlePage());
        return section;
    }

    /// <summary>The annex, on a new page turned landscape; numbering goes on from the plan's pages.</summary>
    public SectionProperties Landscape()
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = A4LongTwips, Height = A4ShortTwips, Orient = PageOrientationValues.Landscape },
            Margins(layout.LeftMm, layout.TopMm, layout.RightMm, layout.BottomMm));
        section.Append(new Columns { Space = "720" });
        return section;
    }

    /// <summary>The header line is centred in the top margin, where the HTML's <c>@top-center</c> box puts it.</summary>
    private PageMargin Margins(decimal top, decimal right, decimal bottom, decimal left)
    {
        var line = (int)Math.Round(1.15m * layout.BodyPt * 20);
        return new PageMargin
        {
            Top = Twips(top),
            Right = (uint)Twips(right),
            Bottom = Twips(bottom),
            Left = (uint)Twips(left),
            Header = (uint)Math.Max(284, (Twips(top) - line) / 2),
            Footer = (uint)Twips(10),
            Gutter = 0,
        };
    }
}
