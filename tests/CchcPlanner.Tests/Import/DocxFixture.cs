using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Tests.Import;

/// <summary>
/// Writes small DOCX files the way Word does the things the importer must read: automatic numbering (numbering.xml,
/// also through a paragraph style), bold through a style, tables with merged cells, line breaks inside a paragraph,
/// tracked deletions.
/// </summary>
internal sealed class DocxFixture
{
    /// <summary>A list with Roman sections, numbered sub-headings, and bullets on two levels (the template's symbols).</summary>
    public const int OutlineList = 1;

    /// <summary>a), b) … ; the paragraph style <see cref="LetterStyle"/> numbers with it.</summary>
    public const int LetterList = 2;

    public const string LetterStyle = "ListLetter";
    public const string BoldStyle = "BodyBold";

    private readonly List<OpenXmlElement> content = [];

    public static byte[] Write(Action<DocxFixture> write)
    {
        var fixture = new DocxFixture();
        write(fixture);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.Document = new Document(new Body(fixture.content));
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph; '\n' in the text becomes a line break (w:br).</summary>
    public DocxFixture Paragraph(string text, bool bold = false, bool italic = false, string? style = null, int? list = null, int level = 0)
    {
        content.Add(Para(text, bold, italic, style, list, level));
        return this;
    }

    /// <summary>
    /// A table; a cell written "&gt;&gt;text" spans the rest of its row, "\n\n" separates a cell's paragraphs, and a
    /// paragraph written "§text" takes the bold paragraph style <see cref="BoldStyle"/>.
    /// </summary>
    public DocxFixture Table(params string[][] rows)
    {
        var columns = rows.Max(r => r.Length);
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto }), new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1000" })));
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            for (var i = 0; i < row.Length; i++)
            {
                var spans = row[i].StartsWith(">>", StringComparison.Ordinal);
                var cell = new TableCell(new TableCellProperties(spans ? new GridSpan { Val = columns - i } : new GridSpan { Val = 1 }));
                foreach (var line in (spans ? row[i][2..] : row[i]).Split("\n\n"))
                {
                    var styled = line.StartsWith('§');
                    cell.Append(Para(styled ? line[1..] : line, false, false, styled ? BoldStyle : null, null, 0));
                }

                tableRow.Append(cell);
                if (spans)
                {
                    break;
                }
            }

            table.Append(tableRow);
        }

        content.Add(table);
        return this;
    }

    public DocxFixture Element(OpenXmlElement element)
    {
        content.Add(element);
        return this;
    }

    public static Paragraph Para(string text, bool bold, bool italic, string? style, int? list, int level)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (list is { } id)
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id });
        }

        var run = new Run();
        if (bold || italic)
        {
            run.RunProperties = new RunProperties();
            if (bold)
            {
                run.RunProperties.Bold = new Bold();
            }

            if (italic)
            {
                run.RunProperties.Italic = new Italic();
            }
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(properties, run);
    }

    private static Styles Styles() => new(
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Body Bold" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Bold()))
        {
            Type = StyleValues.Paragraph,
            StyleId = BoldStyle,
        },
        new Style(
            new StyleName { Val = "List Letter" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = LetterList })))
        {
            Type = StyleValues.Paragraph,
            StyleId = LetterStyle,
        });

    private static Numbering Numbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.UpperRoman, "%1."),
            Level(1, NumberFormatValues.Decimal, "%2."),
            Level(2, NumberFormatValues.Bullet, "\uF0B7"),
            Level(3, NumberFormatValues.Bullet, "o"))
        { AbstractNumberId = 10 },
        new AbstractNum(Level(0, NumberFormatValues.LowerLetter, "%1)")) { AbstractNumberId = 20 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = OutlineList },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = LetterList });

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
