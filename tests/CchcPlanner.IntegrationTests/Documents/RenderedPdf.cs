using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>A printed PDF on disk, read back with the poppler tools the way a checker outside the app would read it.</summary>
internal sealed partial class RenderedPdf(string path, byte[] bytes)
{
    private const double MmPerPoint = 25.4 / 72;

    private IReadOnlyList<PdfPage>? pages;

    public string Path { get; } = path;

    public byte[] Bytes { get; } = bytes;

    public IReadOnlyList<PdfPage> Pages => pages ??= ReadPages();

    /// <summary>Each page's width and height in points, from <c>pdfinfo -f 1 -l N</c>.</summary>
    public IReadOnlyList<(double Width, double Height)> PageSizes() =>
        PageSizeLine().Matches(Poppler.Run("pdfinfo", "-f", "1", "-l", "9999", Path))
            .Select(m => (Points(m.Groups["w"].Value), Points(m.Groups["h"].Value))).ToList();

    /// <summary>The fonts of <c>pdffonts</c>: name (subset prefix removed) and whether it is embedded.</summary>
    public IReadOnlyList<(string Name, bool Embedded)> Fonts() =>
        Poppler.Run("pdffonts", Path).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (c[0][(c[0].IndexOf('+', StringComparison.Ordinal) + 1)..], c[^5] == "yes")).ToList();

    /// <summary>The text runs of one page with their style, from <c>pdftohtml -xml -i</c> (which names bold and italic).</summary>
    public IReadOnlyList<TextRun> Runs(int page) => TextRun.Parse(Poppler.Run("pdftohtml", "-xml", "-i", "-q", "-stdout", "-f", $"{page}", "-l", $"{page}", Path));

    /// <summary>Writes <c>{name}-N.png</c> for every page (<c>pdftoppm -png -r 60</c>) and returns their paths.</summary>
    public IReadOnlyList<string> SavePictures(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder, $"{name}-*.png"))
        {
            File.Delete(old);
        }

        Poppler.Run("pdftoppm", "-png", "-r", "60", Path, System.IO.Path.Combine(folder, name));
        return [.. Directory.EnumerateFiles(folder, $"{name}-*.png").Order(StringComparer.Ordinal)];
    }

    private List<PdfPage> ReadPages()
    {
        var xhtml = Poppler.Run("pdftotext", "-bbox-layout", Path, "-");
        using var reader = XmlReader.Create(new StringReader(xhtml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var pageElements = XDocument.Load(reader).Descendants().Where(e => e.Name.LocalName == "page");
        return pageElements.Select((page, i) =>
        {
            var blocks = page.Descendants().Where(e => e.Name.LocalName == "block").ToList();
            var lines = blocks.SelectMany((block, b) => block.Elements().Where(e => e.Name.LocalName == "line")
                .Select(line => new PdfLine(b, line.Elements().Select(Word).ToList()))).ToList();
            return new PdfPage(i + 1, Mm(page, "width"), Mm(page, "height"), lines);
        }).ToList();
    }

    private static PdfWord Word(XElement word) =>
        new(word.Value, Mm(word, "xMin"), Mm(word, "yMin"), Mm(word, "xMax"), Mm(word, "yMax"));

    private static double Mm(XElement element, string attribute) => Points(element.Attribute(attribute)!.Value) * MmPerPoint;

    private static double Points(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+\d+ size:\s+(?<w>[\d.]+) x (?<h>[\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
