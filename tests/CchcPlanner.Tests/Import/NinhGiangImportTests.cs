using CchcPlanner.Data.Demo;
using CchcPlanner.Import;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;
using CchcPlanner.Tests.Data.Demo;

namespace CchcPlanner.Tests.Import;

/// <summary>The Ninh Giang example (18/KH-UBND): six citations in one legal-basis sentence, parties under TỔ CHỨC THỰC HIỆN.</summary>
public sealed class NinhGiangImportTests
{
    private static readonly ImportResult Result = Fixtures.Import(Fixtures.NinhGiang);

    private static PlanJson Plan => Result.Plan;

    [Fact]
    public void Import_Header_ReadsNumberDatePlaceAndTheTitleOverTwoLines()
    {
        Assert.Equal("18/KH-UBND", Plan.Number);
        Assert.Equal(new DateOnly(2022, 1, 28), Plan.IssuedOn);
        Assert.Equal("Ninh Giang", Plan.Place);
        Assert.Equal(NinhGiangPlan2022.Title, Plan.Title);
        Assert.Equal("cchcCommunication", Plan.Kind);
    }

    [Fact]
    public void Import_OneSentenceOfSixCitations_GivesSixLegalBasesWithTheirVerbs()
    {
        var expected = Demo().LegalBases;

        Assert.Equal(expected.Select(b => b.VerbText), Plan.LegalBases.Select(b => b.Verb));
        Assert.Equal(expected.Select(b => b.LegalDocument!.Symbol), Plan.LegalBases.Select(b => b.Citation!.Symbol));
        Assert.Equal(expected.Select(b => b.LegalDocument!.IssuedOn), Plan.LegalBases.Select(b => b.Citation!.IssuedOn!.Value));
        Assert.Equal(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021-2030",
            Plan.LegalBases[0].Text);
        Assert.Equal("Kế hoạch số 162/KH-UBND ngày 27/12/2021 của UBND huyện về thực hiện CCHC nhà nước huyện Ninh Giang năm 2022", Plan.LegalBases[^1].Text);
    }

    [Fact]
    public void Import_Citations_KeepTheTypeAsPrinted()
    {
        (string Type, string Symbol, DateOnly Date, string Issuer)[] expected =
        [
            ("Nghị quyết", "76/NQ-CP", new(2021, 7, 15), "Chính phủ"),
            ("Chỉ thị", "23/CT-TTg", new(2021, 9, 2), "Thủ tướng Chính phủ"),
            ("Kế hoạch", "4347/KH-UBND", new(2021, 11, 25), "UBND tỉnh Hải Dương"),
            ("Kế hoạch", "4707/QĐ-UBND", new(2021, 12, 24), "UBND tỉnh Hải Dương"),
            ("Kế hoạch", "159/KH-UBND", new(2021, 12, 16), "UBND huyện"),
            ("Kế hoạch", "162/KH-UBND", new(2021, 12, 27), "UBND huyện"),
        ];

        Assert.Equal(expected, Plan.Citations.Select(c => (c.Type, c.Symbol, c.IssuedOn!.Value, c.Issuer!)));
        Assert.All(Result.Citations, c => Assert.Equal([4, 20], c.Places.Select(p => p.Paragraph)));
    }

    [Fact]
    public void Import_Sections_MatchTheHandEnteredPlan()
    {
        var expected = Demo().Sections;

        Assert.Equal(["MỤC ĐÍCH YÊU CẦU", "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "TỔ CHỨC THỰC HIỆN"], Plan.Sections.Select(s => s.Heading));
        Assert.Equal(expected.Select(s => PlanJsonWriter.Name(s.Kind)), Plan.Sections.Select(s => s.Kind));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Items.Select(item => (PlanJsonWriter.Name(item.Style), item.Text)), Plan.Sections[i].Children.Select(c => (c.Style, c.Text)));
        }
    }

    [Fact]
    public void Import_Responsibilities_AreTheFiveNumberedParties()
    {
        var expected = Demo().Responsibilities;

        Assert.Equal(expected.Select(r => r.Party), Plan.Responsibilities.Select(r => r.Party));
        Assert.Equal(expected.SelectMany(r => r.DutyLines), Plan.Responsibilities.SelectMany(r => r.Duties));
    }

    [Fact]
    public void Import_AnnexAnnouncedButMissing_KeepsTheNoteAndWarns()
    {
        Assert.True(Plan.TasksInAnnex);
        Assert.Empty(Plan.Tasks);
        Assert.Contains(Result.Warnings, w => w.Code == ImportWarningCodes.AnnexMissing);
    }

    [Fact]
    public void Import_Closing_ReadsRecipientsAndTheBoldSignatureOverTwoLines()
    {
        var demo = Demo();

        Assert.Equal(demo.Closing, Plan.Closing);
        Assert.Equal(demo.Recipients.Select(r => r.Name), Plan.Recipients.Select(r => r.Name));
        Assert.Equal(new SignatureJson("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đình Tranh"), Plan.Signature);
    }

    private static Plan Demo() => NinhGiangPlan2022.Build(DemoUnits.Create().NinhGiang, DemoCatalogue.Create());
}
