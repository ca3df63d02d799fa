using System.Globalization;
using DocumentFormat.OpenXml.Drawing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace CchcPlanner.Checks;

/// <summary>Resolves a run's effective font and size through the styles of a Word document.</summary>
internal sealed class DocxStyleChain
{
    public const string DirectSource = "(run)";
    public const string DefaultsSource = "(defaults)";

    /// <summary>Word's font and size when nothing sets them.</summary>
    private const string WordFont = "Times New Roman";
    private const decimal WordSizePt = 10;

    private readonly Dictionary<string, Style> _styles;
    private readonly string? _defaultParagraphStyle;
    private readonly RunPropertiesBaseStyle? _defaults;
    private readonly FontScheme? _theme;

    public DocxStyleChain(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        _styles = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            ?? new Dictionary<string, Style>(StringComparer.Ordinal);
        _defaultParagraphStyle = _styles.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        _defaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        _theme = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
    }

    public string Name(string styleId) =>
        _styles.TryGetValue(styleId, out var style) && style.StyleName?.Val?.Value is { } name ? $"“{name}”" : $"“{styleId}”";

    public (string Font, string Source) Font(Run run, Paragraph? paragraph)
    {
        if (FontOf(run.RunProperties?.RunFonts) is { } direct)
        {
            return (direct, DirectSource);
        }

        foreach (var style in Chain(run.RunProperties?.RunStyle?.Val?.Value).Concat(Chain(ParagraphStyle(paragraph))))
        {
            if (FontOf(style.StyleRunProperties?.RunFonts) is { } font)
            {
                return (font, style.StyleId!.Value!);
            }
        }

        return (FontOf(_defaults?.RunFonts) ?? WordFont, DefaultsSource);
    }

    public decimal SizePt(Run run, Paragraph? paragraph)
    {
        var halfPoints = run.RunProperties?.FontSize?.Val?.Value
            ?? Chain(run.RunProperties?.RunStyle?.Val?.Value).Concat(Chain(ParagraphStyle(paragraph)))
                .Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null)
            ?? _defaults?.FontSize?.Val?.Value;
        return decimal.TryParse(halfPoints, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value / 2 : WordSizePt;
    }

    private string? ParagraphStyle(Paragraph? paragraph) =>
        paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>The style and those it is based on, nearest first (a loop in a broken file ends the chain).</summary>
    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>The Latin font a <c>w:rFonts</c> sets: a theme font first (it wins over the name beside it), then the name.</summary>
    private string? FontOf(RunFonts? fonts)
    {
        if (fonts is null)
        {
            return null;
        }

        var theme = fonts.HighAnsiTheme?.Value ?? fonts.AsciiTheme?.Value;
        if (theme is { } t && _theme is not null)
        {
            var major = t is ThemeFontValues.MajorAscii or ThemeFontValues.MajorHighAnsi or ThemeFontValues.MajorBidi or ThemeFontValues.MajorEastAsia;
            var typeface = major ? _theme.MajorFont?.LatinFont?.Typeface?.Value : _theme.MinorFont?.LatinFont?.Typeface?.Value;
            if (!string.IsNullOrEmpty(typeface))
            {
                return typeface;
            }
        }

        return fonts.HighAnsi?.Value ?? fonts.Ascii?.Value;
    }
}
