namespace CchcPlanner.Scans;

/// <summary>
/// The two marks every complete PDF has: <c>%PDF-</c> at the start, and <c>%%EOF</c> at the end (maybe followed by
/// line breaks or spaces). A file without the first is not a PDF; without the second, usually an upload cut short.
/// </summary>
internal static class PdfFile
{
    private const int TailLength = 1024;

    /// <summary>Why the file is not a whole PDF, in Vietnamese; null when it is.</summary>
    public static async Task<string?> WhyNotAsync(Stream file, CancellationToken cancellationToken)
    {
        var head = new byte[5];
        file.Position = 0;
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read < head.Length || !head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            return "Tệp tải lên không phải tệp PDF. Hãy quét văn bản đã ký, đóng dấu thành tệp PDF rồi tải lên.";
        }

        var tail = new byte[(int)Math.Min(TailLength, file.Length)];
        file.Position = file.Length - tail.Length;
        await file.ReadExactlyAsync(tail, cancellationToken);
        var end = tail.AsSpan().TrimEnd(" \t\r\n\f\0"u8);
        return end.EndsWith("%%EOF"u8)
            ? null
            : "Tệp PDF không trọn vẹn (thiếu phần kết thúc %%EOF), có thể do tải lên bị ngắt giữa chừng. Hãy tải lên lại tệp đầy đủ.";
    }
}
