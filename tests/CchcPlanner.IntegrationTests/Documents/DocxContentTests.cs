using CchcPlanner.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// What the Word document says, read back with the Open XML SDK: the header in its two columns, the model's text
/// verbatim and styled, the closing block and the annex table.
/// </summary>
public sealed class DocxContentTests
{
    [Fact]
    public void Render_Header_GivesBodiesAndNumberLeftAndTitleMottoAndDateRightInOrder()
    {
        var document = DocxPackage.Kindergarten();
        using var docx = new DocxPackage(DocxRenderer.Render(document));

        var header = docx.Body.Elements<Table>().First();
        Assert.True(header.IsBefore(docx.Paragraph(document.TypeName)));
        Assert.Equal([document.Header.ParentBody, document.Header.IssuingBody, document.Header.NumberLine], Column(header, 0));
        Assert.Equal([DocumentHeader.NationalTitle, DocumentHeader.Motto, document.Header.PlaceAndDate], Column(header, 1));
        Assert.Equal(["ỦY BAN NHÂN DÂN QUẬN 1", "TRƯỜNG MẦM NON TUỔI HỒNG", "Số: 16/KH-MNTH", "Quận 1, ngày 01 tháng 02 năm 2023"],
            [document.Header.ParentBody, document.Header.IssuingBody, document.Header.NumberLine, document.Header.PlaceAndDate]);
        Assert.True(DocxPackage.IsOn(docx.StyleOf(docx.Paragraph(document.Header.IssuingBody)).StyleRunProperties!.Bold));
        Assert.True(DocxPackage.IsOn(docx.StyleOf(docx.Paragraph(document.Header.PlaceAndDate)).StyleRunProperties!.Italic));
        Assert.Null(header.Descendants<TableBorders>().FirstOrDefault());
    }

    [Fact]
    public void Render_NoParentBody_StartsTheLeftColumnWithTheIssuingBody()
    {
        var document = DocxPackage.NinhGiang();
        using var docx = new DocxPackage(DocxRenderer.Render(document));

        Assert.Equal(string.Empty, document.Header.ParentBody);
        var header = docx.Body.Elements<Table>().First();
        Assert.Equal(["ỦY BAN NHÂN DÂN HUYỆN NINH GIANG", "Số: 18/KH-UBND"], Column(header, 0));
        Assert.Equal("CCHC Rule", docx.StyleOf(header.Descendants<Paragraph>().ElementAt(1)).StyleName!.Val!.Value);
    }

    [Fact]
    public void Render_Text_IsTheModelsVerbatimWithLegalBasesItalicThroughTheirStyle()
    {
        var document = DocxPackage.Kindergarten();
        document = document with { Header = document.Header with { NumberLine = "Số:       /KH-MNTH" } };
        using var docx = new DocxPackage(DocxRenderer.Render(document));

        var number = docx.Body.Descendants<Text>().Single(t => t.Text.StartsWith("Số:", StringComparison.Ordinal));
        Assert.Equal(("Số:       /KH-MNTH", SpaceProcessingModeValues.Preserve), (number.Text, number.Space!.Value));
        var texts = docx.Body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal([document.TypeName, document.Summary, .. document.LegalBases, .. document.Body.Select(b => b.Text)], texts);
        Assert.All(docx.Body.Descendants<Text>(), t => Assert.True(t.Text.IsNormalized(), t.Text));
        foreach (var basis in document.LegalBases)
        {
            var paragraph = docx.Paragraph(basis);
            Assert.Equal("CCHC Legal basis", docx.StyleOf(paragraph).StyleName!.Val!.Value);
            Assert.Empty(paragraph.Descendants<RunProperties>());
        }

        Assert.All(document.Body.Where(b => b.Style == BlockStyle.SectionHeading),
            b => Assert.Equal("CCHC Section heading", docx.StyleOf(docx.Paragraph(b.Text)).StyleName!.Val!.Value));
    }

    [Fact]
    public void Render_Closing_IsOneRowThatCannotSplitWithRecipientsLeftAndSignatureRight()
    {
        var closing = DocxPackage.NinhGiang().Closing;
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.NinhGiang()));

        var table = docx.Body.Elements<Table>().Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        var row = Assert.Single(table.Elements<TableRow>());
        Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>());
        var (left, right) = (row.Elements<TableCell>().First(), row.Elements<TableCell>().Last());
        Assert.Equal(["Nơi nhận:", .. closing.Recipients], left.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal([closing.AuthorityLine!, closing.SignerTitle, closing.SignerName], right.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.All(left.Elements<Paragraph>().Concat(right.Elements<Paragraph>().SkipLast(1)),
            p => Assert.NotNull(docx.StyleOf(p).StyleParagraphProperties!.KeepNext));
        var signer = docx.StyleOf(right.Elements<Paragraph>().Last());
        Assert.True(DocxPackage.IsOn(signer.StyleRunProperties!.Bold));
        Assert.InRange(int.Parse(signer.StyleParagraphProperties!.SpacingBetweenLines!.Before!.Value!), 1400, 1700);
    }

    [Fact]
    public void Render_Annex_RepeatsItsHeaderRowAndNeverSplitsARow()
    {
        var annex = DocxPackage.NinhGiang().Annex!;
        using var docx = new DocxPackage(DocxRenderer.Render(DocxPackage.NinhGiang()));

        var table = docx.Body.Elements<Table>().Last();
        Assert.Equal("CchcTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(annex.Rows.Count + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(annex.Columns, rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        foreach (var (row, model) in rows.Skip(1).Zip(annex.Rows).Where(r => r.Second.IsGroup))
        {
            var cells = row.Elements<TableCell>().ToList();
            Assert.Equal(2, cells.Count);
            Assert.Equal(annex.Columns.Count - 1, cells[1].TableCellProperties!.GridSpan!.Val!.Value);
            Assert.Equal(model.Cells[1], cells[1].InnerText);
            Assert.True(DocxPackage.IsOn(docx.StyleOf(cells[1].Elements<Paragraph>().Single()).StyleRunProperties!.Bold));
        }
    }

    [Fact]
    public void Render_AnnexCellOnTwoLines_KeepsTheLineBreakInOneParagraph()
    {
        var document = DocxPackage.NinhGiang();
        AnnexRow row = new(false, ["1", "Rà soát thủ tục hành chính nội bộ\nQuy trình tiếp nhận hồ sơ", "Văn thư", "Kế toán", "Quý II/2024", "Báo cáo"]);
        document = document with { Annex = document.Annex! with { Rows = [row] } };
        using var docx = new DocxPackage(DocxRenderer.Render(document));

        var cell = docx.Body.Elements<Table>().Last().Elements<TableRow>().Last().Elements<TableCell>().ElementAt(1);
        var run = Assert.Single(Assert.Single(cell.Elements<Paragraph>()).Elements<Run>());
        Assert.Equal(["Rà soát thủ tục hành chính nội bộ", "Quy trình tiếp nhận hồ sơ"], run.Elements<Text>().Select(t => t.Text));
        Assert.Single(run.Elements<Break>());
    }

    private static string[] Column(Table header, int column) =>
        header.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>().ElementAt(column).Elements<Paragraph>())
            .Select(p => p.InnerText).Where(t => t.Length > 0).ToArray();
}
