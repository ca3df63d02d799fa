using System.IO.Compression;

namespace CchcPlanner.FollowUp;

/// <summary>The kinds of file accepted as evidence of a KPI result.</summary>
public enum EvidenceKind
{
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
    Docx = 4,
    Xlsx = 5,
}

/// <summary>
/// Tells what an uploaded evidence file is from its bytes, never from its name: PDF (<c>%PDF-</c> … <c>%%EOF</c>), PNG
/// (signature … <c>IEND</c>), JPEG (<c>FF D8 FF</c> … <c>FF D9</c>), Word and Excel (a ZIP package holding
/// <c>word/document.xml</c> or <c>xl/workbook.xml</c>). Anything else is refused, and a file of a known kind whose end is
/// missing or whose package does not open is refused as damaged (usually an upload cut short).
/// </summary>
public static class EvidenceFile
{
    public const string WrongType =
        "Chỉ nhận tệp minh chứng dạng PDF, ảnh (JPG, PNG), Word (.docx) hoặc Excel (.xlsx); tệp này không thuộc loại nào trong số đó.";

    public const string OldOffice =
        "Tệp Word/Excel định dạng cũ (.doc, .xls) chưa được nhận. Hãy mở tệp, lưu lại thành .docx hoặc .xlsx rồi tải lên.";

    private const int TailLength = 1024;

    /// <summary>The kind of the whole file, or the Vietnamese reason it is not accepted.</summary>
    public static async Task<(EvidenceKind? Kind, string? Problem)> SniffAsync(Stream file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = new byte[8];
        file.Position = 0;
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var tail = await TailAsync(file, cancellationToken);
        return Classify(head.AsSpan(0, read), tail, file);
    }

    private static (EvidenceKind? Kind, string? Problem) Classify(ReadOnlySpan<byte> start, byte[] tail, Stream file)
    {
        if (start.StartsWith("%PDF-"u8))
        {
            return Whole(EvidenceKind.Pdf, tail.AsSpan().TrimEnd(" \t\r\n\f\0"u8).EndsWith("%%EOF"u8));
        }

        if (start.SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Whole(EvidenceKind.Png, tail.AsSpan().TrimEnd((byte)0).EndsWith(new byte[] { 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }));
        }

        if (start.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Whole(EvidenceKind.Jpeg, tail.AsSpan().TrimEnd((byte)0).EndsWith(new byte[] { 0xFF, 0xD9 }));
        }

        if (start.StartsWith("PK\u0003\u0004"u8))
        {
            return Package(file);
        }

        return start.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }) ? (null, OldOffice) : (null, WrongType);
    }

    public static string Extension(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => ".pdf",
        EvidenceKind.Png => ".png",
        EvidenceKind.Jpeg => ".jpg",
        EvidenceKind.Docx => ".docx",
        _ => ".xlsx",
    };

    public static string ContentType(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "application/pdf",
        EvidenceKind.Png => "image/png",
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>What the user reads: <c>PDF</c>, <c>ảnh PNG</c>, <c>Word</c>…</summary>
    public static string ToVietnamese(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "PDF",
        EvidenceKind.Png => "ảnh PNG",
        EvidenceKind.Jpeg => "ảnh JPG",
        EvidenceKind.Docx => "Word",
        _ => "Excel",
    };

    /// <summary>The kind a stored name ends with (<c>….xlsx</c>), or null.</summary>
    public static EvidenceKind? FromStoredName(string storedName) =>
        Enum.GetValues<EvidenceKind>().Cast<EvidenceKind?>().FirstOrDefault(k => storedName.EndsWith(k!.Value.Extension(), StringComparison.OrdinalIgnoreCase));

    private static (EvidenceKind?, string?) Whole(EvidenceKind kind, bool complete) =>
        complete ? (kind, null) : (null, Damaged(kind));

    private static string Damaged(EvidenceKind kind) =>
        $"Tệp {kind.ToVietnamese()} bị hỏng hoặc không trọn vẹn, có thể do tải lên bị ngắt giữa chừng. Hãy tải lên lại tệp đầy đủ.";

    private static async Task<byte[]> TailAsync(Stream file, CancellationToken cancellationToken)
    {
        var tail = new byte[(int)Math.Min(TailLength, file.Length)];
        file.Position = file.Length - tail.Length;
        await file.ReadExactlyAsync(tail, cancellationToken);
        return tail;
    }

    private static (EvidenceKind?, string?) Package(Stream file)
    {
        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml"))
            {
                return (null, WrongType);
            }

            return names.Contains("word/document.xml") ? (EvidenceKind.Docx, null)
                : names.Contains("xl/workbook.xml") ? (EvidenceKind.Xlsx, null)
                : (null, WrongType);
        }
        catch (InvalidDataException)
        {
            return (null, "Tệp Word/Excel bị hỏng hoặc không trọn vẹn, có thể do tải lên bị ngắt giữa chừng. Hãy tải lên lại tệp đầy đủ.");
        }
    }
}
