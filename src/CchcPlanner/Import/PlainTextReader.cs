using System.Text;
using System.Text.RegularExpressions;

namespace CchcPlanner.Import;

/// <summary>
/// A <c>.txt</c> or <c>.md</c> file: UTF-8 (or UTF-16 with its byte-order mark), Markdown markers removed, one
/// paragraph per line, Markdown pipe tables (<c>| Nội dung | Chủ trì |</c>) as tables. Anything that is not text is refused.
/// </summary>
internal static partial class PlainTextReader
{
    public static IReadOnlyList<SourceBlock> Read(byte[] bytes) => Read(Decode(bytes));

    public static IReadOnlyList<SourceBlock> Read(string decoded)
    {
        var text = TextCleaner.Markdown(decoded);
        var blocks = new List<SourceBlock>();
        var rows = new List<IReadOnlyList<SourceCell>>();
        foreach (var raw in LineBreak().Split(text))
        {
            if (TableRow().IsMatch(raw))
            {
                if (!TableSeparator().IsMatch(raw))
                {
                    rows.Add(Cells(raw));
                }

                continue;
            }

            if (rows.Count > 0)
            {
                blocks.Add(new SourceTable(rows.ToList()));
                rows.Clear();
            }

            blocks.Add(new SourceLine(MarkdownLine(raw)));
        }

        if (rows.Count > 0)
        {
            blocks.Add(new SourceTable(rows));
        }

        return blocks;
    }

    /// <summary>The text of the bytes; binary data (control characters, undecodable bytes) is refused.</summary>
    public static string Decode(byte[] bytes)
    {
        string text;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        }
        else if (Utf16WithoutMark(bytes) is { } utf16)
        {
            text = utf16.GetString(bytes);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new ImportException("Tệp không phải văn bản UTF-8 hay tài liệu Word (.docx): hãy lưu lại kế hoạch dưới dạng .docx hoặc .txt (UTF-8).");
            }
        }

        var odd = text.Count(c => c == '\0' || c == '\uFFFD' || char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'));
        if (odd > text.Length / 200)
        {
            throw new ImportException("Tệp chứa dữ liệu nhị phân, không phải văn bản: hãy chọn tệp kế hoạch .docx, .txt hoặc .md.");
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>
    /// UTF-16 saved without its byte-order mark (Notepad's "Unicode" in some versions): most Vietnamese letters and all
    /// spaces and digits have a zero high byte, so one byte of each pair is mostly zero.
    /// </summary>
    private static Encoding? Utf16WithoutMark(byte[] bytes)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        return oddZeros > pairs / 2 && evenZeros < pairs / 20 ? Encoding.Unicode
            : evenZeros > pairs / 2 && oddZeros < pairs / 20 ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>A Markdown heading or quote mark and a <c>*</c> bullet are only presentation: <c>## I. MỤC TIÊU</c>, <c>* …</c>.</summary>
    private static string MarkdownLine(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith('>'))
        {
            trimmed = trimmed.TrimStart('#', '>', ' ');
        }

        return trimmed.StartsWith("* ", StringComparison.Ordinal) ? "- " + trimmed[2..] : trimmed;
    }

    private static List<SourceCell> Cells(string row)
    {
        var inner = row.Trim();
        inner = inner[1..^1];
        return CellSeparator().Split(inner)
            .Select(cell => new SourceCell([.. BreakTag().Split(cell).Select(part => new SourceLine(part.Replace("\\|", "|", StringComparison.Ordinal)))]))
            .ToList();
    }

    [GeneratedRegex(@"\r\n|[\r\n\f\v\u2028\u2029\u0085]")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^\s*\|.*\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    /// <summary>Line breaks inside a cell, written as <c>&lt;br&gt;</c>.</summary>
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();
}
