using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Import.Docx;

/// <summary>
/// The body of a DOCX in reading order: paragraphs (runs joined, line breaks as new lines, automatic numbering as
/// its text, text boxes before the paragraph that anchors them) and tables (rows, cells, the cells' paragraphs).
/// Headers, footers, comments and deleted text are not the plan's text and are left out.
/// </summary>
internal static class DocxTextReader
{
    /// <summary>Far more than any plan; a bigger package is a zip bomb or not a plan.</summary>
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;

    private const int MaxNesting = 16;

    public static IReadOnlyList<SourceBlock> Read(byte[] bytes, List<ImportWarning> warnings)
    {
        CheckPackage(bytes);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var main = document.MainDocumentPart ?? throw new ImportException("Tệp .docx không có phần nội dung chính (word/document.xml): không phải tài liệu Word hợp lệ.");
            var body = main.Document?.Body ?? throw new ImportException("Tệp .docx không có nội dung.");
            var reader = new Walker(
                new DocxStyleSheet(Part(() => main.StyleDefinitionsPart?.Styles, "styles.xml", warnings)),
                new DocxNumbering(Part(() => main.NumberingDefinitionsPart?.Numbering, "numbering.xml", warnings)));
            reader.Blocks(body, 0);
            return reader.Result;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or IOException
                                      or InvalidOperationException or NotSupportedException or ArgumentException or KeyNotFoundException)
        {
            throw new ImportException("Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ: không đọc được nội dung.", e);
        }
    }

    /// <summary>A zip whose parts unpack to a reasonable size; anything else is refused before Open Packaging reads it.</summary>
    private static void CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                unpacked += entry.Length;
                if (unpacked > MaxUnpackedBytes || zip.Entries.Count > 20_000)
                {
                    throw new ImportException("Tệp .docx giải nén ra quá lớn: không phải một kế hoạch.");
                }
            }

            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new ImportException("Tệp nén không phải tài liệu Word (.docx).");
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new ImportException("Tệp không phải tài liệu Word (.docx) hợp lệ: không mở được như một tệp nén.", e);
        }
    }

    /// <summary>A part the body can do without (styles, numbering): when it is broken, the import goes on and says so.</summary>
    private static T? Part<T>(Func<T?> load, string name, List<ImportWarning> warnings)
        where T : class
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException or FormatException)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.DocxPartUnreadable, $"Không đọc được {name} của tệp .docx; đánh số tự động và định dạng đậm/nghiêng có thể thiếu."));
            return null;
        }
    }

    private sealed class Walker(DocxStyleSheet styles, DocxNumbering numbering)
    {
        public List<SourceBlock> Result { get; } = [];

        /// <summary>Block-level content (body, cell, content control): paragraphs and tables in order.</summary>
        public void Blocks(OpenXmlElement container, int depth)
        {
            if (depth > MaxNesting)
            {
                return;
            }

            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        Result.AddRange(Lines(paragraph, depth));
                        break;
                    case Table table:
                        Result.Add(TableOf(table, depth));
                        break;
                    case AlternateContentFallback or SectionProperties:
                        break;
                    default:
                        if (child.HasChildren)
                        {
                            Blocks(child, depth + 1);
                        }

                        break;
                }
            }
        }

        private SourceTable TableOf(Table table, int depth)
        {
            var rows = new List<IReadOnlyList<SourceCell>>();
            foreach (var row in Inside<TableRow>(table, depth))
            {
                var cells = new List<SourceCell>();
                foreach (var cell in Inside<TableCell>(row, depth))
                {
                    var inner = new Walker(styles, numbering);
                    inner.Blocks(cell, depth + 1);
                    var lines = inner.Result.SelectMany(Flatten).ToList();
                    cells.Add(new SourceCell(lines, Math.Clamp(DocxStyleSheet.Int(cell.TableCellProperties?.GridSpan?.Val) ?? 1, 1, 64)));
                }

                rows.Add(cells);
            }

            return new SourceTable(rows);
        }

        /// <summary>A table nested in a cell is read as the cell's lines, row by row.</summary>
        private static IEnumerable<SourceLine> Flatten(SourceBlock block) => block switch
        {
            SourceLine line => [line],
            SourceTable table => table.Rows.SelectMany(r => r).SelectMany(c => c.Lines),
            _ => [],
        };

        /// <summary>Rows of a table or cells of a row, also when wrapped in content controls or custom XML, but not those of a nested table.</summary>
        private static IEnumerable<T> Inside<T>(OpenXmlElement parent, int depth)
            where T : OpenXmlElement
        {
            foreach (var child in parent.ChildElements)
            {
                if (child is T found)
                {
                    yield return found;
                }
                else if (child is not (Table or AlternateContentFallback) && child.HasChildren && depth < MaxNesting)
                {
                    foreach (var nested in Inside<T>(child, depth + 1))
                    {
                        yield return nested;
                    }
                }
            }
        }

        private IEnumerable<SourceLine> Lines(Paragraph paragraph, int depth)
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.InnerText;
            var text = new StringBuilder();
            var boxes = new List<OpenXmlElement>();
            var letters = new Counts();
            Inline(paragraph, text, boxes, letters, style, bold: false, italic: false, depth);

            foreach (var box in boxes)
            {
                var inner = new Walker(styles, numbering);
                inner.Blocks(box, depth + 1);
                foreach (var line in inner.Result.SelectMany(Flatten))
                {
                    yield return line;
                }
            }

            var label = Label(paragraph, style);
            var content = label is { Length: > 0 } ? $"{label} {text}" : text.ToString();
            var bold = letters.Total > 0 && letters.Bold == letters.Total;
            var italic = letters.Total > 0 && letters.Italic == letters.Total;
            foreach (var line in content.Split('\n'))
            {
                yield return new SourceLine(line, bold, italic);
            }
        }

        private string? Label(Paragraph paragraph, string? style)
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties;
            var own = DocxStyleSheet.Int(properties?.NumberingId?.Val);
            var fromStyle = styles.Numbering(style);
            var id = own ?? fromStyle?.NumberingId;
            var level = DocxStyleSheet.Int(properties?.NumberingLevelReference?.Val) ?? fromStyle?.Level ?? 0;
            return id is { } numberingId and > 0 ? numbering.Next(numberingId, level) : null;
        }

        /// <summary>The text of runs, hyperlinks, fields' results and inserted text, in order.</summary>
        private void Inline(OpenXmlElement element, StringBuilder text, List<OpenXmlElement> boxes, Counts letters, string? style, bool bold, bool italic, int depth)
        {
            if (depth > MaxNesting * 4)
            {
                return;
            }

            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        Inline(run, text, boxes, letters, style, styles.IsBold(run, style), styles.IsItalic(run, style), depth + 1);
                        break;
                    case Text t:
                        text.Append(t.Text);
                        letters.Add(t.Text, bold, italic);
                        break;
                    case TabChar or PositionalTab:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case TextBoxContent box:
                        boxes.Add(box);
                        break;
                    case ParagraphProperties or RunProperties or DeletedText or FieldCode or DeletedFieldCode or DeletedRun
                        or AlternateContentFallback or SoftHyphen or SymbolChar:
                        break;
                    default:
                        if (child.HasChildren)
                        {
                            Inline(child, text, boxes, letters, style, bold, italic, depth + 1);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>Letters printed bold and italic out of all letters of a paragraph.</summary>
    private sealed class Counts
    {
        public int Total { get; private set; }

        public int Bold { get; private set; }

        public int Italic { get; private set; }

        public void Add(string text, bool bold, bool italic)
        {
            var letters = text.Count(char.IsLetter);
            Total += letters;
            Bold += bold ? letters : 0;
            Italic += italic ? letters : 0;
        }
    }
}
