using CchcPlanner.Common;

namespace CchcPlanner.Sheets;

/// <summary>
/// Reads the first sheet of an XLSX workbook or a CSV file into a <see cref="SheetTable"/>. The format is told by the
/// content, not the name: a ZIP package is a workbook, anything else must be UTF-8 text. The first non-blank row is
/// the header; blank rows are skipped; every value is NFC-normalised and trimmed.
/// </summary>
public static class SheetReader
{
    /// <summary>Larger files are refused before parsing: an import sheet of a few thousand rows is far below this.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static SheetTable Read(Stream stream, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadAll(stream);
        if (bytes.Length == 0)
        {
            throw new SheetException("Tệp rỗng: không có dòng nào để đọc.");
        }

        if (IsZip(bytes))
        {
            return XlsxSheetReader.Read(bytes);
        }

        if (IsOldExcel(bytes))
        {
            throw new SheetException("Tệp Excel 97–2003 (.xls) không được hỗ trợ: hãy lưu lại thành .xlsx hoặc .csv (UTF-8).");
        }

        if (fileName is not null && fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new SheetException($"Tệp {fileName} không phải là bảng tính XLSX hợp lệ.");
        }

        return CsvSheetReader.Read(bytes);
    }

    /// <summary>Turns raw rows (each a list of cell values with its row number) into a sheet keyed by the header.</summary>
    internal static SheetTable FromRows(IEnumerable<(int Number, IReadOnlyList<string> Values)> rawRows)
    {
        List<string>? headers = null;
        var rows = new List<SheetRow>();
        foreach (var (number, raw) in rawRows)
        {
            var values = raw.Select(VietnameseText.Clean).ToList();
            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            if (headers is null)
            {
                headers = values;
                CheckHeaders(headers);
                continue;
            }

            var cells = new Dictionary<string, string>(SheetRow.HeaderComparer);
            for (var i = 0; i < headers.Count; i++)
            {
                if (headers[i].Length > 0)
                {
                    cells[headers[i]] = i < values.Count ? values[i] : string.Empty;
                }
            }

            rows.Add(new SheetRow(number, cells));
        }

        if (headers is null)
        {
            throw new SheetException("Bảng tính không có dòng tiêu đề: dòng đầu tiên phải ghi tên các cột.");
        }

        return new SheetTable(headers.Where(h => h.Length > 0).ToList(), rows);
    }

    private static void CheckHeaders(List<string> headers)
    {
        var duplicate = headers.Where(h => h.Length > 0).GroupBy(h => h, SheetRow.HeaderComparer).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SheetException($"Cột \"{duplicate.Key}\" xuất hiện hai lần ở dòng tiêu đề.");
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > MaxBytes)
            {
                throw new SheetException($"Tệp quá lớn (tối đa {MaxBytes / 1024 / 1024} MB).");
            }
        }

        return copy.ToArray();
    }

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;

    private static bool IsOldExcel(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0;
}
