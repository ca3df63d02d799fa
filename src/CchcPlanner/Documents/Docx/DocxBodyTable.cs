using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxUnits;
using Ids = CchcPlanner.Documents.Docx.DocxStyleIds;

namespace CchcPlanner.Documents.Docx;

/// <summary>
/// A table of the body (a report's KPI results, tasks done and pending) on the portrait page: the annex's "CCHC Table"
/// grid, columns by the model's percentages of the text width, header row repeated and no row split across pages.
/// </summary>
internal static class DocxBodyTable
{
    public static Table Build(DocumentTable model, int textTwips)
    {
        var total = Math.Max(1, model.Widths.Sum());
        var widths = model.Widths.Select(w => textTwips * w / total).ToList();
        widths[^1] += textTwips - widths.Sum();
        var table = DocxTables.New(widths, new TableProperties
        {
            TableStyle = new TableStyle { Val = Ids.Table },
            TableWidth = new TableWidth { Width = Text(textTwips), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        table.Append(DocxTables.Row(true, model.Columns.Select((c, i) => DocxTables.Cell(widths[i], [Cell(Ids.TableHeading, c, i)])).ToArray()));
        foreach (var row in model.Rows)
        {
            table.Append(row.IsGroup && widths.Count > 1
                ? DocxTables.Row(false,
                    DocxTables.Cell(widths[0], [Cell(Ids.TableGroup, row.Cells[0], 0)]),
                    DocxTables.Cell(widths.Skip(1).Sum(), [Cell(Ids.TableGroup, row.Cells.Count > 1 ? row.Cells[1] : string.Empty, 1)], widths.Count - 1))
                : DocxTables.Row(false, widths.Select((w, i) => DocxTables.Cell(w, [Cell(Ids.TableText, i < row.Cells.Count ? row.Cells[i] : string.Empty, i)])).ToArray()));
        }

        return table;
    }

    /// <summary>
    /// The paragraph Word wants after a table: 1 pt high like <see cref="DocxParagraphs.Hairline"/>, with the 6 pt the
    /// HTML leaves under a body table before the next heading.
    /// </summary>
    public static Paragraph After() => new(new ParagraphProperties
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
    });

    private static Paragraph Cell(string styleId, string text, int column)
    {
        var paragraph = DocxParagraphs.Styled(styleId, text);
        if (column == 0)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
        }

        return paragraph;
    }
}
