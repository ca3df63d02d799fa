using System.IO.Compression;
using System.Text;
using CchcPlanner.FollowUp;

namespace CchcPlanner.Tests.FollowUp;

/// <summary>Evidence files are recognised by their bytes: known kinds whole, damaged ones and other files refused in Vietnamese.</summary>
public sealed class EvidenceFileTests
{
    public static TheoryData<string, EvidenceKind> WholeFiles { get; } = new()
    {
        { "pdf", EvidenceKind.Pdf },
        { "pdf-trailing-newlines", EvidenceKind.Pdf },
        { "png", EvidenceKind.Png },
        { "jpeg", EvidenceKind.Jpeg },
        { "docx", EvidenceKind.Docx },
        { "xlsx", EvidenceKind.Xlsx },
    };

    [Theory]
    [MemberData(nameof(WholeFiles))]
    public async Task SniffAsync_WholeFileOfAKnownKind_IsThatKind(string sample, EvidenceKind kind)
    {
        var (found, problem) = await EvidenceFile.SniffAsync(new MemoryStream(Sample(sample)), TestContext.Current.CancellationToken);

        Assert.Null(problem);
        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("pdf", "Tệp PDF bị hỏng hoặc không trọn vẹn")]
    [InlineData("png", "Tệp ảnh PNG bị hỏng hoặc không trọn vẹn")]
    [InlineData("jpeg", "Tệp ảnh JPG bị hỏng hoặc không trọn vẹn")]
    [InlineData("docx", "Tệp Word/Excel bị hỏng hoặc không trọn vẹn")]
    public async Task SniffAsync_CutShort_IsRefusedAsDamaged(string sample, string message)
    {
        var whole = Sample(sample);

        var (kind, problem) = await EvidenceFile.SniffAsync(new MemoryStream(whole[..(whole.Length * 2 / 3)]), TestContext.Current.CancellationToken);

        Assert.Null(kind);
        Assert.StartsWith(message, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MZ\u0090\u0000 an executable")]
    [InlineData("<html><body>not evidence</body></html>")]
    [InlineData("GIF89a")]
    public async Task SniffAsync_OtherFiles_AreRefusedWhateverTheirName(string content)
    {
        var (kind, problem) = await EvidenceFile.SniffAsync(new MemoryStream(Encoding.Latin1.GetBytes(content)), TestContext.Current.CancellationToken);

        Assert.Null(kind);
        Assert.Equal(EvidenceFile.WrongType, problem);
    }

    [Fact]
    public async Task SniffAsync_ZipThatIsNotWordOrExcel_IsRefused()
    {
        var zip = Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p/>"));
        var plain = Zip(("bao-cao.txt", "Báo cáo"));

        Assert.Equal(EvidenceFile.WrongType, (await EvidenceFile.SniffAsync(new MemoryStream(zip), TestContext.Current.CancellationToken)).Problem);
        Assert.Equal(EvidenceFile.WrongType, (await EvidenceFile.SniffAsync(new MemoryStream(plain), TestContext.Current.CancellationToken)).Problem);
    }

    [Fact]
    public async Task SniffAsync_OldWordOrExcel_AsksForDocxOrXlsx()
    {
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal(EvidenceFile.OldOffice, (await EvidenceFile.SniffAsync(new MemoryStream(doc), TestContext.Current.CancellationToken)).Problem);
    }

    [Fact]
    public void FromStoredName_ReadsTheKindBackFromTheExtension()
    {
        Assert.Equal(EvidenceKind.Xlsx, EvidenceFile.FromStoredName("evidence/2040/3-7-1-abc.xlsx"));
        Assert.Equal(EvidenceKind.Jpeg, EvidenceFile.FromStoredName("evidence/2040/3-7-1-abc.jpg"));
        Assert.Null(EvidenceFile.FromStoredName("evidence/2040/3-7-1-abc"));
    }

    /// <summary>Small but structurally whole files of each kind.</summary>
    public static byte[] Sample(string name) => name switch
    {
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + new string('x', 2000) + "\ntrailer << >>\n%%EOF"),
        "pdf-trailing-newlines" => Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('y', 100) + "\n%%EOF\r\n\n "),
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64], 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82],
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[64], 0xFF, 0xD9],
        "docx" => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document>" + new string('z', 3000) + "</w:document>")),
        _ => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet1.xml", "<worksheet/>")),
    };

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
