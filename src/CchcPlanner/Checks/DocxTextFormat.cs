using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Checks;

/// <summary>
/// <c>format-font</c> and <c>format-font-size</c>: the font and size every run of text really gets, resolved the way
/// Word does — the run's own properties, its character style, its paragraph's style and the styles it is based on,
/// the document defaults, the theme — and named by where it came from, so the finding points at the style to fix.
/// </summary>
internal static class DocxTextFormat
{
    /// <summary>Times New Roman and the fonts with its metrics that stand in for it where it is absent.</summary>
    private static readonly HashSet<string> SerifFonts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Times New Roman", "Liberation Serif", "Tinos", "Thorndale", "Thorndale AMT", "Nimbus Roman", "Nimbus Roman No9 L", "TeX Gyre Termes", "Times",
    };

    /// <summary>Fonts of symbols (bullets, ticks) rather than of text.</summary>
    private static readonly string[] SymbolFonts = ["Symbol", "Wingdings", "Webdings"];

    public static void Check(MainDocumentPart main, Body body, FindingList findings)
    {
        var styles = new DocxStyleChain(main);
        var fonts = new Dictionary<(string Font, string Source), int>();
        var bodySizes = new Dictionary<decimal, int>();
        var total = 0;
        foreach (var run in body.Descendants<Run>())
        {
            var length = run.Elements<Text>().Sum(t => t.Text.Trim().Length);
            if (length == 0)
            {
                continue;
            }

            total += length;
            var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
            var (font, source) = styles.Font(run, paragraph);
            fonts[(font, source)] = fonts.GetValueOrDefault((font, source)) + length;
            if (!run.Ancestors<Table>().Any())
            {
                var size = styles.SizePt(run, paragraph);
                bodySizes[size] = bodySizes.GetValueOrDefault(size) + length;
            }
        }

        foreach (var group in fonts.Where(f => !Acceptable(f.Key.Font)).GroupBy(f => f.Key.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var used = string.Join(", ", group.OrderByDescending(f => f.Value).Select(f => $"{f.Key.Font} ({Share(f.Value, total)})"));
            var where = group.Key == DocxStyleChain.DirectSource ? "Một số đoạn được định dạng trực tiếp bằng phông" : $"Kiểu {styles.Name(group.Key)} dùng phông";
            findings.Add(
                CheckCodes.FormatFont,
                FindingSeverity.Error,
                $"{where} {used}; văn bản phải dùng Times New Roman (hoặc phông cùng số đo như Liberation Serif).",
                SubjectOf(group.Key),
                group.OrderByDescending(f => f.Value).First().Key.Font,
                2);
        }

        if (bodySizes.Count > 0 && bodySizes.MaxBy(s => s.Value).Key is var bodySize && bodySize is < 13 or > 14)
        {
            findings.Add(
                CheckCodes.FormatFontSize,
                FindingSeverity.Warning,
                $"Cỡ chữ phần nội dung là {bodySize.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))} pt; quy định từ 13 đến 14 pt.",
                $"{Subjects.Docx}.body",
                $"{bodySize.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))} pt",
                3);
        }
    }

    private static bool Acceptable(string font) =>
        SerifFonts.Contains(font.Trim()) || SymbolFonts.Any(s => font.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    private static string SubjectOf(string source) => source switch
    {
        DocxStyleChain.DirectSource => $"{Subjects.Docx}.body",
        DocxStyleChain.DefaultsSource => $"{Subjects.Docx}.defaults",
        _ => $"{Subjects.Docx}.styles[{source}]",
    };

    private static string Share(int part, int total) =>
        (total == 0 ? 0m : (decimal)part / total).ToString("0%", CultureInfo.GetCultureInfo("vi-VN"));
}
