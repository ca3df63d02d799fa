using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxUnits;

namespace CchcPlanner.Documents.Docx;

/// <summary>Fixed-width tables: the borderless two-column header and closing, and the annex grid.</summary>
internal static class DocxTables
{
    /// <summary>A borderless table without cell padding, the way the HTML lays out the header and the closing.</summary>
    public static Table Layout(IReadOnlyList<int> widths) => New(widths, new TableProperties
    {
        TableWidth = new TableWidth { Width = Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableCellMarginDefault = new TableCellMarginDefault(
            new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
            new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
    });

    public static Table New(IReadOnlyList<int> widths, TableProperties properties)
    {
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = Text(width) });
        }

        return new Table(properties, grid);
    }

    /// <summary>A row that never breaks across pages; a header row is repeated at the top of each page.</summary>
    public static TableRow Row(bool header, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int span = 1)
    {
        var properties = new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Text(width), Type = TableWidthUnitValues.Dxa } };
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        return cell;
    }
}
