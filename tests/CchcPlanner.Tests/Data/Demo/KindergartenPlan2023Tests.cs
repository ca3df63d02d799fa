using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Data.Demo;

public sealed class KindergartenPlan2023Tests
{
    [Fact]
    public void Build_Header_IsTheSignedPlan16OfTuoiHong()
    {
        var plan = Build();

        Assert.Equal(PlanStatus.Signed, plan.Status);
        Assert.Equal("16/KH-MNTH", plan.NumberAndSymbol);
        Assert.Equal(new DateOnly(2023, 2, 1), plan.IssuedOn);
        Assert.Equal(PlanKind.AnnualCchc, plan.Kind);
        Assert.Equal(2023, plan.Year);
        Assert.Equal("Quận 1", plan.Place);
        Assert.Equal("Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2023", plan.Title);
        Assert.StartsWith("Dựa vào tình hình thực tế tại đơn vị, Trường mầm non Tuổi Hồng", plan.LeadIn, StringComparison.Ordinal);
        Assert.EndsWith("cụ thể như sau:", plan.LeadIn, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LegalBases_CitesOnlyDistrictPlan406()
    {
        var basis = Assert.Single(Build().LegalBases);

        Assert.Equal(LegalBasisVerb.BasedOn, basis.Verb);
        Assert.Equal("406/KH-UBND", basis.LegalDocument?.Symbol);
        Assert.Equal(
            "Kế hoạch số 406/KH-UBND ngày 29/12/2022 của Ủy ban nhân dân Quận 1 về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2023",
            basis.CitationText);
    }

    [Fact]
    public void Build_Sections_AreTheFiveOfTheSourceInOrder()
    {
        var sections = Build().Sections;

        Assert.Equal(["MỤC TIÊU", "CHỈ TIÊU", "NHIỆM VỤ TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"], sections.Select(s => s.Heading));
        Assert.Equal(
            [SectionKind.Objectives, SectionKind.Kpis, SectionKind.Tasks, SectionKind.Budget, SectionKind.Responsibilities],
            sections.Select(s => s.Kind));
        Assert.Equal([2, 0, 1, 2, 0], sections.Select(s => s.Items.Count));
        Assert.All(sections[0].Items.Concat(sections[3].Items), i => Assert.Equal(ItemStyle.Bullet, i.Style));
    }

    [Fact]
    public void Build_TasksSection_OpensWithTheIntroParagraph()
    {
        var intro = Assert.Single(Build().SectionOf(SectionKind.Tasks)!.Items);

        Assert.Equal(ItemStyle.Paragraph, intro.Style);
        Assert.StartsWith("Bên cạnh triển khai đầy đủ và hiệu quả", intro.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Kpis_TenUnderTheirNumberedHeadingsNineWithTargets()
    {
        var kpis = Build().Kpis;

        Assert.Equal(10, kpis.Count);
        Assert.Equal(9, kpis.Count(k => k.Target is not null));
        Assert.Equal(
            [
                "Về giải quyết hồ sơ TTHC", "Về giải quyết hồ sơ TTHC",
                "Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức", "Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức",
                "Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức",
                null, null, null,
                "Xây dựng môi trường làm việc điện tử.", "Xây dựng môi trường làm việc điện tử.",
            ],
            kpis.Select(k => k.Group));
        Assert.All(kpis.Where(k => k.Target is not null), k => Assert.Equal("%", k.Unit));
    }

    [Fact]
    public void Build_Kpis_ReadTheComparatorFromTheWording()
    {
        var kpis = Build().Kpis;

        Assert.Equal(
            [
                Comparator.Exactly, Comparator.Exactly, Comparator.AtLeast, Comparator.AtLeast, Comparator.AtLeast,
                Comparator.Exactly, Comparator.Exactly, Comparator.Exactly, Comparator.Exactly, Comparator.None,
            ],
            kpis.Select(k => k.Comparator));
        Assert.Equal([100m, 100m, 99m, 99m, 99m, 100m, 100m, 100m, 100m, null], kpis.Select(k => k.Target));
        Assert.Equal("Mức độ hài lòng của cá nhân, tổ chức về giải quyết thủ tục hành chính đạt từ 99% trở lên.", kpis[4].Text);
        Assert.StartsWith("Nhà trường sử dụng hệ thống thư điện tử công vụ", kpis[9].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Tasks_FortyEightByReformArea()
    {
        var tasks = Build().Tasks;

        Assert.Equal(48, tasks.Count);
        Assert.Equal(
            [
                (ReformArea.Institutions, 5), (ReformArea.AdministrativeProcedures, 6), (ReformArea.Organisation, 5),
                (ReformArea.CivilService, 10), (ReformArea.PublicFinance, 4), (ReformArea.DigitalGovernment, 7),
                (ReformArea.Direction, 7), (ReformArea.Communication, 1), (ReformArea.SatisfactionSurvey, 3),
            ],
            tasks.GroupBy(t => t.Area).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
    }

    [Fact]
    public void Build_Tasks_GroupedUnderTheHeadingsAsWorded()
    {
        var tasks = Build().Tasks;

        Assert.Equal(
            [
                "Công tác chỉ đạo, điều hành và truyền thông về CCHC",
                "Công tác cải cách thể chế",
                "Cải cách thủ tục hành chính",
                "Cải cách tổ chức bộ máy hành chính nhà nước",
                "Cải cách chế độ công vụ",
                "Cải cách tài chính công",
                "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                "Khảo sát, đánh giá sự hài lòng của người dân, tổ chức",
            ],
            tasks.Select(t => t.Group).Distinct());
        Assert.Equal(ReformArea.Communication, tasks[7].Area);
        Assert.Equal("Công tác chỉ đạo, điều hành và truyền thông về CCHC", tasks[7].Group);
    }

    [Fact]
    public void Build_CommunicationTask_HasItsFourSubItemsAsDetails()
    {
        var task = Assert.Single(Build().Tasks, t => t.Area == ReformArea.Communication);
        var details = task.Details!.Split('\n');

        Assert.Equal("Tuyên truyền, truyền thông về công tác CCHC", task.Content);
        Assert.Equal(4, details.Length);
        Assert.StartsWith("Xây dựng và triển khai kế hoạch công tác thông tin", details[0], StringComparison.Ordinal);
        Assert.Contains("Đổi mới, đa dạng hóa các hình thức", details[0], StringComparison.Ordinal);
        Assert.Contains("phản hồi ý kiến của phụ huynh học sinh", details[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Tasks_KeepTheSourcesMissingLeadUnitsAndTimelines()
    {
        Assert.All(Build().Tasks, t =>
        {
            Assert.Null(t.LeadUnit);
            Assert.Equal(TimelineKind.Unspecified, t.Timeline.Kind);
            Assert.Null(t.Product);
        });
    }

    [Fact]
    public void Build_Tasks_KeepDecree106CitedWithTwoDates()
    {
        var contents = Build().Tasks.Select(t => t.Content).ToList();

        Assert.Contains(contents, c => c.Contains("106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", StringComparison.Ordinal));
        Assert.Contains(contents, c => c.Contains("106/2020/NĐ-CP ngày 10 tháng 9 năm 2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Responsibilities_TheUnitsOwnThreeDuties()
    {
        var responsibility = Assert.Single(Build().Responsibilities);

        Assert.Null(responsibility.Party);
        Assert.Equal(3, responsibility.DutyLines.Count);
        Assert.StartsWith("Hiệu trưởng xây dựng và tổ chức thực hiện", responsibility.DutyLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReportingDeadlines_QuarterlyToPhongNoiVuWithoutAReportingSection()
    {
        var plan = Build();

        Assert.Equal(
            [new DateOnly(2023, 3, 1), new DateOnly(2023, 6, 1), new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 1)],
            plan.ReportingDeadlines.Select(d => d.DueOn));
        Assert.Equal(
            [ReportingPeriod.Quarter1, ReportingPeriod.FirstHalf, ReportingPeriod.NineMonths, ReportingPeriod.Year],
            plan.ReportingDeadlines.Select(d => d.Period));
        Assert.All(plan.ReportingDeadlines, d => Assert.Equal("Phòng Nội vụ Quận 1", d.ReceivingUnit));
        Assert.Null(plan.SectionOf(SectionKind.Reporting));
        Assert.Empty(plan.BudgetLines);
    }

    [Fact]
    public void Build_Closing_ThreeRecipientsAndThePrincipalsSignature()
    {
        var plan = Build();

        Assert.Equal(["Phòng Nội vụ Q1", "CB, GV, NV nhà trường", "Lưu: VT"], plan.Recipients.Select(r => r.Name));
        Assert.True(plan.Recipients[^1].IsFileCopy);
        Assert.Equal(new SignatureBlock(SignaturePrefix.None, null, "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"), plan.Signature);
        Assert.StartsWith("Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm 2023", plan.Closing, StringComparison.Ordinal);
        Assert.EndsWith("./.", plan.Closing, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Text_IsNfcAndFreeOfExtractionArtefacts() => PlanTexts.AssertClean(Build());

    [Fact]
    public void Build_Positions_AreContiguous() => Assert.True(Build().PositionsAreContiguous);

    private static Plan Build() => KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, DemoCatalogue.Create());
}
