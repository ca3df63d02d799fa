using System.IO.Compression;
using System.Text;
using CchcPlanner.Import;

namespace CchcPlanner.Tests.Import;

/// <summary>Files that are not plans end in an <see cref="ImportException"/> whose Vietnamese message says why.</summary>
public sealed class ImportErrorsTests
{
    [Theory]
    [InlineData("empty", "rỗng")]
    [InlineData("random bytes named .docx", "Word")]
    [InlineData("zip without a document", "Word")]
    [InlineData("pdf", "PDF")]
    [InlineData("word 97", ".doc")]
    [InlineData("binary named .txt", "văn bản")]
    [InlineData("latin-1 text", "UTF-8")]
    [InlineData("text without KẾ HOẠCH", "KẾ HOẠCH")]
    [InlineData("KẾ HOẠCH and nothing else", "cấu trúc")]
    [InlineData("a decision", "KẾ HOẠCH")]
    public void Import_NotAPlan_ThrowsImportExceptionInVietnamese(string what, string expected)
    {
        var (bytes, name) = what switch
        {
            "empty" => ([], "plan.docx"),
            "random bytes named .docx" => (Random(new Random(1), 2000), "plan.docx"),
            "zip without a document" => (Zip(("hello.txt", "xin chào")), "plan.docx"),
            "pdf" => (Encoding.ASCII.GetBytes("%PDF-1.7\n%…"), "plan.pdf"),
            "word 97" => ((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "plan.doc"),
            "binary named .txt" => (Random(new Random(2), 5000), "plan.txt"),
            "latin-1 text" => (Encoding.Latin1.GetBytes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH"), "plan.txt"),
            "text without KẾ HOẠCH" => (Encoding.UTF8.GetBytes("Biên bản họp\nNội dung cuộc họp về công tác cải cách hành chính."), "notes.txt"),
            "KẾ HOẠCH and nothing else" => (Encoding.UTF8.GetBytes("KẾ HOẠCH\nTổ chức sinh nhật cho cán bộ."), "plan.txt"),
            _ => (Encoding.UTF8.GetBytes("QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nĐiều 1. Ban hành kèm theo Quyết định này."), "qd.md"),
        };

        var error = Assert.Throws<ImportException>(() => Fixtures.Import(bytes, name));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LargerThanTenMegabytes_IsRefusedBeforeReadingItAll()
    {
        using var seekable = new MemoryStream(new byte[PlanImporter.MaxFileBytes + 1]);
        using var unseekable = new OneByteAtATime(PlanImporter.MaxFileBytes + 100_000);

        Assert.Contains("10 MB", Assert.Throws<ImportException>(() => PlanImporter.Import(seekable, "plan.txt")).Message, StringComparison.Ordinal);
        Assert.Contains("10 MB", Assert.Throws<ImportException>(() => PlanImporter.Import(unseekable, "plan.txt")).Message, StringComparison.Ordinal);
        Assert.True(unseekable.Position <= PlanImporter.MaxFileBytes + 81920);
    }

    public static byte[] Random(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A stream that cannot seek and gives zeros in small reads, as a network upload might.</summary>
    private sealed class OneByteAtATime(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, 4096), length - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
