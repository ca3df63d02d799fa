using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace CchcPlanner.Sheets;

/// <summary>
/// The first sheet of an XLSX workbook: shared strings, inline strings, numbers, booleans and cached formula results,
/// each as the text it holds. Cells are placed by their reference (B3), so skipped blank cells keep columns aligned.
/// Numbers are written invariantly (<c>12</c>, <c>1.5</c>); date formats are not interpreted.
/// </summary>
internal static class XlsxSheetReader
{
    public static SheetTable Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return FirstSheet(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new SheetException("Tệp không phải là bảng tính XLSX hợp lệ (có thể là tệp nén khác hoặc tệp hỏng).", e);
        }
    }

    private static SheetTable FirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart
            ?? throw new SheetException("Tệp không phải là bảng tính XLSX: không có sổ tính (workbook).");
        var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new SheetException("Bảng tính không có trang tính nào.");
        if (first.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part)
        {
            throw new SheetException("Trang tính đầu tiên của bảng tính bị hỏng.");
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
        var rows = part.Worksheet.Descendants<Row>().Select((row, index) => RowValues(row, index, shared)).ToList();
        return SheetReader.FromRows(rows);
    }

    private static (int, IReadOnlyList<string>) RowValues(Row row, int index, List<string> shared)
    {
        var number = row.RowIndex?.Value is { } r ? (int)r : index + 1;
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            while (values.Count < column)
            {
                values.Add(string.Empty);
            }

            values.Add(CellText(cell, shared));
        }

        return (number, values);
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // "G15" drops binary noise such as 0.30000000000000004 that Excel itself never shows.
            return number.ToString("G15", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The visible text of a rich or plain string, without phonetic guides.</summary>
    private static string ItemText(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } plain && !item.Elements<Run>().Any()
            ? plain.Text
            : string.Concat(item.Elements<Run>().Select(run => run.Text?.Text ?? string.Empty));

    /// <summary>"C7" → 2 (zero-based column).</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, column - 1);
    }
}
