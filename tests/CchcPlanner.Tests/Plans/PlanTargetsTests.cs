using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Tests.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Plans;

public sealed class PlanTargetsTests
{
    [Fact]
    public void MoveKpiAndRemoveKpi_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        foreach (var text in new[] { "Đúng hạn", "Hài lòng", "Văn bản điện tử", "Tuyên truyền" })
        {
            plan.AddKpi(text, Comparator.None, null, null);
        }

        plan.MoveKpi(plan.Kpis[3], 0);
        PositionAssert.InOrder(plan.Kpis, k => k.Text, "Tuyên truyền", "Đúng hạn", "Hài lòng", "Văn bản điện tử");

        plan.MoveKpi(plan.Kpis[1], 2);
        PositionAssert.InOrder(plan.Kpis, k => k.Text, "Tuyên truyền", "Hài lòng", "Đúng hạn", "Văn bản điện tử");

        plan.RemoveKpi(plan.Kpis[2]);
        PositionAssert.InOrder(plan.Kpis, k => k.Text, "Tuyên truyền", "Hài lòng", "Văn bản điện tử");
        Assert.Throws<DomainRuleException>(() => plan.MoveKpi(plan.Kpis[0], 3));
        Assert.Throws<DomainRuleException>(() => plan.MoveKpi(plan.Kpis[0], -1));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void RemoveKpi_OfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        plan.AddKpi("Đúng hạn", Comparator.None, null, null);
        var foreign = TestPlans.Draft().AddKpi("Hài lòng", Comparator.None, null, null);

        Assert.Throws<DomainRuleException>(() => plan.RemoveKpi(foreign));
        Assert.Throws<DomainRuleException>(() => plan.ChangeKpi(foreign, "Khác", Comparator.None, null, null, null));
        Assert.Single(plan.Kpis);
        Assert.Equal("Hài lòng", foreign.Text);
    }

    [Fact]
    public void MoveTaskAndRemoveTask_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        plan.AddTask(ReformArea.Institutions, "Rà soát văn bản");
        plan.AddTask(ReformArea.AdministrativeProcedures, "Niêm yết TTHC");
        plan.AddTask(ReformArea.DigitalGovernment, "Số hóa hồ sơ");
        plan.AddTask(ReformArea.Communication, "Tuyên truyền");

        plan.MoveTask(plan.Tasks[2], 0);
        PositionAssert.InOrder(plan.Tasks, t => t.Content, "Số hóa hồ sơ", "Rà soát văn bản", "Niêm yết TTHC", "Tuyên truyền");

        plan.MoveTask(plan.Tasks[0], 3);
        PositionAssert.InOrder(plan.Tasks, t => t.Content, "Rà soát văn bản", "Niêm yết TTHC", "Tuyên truyền", "Số hóa hồ sơ");

        plan.RemoveTask(plan.Tasks[1]);
        PositionAssert.InOrder(plan.Tasks, t => t.Content, "Rà soát văn bản", "Tuyên truyền", "Số hóa hồ sơ");
        Assert.Throws<DomainRuleException>(() => plan.MoveTask(plan.Tasks[2], 3));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void RemoveTask_OfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        plan.AddTask(ReformArea.Institutions, "Rà soát văn bản");
        var foreign = TestPlans.Draft().AddTask(ReformArea.Communication, "Tuyên truyền");

        Assert.Throws<DomainRuleException>(() => plan.RemoveTask(foreign));
        Assert.Throws<DomainRuleException>(() => plan.MoveTask(foreign, 0));
        Assert.Single(plan.Tasks);
    }

    [Fact]
    public void AddTask_NoGroup_GroupedUnderItsReformArea()
    {
        var task = TestPlans.Draft().AddTask(ReformArea.AdministrativeProcedures, "Niêm yết công khai TTHC");

        Assert.Equal("Cải cách thủ tục hành chính", task.Group);
        Assert.Equal(TaskTimeline.Unspecified, task.Timeline);
        Assert.Equal(PlanTaskStatus.NotStarted, task.Status);
    }

    [Fact]
    public void AddTask_DecomposedText_StoredNfcTrimmed()
    {
        var task = TestPlans.Draft().AddTask(
            ReformArea.Communication,
            " Tuyên truyền về cải cách hành chính ".Normalize(NormalizationForm.FormD),
            "Công tác tuyên truyền".Normalize(NormalizationForm.FormD),
            "Đăng tin trên trang thông tin điện tử".Normalize(NormalizationForm.FormD));

        Assert.Equal("Tuyên truyền về cải cách hành chính", task.Content);
        Assert.Equal("Công tác tuyên truyền", task.Group);
        Assert.Equal("Đăng tin trên trang thông tin điện tử", task.Details);
    }

    [Fact]
    public void AddTask_BlankContent_Refused()
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.AddTask(ReformArea.Institutions, " "));
        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void ChangeTask_BlankContent_RefusedAndKeepsTheTask()
    {
        var plan = TestPlans.Draft();
        var task = plan.AddTask(ReformArea.Institutions, "Rà soát văn bản");

        Assert.Throws<DomainRuleException>(() => plan.ChangeTask(task, ReformArea.Communication, "Tuyên truyền", " ", "Chi tiết"));

        Assert.Equal(ReformArea.Institutions, task.Area);
        Assert.Equal("Cải cách thể chế", task.Group);
        Assert.Equal("Rà soát văn bản", task.Content);
        Assert.Null(task.Details);
    }

    [Fact]
    public void AssignTask_LeadUnitTimelineAndProduct_Recorded()
    {
        var plan = TestPlans.Draft();
        var task = plan.AddTask(ReformArea.Communication, "Tuyên truyền");

        plan.AssignTask(task, " Hiệu trưởng ", "Tổ văn phòng", TaskTimeline.InQuarter(2, 2023), "Tin, bài");
        plan.AssignTaskTo(task, UnitCategory.Kindergarten);

        Assert.Equal("Hiệu trưởng", task.LeadUnit);
        Assert.Equal("Tổ văn phòng", task.CoordinatingUnits);
        Assert.Equal("Quý II/2023", task.Timeline.ToString());
        Assert.Equal("Tin, bài", task.Product);
        Assert.Equal(UnitCategory.Kindergarten, task.AssignedTo);
    }

    [Fact]
    public void RecordTaskProgress_Entries_LatestStatusWinsAndProgressIsByDate()
    {
        var plan = TestPlans.Draft();
        var task = plan.AddTask(ReformArea.Communication, "Tuyên truyền");

        plan.RecordTaskProgress(task, new DateOnly(2023, 6, 30), PlanTaskStatus.Done, "Đã hoàn thành", 100, "Nguyễn Thị Lan");
        plan.RecordTaskProgress(task, new DateOnly(2023, 3, 31), PlanTaskStatus.InProgress, "Đang thực hiện", 40, "Nguyễn Thị Lan");

        Assert.Equal([new DateOnly(2023, 3, 31), new DateOnly(2023, 6, 30)], task.Progress.Select(p => p.On));
        Assert.Equal(PlanTaskStatus.InProgress, task.Status);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void RecordTaskProgress_PercentOutsideZeroToHundred_Refused(int percent)
    {
        var plan = TestPlans.Draft();
        var task = plan.AddTask(ReformArea.Communication, "Tuyên truyền");

        Assert.Throws<DomainRuleException>(
            () => plan.RecordTaskProgress(task, new DateOnly(2023, 3, 31), PlanTaskStatus.InProgress, "Đang làm", percent, "Nguyễn Thị Lan"));
        Assert.Empty(task.Progress);
        Assert.Equal(PlanTaskStatus.NotStarted, task.Status);
    }

    [Fact]
    public void RecordTaskProgress_TaskOfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        var foreign = TestPlans.Draft().AddTask(ReformArea.Communication, "Tuyên truyền");

        Assert.Throws<DomainRuleException>(
            () => plan.RecordTaskProgress(foreign, new DateOnly(2023, 3, 31), PlanTaskStatus.Done, "Xong", 100, "Nguyễn Thị Lan"));
    }
}
