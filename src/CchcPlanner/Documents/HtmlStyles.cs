using System.Globalization;

namespace CchcPlanner.Documents;

/// <summary>
/// The print stylesheet: every size, weight and rule of the format table of Nghị định 30/2020/NĐ-CP, Phụ lục I.
/// Times New Roman, or Liberation Serif (same metrics, every Vietnamese glyph) where it is absent.
/// </summary>
internal static class HtmlStyles
{
    public const string FontFamily = "\"Times New Roman\", \"Liberation Serif\", Tinos, serif";

    public static string For(DocumentLayout layout)
    {
        string Mm(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "mm";
        var body = layout.BodyPt.ToString(CultureInfo.InvariantCulture) + "pt";
        var lineHeight = (1.15m * layout.LineSpacing).ToString("0.###", CultureInfo.InvariantCulture);
        return $$"""
            @page { size: A4 portrait; margin: {{Mm(layout.TopMm)}} {{Mm(layout.RightMm)}} {{Mm(layout.BottomMm)}} {{Mm(layout.LeftMm)}};
              @top-center { content: counter(page); font-family: {{FontFamily}}; font-size: {{body}}; vertical-align: middle; } }
            @page :first { @top-center { content: none; } }
            @page annex { size: A4 landscape; margin: {{Mm(layout.LeftMm)}} {{Mm(layout.TopMm)}} {{Mm(layout.RightMm)}} {{Mm(layout.BottomMm)}}; }
            html { -webkit-print-color-adjust: exact; }
            body { margin: 0; font-family: {{FontFamily}}; font-size: {{body}}; line-height: {{lineHeight}}; color: #000; }
            @media screen {
              html { background: #e9e6e1; }
              body { width: {{Mm(layout.TextWidthMm)}}; margin: 12mm auto; padding: {{Mm(layout.TopMm)}} {{Mm(layout.RightMm)}} {{Mm(layout.BottomMm)}} {{Mm(layout.LeftMm)}}; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
              .annex { margin-top: 20mm; border-top: 1px dashed #999; padding-top: 10mm; }
            }
            /* A page (210 mm ≈ 794 px) shown smaller in frames narrower than it (preview, review), never cut off. */
            @media screen and (max-width: 825px) { body { zoom: 0.9; } }
            @media screen and (max-width: 730px) { body { zoom: 0.8; } }
            @media screen and (max-width: 650px) { body { zoom: 0.7; } }
            @media screen and (max-width: 570px) { body { zoom: 0.6; } }
            @media screen and (max-width: 490px) { body { zoom: 0.5; } }
            p { margin: 0 0 6pt; text-align: justify; text-indent: 1.27cm; orphans: 2; widows: 2; }
            table { border-collapse: collapse; }
            .doc-header { width: 100%; table-layout: fixed; margin-bottom: 12pt; }
            .doc-header td { vertical-align: top; text-align: center; padding: 0; }
            .doc-header td.left { width: 42%; }
            .doc-header td.right { width: 58%; }
            .parent-body { font-size: 12pt; text-transform: uppercase; text-wrap: balance; }
            .issuing-body { font-size: 12pt; font-weight: bold; text-transform: uppercase; text-wrap: balance; }
            .issuing-body span, .motto span, .doc-summary span { display: inline-block; }
            .issuing-body span::after { content: ""; display: block; width: 40%; margin: 2pt auto 0; border-top: 0.75pt solid #000; }
            .national-title { font-size: 12pt; font-weight: bold; text-transform: uppercase; white-space: nowrap; }
            .motto { font-size: 13pt; font-weight: bold; }
            .motto span { border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
            .doc-header td.number { font-size: 13pt; padding-top: 6pt; vertical-align: baseline; }
            .doc-header td.place-date { font-size: {{body}}; font-style: italic; padding-top: 6pt; vertical-align: baseline; }
            .doc-type { font-size: 14pt; font-weight: bold; text-align: center; text-transform: uppercase; margin-top: 12pt; }
            .doc-summary { font-size: 14pt; font-weight: bold; text-align: center; margin-bottom: 12pt; text-wrap: balance; }
            .doc-summary span::after { content: ""; display: block; width: 33%; margin: 3pt auto 0; border-top: 0.75pt solid #000; }
            .legal-basis { font-style: italic; }
            .section-heading, .sub-heading { font-weight: bold; text-align: justify; break-after: avoid; }
            .note { font-style: italic; }
            .doc-closing { width: 100%; table-layout: fixed; margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
            /* The signature never stands alone: the paragraph above it goes to the next page whole, with it. */
            p:has(+ .doc-closing) { break-inside: avoid; break-after: avoid; }
            .doc-closing td { vertical-align: top; padding: 0; }
            .doc-closing td.recipients { width: 45%; }
            .recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
            .recipient { font-size: 11pt; line-height: 1.2; }
            .signature { text-align: center; }
            .signer-title, .signer-name { font-size: {{body}}; font-weight: bold; text-transform: uppercase; }
            .signer-name { text-transform: none; }
            .signature-space { height: 28mm; }
            .annex { page: annex; break-before: page; }
            .annex-label { font-size: 14pt; font-weight: bold; text-align: center; }
            .annex-title { font-size: 13pt; font-weight: bold; text-align: center; text-transform: uppercase; text-wrap: balance; }
            .annex-reference { font-size: 13pt; font-style: italic; text-align: center; margin-bottom: 8pt; }
            .annex-table { width: 100%; table-layout: fixed; font-size: 12pt; line-height: 1.2; }
            .annex-table thead { display: table-header-group; }
            .annex-table th, .annex-table td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; overflow-wrap: break-word; }
            .annex-table th { font-weight: bold; text-align: center; }
            .annex-table tr { break-inside: avoid; page-break-inside: avoid; }
            .annex-table tr.group td { font-weight: bold; }
            .annex-table td:first-child { text-align: center; }
            /* Fixed widths for the columns of AnnexBuilder (TT, content, lead, coordination, timeline, product),
               so that a narrow column never cuts a word such as "Thường xuyên" in two. */
            .annex-table th:nth-child(1) { width: 10mm; }
            .annex-table th:nth-child(3), .annex-table th:nth-child(4), .annex-table th:nth-child(6) { width: 15%; }
            .annex-table th:nth-child(5) { width: 12%; }
            .body-table { width: 100%; table-layout: fixed; font-size: 12pt; line-height: 1.2; margin: 3pt 0 8pt; }
            .body-table thead { display: table-header-group; }
            .body-table th, .body-table td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; overflow-wrap: break-word; }
            .body-table th { font-weight: bold; text-align: center; }
            .body-table tr { break-inside: avoid; page-break-inside: avoid; }
            .body-table tr.group td { font-weight: bold; }
            .body-table td:first-child { text-align: center; }
            .nb { white-space: nowrap; }
            """;
    }
}
