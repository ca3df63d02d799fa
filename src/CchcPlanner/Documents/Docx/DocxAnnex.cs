using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxParagraphs;
using static CchcPlanner.Documents.Docx.DocxUnits;
using Ids = CchcPlanner.Documents.Docx.DocxStyleIds;

namespace CchcPlanner.Documents.Docx;

/// <summary>
/// The annex on its landscape section: label, title and reference, then the task table on the 0.75 pt grid of
/// "CCHC Table", its header row repeated on every page and no row split across two pages.
/// </summary>
internal static class DocxAnnex
{
    /// <summary>The number column (TT): wide enough for "VIII" in 12 pt with the cell padding.</summary>
    private const int NumberTwips = 620;

    /// <summary>The task's content needs the most room; the other columns share the rest equally.</summary>
    private const decimal ContentWeight = 2.5m;

    public static IEnumerable<OpenXmlElement> Build(DocumentAnnex annex, int textTwips)
    {
        yield return Styled(Ids.AnnexLabel, annex.Label);
        yield return Styled(Ids.AnnexTitle, annex.Title);
        yield return Styled(Ids.AnnexReference, annex.Reference);

        var widths = Widths(annex.Columns.Count, textTwips);
        var table = DocxTables.New(widths, new TableProperties
        {
            TableStyle = new TableStyle { Val = Ids.Table },
            TableWidth = new TableWidth { Width = Text(textTwips), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        table.Append(DocxTables.Row(true, annex.Columns.Select((c, i) => DocxTables.Cell(widths[i], [Cell(Ids.TableHeading, c, i)])).ToArray()));
        foreach (var row in annex.Rows)
        {
            table.Append(row.IsGroup && widths.Count > 1
                ? DocxTables.Row(false,
                    DocxTables.Cell(widths[0], [Cell(Ids.TableGroup, row.Cells[0], 0)]),
                    DocxTables.Cell(widths.Skip(1).Sum(), [Cell(Ids.TableGroup, row.Cells.Count > 1 ? row.Cells[1] : string.Empty, 1)], widths.Count - 1))
                : DocxTables.Row(false, widths.Select((w, i) => DocxTables.Cell(w, [Cell(Ids.TableText, i < row.Cells.Count ? row.Cells[i] : string.Empty, i)])).ToArray()));
        }

        yield return table;
    }

    private static List<int> Widths(int columns, int textTwips)
    {
        if (columns < 3)
        {
            return Enumerable.Repeat(textTwips / columns, columns).ToList();
        }

        var unit = (textTwips - NumberTwips) / (ContentWeight + columns - 2);
        var widths = new List<int> { NumberTwips, (int)(unit * ContentWeight) };
        widths.AddRange(Enumerable.Repeat((int)unit, columns - 2));
        widths[1] += textTwips - widths.Sum();
        return widths;
    }

    /// <summary>The number column is centred, as in the HTML.</summary>
    private static Paragraph Cell(string styleId, string text, int column)
    {
        var paragraph = Styled(styleId, text);
        if (column == 0)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
        }

        return paragraph;
    }
}
