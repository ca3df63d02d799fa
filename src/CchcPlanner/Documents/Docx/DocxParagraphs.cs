using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxUnits;

namespace CchcPlanner.Documents.Docx;

/// <summary>Paragraphs carrying a named style and the model's text verbatim.</summary>
internal static class DocxParagraphs
{
    public static Paragraph Styled(string styleId, string text)
    {
        var paragraph = new Paragraph();
        if (styleId != DocxStyleIds.Normal)
        {
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    /// <summary>
    /// One run; line breaks in the model (annex cells) become <c>w:br</c>. Spaces are preserved, because the blank
    /// number and date left for the clerk (<c>Số:       /KH-MNTH</c>) are made of them.
    /// </summary>
    public static Run Run(string text)
    {
        var run = new Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>
    /// A short centred rule <paramref name="ruleTwips"/> long in a column <paramref name="columnTwips"/> wide: an empty
    /// "CCHC Rule" paragraph whose bottom border is narrowed by equal indents. A paragraph border, unlike a drawing,
    /// prints the same in Word and LibreOffice and moves with the text when the clerk edits it.
    /// </summary>
    public static Paragraph Rule(int ruleTwips, int columnTwips, int before = 0, int after = 0)
    {
        var indent = Text(Math.Max(0, (columnTwips - ruleTwips) / 2));
        return new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.Rule },
            SpacingBetweenLines = new SpacingBetweenLines { Before = Text(before), After = Text(after) },
            Indentation = new Indentation { Left = indent, Right = indent },
        });
    }

    /// <summary>
    /// The empty paragraph that ends a section (it carries the section's properties) or the body after a table, where
    /// Word wants a paragraph: 1 pt high, so that it never pushes the closing block or a table row onto a new page.
    /// </summary>
    public static Paragraph Hairline(SectionProperties? section = null) => new(new ParagraphProperties
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
        SectionProperties = section,
    });
}
