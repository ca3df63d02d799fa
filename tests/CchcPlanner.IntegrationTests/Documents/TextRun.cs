using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>A run of text of one style as <c>pdftohtml -xml</c> reports it; positions in millimetres.</summary>
internal sealed record TextRun(string Text, double Left, double Top, double Width, double Height, bool Bold, bool Italic)
{
    public double CentreX => Left + (Width / 2);

    public double Bottom => Top + Height;

    /// <summary>Reads the <c>&lt;text&gt;</c> elements of one page; <c>&lt;b&gt;</c> and <c>&lt;i&gt;</c> inside mark the style.</summary>
    public static IReadOnlyList<TextRun> Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        var page = document.Descendants("page").Single();

        // pdftohtml scales the page; its height attribute is the A4 height (297 mm, or 210 mm landscape) in its units.
        var height = Number(page, "height");
        var mmPerUnit = (height > Number(page, "width") ? 297 : 210) / height;
        return page.Elements("text").Select(text => new TextRun(
            text.Value,
            Number(text, "left") * mmPerUnit,
            Number(text, "top") * mmPerUnit,
            Number(text, "width") * mmPerUnit,
            Number(text, "height") * mmPerUnit,
            text.Descendants("b").Any(),
            text.Descendants("i").Any())).ToList();
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
