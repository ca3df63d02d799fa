using System.Globalization;
using CchcPlanner.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcPlanner.Sheets;

/// <summary>One sheet of a workbook written by <see cref="SheetWriter"/>: a title line, a header row and the rows; cells are text or numbers.</summary>
public sealed record WorkbookSheet(string Name, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes tables as an XLSX workbook with the Open XML SDK: a bold title, a bold header row frozen under it with an
/// auto-filter, numbers as numbers (so a reviewer can sort and sum them), text as inline strings in NFC.
/// </summary>
public static class SheetWriter
{
    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint NumberStyle = 3;

    public static byte[] Write(IReadOnlyList<WorkbookSheet> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(tables));
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var sheets = workbookPart.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = BuildWorksheet(table);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = SheetName(table.Name) });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Excel refuses sheet names over 31 characters or with <c>[]:*?/\</c>.</summary>
    public static string SheetName(string name)
    {
        var clean = new string(VietnameseText.Clean(name).Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static Worksheet BuildWorksheet(WorkbookSheet table)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        var data = new SheetData();
        data.Append(Row(1, [table.Title], TitleStyle));
        data.Append(Row(2, table.Header.Cast<object?>().ToList(), HeaderStyle));
        uint index = 3;
        foreach (var row in table.Rows)
        {
            data.Append(Row(index++, row, null));
        }

        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        worksheet.Append(Widths(table, columns));
        worksheet.Append(data);
        if (columns > 0)
        {
            worksheet.Append(new AutoFilter { Reference = $"A2:{ColumnName(columns - 1)}{Math.Max(2, index - 1)}" });
        }

        return worksheet;
    }

    private static Columns Widths(WorkbookSheet table, int columns)
    {
        var result = new Columns();
        for (var c = 0; c < Math.Max(columns, 1); c++)
        {
            var longest = Math.Max(
                c < table.Header.Count ? table.Header[c].Length : 0,
                table.Rows.Select(r => c < r.Count ? Text(r[c]).Length : 0).DefaultIfEmpty(0).Max());
            result.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(longest + 2, 8, 60), CustomWidth = true });
        }

        return result;
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var cell = Cell(values[c]);
            cell.CellReference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            row.Append(cell);
        }

        return row;
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(value is decimal d ? d.ToString("0.##########", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!),
            StyleIndex = value is decimal or double ? NumberStyle : null,
        },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Text(value)) { Space = SpaceProcessingModeValues.Preserve }) },
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => VietnameseDates.Table(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => VietnameseText.Clean(value.ToString() ?? string.Empty),
    };

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8EEF5" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 2, FillId = 2, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
            { Count = 4 });
        styles.Stylesheet.Save();
    }
}
