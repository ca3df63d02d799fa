using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxUnits;

namespace CchcPlanner.Documents.Docx;

/// <summary>
/// styles.xml: Normal is the body text of Nghị định 30/2020/NĐ-CP (Times New Roman, justified, 1.27 cm first-line
/// indent, 6 pt after), and each other part of the plan has its own named style with the sizes of the decree's table.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Times New Roman";
    public const string Language = "vi-VN";

    /// <summary>Space for the signature and the seal between the signer's title and name, as in the HTML (28 mm).</summary>
    private const decimal SignatureSpaceMm = 28;

    public static Styles Create(DocumentLayout layout)
    {
        decimal body = layout.BodyPt;
        var styles = new Styles(Defaults(layout), Normal(layout), DocxTableStyles.TableNormal(), DocxTableStyles.Annex());
        styles.Append(
            Centred(DocxStyleIds.ParentBody, "CCHC Parent body", 12, caps: true),
            Centred(DocxStyleIds.IssuingBody, "CCHC Issuing body", 12, bold: true, caps: true),
            Centred(DocxStyleIds.NationalTitle, "CCHC National title", 12, bold: true, caps: true),
            Centred(DocxStyleIds.Motto, "CCHC Motto", 13, bold: true),
            Centred(DocxStyleIds.Number, "CCHC Number", 13, before: 120),
            Centred(DocxStyleIds.PlaceAndDate, "CCHC Place and date", body, italic: true, before: 120),
            Rule(),
            Centred(DocxStyleIds.DocumentType, "CCHC Document type", 14, bold: true, caps: true, before: 240, keepNext: true),
            Centred(DocxStyleIds.Summary, "CCHC Summary", 14, bold: true, keepNext: true),
            Paragraph(DocxStyleIds.LegalBasis, "CCHC Legal basis", Run(italic: true)),
            Paragraph(DocxStyleIds.SectionHeading, "CCHC Section heading", Run(bold: true), new StyleParagraphProperties { KeepNext = new KeepNext() }),
            Paragraph(DocxStyleIds.SubHeading, "CCHC Sub-heading", Run(bold: true), new StyleParagraphProperties { KeepNext = new KeepNext() }),
            Paragraph(DocxStyleIds.Note, "CCHC Note", Run(italic: true)),
            Flush(DocxStyleIds.RecipientsLabel, "CCHC Recipients label", JustificationValues.Left, 12, bold: true, italic: true, keepNext: true),
            Flush(DocxStyleIds.Recipient, "CCHC Recipient", JustificationValues.Left, 11, keepNext: true, singleLine: true),
            Centred(DocxStyleIds.Signature, "CCHC Signature", body, bold: true, caps: true, keepNext: true),
            Centred(DocxStyleIds.SignerName, "CCHC Signer name", body, bold: true, before: Twips(SignatureSpaceMm)),
            Centred(DocxStyleIds.AnnexLabel, "CCHC Annex label", 14, bold: true, keepNext: true),
            Centred(DocxStyleIds.AnnexTitle, "CCHC Annex title", 13, bold: true, caps: true, keepNext: true),
            Centred(DocxStyleIds.AnnexReference, "CCHC Annex reference", 13, italic: true, after: 160, keepNext: true),
            Flush(DocxStyleIds.TableText, "CCHC Table text", JustificationValues.Left, 12, singleLine: true),
            Flush(DocxStyleIds.TableHeading, "CCHC Table heading", JustificationValues.Center, 12, bold: true, singleLine: true),
            Flush(DocxStyleIds.TableGroup, "CCHC Table group", JustificationValues.Left, 12, bold: true, singleLine: true),
            Centred(DocxStyleIds.PageNumber, "CCHC Page number", body));
        return styles;
    }

    public static RunFonts Fonts() => new() { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };

    private static DocDefaults Defaults(DocumentLayout layout) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            Fonts(), new FontSize { Val = HalfPoints(layout.BodyPt) }, new FontSizeComplexScript { Val = HalfPoints(layout.BodyPt) },
            new Languages { Val = Language })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    private static Style Normal(DocumentLayout layout)
    {
        var style = Named(DocxStyleIds.Normal, "Normal", basedOn: null);
        style.Default = true;
        style.CustomStyle = null;
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            WidowControl = new WidowControl(),
            SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = Text((int)Math.Round(240 * layout.LineSpacing)), LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { FirstLine = "720" },
            Justification = new Justification { Val = JustificationValues.Both },
        };
        style.StyleRunProperties = new StyleRunProperties
        {
            RunFonts = Fonts(),
            FontSize = new FontSize { Val = HalfPoints(layout.BodyPt) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(layout.BodyPt) },
            Languages = new Languages { Val = Language },
        };
        return style;
    }

    /// <summary>A paragraph that only draws a bottom border: the short rules of the header and summary, sized by indents.</summary>
    private static Style Rule()
    {
        var style = Centred(DocxStyleIds.Rule, "CCHC Rule", 1);
        style.StyleParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact };
        style.StyleParagraphProperties.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" });
        return style;
    }

    private static Style Centred(string id, string name, decimal pt, bool bold = false, bool italic = false, bool caps = false, int before = 0, int after = 0, bool keepNext = false) =>
        Flush(id, name, JustificationValues.Center, pt, bold, italic, caps, before, after, keepNext);

    /// <summary>
    /// A paragraph without the body's first-line indent and spacing: header lines, closing, table text. Lines follow
    /// the layout's spacing like the body, except the recipients and the table (fixed tight lines in the HTML too).
    /// </summary>
    private static Style Flush(string id, string name, JustificationValues align, decimal pt, bool bold = false, bool italic = false, bool caps = false, int before = 0, int after = 0, bool keepNext = false, bool singleLine = false) =>
        Paragraph(id, name, Run(pt, bold, italic, caps), new StyleParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = singleLine
                ? new SpacingBetweenLines { Before = Text(before), After = Text(after), Line = "240", LineRule = LineSpacingRuleValues.Auto }
                : new SpacingBetweenLines { Before = Text(before), After = Text(after) },
            Indentation = new Indentation { FirstLine = "0" },
            Justification = new Justification { Val = align },
        });

    private static Style Paragraph(string id, string name, StyleRunProperties run, StyleParagraphProperties? paragraph = null)
    {
        var style = Named(id, name, DocxStyleIds.Normal);
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = paragraph;
        style.StyleRunProperties = run;
        return style;
    }

    private static StyleRunProperties Run(decimal? pt = null, bool bold = false, bool italic = false, bool caps = false) => new()
    {
        Bold = bold ? new Bold() : null,
        BoldComplexScript = bold ? new BoldComplexScript() : null,
        Italic = italic ? new Italic() : null,
        ItalicComplexScript = italic ? new ItalicComplexScript() : null,
        Caps = caps ? new Caps() : null,
        FontSize = pt is { } size ? new FontSize { Val = HalfPoints(size) } : null,
        FontSizeComplexScript = pt is { } sizeCs ? new FontSizeComplexScript { Val = HalfPoints(sizeCs) } : null,
    };

    public static Style Named(string id, string name, string? basedOn, StyleValues type = StyleValues.Paragraph) => new()
    {
        Type = type,
        StyleId = id,
        CustomStyle = true,
        StyleName = new StyleName { Val = name },
        BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
    };
}
