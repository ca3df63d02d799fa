using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcPlanner.Tests.Sheets;

/// <summary>
/// Writes a one-sheet XLSX the way Excel stores values: text in the shared string table, numbers as numbers, and
/// blank cells simply absent (so later cells carry references such as D2). <see cref="Inline"/> marks text stored
/// inline, as some exporters write it. Kept here rather than in the library: the app's exports are someone else's.
/// </summary>
internal static class XlsxFixture
{
    public sealed record Inline(string Text);

    /// <summary>Each row a list of cells: string, <see cref="Inline"/>, a number, or null for a blank (absent) cell.</summary>
    public static byte[] Write(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (Cell(rows[r][c], $"{(char)('A' + c)}{r + 1}", strings) is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(data);
            var table = workbook.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Trang 1" }));
        }

        return stream.ToArray();
    }

    private static Cell? Cell(object? value, string reference, List<string> strings) => value switch
    {
        null => null,
        string text => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, text)) },
        Inline inline => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(inline.Text)),
        },
        _ => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
    };

    private static int Index(List<string> strings, string text)
    {
        strings.Add(text);
        return strings.Count - 1;
    }
}
