using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPlanner.Documents;

/// <summary>
/// Renders an <see cref="OfficialDocument"/> as a self-contained HTML page whose print layout is the official one:
/// A4, the decree's margins, page numbers top centre from page 2 (CSS margin boxes), the annex on landscape pages.
/// The same HTML is the live preview and, printed by Chromium, the PDF.
/// </summary>
public static partial class HtmlRenderer
{
    public static string Render(OfficialDocument document, DocumentLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        layout ??= DocumentLayout.Default;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Escape($"{document.TypeName} {document.Summary}"))
            .Append("</title><style>").Append(HtmlStyles.For(layout)).Append("</style></head><body>");
        Header(html, document.Header);
        html.Append("<div class=\"doc-type\">").Append(Escape(document.TypeName)).Append("</div>")
            .Append("<div class=\"doc-summary\"><span>").Append(Escape(document.Summary)).Append("</span></div>");
        foreach (var basis in document.LegalBases)
        {
            html.Append("<p class=\"legal-basis\">").Append(Text(basis)).Append("</p>");
        }

        foreach (var block in document.Body)
        {
            if (block.Table is { } table)
            {
                BodyTable(html, table);
                continue;
            }

            html.Append("<p class=\"").Append(ClassOf(block.Style)).Append("\">").Append(Text(block.Text)).Append("</p>");
        }

        Closing(html, document.Closing);
        if (document.Annex is { } annex)
        {
            Annex(html, annex);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Header(StringBuilder html, DocumentHeader header)
    {
        html.Append("<table class=\"doc-header\"><tr><td class=\"left\">");
        if (header.ParentBody.Length > 0)
        {
            html.Append("<div class=\"parent-body\">").Append(Escape(header.ParentBody)).Append("</div>");
        }

        html.Append("<div class=\"issuing-body\"><span>").Append(Escape(header.IssuingBody)).Append("</span></div></td>")
            .Append("<td class=\"right\"><div class=\"national-title\">").Append(DocumentHeader.NationalTitle).Append("</div>")
            .Append("<div class=\"motto\"><span>").Append(DocumentHeader.Motto).Append("</span></div></td></tr>")
            .Append("<tr><td class=\"left number\">").Append(Escape(header.NumberLine).Replace("  ", "&nbsp; ", StringComparison.Ordinal)).Append("</td>")
            .Append("<td class=\"right place-date\">").Append(Escape(header.PlaceAndDate).Replace("  ", "&nbsp; ", StringComparison.Ordinal)).Append("</td></tr></table>");
    }

    private static void Closing(StringBuilder html, DocumentClosing closing)
    {
        html.Append("<table class=\"doc-closing\"><tr><td class=\"recipients\"><div class=\"recipients-label\">Nơi nhận:</div>");
        foreach (var line in closing.Recipients)
        {
            html.Append("<div class=\"recipient\">").Append(Escape(line)).Append("</div>");
        }

        html.Append("</td><td class=\"signature\">");
        if (closing.AuthorityLine is { } authority)
        {
            html.Append("<div class=\"signer-title\">").Append(Escape(authority)).Append("</div>");
        }

        html.Append("<div class=\"signer-title\">").Append(Escape(closing.SignerTitle)).Append("</div>")
            .Append("<div class=\"signature-space\"></div>")
            .Append("<div class=\"signer-name\">").Append(Escape(closing.SignerName)).Append("</div></td></tr></table>");
    }

    private static void Annex(StringBuilder html, DocumentAnnex annex)
    {
        html.Append("<section class=\"annex\"><div class=\"annex-label\">").Append(Escape(annex.Label)).Append("</div>")
            .Append("<div class=\"annex-title\">").Append(Escape(annex.Title)).Append("</div>")
            .Append("<div class=\"annex-reference\">").Append(Escape(annex.Reference)).Append("</div>")
            .Append("<table class=\"annex-table\"><thead><tr>");
        foreach (var column in annex.Columns)
        {
            html.Append("<th>").Append(Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in annex.Rows)
        {
            if (row.IsGroup)
            {
                html.Append("<tr class=\"group\"><td>").Append(Escape(row.Cells[0])).Append("</td><td colspan=\"")
                    .Append((annex.Columns.Count - 1).ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(Escape(row.Cells[1])).Append("</td></tr>");
                continue;
            }

            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td>").Append(Text(cell).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>");
    }

    /// <summary>A table of the body (a report's results): the annex's grid on the portrait page, with the given column widths.</summary>
    private static void BodyTable(StringBuilder html, DocumentTable table)
    {
        html.Append("<table class=\"body-table\"><colgroup>");
        foreach (var width in table.Widths)
        {
            html.Append("<col style=\"width: ").Append(width.ToString(CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            if (row.IsGroup)
            {
                html.Append("<tr class=\"group\"><td>").Append(Escape(row.Cells[0])).Append("</td><td colspan=\"")
                    .Append((table.Columns.Count - 1).ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(Escape(row.Cells.Count > 1 ? row.Cells[1] : string.Empty)).Append("</td></tr>");
                continue;
            }

            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td>").Append(Text(cell).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string ClassOf(BlockStyle style) => style switch
    {
        BlockStyle.SectionHeading => "section-heading",
        BlockStyle.SubHeading => "sub-heading",
        BlockStyle.Note => "note",
        _ => "body",
    };

    /// <summary>
    /// Escaped text in which a document's number and symbol (<c>1085/QĐ-TTg</c>, <c>33-CTr/TU</c>) or a span of years
    /// (<c>2021-2025</c>) is never broken at its hyphen across two lines.
    /// </summary>
    private static string Text(string text) => UnbreakableToken().Replace(Escape(text), "<span class=\"nb\">$0</span>");

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:/[\p{L}\d]+)*-[\p{L}\d]+(?:[/-][\p{L}\d]+)*")]
    private static partial Regex UnbreakableToken();

    /// <summary>Escapes markup characters only, so Vietnamese text stays readable in the source.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
