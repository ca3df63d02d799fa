namespace CchcPlanner.Import;

/// <summary>What kind of file was uploaded.</summary>
internal enum SourceFormat
{
    Text,
    Docx,
}

/// <summary>
/// Tells a DOCX from a text file by its first bytes (a zip package), then by its extension; formats we do not read
/// (Word 97-2003, PDF, RTF) are refused with the way to convert them.
/// </summary>
internal static class SourceFormats
{
    public static SourceFormat Of(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return SourceFormat.Docx;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ImportException("Tệp Word 97-2003 (.doc) chưa được hỗ trợ: hãy mở bằng Word và lưu lại thành .docx.");
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            throw new ImportException("Tệp PDF chưa được hỗ trợ: hãy nhập tệp .docx, hoặc chép nội dung kế hoạch sang tệp .txt.");
        }

        if (bytes.StartsWith("{\\rtf"u8))
        {
            throw new ImportException("Tệp RTF chưa được hỗ trợ: hãy mở bằng Word và lưu lại thành .docx.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".docx" or ".docm" or ".dotx")
        {
            throw new ImportException("Tệp .docx không phải tài liệu Word hợp lệ (không phải gói nén Office Open XML).");
        }

        return SourceFormat.Text;
    }
}
