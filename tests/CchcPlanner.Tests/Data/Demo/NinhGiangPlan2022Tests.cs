using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Data.Demo;

public sealed class NinhGiangPlan2022Tests
{
    [Fact]
    public void Build_Header_IsTheSignedCommunicationPlan18()
    {
        var plan = Build();

        Assert.Equal(PlanStatus.Signed, plan.Status);
        Assert.Equal("18/KH-UBND", plan.NumberAndSymbol);
        Assert.Equal(new DateOnly(2022, 1, 28), plan.IssuedOn);
        Assert.Equal(PlanKind.CchcCommunication, plan.Kind);
        Assert.Equal(2022, plan.Year);
        Assert.Equal("Ninh Giang", plan.Place);
        Assert.Equal("Tuyên truyền thực hiện cải cách hành chính nhà nước năm 2022 trên địa bàn huyện Ninh Giang", plan.Title);
    }

    [Fact]
    public void Build_LegalBases_SixCitationsBasedOnThenImplementing()
    {
        var bases = Build().LegalBases;

        Assert.Equal(
            ["76/NQ-CP", "23/CT-TTg", "4347/KH-UBND", "4707/QĐ-UBND", "159/KH-UBND", "162/KH-UBND"],
            bases.Select(b => b.LegalDocument?.Symbol));
        Assert.Equal(
            [
                LegalBasisVerb.BasedOn, LegalBasisVerb.BasedOn, LegalBasisVerb.Implementing,
                LegalBasisVerb.Implementing, LegalBasisVerb.Implementing, LegalBasisVerb.Implementing,
            ],
            bases.Select(b => b.Verb));
        Assert.Equal(["Căn cứ", "Căn cứ", "Thực hiện", "Thực hiện", "Thực hiện", "Thực hiện"], bases.Select(b => b.VerbText));
        Assert.Equal(
            "Kế hoạch số 162/KH-UBND ngày 27/12/2021 của Ủy ban nhân dân huyện Ninh Giang về thực hiện CCHC nhà nước huyện Ninh Giang năm 2022",
            bases[5].CitationText);
    }

    [Fact]
    public void Build_Sections_TheThreeOfTheSourceInOrder()
    {
        var sections = Build().Sections;

        Assert.Equal(
            ["MỤC ĐÍCH YÊU CẦU", "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "TỔ CHỨC THỰC HIỆN"],
            sections.Select(s => s.Heading));
        Assert.Equal([SectionKind.Objectives, SectionKind.Free, SectionKind.Responsibilities], sections.Select(s => s.Kind));
    }

    [Fact]
    public void Build_PurposeAndRequirements_TwoHeadingsWithTheirBullets()
    {
        var items = Build().Sections[0].Items;

        Assert.Equal(
            [
                ItemStyle.Heading, ItemStyle.Bullet, ItemStyle.Bullet, ItemStyle.Bullet,
                ItemStyle.Heading, ItemStyle.Bullet, ItemStyle.Bullet, ItemStyle.Bullet, ItemStyle.Bullet,
            ],
            items.Select(i => i.Style));
        Assert.Equal(["Mục đích", "Yêu cầu"], items.Where(i => i.Style == ItemStyle.Heading).Select(i => i.Text));
    }

    [Fact]
    public void Build_AudienceContentAndForms_ThreeHeadingsAndTheAnnexNote()
    {
        var items = Build().Sections[1].Items;

        Assert.Equal(
            ["Đối tượng tuyên truyền", "Nội dung tuyên truyền", "Hình thức tuyên truyền"],
            items.Where(i => i.Style == ItemStyle.Heading).Select(i => i.Text));
        Assert.Equal(2, items.Count(i => i.Style == ItemStyle.SubBullet));
        Assert.Equal(12, items.Count(i => i.Style == ItemStyle.Bullet));
        Assert.Equal("(Có phụ lục các nhiệm vụ, sản phẩm thực hiện kế hoạch kèm theo)", items[^1].Text);
    }

    [Fact]
    public void Build_Responsibilities_FivePartiesWithTheirDuties()
    {
        var responsibilities = Build().Responsibilities;

        Assert.Equal(
            [
                "Các cơ quan, đơn vị và UBND các xã, thị trấn",
                "Phòng Nội vụ",
                "Văn phòng HĐND&UBND huyện",
                "Đài phát thanh huyện",
                "Đề nghị Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện",
            ],
            responsibilities.Select(r => r.Party));
        Assert.Equal([3, 3, 2, 1, 1], responsibilities.Select(r => r.DutyLines.Count));
    }

    [Fact]
    public void Build_Tasks_PrintedInAnnexAndFullyAssigned()
    {
        var plan = Build();

        Assert.True(plan.TasksInAnnex);
        Assert.Equal(9, plan.Tasks.Count);
        Assert.All(plan.Tasks, t =>
        {
            Assert.Equal(ReformArea.Communication, t.Area);
            Assert.NotNull(t.LeadUnit);
            Assert.NotEqual(TimelineKind.Unspecified, t.Timeline.Kind);
            Assert.NotNull(t.Product);
        });
        Assert.Contains(plan.Tasks, t => t.LeadUnit == "Văn phòng HĐND&UBND huyện" && t.Timeline == TaskTimeline.Ongoing && t.Product == "Tin, bài");
        Assert.Contains(plan.Tasks, t => t.LeadUnit == "Đài phát thanh huyện");
        Assert.Contains(plan.Tasks, t => t.LeadUnit == "Phòng Nội vụ" && t.Content.Contains("tập huấn", StringComparison.Ordinal));
        Assert.Contains(plan.Tasks, t => t.LeadUnit == "UBND các xã, thị trấn" && t.Content.StartsWith("Niêm yết", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ReportingDeadlines_QuarterHalfYearAndYearWithin2022()
    {
        var plan = Build();

        Assert.Equal(
            [ReportingPeriod.Quarter1, ReportingPeriod.FirstHalf, ReportingPeriod.Quarter3, ReportingPeriod.Year],
            plan.ReportingDeadlines.Select(d => d.Period));
        Assert.All(plan.ReportingDeadlines, d =>
        {
            Assert.Equal("Phòng Nội vụ", d.ReceivingUnit);
            Assert.Equal(2022, d.DueOn.Year);
            Assert.True(d.DueOn > plan.IssuedOn);
        });
    }

    [Fact]
    public void Build_Closing_EightRecipientsAndTheChairmanSigningForTheCommittee()
    {
        var plan = Build();

        Assert.Equal(8, plan.Recipients.Count);
        Assert.Equal("Sở Nội vụ", plan.Recipients[0].Name);
        Assert.Equal("Lưu: VT", plan.Recipients[^1].Name);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", plan.Signature?.AuthorityLine);
        Assert.Equal("CHỦ TỊCH", plan.Signature?.Title);
        Assert.Equal("Nguyễn Đình Tranh", plan.Signature?.SignerName);
        Assert.EndsWith("tổ chức triển khai thực hiện./.", plan.Closing, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Text_IsNfcAndFreeOfExtractionArtefacts() => PlanTexts.AssertClean(Build());

    [Fact]
    public void Build_Positions_AreContiguous() => Assert.True(Build().PositionsAreContiguous);

    private static Plan Build() => NinhGiangPlan2022.Build(DemoUnits.Create().NinhGiang, DemoCatalogue.Create());
}
