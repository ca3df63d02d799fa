using CchcPlanner.Import;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Import;

/// <summary>KPI targets, reporting deadlines, budget lines and task timelines as plans phrase them.</summary>
public sealed class PartReadersTests
{
    [Theory]
    [InlineData("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%")]
    [InlineData("Mức độ hài lòng đạt từ 99% trở lên.", Comparator.AtLeast, 99, "%")]
    [InlineData("Tỷ lệ hồ sơ trực tuyến trên 86%.", Comparator.MoreThan, 86, "%")]
    [InlineData("Có ít nhất 30% thủ tục được cắt giảm.", Comparator.AtLeast, 30, "%")]
    [InlineData("Tỷ lệ hồ sơ trễ hạn không quá 5%.", Comparator.AtMost, 5, "%")]
    [InlineData("Tỷ lệ hồ sơ trễ hạn dưới 5%.", Comparator.LessThan, 5, "%")]
    [InlineData("Tỷ lệ phản ánh quá hạn không dưới 2%.", Comparator.AtLeast, 2, "%")]
    [InlineData("Tỷ lệ số hóa kết quả đạt 99,5%.", Comparator.Exactly, 99.5, "%")]
    [InlineData("Tỷ lệ xử lý văn bản trên môi trường mạng: đạt 80%.", Comparator.Exactly, 80, "%")]
    [InlineData("Tỷ lệ giải quyết đúng hạn đạt 95% trở lên.", Comparator.AtLeast, 95, "%")]
    [InlineData("Tối đa 3% hồ sơ phải bổ sung.", Comparator.AtMost, 3, "%")]
    [InlineData("Mỗi năm có 01 sản phẩm tuyên truyền.", Comparator.Exactly, 1, "sản phẩm")]
    [InlineData("Tổ chức ít nhất 02 hội nghị tập huấn.", Comparator.AtLeast, 2, "hội nghị")]
    public void KpiTargets_Phrasing_GivesComparatorTargetAndUnit(string text, Comparator comparator, double target, string unit)
    {
        Assert.Equal(new KpiTarget(comparator, (decimal)target, unit), KpiTargets.Read(text));
    }

    [Theory]
    [InlineData("Nhà trường sử dụng hệ thống thư điện tử công vụ theo Quyết định số 41/2011/QĐ-UBND ngày 17 tháng 6 năm 2011.")]
    [InlineData("Duy trì chuyên mục CCHC giai đoạn 2021 - 2025 theo mẫu số 01.")]
    public void KpiTargets_NoMeasurableTarget_IsNone(string text)
    {
        Assert.Equal(KpiTarget.None, KpiTargets.Read(text));
    }

    [Fact]
    public void Import_KpiOver100Percent_KeepsTheKpiWithoutTargetAndWarns()
    {
        var result = Fixtures.ImportText(TextCleanupTests.Plan("I. CHỈ TIÊU", "- Tỷ lệ hồ sơ đúng hạn đạt 120%."));

        Assert.Equal(("none", (decimal?)null), (result.Plan.Kpis[0].Comparator, result.Plan.Kpis[0].Target));
        Assert.Contains(result.Warnings, w => w.Code == ImportWarningCodes.KpiTargetOutOfRange);
    }

    [Fact]
    public void Import_ReportingSection_ReadsNamePeriodDueAndReceivingUnit()
    {
        var deadlines = Fixtures.Import(Fixtures.DepartmentDraft).Plan.ReportingDeadlines;

        Assert.Equal(
            [
                new DeadlineJson("Báo cáo quý I", "quarter1", new DateOnly(2023, 3, 1), "Văn phòng Sở"),
                new DeadlineJson("Báo cáo 6 tháng", "firstHalf", new DateOnly(2023, 6, 1), "Văn phòng Sở"),
                new DeadlineJson("Báo cáo 9 tháng", "nineMonths", new DateOnly(2023, 9, 1), "Văn phòng Sở"),
                new DeadlineJson("Báo cáo năm", "year", new DateOnly(2023, 12, 1), "Văn phòng Sở"),
            ],
            deadlines);
    }

    [Fact]
    public void Import_DeadlineWithoutYear_TakesThePlansYear()
    {
        var plan = Fixtures.ImportText(TextCleanupTests.Plan("I. CHẾ ĐỘ BÁO CÁO", "- Báo cáo quý II: gửi Phòng Nội vụ Quận 1 trước ngày 01/6."));

        Assert.Equal(new DeadlineJson("Báo cáo quý II", "quarter2", new DateOnly(2024, 6, 1), "Phòng Nội vụ Quận 1"), Assert.Single(plan.Plan.ReportingDeadlines));
    }

    [Fact]
    public void Import_BudgetSection_ReadsAmountsAndSources_KeepsTextWithoutAmount()
    {
        var plan = Fixtures.Import(Fixtures.DepartmentDraft).Plan;

        Assert.Equal(
            [new BudgetLineJson("Kinh phí rà soát thủ tục hành chính", 15_000_000m, "ngân sách Sở năm 2023"), new BudgetLineJson("Kinh phí tuyên truyền", 5_000_000m, null)],
            plan.Budget);
        Assert.Equal("Các nhiệm vụ khác sử dụng kinh phí chi thường xuyên của Sở.", Assert.Single(plan.Sections.Single(s => s.Kind == "budget").Children).Text);
    }

    [Fact]
    public void Import_KpiVariants_FromAMarkdownDraft()
    {
        var kpis = Fixtures.Import(Fixtures.DepartmentDraft).Plan.Kpis;

        Assert.Equal(
            [("exactly", 100m, "%"), ("moreThan", 86m, "%"), ("atLeast", 30m, "%"), ("atMost", 5m, "%"), ("lessThan", 2m, "%"), ("atLeast", 95m, "%"), ("exactly", 1m, "sản phẩm"), ("none", (decimal?)null, (string?)null)],
            kpis.Select(k => (k.Comparator, k.Target, k.Unit)));
    }

    [Fact]
    public void Import_MarkdownTaskTable_ReadsGroupsAreasAndColumns()
    {
        var tasks = Fixtures.Import(Fixtures.DepartmentDraft).Plan.Tasks;

        Assert.Equal(["administrativeProcedures", "administrativeProcedures", "communication"], tasks.Select(t => t.Area));
        Assert.Equal(("quarter", (DateOnly?)null, (int?)2), (tasks[0].Timeline, tasks[0].Due, tasks[0].Quarter));
        Assert.Equal(("ongoing", (string?)null), (tasks[1].Timeline, tasks[1].CoordinatingUnits));
        Assert.Equal(("byDate", (DateOnly?)new DateOnly(2023, 12, 15)), (tasks[2].Timeline, tasks[2].Due));
        Assert.Equal(("Đăng tin bài về kiểm soát TTHC", "Mỗi quý ít nhất 02 tin bài", "Tin bài"), (tasks[2].Content, tasks[2].Details, tasks[2].Product));
    }

    [Fact]
    public void Import_ResponsibilitiesWithPartyAndInlineDuty()
    {
        var responsibilities = Fixtures.Import(Fixtures.DepartmentDraft).Plan.Responsibilities;

        Assert.Equal(("Văn phòng Sở", 2), (responsibilities[0].Party, responsibilities[0].Duties.Count));
        Assert.Equal("Các phòng chuyên môn", responsibilities[1].Party);
        Assert.Equal(["Thực hiện Kế hoạch này."], responsibilities[1].Duties);
    }

    [Theory]
    [InlineData("Thường xuyên", "ongoing", null, null)]
    [InlineData("Hằng quý", "ongoing", null, null)]
    [InlineData("Quý II/2024", "quarter", null, 2)]
    [InlineData("quý 4", "quarter", null, 4)]
    [InlineData("Trước ngày 30/6/2024", "byDate", "2024-06-30", null)]
    [InlineData("Tháng 9/2024", "byDate", "2024-09-30", null)]
    [InlineData("", "unspecified", null, null)]
    public void TaskTimelines_Forms_AreRead(string text, string kind, string? due, int? quarter)
    {
        var timeline = TaskTimelines.Read(text, 2024);

        Assert.Equal((kind, due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), quarter), (timeline!.Name, timeline.Due, timeline.Quarter));
    }

    [Fact]
    public void Import_UnreadableTimeline_LeavesItUnspecifiedAndWarns()
    {
        var result = Fixtures.ImportText(TextCleanupTests.Plan("I. NHIỆM VỤ", "1. Cải cách thể chế", "- Rà soát văn bản (Chủ trì: Tổ văn phòng; thời gian: khi có yêu cầu)."));

        Assert.Equal(("unspecified", "Tổ văn phòng"), (result.Plan.Tasks[0].Timeline, result.Plan.Tasks[0].LeadUnit));
        Assert.Contains(result.Warnings, w => w.Code == ImportWarningCodes.TaskTimelineUnrecognised);
    }
}
