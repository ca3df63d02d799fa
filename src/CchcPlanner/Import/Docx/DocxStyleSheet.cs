using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Import.Docx;

/// <summary>
/// What the styles of a DOCX say about bold, italic and list numbering: a clerk's template makes the issuing body
/// bold and numbers headings through a paragraph style, not on the paragraph itself. Read by value (attribute
/// text), so that a malformed attribute counts as absent instead of failing the import.
/// </summary>
internal sealed class DocxStyleSheet
{
    private const int MaxDepth = 12;

    private readonly Dictionary<string, StyleFacts> styles = new(StringComparer.Ordinal);
    private readonly bool defaultBold;
    private readonly bool defaultItalic;
    private readonly string? defaultParagraphStyle;

    public DocxStyleSheet(Styles? sheet)
    {
        if (sheet is null)
        {
            return;
        }

        var defaults = sheet.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        defaultBold = On(defaults?.Bold?.Val, defaults?.Bold is not null) ?? false;
        defaultItalic = On(defaults?.Italic?.Val, defaults?.Italic is not null) ?? false;
        foreach (var style in sheet.Elements<Style>())
        {
            var id = style.StyleId?.InnerText;
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            var run = style.StyleRunProperties;
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            styles[id] = new StyleFacts(
                style.BasedOn?.Val?.InnerText,
                On(run?.Bold?.Val, run?.Bold is not null),
                On(run?.Italic?.Val, run?.Italic is not null),
                Int(numbering?.NumberingId?.Val),
                Int(numbering?.NumberingLevelReference?.Val));
            if (style.Type?.InnerText == "paragraph" && On(style.Default, style.Default is not null) == true)
            {
                defaultParagraphStyle = id;
            }
        }
    }

    /// <summary>Whether a run prints bold: its own properties, then its character style, then the paragraph's style.</summary>
    public bool IsBold(Run run, string? paragraphStyle) =>
        On(run.RunProperties?.Bold?.Val, run.RunProperties?.Bold is not null)
        ?? Find(run.RunProperties?.RunStyle?.Val?.InnerText, s => s.Bold)
        ?? Find(paragraphStyle ?? defaultParagraphStyle, s => s.Bold)
        ?? defaultBold;

    public bool IsItalic(Run run, string? paragraphStyle) =>
        On(run.RunProperties?.Italic?.Val, run.RunProperties?.Italic is not null)
        ?? Find(run.RunProperties?.RunStyle?.Val?.InnerText, s => s.Italic)
        ?? Find(paragraphStyle ?? defaultParagraphStyle, s => s.Italic)
        ?? defaultItalic;

    /// <summary>The list a paragraph style numbers its paragraphs with (numId, level), when it does.</summary>
    public (int NumberingId, int Level)? Numbering(string? paragraphStyle)
    {
        var id = Find(paragraphStyle, s => s.NumberingId);
        return id is { } numberingId ? (numberingId, Find(paragraphStyle, s => s.Level) ?? 0) : null;
    }

    /// <summary>An integer attribute, or null when absent or not a number.</summary>
    public static int? Int(OpenXmlSimpleType? value) =>
        int.TryParse(value?.InnerText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>An on/off property: present without a value means on; <c>0</c>, <c>false</c>, <c>off</c> mean off.</summary>
    private static bool? On(OpenXmlSimpleType? value, bool present) =>
        !present ? null : value?.InnerText is not { Length: > 0 } text || text is not ("0" or "false" or "off");

    private T? Find<T>(string? styleId, Func<StyleFacts, T?> pick)
        where T : struct
    {
        for (var depth = 0; styleId is not null && depth < MaxDepth && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (pick(style) is { } value)
            {
                return value;
            }

            styleId = style.BasedOn;
        }

        return null;
    }

    private sealed record StyleFacts(string? BasedOn, bool? Bold, bool? Italic, int? NumberingId, int? Level);
}
