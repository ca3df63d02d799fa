using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Plans;

public sealed class PlanWorkflowTests
{
    private static readonly DateOnly IssueDate = new(2023, 2, 1);

    [Fact]
    public void Workflow_DraftToSigned_PassesEveryState()
    {
        var plan = TestPlans.Draft();

        plan.Submit();
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        plan.Approve();
        Assert.Equal(PlanStatus.Approved, plan.Status);
        plan.Issue(16, IssueDate);
        Assert.Equal(PlanStatus.Issued, plan.Status);
        plan.MarkSigned();
        Assert.Equal(PlanStatus.Signed, plan.Status);
        Assert.True(plan.Status.IsPublished());
    }

    [Fact]
    public void Submit_ReturnedPlan_SubmittedAgain()
    {
        var plan = TestPlans.In(PlanStatus.Returned);

        plan.Submit();

        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "Approve")]
    [InlineData(PlanStatus.Draft, "Issue")]
    [InlineData(PlanStatus.Draft, "MarkSigned")]
    [InlineData(PlanStatus.Draft, "Return")]
    [InlineData(PlanStatus.Submitted, "Submit")]
    [InlineData(PlanStatus.Submitted, "Issue")]
    [InlineData(PlanStatus.Returned, "Approve")]
    [InlineData(PlanStatus.Approved, "Submit")]
    [InlineData(PlanStatus.Approved, "Return")]
    [InlineData(PlanStatus.Approved, "MarkSigned")]
    [InlineData(PlanStatus.Issued, "Approve")]
    [InlineData(PlanStatus.Issued, "Issue")]
    [InlineData(PlanStatus.Signed, "Return")]
    [InlineData(PlanStatus.Signed, "Submit")]
    public void Transition_NotNextInTheWorkflow_RefusedAndKeepsTheStatus(PlanStatus from, string transition)
    {
        var plan = TestPlans.In(from);
        Action act = transition switch
        {
            "Submit" => plan.Submit,
            "Return" => plan.Return,
            "Approve" => plan.Approve,
            "Issue" => () => plan.Issue(17, IssueDate),
            _ => plan.MarkSigned,
        };

        Assert.Throws<DomainRuleException>(act);
        Assert.Equal(from, plan.Status);
    }

    [Theory]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Issued)]
    [InlineData(PlanStatus.Signed)]
    public void Edit_PlanNotDraftOrReturned_Refused(PlanStatus status)
    {
        var plan = TestPlans.In(status);

        Assert.False(plan.IsEditable);
        Assert.Throws<DomainRuleException>(() => plan.AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, 99, "%"));
        Assert.Throws<DomainRuleException>(() => plan.ChangeHeader(PlanKind.Other, 2023, "Khác", "Quận 1", null));
        Assert.Throws<DomainRuleException>(() => plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, "Công văn số 1/UBND-NV"));
        Assert.Throws<DomainRuleException>(() => plan.AddSection(SectionKind.Free, "Khác"));
        Assert.Throws<DomainRuleException>(() => plan.AddTask(ReformArea.Other, "Khác"));
        Assert.Throws<DomainRuleException>(() => plan.AddRecipient("Lưu: VT"));
        Assert.Throws<DomainRuleException>(() => plan.ChangeSymbol("KH-TH"));
        Assert.Throws<DomainRuleException>(() => plan.ChangeLeadIn("Khác"));
        Assert.Throws<DomainRuleException>(() => plan.Sign(new SignatureBlock(SignaturePrefix.None, null, "Hiệu trưởng", "Nguyễn Thị Lan")));
        Assert.Empty(plan.Kpis);
        Assert.Equal(TestPlans.Title, plan.Title);
    }

    [Fact]
    public void Edit_SubmittedPlanWithContent_RefusedForEveryChild()
    {
        var plan = TestPlans.Draft();
        var section = plan.AddSection(SectionKind.Objectives, "Mục đích");
        var item = plan.AddItem(section, ItemStyle.Bullet, "Nâng cao nhận thức");
        var kpi = plan.AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, 99, "%");
        var task = plan.AddTask(ReformArea.Communication, "Tuyên truyền");
        var recipient = plan.AddRecipient("Lưu: VT");
        plan.Submit();

        Assert.Throws<DomainRuleException>(() => plan.ChangeKpi(kpi, "Khác", Comparator.None, null, null, null));
        Assert.Throws<DomainRuleException>(() => plan.RemoveKpi(kpi));
        Assert.Throws<DomainRuleException>(() => plan.MoveTask(task, 0));
        Assert.Throws<DomainRuleException>(() => plan.AssignTask(task, "Hiệu trưởng", null, TaskTimeline.Ongoing, null));
        Assert.Throws<DomainRuleException>(() => plan.ChangeItem(section, item, ItemStyle.Heading, "Khác"));
        Assert.Throws<DomainRuleException>(() => plan.RemoveRecipient(recipient));
        Assert.Equal("Tỷ lệ hài lòng", kpi.Text);
        Assert.Equal(TaskTimeline.Unspecified, task.Timeline);
    }

    [Fact]
    public void Edit_ReturnedPlan_AllowedAgain()
    {
        var plan = TestPlans.In(PlanStatus.Returned);

        plan.AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, 99, "%");
        plan.ChangeHeader(PlanKind.AnnualCchc, 2023, "Cải cách hành chính năm 2023", "Quận 1", null);

        Assert.True(plan.IsEditable);
        Assert.Single(plan.Kpis);
        Assert.Equal("Cải cách hành chính năm 2023", plan.Title);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Issue_NumberBelowOne_RefusedAndStaysApproved(int number)
    {
        var plan = TestPlans.In(PlanStatus.Approved);

        Assert.Throws<DomainRuleException>(() => plan.Issue(number, IssueDate));

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Null(plan.Number);
        Assert.Null(plan.IssuedOn);
    }

    [Theory]
    [InlineData(2021, 12, 31)]
    [InlineData(2024, 1, 2)]
    [InlineData(2030, 6, 1)]
    public void Issue_DateNeitherInThePlansYearNorTheYearBefore_Refused(int year, int month, int day)
    {
        var plan = TestPlans.In(PlanStatus.Approved);

        Assert.Throws<DomainRuleException>(() => plan.Issue(16, new DateOnly(year, month, day)));

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Null(plan.Number);
    }

    [Theory]
    [InlineData(2022, 12, 20)]
    [InlineData(2023, 1, 1)]
    [InlineData(2023, 12, 31)]
    public void Issue_DateInThePlansYearOrTheYearBefore_Accepted(int year, int month, int day)
    {
        var plan = TestPlans.In(PlanStatus.Approved);

        plan.Issue(16, new DateOnly(year, month, day));

        Assert.Equal(16, plan.Number);
        Assert.Equal(new DateOnly(year, month, day), plan.IssuedOn);
    }

    [Theory]
    [InlineData(5, "05/KH-MNTH", "KH-05-MNTH-2023")]
    [InlineData(16, "16/KH-MNTH", "KH-16-MNTH-2023")]
    [InlineData(124, "124/KH-MNTH", "KH-124-MNTH-2023")]
    public void NumberAndSymbol_Issued_PrintsTheRegisterNumber(int number, string expected, string fileStem)
    {
        var plan = TestPlans.In(PlanStatus.Approved);

        plan.Issue(number, IssueDate);

        Assert.Equal(expected, plan.NumberAndSymbol);
        Assert.Equal(fileStem, plan.FileStem);
    }

    [Fact]
    public void NumberAndSymbol_NotNumbered_LeavesBlanksForTheClerk()
    {
        var plan = TestPlans.Draft();

        var printed = plan.NumberAndSymbol;

        Assert.EndsWith("/KH-MNTH", printed, StringComparison.Ordinal);
        var blank = printed[..^"/KH-MNTH".Length];
        Assert.NotEmpty(blank);
        Assert.True(string.IsNullOrWhiteSpace(blank));
        Assert.Equal("KH-du-thao-MNTH-2023", plan.FileStem);
    }

    [Fact]
    public void FileStem_SymbolWithoutDash_AppendsNumberAndYear()
    {
        var plan = TestPlans.Draft();
        plan.ChangeSymbol("KH");

        Assert.Equal("KH-du-thao-2023", plan.FileStem);
        Assert.Equal("      /KH", plan.NumberAndSymbol);
    }
}
