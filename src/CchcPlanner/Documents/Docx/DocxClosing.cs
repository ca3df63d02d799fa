using DocumentFormat.OpenXml.Wordprocessing;
using static CchcPlanner.Documents.Docx.DocxParagraphs;
using Ids = CchcPlanner.Documents.Docx.DocxStyleIds;

namespace CchcPlanner.Documents.Docx;

/// <summary>
/// Recipients on the left (45%), the signature block on the right (55%), in one borderless row that may not split,
/// every paragraph kept with the next: the block moves to the next page whole rather than leave the signer alone.
/// </summary>
internal static class DocxClosing
{
    /// <summary>The HTML's 12 pt between the last paragraph and the block, of which the paragraph gives 6 pt.</summary>
    private const string SpaceAboveTwips = "120";

    public static Table Build(DocumentClosing closing, int textTwips)
    {
        var left = (int)Math.Round(textTwips * 0.45m);
        var right = textTwips - left;

        List<Paragraph> recipients = [Styled(Ids.RecipientsLabel, "Nơi nhận:"), .. closing.Recipients.Select(line => Styled(Ids.Recipient, line))];
        List<Paragraph> signature = closing.AuthorityLine is { } authority ? [Styled(Ids.Signature, authority)] : [];
        signature.Add(Styled(Ids.Signature, closing.SignerTitle));
        signature.Add(Styled(Ids.SignerName, closing.SignerName));
        SpaceBefore(recipients[0]);
        SpaceBefore(signature[0]);

        var table = DocxTables.Layout([left, right]);
        table.Append(DocxTables.Row(false, DocxTables.Cell(left, recipients), DocxTables.Cell(right, signature)));
        return table;
    }

    private static void SpaceBefore(Paragraph paragraph) =>
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = SpaceAboveTwips };
}
