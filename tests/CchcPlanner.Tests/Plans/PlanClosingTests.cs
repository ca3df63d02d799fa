using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.Plans;

public sealed class PlanClosingTests
{
    [Fact]
    public void MoveRecipientAndRemoveRecipient_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        plan.AddRecipient("Phòng Nội vụ Q1");
        plan.AddRecipient("Phòng GD&ĐT Q1");
        plan.AddRecipient("Lưu: VT");
        plan.AddRecipient("Các tổ chuyên môn");

        plan.MoveRecipient(plan.Recipients[3], 2);
        PositionAssert.InOrder(plan.Recipients, r => r.Name, "Phòng Nội vụ Q1", "Phòng GD&ĐT Q1", "Các tổ chuyên môn", "Lưu: VT");

        plan.MoveRecipient(plan.Recipients[0], 1);
        PositionAssert.InOrder(plan.Recipients, r => r.Name, "Phòng GD&ĐT Q1", "Phòng Nội vụ Q1", "Các tổ chuyên môn", "Lưu: VT");

        plan.RemoveRecipient(plan.Recipients[1]);
        PositionAssert.InOrder(plan.Recipients, r => r.Name, "Phòng GD&ĐT Q1", "Các tổ chuyên môn", "Lưu: VT");
        Assert.Throws<DomainRuleException>(() => plan.MoveRecipient(plan.Recipients[0], 3));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void RemoveRecipient_OfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        plan.AddRecipient("Phòng Nội vụ Q1");
        var foreign = TestPlans.Draft().AddRecipient("Lưu: VT");

        Assert.Throws<DomainRuleException>(() => plan.RemoveRecipient(foreign));
        Assert.Throws<DomainRuleException>(() => plan.ChangeRecipient(foreign, "Khác", null));
        Assert.Single(plan.Recipients);
        Assert.Equal("Lưu: VT", foreign.Name);
    }

    [Fact]
    public void MoveAndRemoveReportingDeadlines_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(2023, 3, 1), "Phòng Nội vụ");
        plan.AddReportingDeadline("Báo cáo 6 tháng", ReportingPeriod.FirstHalf, new DateOnly(2023, 6, 1), "Phòng Nội vụ");
        plan.AddReportingDeadline("Báo cáo năm", ReportingPeriod.Year, new DateOnly(2023, 12, 1), "Phòng Nội vụ");

        plan.MoveReportingDeadline(plan.ReportingDeadlines[2], 0);
        PositionAssert.InOrder(plan.ReportingDeadlines, d => d.Name, "Báo cáo năm", "Báo cáo quý I", "Báo cáo 6 tháng");

        plan.MoveReportingDeadline(plan.ReportingDeadlines[0], 2);
        plan.RemoveReportingDeadline(plan.ReportingDeadlines[1]);
        PositionAssert.InOrder(plan.ReportingDeadlines, d => d.Name, "Báo cáo quý I", "Báo cáo năm");
    }

    [Fact]
    public void ChangeReportingDeadline_BlankReceiver_RefusedAndKeepsTheDeadline()
    {
        var plan = TestPlans.Draft();
        var deadline = plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(2023, 3, 1), "Phòng Nội vụ");

        Assert.Throws<DomainRuleException>(
            () => plan.ChangeReportingDeadline(deadline, "Báo cáo quý II", ReportingPeriod.Quarter2, new DateOnly(2023, 6, 1), " "));

        Assert.Equal("Báo cáo quý I", deadline.Name);
        Assert.Equal(ReportingPeriod.Quarter1, deadline.Period);
        Assert.Equal(new DateOnly(2023, 3, 1), deadline.DueOn);
    }

    [Fact]
    public void MoveAndRemoveBudgetLines_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        plan.AddBudgetLine("Tuyên truyền", 5_000_000, "Ngân sách");
        plan.AddBudgetLine("Khảo sát", null, "Ngân sách");
        plan.AddBudgetLine("Số hóa", 10_000_000, null);

        plan.MoveBudgetLine(plan.BudgetLines[0], 2);
        PositionAssert.InOrder(plan.BudgetLines, l => l.Content, "Khảo sát", "Số hóa", "Tuyên truyền");

        plan.RemoveBudgetLine(plan.BudgetLines[1]);
        PositionAssert.InOrder(plan.BudgetLines, l => l.Content, "Khảo sát", "Tuyên truyền");
    }

    [Fact]
    public void AddBudgetLine_NegativeAmount_Refused()
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.AddBudgetLine("Tuyên truyền", -1, null));
        Assert.Empty(plan.BudgetLines);
    }

    [Fact]
    public void MoveAndRemoveResponsibilities_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        plan.AddResponsibility("Hiệu trưởng", "Chỉ đạo chung");
        plan.AddResponsibility("Phó Hiệu trưởng", "Theo dõi");
        plan.AddResponsibility("Tổ văn phòng", "Tổng hợp báo cáo");

        plan.MoveResponsibility(plan.Responsibilities[2], 1);
        PositionAssert.InOrder(plan.Responsibilities, r => r.Party!, "Hiệu trưởng", "Tổ văn phòng", "Phó Hiệu trưởng");

        plan.RemoveResponsibility(plan.Responsibilities[1]);
        PositionAssert.InOrder(plan.Responsibilities, r => r.Party!, "Hiệu trưởng", "Phó Hiệu trưởng");
    }

    [Fact]
    public void ChangeResponsibility_BlankDuties_RefusedAndKeepsTheResponsibility()
    {
        var plan = TestPlans.Draft();
        var responsibility = plan.AddResponsibility("Hiệu trưởng", "Chỉ đạo chung");

        Assert.Throws<DomainRuleException>(() => plan.ChangeResponsibility(responsibility, "Tổ văn phòng", "\r\n"));

        Assert.Equal("Hiệu trưởng", responsibility.Party);
        Assert.Equal("Chỉ đạo chung", responsibility.Duties);
    }
}
