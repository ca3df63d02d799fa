using System.Globalization;
using DocumentFormat.OpenXml;
using static CchcPlanner.Documents.Docx.DocxParagraphs;
using static CchcPlanner.Documents.Docx.DocxUnits;
using Ids = CchcPlanner.Documents.Docx.DocxStyleIds;

namespace CchcPlanner.Documents.Docx;

/// <summary>
/// The top of the first page: the two-column header (42% / 58% as in the HTML), then the document type and the
/// summary with its short rule.
/// </summary>
internal static class DocxHeaderBlock
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IEnumerable<OpenXmlElement> Build(OfficialDocument document, int textTwips)
    {
        var header = document.Header;
        var left = (int)Math.Round(textTwips * 0.42m);
        var right = textTwips - left;

        var bodies = new List<OpenXmlElement>();
        if (header.ParentBody.Length > 0)
        {
            bodies.Add(Styled(Ids.ParentBody, header.ParentBody));
        }

        // The issuing body's rule is 40% of its text (the decree asks for 1/3 to 1/2), or of the column when it wraps.
        var issuing = Math.Min(BoldTextTwips(header.IssuingBody.ToUpper(Vietnamese), 12), left);
        bodies.Add(Styled(Ids.IssuingBody, header.IssuingBody));
        bodies.Add(Rule(issuing * 2 / 5, left, before: 20));

        // The motto's rule is as long as the motto.
        var motto = Math.Min(BoldTextTwips(DocumentHeader.Motto, 13), right);
        OpenXmlElement[] national = [Styled(Ids.NationalTitle, DocumentHeader.NationalTitle), Styled(Ids.Motto, DocumentHeader.Motto), Rule(motto, right, before: 20)];

        var table = DocxTables.Layout([left, right]);
        table.Append(
            DocxTables.Row(false, DocxTables.Cell(left, bodies), DocxTables.Cell(right, national)),
            DocxTables.Row(false, DocxTables.Cell(left, [Styled(Ids.Number, header.NumberLine)]), DocxTables.Cell(right, [Styled(Ids.PlaceAndDate, header.PlaceAndDate)])));
        yield return table;

        yield return Styled(Ids.DocumentType, document.TypeName);
        yield return Styled(Ids.Summary, document.Summary);

        // A third of the summary's widest line, 3 pt under it, then 12 pt to the legal bases (as the HTML).
        var summary = Math.Min(BoldTextTwips(document.Summary, 14), textTwips);
        yield return Rule(summary / 3, textTwips, before: 60, after: 240);
    }
}
