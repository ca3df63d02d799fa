using System.Text;

namespace CchcPlanner.Sheets;

/// <summary>
/// CSV as spreadsheets save it: UTF-8 with or without a byte-order mark, comma or semicolon separated (Excel in a
/// Vietnamese locale writes semicolons), fields in double quotes with "" for a quote, CRLF or LF line ends and
/// line breaks inside quoted fields.
/// </summary>
internal static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SheetTable Read(byte[] bytes)
    {
        string text;
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new SheetException("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: CSV UTF-8).", e);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new SheetException("Tệp không phải là CSV hay XLSX: nội dung không phải văn bản.");
        }

        return SheetReader.FromRows(Rows(text, Separator(text)));
    }

    /// <summary>The separator of the first line: whichever of comma and semicolon occurs more outside quotes.</summary>
    private static char Separator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static IEnumerable<(int, IReadOnlyList<string>)> Rows(string text, char separator)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                yield return (rowStart, row);
                row = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                rowStart = line;
                continue;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            throw new SheetException($"Tệp CSV hỏng: dấu ngoặc kép mở ở dòng {rowStart} không được đóng.");
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return (rowStart, row);
        }
    }
}
