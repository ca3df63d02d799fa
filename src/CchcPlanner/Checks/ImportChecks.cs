using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Checks;

/// <summary>The checker on a file just imported: what the context holds that the plan alone does not.</summary>
public static class ImportChecks
{
    /// <summary>
    /// The context of an imported file: its text as it was before the import normalised it (for <c>non-nfc-text</c>),
    /// the Word file itself (for the <c>format-*</c> checks) and the catalogue.
    /// </summary>
    public static CheckContext Context(byte[] file, string fileName, CitationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(fileName);
        var isDocx = fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        return new CheckContext
        {
            SourceText = isDocx ? DocxText(file) : DecodedText(file),
            Docx = isDocx ? file : (ReadOnlyMemory<byte>?)null,
            Catalogue = catalogue,
        };
    }

    /// <summary>The text of a Word file's body as stored, one paragraph per line; null when it is not readable.</summary>
    private static string? DocxText(byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null ? null : string.Join('\n', body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A text file as UTF-8 (or UTF-16 with its byte-order mark), without normalising it.</summary>
    private static string DecodedText(byte[] file)
    {
        using var reader = new StreamReader(new MemoryStream(file, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
