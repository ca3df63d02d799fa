using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Units;
using CchcPlanner.Workflow;

namespace CchcPlanner.IntegrationTests.Workflow;

/// <summary>
/// Each step of the workflow by role and place in the tree, on a plan of UBND Quận 1: its own unit, the city above
/// it (parent), the ministry above that, a school below it (child) and Quận 3 beside it (sibling).
/// </summary>
public sealed class PlanWorkflowPermissionTests(PostgresServer server) : DatabaseTests(server)
{
    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";
    private const string NotADrafter = "Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được gửi duyệt kế hoạch này.";
    private const string NotAReviewerAbove = "Chỉ cán bộ thẩm định của cơ quan cấp trên mới được trả lại hoặc duyệt kế hoạch này.";
    private const string NotTheClerk = "Chỉ văn thư của đơn vị ban hành mới được cấp số, ban hành và tải lên bản ký của kế hoạch này.";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SubmitAsync_ByRoleAndPlace_OnlyTheDrafterOrHeadOfThePlansUnit(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var u = world.Units;

        await AssertStepAsync(world, PlanStatus.Draft, PlanStatus.Submitted, (user, id, version) => world.Workflow.SubmitAsync(user, id, version, cancellationToken: Token),
            (u.District1, Roles.Drafter, null),
            (u.District1, Roles.Head, null),
            (u.District1, Roles.Reviewer, NotADrafter),
            (u.District1, Roles.Clerk, NotADrafter),
            (u.HoChiMinhCity, Roles.Reviewer, NotADrafter),
            (u.HoChiMinhCity, Roles.Drafter, NotFound),
            (u.TuoiHong, Roles.Head, NotFound),
            (world.District3, Roles.Drafter, NotFound),
            (world.District3, Roles.Reviewer, NotFound));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReturnAsync_ByRoleAndPlace_OnlyAReviewerOfAUnitAbove(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var u = world.Units;

        await AssertStepAsync(world, PlanStatus.Submitted, PlanStatus.Returned, (user, id, version) => world.Workflow.ReturnAsync(user, id, version, "Bổ sung chỉ tiêu.", Token),
            (u.HoChiMinhCity, Roles.Reviewer, null),
            (u.Ministry, Roles.Reviewer, null),
            (u.District1, Roles.Reviewer, NotAReviewerAbove),
            (u.District1, Roles.Head, NotAReviewerAbove),
            (u.HoChiMinhCity, Roles.Admin, NotAReviewerAbove),
            (u.HoChiMinhCity, Roles.Head, NotFound),
            (u.TuoiHong, Roles.Reviewer, NotFound),
            (world.District3, Roles.Reviewer, NotFound));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ApproveAsync_ByRoleAndPlace_OnlyAReviewerOfAUnitAbove(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var u = world.Units;

        await AssertStepAsync(world, PlanStatus.Submitted, PlanStatus.Approved, (user, id, version) => world.Workflow.ApproveAsync(user, id, version, cancellationToken: Token),
            (u.HoChiMinhCity, Roles.Reviewer, null),
            (u.Ministry, Roles.Reviewer, null),
            (u.District1, Roles.Reviewer, NotAReviewerAbove),
            (u.District1, Roles.Head, NotAReviewerAbove),
            (u.District1, Roles.Drafter, NotAReviewerAbove),
            (u.TuoiHong, Roles.Reviewer, NotFound),
            (world.District3, Roles.Reviewer, NotFound));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ApproveAsync_PlanOfTheTopUnit_ByItsOwnHeadSinceNobodyIsAbove(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var id = await world.PlanAsync(world.Units.Ministry, PlanStatus.Submitted);

        var reviewer = await world.Workflow.ApproveAsync(WorkflowWorld.As(world.Units.Ministry, Roles.Reviewer), id, await world.VersionAsync(id), cancellationToken: Token);
        var head = await world.Workflow.ApproveAsync(WorkflowWorld.As(world.Units.Ministry, Roles.Head), id, await world.VersionAsync(id), cancellationToken: Token);

        Assert.Equal(NotAReviewerAbove, reviewer.Refusal);
        Assert.True(head.Succeeded, head.Refusal);
        var history = (await world.Workflow.HistoryAsync(WorkflowWorld.As(world.Units.Ministry, Roles.Head), id, Token)).Value!;
        Assert.Equal((Roles.Head, PlanStatus.Approved), (history[^1].Role, history[^1].To));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task IssueAsync_ByRoleAndPlace_OnlyTheClerkOfThePlansUnit(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var u = world.Units;

        await AssertStepAsync(world, PlanStatus.Approved, PlanStatus.Issued, (user, id, version) => world.Workflow.IssueAsync(user, id, version, cancellationToken: Token),
            (u.District1, Roles.Clerk, null),
            (u.District1, Roles.Drafter, NotTheClerk),
            (u.District1, Roles.Head, NotTheClerk),
            (u.HoChiMinhCity, Roles.Reviewer, NotTheClerk),
            (u.HoChiMinhCity, Roles.Clerk, NotFound),
            (u.TuoiHong, Roles.Clerk, NotFound),
            (world.District3, Roles.Clerk, NotFound));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ActionsAsync_EachUser_IsOfferedWhatTheyMayDoInThePlansState(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (draft, submitted, approved, issued) = (
            await world.PlanAsync(world.Units.District1), await world.PlanAsync(world.Units.District1, PlanStatus.Submitted),
            await world.PlanAsync(world.Units.District1, PlanStatus.Approved), await world.PlanAsync(world.Units.District1, PlanStatus.Issued));
        async Task<List<WorkflowAction>> Offered(Unit unit, string role, int id) =>
            (await world.Workflow.ActionsAsync(WorkflowWorld.As(unit, role), id, Token)).Order().ToList();

        Assert.Equal([WorkflowAction.Submit, WorkflowAction.Comment], await Offered(world.Units.District1, Roles.Drafter, draft));
        Assert.Equal([WorkflowAction.Comment], await Offered(world.Units.District1, Roles.Drafter, submitted));
        Assert.Equal([WorkflowAction.Return, WorkflowAction.Approve, WorkflowAction.Comment], await Offered(world.Units.HoChiMinhCity, Roles.Reviewer, submitted));
        Assert.Equal([WorkflowAction.Issue], await Offered(world.Units.District1, Roles.Clerk, approved));
        Assert.Equal([WorkflowAction.UploadScan], await Offered(world.Units.District1, Roles.Clerk, issued));
        Assert.Empty(await Offered(world.District3, Roles.Clerk, issued));
        Assert.Empty(await Offered(world.District3, Roles.Reviewer, submitted));
    }

    /// <summary>Each case on a new plan in <paramref name="start"/>: the allowed reach <paramref name="end"/>, the others get the refusal and leave the plan as it was.</summary>
    private static async Task AssertStepAsync(
        WorkflowWorld world, PlanStatus start, PlanStatus end, Func<CurrentUser, int, Guid, Task<LifecycleResult<PlanState>>> step, params (Unit Unit, string Role, string? Refusal)[] cases)
    {
        foreach (var (unit, role, refusal) in cases)
        {
            var id = await world.PlanAsync(world.Units.District1, start);
            var result = await step(WorkflowWorld.As(unit, role), id, await world.VersionAsync(id));

            var status = (await world.LoadAsync(id)).Status;
            var who = $"{role} of {unit.Name}";
            Assert.True(result.Refusal == refusal, $"{who}: expected \"{refusal}\", got \"{result.Refusal}\"");
            Assert.True(status == (refusal is null ? end : start), $"{who}: the plan is {status}");
            Assert.Equal(refusal is null ? 1 : 0, await world.CountAsync(db => db.PlanHistory.Where(h => h.PlanId == id)));
        }
    }
}
