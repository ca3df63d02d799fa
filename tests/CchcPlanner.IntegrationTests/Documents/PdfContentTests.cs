using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>What a reader finds on the printed plan: the header in its place and style, every text intact, the closing whole.</summary>
public sealed class PdfContentTests(PdfRendererFixture pdf) : IClassFixture<PdfRendererFixture>
{
    [Fact]
    public async Task Render_Kindergarten_PrintsTheHeaderInItsPlacesAndStyles()
    {
        var runs = (await pdf.RenderAsync(ExampleDocuments.Kindergarten())).Runs(1);
        TextRun Run(string text) => runs.FirstOrDefault(r => r.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"“{text}” is not a run of page 1: {string.Join(" | ", runs.Select(r => r.Text))}");

        var (parent, issuing, number) = (Run("ỦY BAN NHÂN DÂN QUẬN 1"), Run("TRƯỜNG MẦM NON TUỔI HỒNG"), Run("Số: 16/KH-MNTH"));
        var (national, motto, date) = (Run(DocumentHeader.NationalTitle), Run(DocumentHeader.Motto), Run("Quận 1, ngày 01 tháng 02 năm 2023"));
        var type = Run("KẾ HOẠCH");
        var summary = runs.Where(r => r.Top > type.Top).OrderBy(r => r.Top).TakeWhile(r => r.Bold).ToList();

        Assert.True(parent.Top < issuing.Top && issuing.Top < number.Top, "parent body, issuing body, number: top to bottom");
        Assert.True(national.Top < motto.Top && motto.Top < date.Top, "national title, motto, date: top to bottom");
        Assert.True(issuing.CentreX < motto.Left && number.CentreX < date.Left, "bodies and number on the left, title and date on the right");
        Assert.InRange(date.Bottom - number.Bottom, -0.5, 0.5);
        Assert.InRange(date.CentreX - motto.CentreX, -1, 1);
        Assert.True(date.Bottom < type.Top && type.Top < summary[0].Top, "KẾ HOẠCH, then the summary, under the header");
        Assert.Equal(KindergartenPlan2023.Title, string.Join(' ', summary.Select(r => r.Text)));
        Assert.Equal(
            [false, true, true, true, false, false, true, true],
            new[] { parent, issuing, national, motto, number, date, type, summary[0] }.Select(r => r.Bold));
        Assert.Equal([false, true], new[] { number, date }.Select(r => r.Italic));
    }

    [Fact]
    public async Task Render_Kindergarten_DrawsTheRulesUnderIssuingBodyMottoAndSummaryAtTheirDecreedLengths()
    {
        var rendered = await pdf.RenderAsync(ExampleDocuments.Kindergarten());
        var runs = rendered.Runs(1).OrderBy(r => r.Top).ToList();
        var rules = HorizontalRule.Find(rendered.Path, 1);
        HorizontalRule RuleUnder(TextRun run, double centreX) =>
            Assert.Single(rules, r => r.Y > run.Bottom - 1 && r.Y < run.Bottom + 4 && Math.Abs(r.CentreX - centreX) < 1.5);

        Assert.Equal(3, rules.Count);
        var issuing = runs.Single(r => r.Text == "TRƯỜNG MẦM NON TUỔI HỒNG");
        Assert.InRange(RuleUnder(issuing, issuing.CentreX).Length, issuing.Width / 3, issuing.Width / 2);
        var motto = runs.Single(r => r.Text == DocumentHeader.Motto);
        Assert.InRange(RuleUnder(motto, motto.CentreX).Length, motto.Width - 1.5, motto.Width + 1.5);
        var summaryEnd = runs.SkipWhile(r => r.Text != "KẾ HOẠCH").TakeWhile(r => r.Bold).Last();
        Assert.InRange(RuleUnder(summaryEnd, 30 + (165 / 2.0)).Length, 20, 80);
    }

    [Fact]
    public async Task Render_UnnumberedPlan_LeavesTheNumberAndDayBlankForTheClerk()
    {
        var rendered = await pdf.RenderAsync(PlanDocumentBuilder.Build(ExampleDocuments.UnnumberedDraft()));

        var words = rendered.Pages[0].Words.ToList();
        var number = words.First(w => w.Text == "Số:");
        var middle = (number.Top + number.Bottom) / 2;
        var line = words.Where(w => w.Top < middle && w.Bottom > middle).OrderBy(w => w.Left).ToList();

        Assert.Equal(["Số:", "/KH-MNTH", "Quận", "1,", "ngày", "tháng", "năm", "2023"], line.Select(w => w.Text));
        Assert.All([0, 4, 5], i => Assert.True(line[i + 1].Left - line[i].Right >= 5, $"no room left for the clerk after “{line[i].Text}”"));
    }

    [Fact]
    public async Task Render_Kindergarten_KeepsEveryTextOfThePlanExactly()
    {
        var plan = ExampleDocuments.KindergartenPlan();
        var document = PlanDocumentBuilder.Build(plan);
        var rendered = await pdf.RenderAsync(document);
        var text = PdfPage.Join(rendered.Pages.SelectMany(p => p.LinesBelow((double)DocumentLayout.Default.TopMm)));

        string[] expected =
        [
            .. plan.Kpis.Select(k => k.Text), .. plan.Tasks.Select(t => t.Content), .. PlanDocumentBuilder.LegalBases(plan),
            .. document.Closing.Recipients, .. document.Body.Select(b => b.Text), document.Closing.SignerTitle, document.Closing.SignerName,
        ];
        Assert.All(expected, e => Assert.Contains(Collapse(e), text, StringComparison.Ordinal));
        var header = document.Header;
        string[] everything =
        [
            .. expected, document.TypeName, document.Summary, header.ParentBody, header.IssuingBody, header.NumberLine,
            header.PlaceAndDate, DocumentHeader.NationalTitle, DocumentHeader.Motto,
        ];
        var source = Collapse(string.Join(' ', everything));

        // No replacement character, and no character the plan does not have (a glyph lost or mapped wrongly).
        Assert.Empty(text.Where(c => c == '\uFFFD' || !source.Contains(c, StringComparison.Ordinal)).Distinct());
    }

    // With no filler the last paragraph falls across pages 4 and 5; with nine the closing would cross the end of page 5.
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(9)]
    public async Task Render_ClosingNearAPageEnd_KeepsRecipientsAndSignatureOnOnePage(int extraParagraphs)
    {
        var document = ExampleDocuments.NinhGiang();
        var filler = new DocumentBlock(BlockStyle.Paragraph, string.Concat(Enumerable.Repeat("Đẩy mạnh tuyên truyền cải cách hành chính. ", 6)));
        document = document with { Body = [.. document.Body.SkipLast(1), .. Enumerable.Repeat(filler, extraParagraphs), document.Body[^1]] };
        var pages = (await pdf.RenderAsync(document, name: $"closing-{extraParagraphs}")).Pages;

        int PageOf(string text) => Assert.Single(pages, p => p.TextBelow(20).Contains(text, StringComparison.Ordinal)).Number;
        var recipients = PageOf("Nơi nhận:");
        Assert.Equal(recipients, PageOf("- Lưu: VT."));
        Assert.Equal(recipients, PageOf(document.Closing.AuthorityLine!));
        Assert.Equal(recipients, PageOf(document.Closing.SignerName));
        Assert.Equal(recipients, PageOf(document.Body[^1].Text));
    }

    private static string Collapse(string text) =>
        Regex.Replace(text, @"\s+", " ").Trim().Normalize(NormalizationForm.FormC);
}
