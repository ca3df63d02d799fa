using CchcPlanner.Identity;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Tests.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Security;

/// <summary>Who is offered which step, from role, place in the tree (by path) and the plan's state; no database.</summary>
public sealed class WorkflowPermissionsTests
{
    private readonly Unit _city;
    private readonly Unit _district;
    private readonly Unit _school;
    private readonly Unit _sibling;

    public WorkflowPermissionsTests()
    {
        _city = Persisted.WithId(new Unit("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND", "Thành phố Hồ Chí Minh", "Chủ tịch", UnitCategory.PeoplesCommittee), 1);
        _district = Persisted.WithId(new Unit("Ủy ban nhân dân Quận 1", "UBND", "Quận 1", "Chủ tịch", UnitCategory.PeoplesCommittee, _city), 4);
        _school = Persisted.WithId(new Unit("Trường mầm non Tuổi Hồng", "MNTH", "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten, _district), 9);
        _sibling = Persisted.WithId(new Unit("Trường mầm non Bến Nghé", "MNBN", "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten, _district), 10);
        foreach (var unit in new[] { _city, _district, _school, _sibling })
        {
            unit.RefreshPath();
        }
    }

    [Fact]
    public void Allowed_DraftOfTheSchool_OnlyItsDrafterAndHeadSubmit()
    {
        var plan = PlanOf(_school);

        Assert.Equal([WorkflowAction.Submit, WorkflowAction.Comment], Offered(_school, Roles.Drafter, plan));
        Assert.Equal([WorkflowAction.Submit, WorkflowAction.Comment], Offered(_school, Roles.Head, plan));
        Assert.Empty(Offered(_school, Roles.Clerk, plan));
        Assert.Empty(Offered(_sibling, Roles.Drafter, plan));
    }

    [Fact]
    public void Allowed_SubmittedPlan_ReviewersOfEveryUnitAboveButNotOfTheSameUnitOrASibling()
    {
        var plan = PlanOf(_school, PlanStatus.Submitted);

        Assert.Equal([WorkflowAction.Return, WorkflowAction.Approve, WorkflowAction.Comment], Offered(_district, Roles.Reviewer, plan));
        Assert.Equal([WorkflowAction.Return, WorkflowAction.Approve, WorkflowAction.Comment], Offered(_city, Roles.Reviewer, plan));
        Assert.Empty(Offered(_school, Roles.Reviewer, plan));
        Assert.Empty(Offered(_sibling, Roles.Reviewer, plan));
        Assert.Equal([WorkflowAction.Comment], Offered(_school, Roles.Head, plan));
        Assert.Empty(Offered(_district, Roles.Admin, plan));
    }

    [Fact]
    public void WhyNotReview_HeadOfTheTopUnit_MayReviewItsOwnPlanSinceNobodyIsAbove()
    {
        var top = PlanOf(_city, PlanStatus.Submitted);
        var below = PlanOf(_district, PlanStatus.Submitted);

        Assert.Null(WorkflowPermissions.WhyNotReview(Scope(_city, Roles.Head), top));
        Assert.NotNull(WorkflowPermissions.WhyNotReview(Scope(_district, Roles.Head), below));
        Assert.Equal(Roles.Head, WorkflowPermissions.ActingRole(Scope(_city, Roles.Head), top, WorkflowAction.Approve));
    }

    [Fact]
    public void Allowed_ApprovedThenIssuedPlan_OnlyTheClerkOfTheSchoolIssuesThenUploads()
    {
        var approved = PlanOf(_school, PlanStatus.Approved);
        var issued = PlanOf(_school, PlanStatus.Issued);

        Assert.Equal([WorkflowAction.Issue], Offered(_school, Roles.Clerk, approved));
        Assert.Equal([WorkflowAction.UploadScan], Offered(_school, Roles.Clerk, issued));
        Assert.Empty(Offered(_district, Roles.Clerk, approved));
        Assert.Empty(Offered(_sibling, Roles.Clerk, issued));
        Assert.Empty(Offered(_school, Roles.Drafter, issued));
    }

    [Fact]
    public void Allowed_UnitWithoutAPathYet_ReviewsNothing()
    {
        var unplaced = new Unit("Đơn vị mới", "DVM", "Quận 1", "Thủ trưởng", UnitCategory.Other);
        var plan = PlanOf(_school, PlanStatus.Submitted);

        Assert.Empty(WorkflowPermissions.Allowed(new AccessScope(User(unplaced, Roles.Reviewer), "/none/"), plan));
    }

    private static Plan PlanOf(Unit unit, PlanStatus status = PlanStatus.Draft)
    {
        var plan = new Plan(unit, PlanKind.AnnualCchc, 2024, "Thực hiện công tác cải cách hành chính năm 2024");
        if (status != PlanStatus.Draft)
        {
            plan.Submit();
        }

        if (status is PlanStatus.Approved or PlanStatus.Issued)
        {
            plan.Approve();
        }

        if (status == PlanStatus.Issued)
        {
            plan.Issue(5, new DateOnly(2024, 1, 5));
        }

        return plan;
    }

    private static List<WorkflowAction> Offered(Unit unit, string role, Plan plan) => WorkflowPermissions.Allowed(Scope(unit, role), plan).Order().ToList();

    private static AccessScope Scope(Unit unit, string role) => new(User(unit, role), unit.Path);

    private static CurrentUser User(Unit unit, string role) => new($"{role}-{unit.Id}", "user@demo.vn", "Người dùng", unit.Id, unit.Name, new HashSet<string> { role });
}
