using System.Text;
using CchcPlanner.Scans;

namespace CchcPlanner.Tests.Scans;

public sealed class PdfFileTests
{
    [Theory]
    [InlineData("%PDF-1.4\nbody\n%%EOF")]
    [InlineData("%PDF-1.7\nbody\n%%EOF\n")]
    [InlineData("%PDF-1.7\nbody\n%%EOF\r\n \t\r\n")]
    public async Task WhyNotAsync_WholePdf_Null(string content) => Assert.Null(await WhyNotAsync(content));

    [Theory]
    [InlineData("")]
    [InlineData("%PDF")]
    [InlineData("PK\u0003\u0004word/document.xml")]
    [InlineData(" %PDF-1.7\n%%EOF")]
    public async Task WhyNotAsync_NotAPdf_SaysSo(string content) =>
        Assert.StartsWith("Tệp tải lên không phải tệp PDF.", await WhyNotAsync(content), StringComparison.Ordinal);

    [Theory]
    [InlineData("%PDF-1.7\nbody\n%%EO")]
    [InlineData("%PDF-1.7\nbody\nstream\n")]
    [InlineData("%PDF-1.7\nbody\n%%EOF\nmore after the end")]
    public async Task WhyNotAsync_CutShort_SaysTheEndIsMissing(string content) =>
        Assert.StartsWith("Tệp PDF không trọn vẹn (thiếu phần kết thúc %%EOF)", await WhyNotAsync(content), StringComparison.Ordinal);

    [Fact]
    public async Task WhyNotAsync_EndFarIntoALongFile_IsFound()
    {
        var content = "%PDF-1.7\n" + new string('x', 100_000) + "\n%%EOF\n";

        Assert.Null(await WhyNotAsync(content));
    }

    private static async Task<string?> WhyNotAsync(string content)
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(content));
        return await PdfFile.WhyNotAsync(stream, TestContext.Current.CancellationToken);
    }
}
